"""Print the events in article files as JSON lines, without touching the database.

The evaluation contract of DESIGN.md: one JSON object per event per line, using
the dictionaries shipped with the project.
"""

import json

from django.core.management.base import BaseCommand
from django.utils import timezone

from ingest import files
from ingest.decoding import UploadRejected, decode_upload
from ingest.extraction import extract_events, load_default_dictionaries


class Command(BaseCommand):
    help = "Extract events from article files (or folders) and print them as JSON lines."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*")
        parser.add_argument("--published", help="publication date (YYYY-MM-DD) for every file")
        parser.add_argument("--manifest", help="JSON-lines file of {file, published}; paths relative to it")

    def handle(self, paths, published, manifest, **options):
        articles = files.from_command_line(paths, manifest, published)
        dictionaries = load_default_dictionaries()
        for article in articles:
            try:
                decoded = decode_upload(article.path.read_bytes(), article.path.name)
            except (UploadRejected, OSError) as exc:
                self.stderr.write(f"{article.name}: skipped: {exc}")
                continue
            when = article.published or decoded.published or timezone.localdate()
            for event in extract_events(decoded.text, when, dictionaries):
                self.stdout.write(json.dumps({"file": article.name, **event.to_json()}, ensure_ascii=False))
