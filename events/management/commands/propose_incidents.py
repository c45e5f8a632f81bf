"""Propose incidents among events already stored (parses propose them as they go)."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Max, Min

from events.incidents import propose_incidents
from events.models import Event


class Command(BaseCommand):
    help = "Group reports of one occurrence into proposed incidents: all events, or those since DATE."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="events dated on or after this date (YYYY-MM-DD)")

    def handle(self, since, **options):
        try:
            first = dt.date.fromisoformat(since) if since else Event.objects.aggregate(d=Min("date"))["d"]
        except ValueError as exc:
            raise CommandError(f"not a date (YYYY-MM-DD): {since}") from exc
        last = Event.objects.aggregate(d=Max("date"))["d"]
        found = propose_incidents(first, last) if first and last else 0
        self.stdout.write(f"{found} proposed incidents")
