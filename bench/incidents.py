"""What incident proposals cost: the one each parse runs (one day's window) and
`propose_incidents` over everything, at 1k, 10k and 100k events.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/albukamal_bench .venv/bin/python bench/incidents.py

Uses (and empties) the database it is given. Prints one row per size, all measured in this run.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from events.fakes import make_fake_events  # noqa: E402
from events.incidents import propose_incidents  # noqa: E402
from events.models import Event, Incident  # noqa: E402
from ingest.models import Article  # noqa: E402

SIZES = [1_000, 10_000, 100_000]
REPEATS = 5


def timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"{'events':>8} {'one day (parse), ms':>20} {'everything, s':>14} {'again, s':>9} {'proposals':>10}")
    for size in SIZES:
        Incident.objects.all().delete()
        Event.objects.all().delete()
        Article.objects.all().delete()
        make_fake_events(size)
        first, last = Event.objects.order_by("date")[0].date, Event.objects.order_by("-date")[0].date
        days = [first + dt.timedelta(days=300 + 97 * i) for i in range(REPEATS)]
        everything = timed(lambda: propose_incidents(first, last))  # noqa: B023 (called right here)
        again = timed(lambda: propose_incidents(first, last))  # noqa: B023
        one_day = statistics.median(timed(lambda d=d: propose_incidents(d, d)) for d in days)
        print(f"{size:>8} {one_day * 1000:>20.1f} {everything:>14.2f} {again:>9.2f} {Incident.objects.count():>10}")


if __name__ == "__main__":
    main()
