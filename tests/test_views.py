"""The table, the map, the event page and the exports show exactly the filtered events, escaped."""

import csv
import io
import json

import pytest
from django.urls import reverse

from events.models import Actor, Event, EventActor, Place
from ingest.models import Article

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>`${alert(2)}`'


@pytest.fixture
def events(db, dictionaries, analyst):
    article = Article.objects.create(title=HOSTILE, outlet=HOSTILE, text="غارة على الهري. حاجز في البوكمال.",
                                     content_hash="h1", status="parsed", uploaded_by=analyst)
    hari, bukamal = Place.objects.get(key="al-hari"), Place.objects.get(key="albukamal")
    strike = Event.objects.create(article=article, event_type="airstrike", date="2024-11-02", place=hari,
                                  evidence="غارة على الهري." + HOSTILE, evidence_start=0, evidence_end=15,
                                  killed_min=2, killed_max=2, attribution="suspected")
    checkpoint = Event.objects.create(article=article, event_type="checkpoint", date="2024-10-01", place=bukamal,
                                      evidence="=HYPERLINK(\"http://evil\")", evidence_start=16, evidence_end=32)
    EventActor.objects.create(event=strike, actor=Actor.objects.get(slug="united_states"), role="actor1")
    EventActor.objects.create(event=strike, actor=Actor.objects.get(slug="kataib_hezbollah"), role="actor2")
    EventActor.objects.create(event=checkpoint, actor=Actor.objects.get(slug="ndf"), role="actor1")
    return strike, checkpoint


def test_the_table_filters_by_actor_role_and_date(viewer_client, events):
    strike, checkpoint = events
    url = reverse("events:list")
    page = viewer_client.get(url, {"actor": "united_states"}).content.decode()
    assert strike.get_absolute_url() in page and checkpoint.get_absolute_url() not in page
    page = viewer_client.get(url, {"actor": "united_states", "role": "actor2"}).content.decode()
    assert "No events match this filter" in page
    page = viewer_client.get(url, {"date_after": "2024-10-15", "date_before": "2024-11-30"}).content.decode()
    assert strike.get_absolute_url() in page and checkpoint.get_absolute_url() not in page


def test_an_invalid_filter_shows_an_error_and_no_rows(viewer_client, events):
    for bad in ({"date_after": "2024-13-45"}, {"event_type": "picnic"}, {"actor": "nobody"}, {"article": "x"}):
        page = viewer_client.get(reverse("events:list"), bad).content.decode()
        assert "The filter is not valid, so no events are shown" in page, bad
        assert events[0].get_absolute_url() not in page, bad
        csv_rows = list(csv.reader(io.StringIO(b"".join(viewer_client.get(reverse("events:export_csv"), bad)
                                                          .streaming_content).decode("utf-8-sig"))))
        assert len(csv_rows) == 1, bad  # the header only


def test_the_csv_export_has_acled_columns_and_defuses_formulas(viewer_client, events):
    response = viewer_client.get(reverse("events:export_csv"), {"event_type": ["airstrike", "checkpoint"]})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 2
    strike = next(r for r in rows if r["dashboard_event_type"] == "airstrike")
    assert (strike["event_date"], strike["sub_event_type"], strike["actor1"], strike["actor2"]) == (
        "2024-11-02", "Air/drone strike", "United States", "Kataib Hezbollah")
    assert strike["location"] == "Al-Hari" and strike["fatalities"] == "2" and strike["location_approximate"] == "True"
    checkpoint = next(r for r in rows if r["dashboard_event_type"] == "checkpoint")
    assert checkpoint["notes"].startswith("'=HYPERLINK")


def test_the_geojson_export_opens_as_points(viewer_client, events):
    response = viewer_client.get(reverse("events:export_geojson"), {"actor": "ndf"})
    data = json.loads(b"".join(response.streaming_content))
    [feature] = data["features"]
    assert feature["geometry"]["type"] == "Point" and feature["properties"]["event_type"] == "checkpoint"


def test_the_map_has_one_marker_per_place_and_layer_and_no_cdn(viewer_client, events):
    response = viewer_client.get(reverse("events:map"))
    html = response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "cdn" not in html.lower() and "https://" not in html
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert '"al-hari"' in html and '"strikes": 1' in html and '"checkpoints": 1' in html
    assert "<script>alert" not in html and "<img src=x" not in html


def test_the_map_follows_the_filter(viewer_client, events):
    html = viewer_client.get(reverse("events:map"), {"event_type": "checkpoint"}).content.decode()
    assert '"albukamal"' in html and '"al-hari"' not in html


def test_the_event_page_highlights_the_evidence_and_escapes_the_article(viewer_client, events):
    strike, _ = events
    page = viewer_client.get(strike.get_absolute_url()).content.decode()
    assert '<mark id="evidence">غارة على الهري.' in page
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "Correct this event" not in page  # viewers cannot edit


def test_the_dashboard_counts_by_type_and_actor(viewer_client, events):
    page = viewer_client.get(reverse("events:dashboard")).content.decode()
    assert "Air or drone strike" in page and "Checkpoint" in page and "United States" in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page


def test_the_timeline_counts_weeks_with_gaps_left_empty(viewer_client, events):
    from events import stats
    from events.models import Event

    timeline = stats.weekly_timeline(Event.objects.all())
    totals = [bar["total"] for bar in timeline["bars"]]
    # 2024-10-01 and 2024-11-02 are five weeks apart: five bars, three of them empty.
    assert totals == [1, 0, 0, 0, 1]


def test_pages_allow_only_our_own_scripts(viewer_client, events):
    page = viewer_client.get(reverse("events:list"))
    assert "script-src 'self';" in page["Content-Security-Policy"]
    the_map = viewer_client.get(reverse("events:map"))
    assert "script-src 'self' 'unsafe-inline'" in the_map["Content-Security-Policy"]
