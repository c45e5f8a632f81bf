"""The minimum-confidence filter and the confidence sort, on the table, the map and the exports."""

import csv
import io
import json

import pytest
from django.urls import reverse

from events.models import Event, Place
from ingest.models import Article


@pytest.fixture
def sure_and_unsure(db, dictionaries, analyst):
    article = Article.objects.create(title="t", text="غارة على الهري. حاجز في البوكمال.", content_hash="c1",
                                     status="parsed", uploaded_by=analyst)
    hari, bukamal = Place.objects.get(key="al-hari"), Place.objects.get(key="albukamal")
    sure = Event.objects.create(article=article, event_type="airstrike", date="2024-11-02", place=hari,
                                evidence="غارة على الهري.", evidence_start=0, evidence_end=15, confidence=0.92)
    unsure = Event.objects.create(article=article, event_type="checkpoint", date="2024-11-01", place=bukamal,
                                  evidence="حاجز في البوكمال.", evidence_start=16, evidence_end=32, confidence=0.41)
    return sure, unsure


def test_it_shows_only_events_at_least_as_sure_as_asked(viewer_client, sure_and_unsure):
    sure, unsure = sure_and_unsure
    page = viewer_client.get(reverse("events:list"), {"min_confidence": "0.8"}).content.decode()
    assert sure.get_absolute_url() in page and unsure.get_absolute_url() not in page
    page = viewer_client.get(reverse("events:list"), {"min_confidence": "0.4"}).content.decode()
    assert sure.get_absolute_url() in page and unsure.get_absolute_url() in page


def test_the_exports_and_the_map_follow_the_same_minimum(viewer_client, sure_and_unsure):
    rows = list(csv.DictReader(io.StringIO(
        b"".join(viewer_client.get(reverse("events:export_csv"), {"min_confidence": "0.8"}).streaming_content)
        .decode("utf-8-sig"))))
    assert len(rows) == 1 and "الهري" in json.dumps(rows, ensure_ascii=False)
    geojson = json.loads(b"".join(viewer_client.get(reverse("events:export_geojson"),
                                                    {"min_confidence": "0.8"}).streaming_content))
    assert len(geojson["features"]) == 1
    assert viewer_client.get(reverse("events:map"), {"min_confidence": "0.8"}).status_code == 200


@pytest.mark.parametrize("value", ["1.5", "-0.1", "sure"])
def test_a_minimum_outside_zero_to_one_shows_an_error_and_no_rows(viewer_client, sure_and_unsure, value):
    page = viewer_client.get(reverse("events:list"), {"min_confidence": value}).content.decode()
    assert "The filter is not valid" in page
    assert sure_and_unsure[0].get_absolute_url() not in page


def test_it_sorts_by_confidence_least_sure_first(viewer_client, sure_and_unsure):
    sure, unsure = sure_and_unsure
    page = viewer_client.get(reverse("events:list"), {"sort": "confidence"}).content.decode()
    assert page.index(unsure.get_absolute_url()) < page.index(sure.get_absolute_url())
    page = viewer_client.get(reverse("events:list"), {"sort": "-confidence"}).content.decode()
    assert page.index(sure.get_absolute_url()) < page.index(unsure.get_absolute_url())


def test_the_table_explains_what_the_confidence_means(viewer_client, sure_and_unsure):
    page = viewer_client.get(reverse("events:list")).content.decode()
    assert "a probability that the event is right" in page
