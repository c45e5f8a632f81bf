"""Fill the database with synthetic events (for benchmarks, never for analysts' databases)."""

from django.core.management.base import BaseCommand

from events.fakes import make_fake_events


class Command(BaseCommand):
    help = "Create N synthetic events on gazetteer places (benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, count, seed, **options):
        self.stdout.write(f"{make_fake_events(count, seed)} events created")
