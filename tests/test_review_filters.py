"""Review state in the filter, the map, the exports and the dashboard."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from events import review
from events.models import Event, Place
from ingest.models import Article


@pytest.fixture
def reviewed(dictionaries, analyst):
    article = Article.objects.create(title="t", text="غارة على الهري. حاجز في البوكمال. اشتباك في السكرية.",
                                     content_hash="rf", status="parsed")
    hari, bukamal = Place.objects.get(key="al-hari"), Place.objects.get(key="albukamal")
    make = dict(article=article, date=dt.date(2024, 11, 2), evidence="…", evidence_start=0, evidence_end=5)
    confirmed = Event.objects.create(event_type="airstrike", place=hari, **make)
    unreviewed = Event.objects.create(event_type="checkpoint", place=bukamal, **make)
    rejected = Event.objects.create(event_type="armed_clash", place=bukamal, **make)
    review.confirm(confirmed, analyst)
    review.reject(rejected, analyst)
    return confirmed, unreviewed, rejected


def csv_ids(client, query) -> set[str]:
    body = b"".join(client.get(reverse("events:export_csv"), query).streaming_content).decode("utf-8-sig")
    return {row["event_id_cnty"] for row in csv.DictReader(io.StringIO(body))}


def test_the_filter_selects_by_review_state(viewer_client, reviewed):
    confirmed, unreviewed, rejected = reviewed
    assert csv_ids(viewer_client, {}) == {f"ABK{confirmed.pk}", f"ABK{unreviewed.pk}"}  # rejected hidden
    assert csv_ids(viewer_client, {"review": "rejected"}) == {f"ABK{rejected.pk}"}
    assert csv_ids(viewer_client, {"review": ["unreviewed", "rejected"]}) == {f"ABK{unreviewed.pk}",
                                                                             f"ABK{rejected.pk}"}
    assert csv_ids(viewer_client, {"confirmed_only": "true"}) == {f"ABK{confirmed.pk}"}


def test_an_invalid_review_state_shows_an_error_and_no_rows(viewer_client, reviewed):
    page = viewer_client.get(reverse("events:list"), {"review": "maybe"}).content.decode()
    assert "The filter is not valid" in page and "<tr data-event=" not in page
    assert csv_ids(viewer_client, {"incident": "x"}) == set()


def test_the_map_can_show_confirmed_events_only(viewer_client, reviewed):
    everything = viewer_client.get(reverse("events:map")).content.decode()
    assert '"key": "albukamal"' in everything and '"key": "al-hari"' in everything
    confirmed = viewer_client.get(reverse("events:map"), {"confirmed_only": "true"}).content.decode()
    assert '"key": "al-hari"' in confirmed and '"key": "albukamal"' not in confirmed


def test_the_table_offers_the_confirmed_only_box_checked_when_on(viewer_client, reviewed):
    page = viewer_client.get(reverse("events:list"), {"confirmed_only": "true"}).content.decode()
    assert 'name="confirmed_only"' in page and "checked" in page.split('name="confirmed_only"')[1].split(">")[0]
    assert page.count("<tr data-event=") == 1


def test_the_dashboard_shows_how_much_is_reviewed(viewer_client, reviewed):
    page = viewer_client.get(reverse("events:dashboard")).content.decode()
    section = page.split('id="review-progress"')[1].split("</section>")[0]
    assert "<strong>2</strong> of 3 events (67%)" in section
    assert "confirmed: 1" in section and "rejected: 1" in section and "unreviewed: 1" in section
