"""Median time of the table, the map, each export and the API's first page at 1k, 10k and 100k events,
and the time an API client takes to walk every event (pages of 1000, following `next`).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/albukamal_bench .venv/bin/python bench/views.py

Uses (and empties) the database it is given. Prints one row per size, then the
100k/1k ratios and the map's HTML size at each size, all measured in this run.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("FAST_PASSWORD_HASHER", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from events.fakes import make_fake_events  # noqa: E402
from events.models import Event  # noqa: E402
from ingest.models import Article  # noqa: E402

SIZES = [1_000, 10_000, 100_000]
REPEATS = 5
PAGES = {"table": "/events/", "map": "/events/map/", "csv": "/events/export.csv", "geojson": "/events/export.geojson",
         "api page": "/api/events/"}
WALK_PAGE_SIZE = 1000


def timed(client: Client, url: str) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert response.status_code == 200, (url, response.status_code)
    return time.perf_counter() - start, len(body)


def api_walk(client: Client) -> tuple[float, int, int]:
    """Seconds to fetch every event through the API's cursor pages, the events seen and the pages."""
    start, seen, pages = time.perf_counter(), set(), 0
    url = f"/api/events/?page_size={WALK_PAGE_SIZE}"
    while url:
        body = client.get(url).json()
        seen.update(row["id"] for row in body["results"])
        url, pages = body["next"], pages + 1
    return time.perf_counter() - start, len(seen), pages


def main() -> None:
    settings.ALLOWED_HOSTS.append("testserver")
    settings.API_THROTTLE_RATE = "1000000/minute"  # the walks are the point here, not the limit
    call_command("migrate", verbosity=0)
    Event.objects.all().delete()
    Article.objects.all().delete()
    user, _ = get_user_model().objects.get_or_create(username="bench")
    client = Client()
    client.force_login(user)
    print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}; median of {REPEATS} runs")
    print(f"{'events':>8} " + " ".join(f"{name + ' ms':>12}" for name in PAGES) + f" {'map KB':>8}"
          + f" {'api walk s':>11} {'pages':>6}")
    results = {}
    for size in SIZES:
        make_fake_events(size - Event.objects.count(), seed=size)
        row = {}
        for name, url in PAGES.items():
            timed(client, url)  # warm caches
            runs = [timed(client, url) for _ in range(REPEATS)]
            row[name] = (statistics.median(t for t, _ in runs), runs[0][1])
        walk_seconds, seen, pages = api_walk(client)
        assert seen == size, (seen, size)  # every event once
        row["api walk"] = (walk_seconds, seen)
        results[size] = row
        print(f"{size:>8} " + " ".join(f"{row[n][0] * 1000:>12.1f}" for n in PAGES) + f" {row['map'][1] / 1024:>8.1f}"
              + f" {walk_seconds:>11.2f} {pages:>6}")
    small, big = results[SIZES[0]], results[SIZES[-1]]
    print(f"100k/1k time: table {big['table'][0] / small['table'][0]:.2f}, map {big['map'][0] / small['map'][0]:.2f}, "
          f"csv {big['csv'][0] / small['csv'][0]:.1f}, geojson {big['geojson'][0] / small['geojson'][0]:.1f}, "
          f"api page {big['api page'][0] / small['api page'][0]:.2f}, api walk {big['api walk'][0] / small['api walk'][0]:.1f}")
    print(f"map HTML size 100k/1k: {big['map'][1] / small['map'][1]:.2f}")


if __name__ == "__main__":
    main()
