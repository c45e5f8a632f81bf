"""Filtering by an existing place works on every page that offers the filter (it once answered 500)."""

import csv
import io
import json

import pytest
from django.urls import reverse

from events.models import Event, Place
from ingest.models import Article


@pytest.fixture
def two_places(db, dictionaries):
    article = Article.objects.create(title="t", text="غارة على الهري. حاجز في البوكمال.", content_hash="p1",
                                     status="parsed")
    at_hari = Event.objects.create(article=article, event_type="airstrike", date="2024-11-02",
                                   place=Place.objects.get(key="al-hari"), evidence="غارة على الهري.",
                                   evidence_start=0, evidence_end=15)
    at_bukamal = Event.objects.create(article=article, event_type="checkpoint", date="2024-10-01",
                                      place=Place.objects.get(key="albukamal"), evidence="حاجز في البوكمال.",
                                      evidence_start=16, evidence_end=32)
    return at_hari, at_bukamal


def _csv_ids(response) -> set[str]:
    rows = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    return {row["event_id_cnty"] for row in rows}


def test_it_filters_the_table_by_a_place(viewer_client, two_places):
    at_hari, at_bukamal = two_places
    response = viewer_client.get(reverse("events:list"), {"place": "al-hari"})
    assert response.status_code == 200
    page = response.content.decode()
    assert at_hari.get_absolute_url() in page and at_bukamal.get_absolute_url() not in page


def test_it_filters_by_several_places_at_once(viewer_client, two_places):
    page = viewer_client.get(reverse("events:list"), {"place": ["al-hari", "albukamal"]}).content.decode()
    assert all(event.get_absolute_url() in page for event in two_places)


def test_it_filters_the_map_by_a_place(viewer_client, two_places):
    response = viewer_client.get(reverse("events:map"), {"place": "albukamal"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '"key": "albukamal"' in html and '"key": "al-hari"' not in html


def test_it_filters_the_dashboard_by_a_place(viewer_client, two_places):
    response = viewer_client.get(reverse("events:dashboard"), {"place": "al-hari"})
    assert response.status_code == 200
    assert response.context["total"] == 1
    assert [row["slug"] for row in response.context["by_type"]] == ["airstrike"]


def test_it_filters_both_exports_by_a_place(viewer_client, two_places):
    at_hari, _ = two_places
    assert _csv_ids(viewer_client.get(reverse("events:export_csv"), {"place": "al-hari"})) == {f"ABK{at_hari.pk}"}
    response = viewer_client.get(reverse("events:export_geojson"), {"place": "al-hari"})
    features = json.loads(b"".join(response.streaming_content))["features"]
    assert [f["id"] for f in features] == [at_hari.pk]


def test_an_unknown_place_is_an_error_with_no_rows(viewer_client, two_places):
    page = viewer_client.get(reverse("events:list"), {"place": "atlantis"}).content.decode()
    assert "The filter is not valid, so no events are shown" in page
    assert two_places[0].get_absolute_url() not in page
    assert _csv_ids(viewer_client.get(reverse("events:export_csv"), {"place": "atlantis"})) == set()
