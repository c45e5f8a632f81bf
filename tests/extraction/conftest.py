import datetime as dt

import pytest

from ingest.extraction import extract_events, load_default_dictionaries

PUBLISHED = dt.date(2024, 11, 9)  # a Saturday


@pytest.fixture(scope="session")
def shipped():
    return load_default_dictionaries()


@pytest.fixture
def extract(shipped):
    def run(text: str, published: dt.date = PUBLISHED):
        # Every event the rules find, however unlikely: the report threshold has tests of its own.
        return extract_events(text, published, shipped, min_confidence=0.0)
    return run
