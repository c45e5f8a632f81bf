"""Load (or refresh) the shipped gazetteer, actors and trigger words into the database."""

from django.core.management.base import BaseCommand

from events.dictionaries import load_shipped_dictionaries


class Command(BaseCommand):
    help = "Create or update places, actors and trigger words from ingest/extraction/data."

    def handle(self, **options):
        counts = load_shipped_dictionaries()
        self.stdout.write(", ".join(f"{n} {k}" for k, n in counts.items()))
