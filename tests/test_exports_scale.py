"""Exports past one streamed chunk: every event once, with its own actors, as valid CSV and GeoJSON."""

import csv
import datetime as dt
import io
import json

import pytest
from django.urls import reverse

from events.exports import CHUNK
from events.models import Actor, Event, EventActor, Place
from ingest.models import Article

COUNT = 2 * CHUNK + 37


@pytest.fixture
def many_events(db, dictionaries):
    article = Article.objects.create(title="t", text="غارة.", content_hash="scale", status="parsed")
    place = Place.objects.get(key="albukamal")
    start = dt.date(2020, 1, 1)
    events = Event.objects.bulk_create([
        Event(article=article, event_type="airstrike", date=start + dt.timedelta(days=i % 700), place=place,
              evidence=f"غارة رقم {i}", evidence_start=i, evidence_end=i + 1, incident_key=f"k{i}")
        for i in range(COUNT)
    ])
    us, kh = Actor.objects.get(slug="united_states"), Actor.objects.get(slug="kataib_hezbollah")
    EventActor.objects.bulk_create(
        [EventActor(event=e, actor=us, role="actor1") for i, e in enumerate(events) if i % 3 == 0]
        + [EventActor(event=e, actor=kh, role="actor2") for i, e in enumerate(events) if i % 5 == 0])
    return {e.pk: (i % 3 == 0, i % 5 == 0) for i, e in enumerate(events)}


def test_the_csv_has_every_event_once_with_its_actors(viewer_client, many_events):
    body = b"".join(viewer_client.get(reverse("events:export_csv")).streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == COUNT
    seen = {int(r["event_id_cnty"][3:]): (r["actor1"] == "United States", r["actor2"] == "Kataib Hezbollah")
            for r in rows}
    assert seen == many_events
    dates = [r["event_date"] for r in rows]
    assert dates == sorted(dates, reverse=True)  # newest first, as the table


def test_the_geojson_has_every_event_once_with_its_actors(viewer_client, many_events):
    features = json.loads(b"".join(viewer_client.get(reverse("events:export_geojson")).streaming_content))["features"]
    assert len(features) == COUNT
    assert {f["id"]: (f["properties"]["actor1"] == "United States", f["properties"]["actor2"] == "Kataib Hezbollah")
            for f in features} == many_events


def test_the_export_links_say_how_many_events_they_carry(viewer_client, many_events):
    page = viewer_client.get(reverse("events:list"), {"date_after": "2021-06-01"}).content.decode()
    carried = sum(1 for r in Event.objects.filter(date__gte="2021-06-01").values_list("pk"))
    assert f"Export these {carried} events:" in page
    assert "date_after=2021-06-01" in page.split("Export these", 1)[1].split("</div>", 1)[0]
