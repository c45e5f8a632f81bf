"""Arabic conflict-event extraction: pure Python, no Django.

`extract_events(text, published, dictionaries)` turns one article into events as
DESIGN.md defines them. The worker passes dictionaries read from the database
(ingest.dictionaries); the CLI and the tests use `load_default_dictionaries()`.
"""

from .lexicon import Dictionaries, load_default_dictionaries
from .model import ExtractedEvent
from .pipeline import PARSER_VERSION, extract_events

__all__ = ["Dictionaries", "ExtractedEvent", "PARSER_VERSION", "extract_events", "load_default_dictionaries"]
