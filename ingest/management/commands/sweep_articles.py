"""Requeue stuck or never-queued articles (what celery beat runs every minute)."""

from django.core.management.base import BaseCommand

from ingest.services import sweep_articles


class Command(BaseCommand):
    help = "Requeue articles stuck in processing and queued articles the broker never received."

    def handle(self, **options):
        result = sweep_articles()
        self.stdout.write(", ".join(f"{k} {v}" for k, v in result.items()))
