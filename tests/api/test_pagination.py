"""Cursor pages walk every event exactly once, however many share a date."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from events.fakes import make_fake_events
from events.models import Event
from tests.api.conftest import walk


def test_pages_walk_all_10000_events_exactly_once(viewer_api, dictionaries):
    make_fake_events(10_000, seed=3)
    everything = set(Event.objects.values_list("pk", flat=True))
    rows = walk(viewer_api, reverse("api:events"), {"page_size": 1000})
    ids = [row["id"] for row in rows]
    assert len(ids) == 10_000 and set(ids) == everything
    # Newest first: the order the cursor follows.
    keys = [(row["event_date"], row["id"]) for row in rows]
    assert keys == sorted(keys, reverse=True)

    # All on one day: the cursor can no longer move by date and must count its way through.
    Event.objects.update(date=dt.date(2024, 11, 2))
    ids = [row["id"] for row in walk(viewer_api, reverse("api:events"), {"page_size": 700})]
    assert len(ids) == 10_000 and set(ids) == everything


def test_a_page_is_100_events_unless_asked_and_1000_at_most(viewer_api, dictionaries):
    make_fake_events(1_200, seed=4)
    assert len(viewer_api.get(reverse("api:events")).json()["results"]) == 100
    assert len(viewer_api.get(reverse("api:events"), {"page_size": 5000}).json()["results"]) == 1000


def test_a_filtered_walk_stays_filtered_on_every_page(viewer_api, dictionaries):
    make_fake_events(1_000, seed=5)
    rows = walk(viewer_api, reverse("api:events"), {"event_type": "airstrike", "page_size": 10})
    assert len(rows) == Event.objects.filter(event_type="airstrike").count() > 10
    assert {row["event_type"] for row in rows} == {"airstrike"}
