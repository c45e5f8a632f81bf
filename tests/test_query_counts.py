"""No page asks the database once per row: the query count stays the same with ten times the rows."""

from __future__ import annotations

import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import Actor, Event, EventActor, Place
from ingest.models import Article

_serial = itertools.count()


def add_events(articles: int, per_article: int, user) -> None:
    """Articles with events at the same two places, each event with a doer and a target."""
    places = list(Place.objects.filter(key__in=["albukamal", "al-hari"]))
    doer, target = Actor.objects.get(slug="united_states"), Actor.objects.get(slug="kataib_hezbollah")
    for _ in range(articles):
        n = next(_serial)
        article = Article.objects.create(title=f"t{n}", outlet="Outlet", text="غارة.", content_hash=f"q{n}",
                                         status="parsed", uploaded_by=user)
        for i in range(per_article):
            event = Event.objects.create(article=article, event_type=["airstrike", "checkpoint"][i % 2],
                                         date=f"2024-0{1 + i % 9}-1{i % 9}", place=places[i % 2], evidence="غارة.",
                                         evidence_start=i, evidence_end=i + 5)
            EventActor.objects.create(event=event, actor=doer, role="actor1")
            EventActor.objects.create(event=event, actor=target, role="actor2")


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)
    return len(queries)


PAGES = ["events:list", "events:map", "events:dashboard", "events:export_csv", "events:export_geojson", "ingest:list"]


def test_the_query_count_does_not_grow_with_rows(viewer_client, viewer, dictionaries):
    add_events(2, 2, viewer)
    few = {name: count_queries(viewer_client, reverse(name)) for name in PAGES}
    add_events(20, 2, viewer)
    many = {name: count_queries(viewer_client, reverse(name)) for name in PAGES}
    assert Event.objects.count() == 44
    assert many == few, "queries for 4 events, then for 44"
