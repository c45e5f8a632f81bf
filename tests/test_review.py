"""The analyst's review loop: confirm, reject, correct and add events, and re-parsing keeps it all."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from events.models import Event, Place
from ingest import parsing
from ingest.decoding import decode_upload
from ingest.models import Article
from ingest.services import store_article
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE


def parsed_article(text: str, published: str = "2024-11-11", **facts) -> Article:
    import datetime as dt

    article = store_article(decode_upload(text.encode(), "a.txt"), published=dt.date.fromisoformat(published),
                            queue=False, **facts).article
    parsing.parse_article(article.pk)
    return Article.objects.get(pk=article.pk)


def reparse(article: Article, capture) -> Article:
    """`manage.py reparse ID`, then the parse the worker would run."""
    with capture():
        call_command("reparse", str(article.pk))
    parsing.parse_article(article.pk)
    return Article.objects.get(pk=article.pk)


def edit_data(event: Event, **changes) -> dict:
    data = {
        "event_type": event.event_type, "date": event.date.isoformat(), "date_precision": event.date_precision,
        "place": event.place_id or "", "place_text": event.place_text, "geo_precision": event.geo_precision,
        "attribution": event.attribution, "killed_min": event.killed_min or "", "killed_max": event.killed_max or "",
        "injured_min": event.injured_min or "", "injured_max": event.injured_max or "",
        "lat": "", "lon": "", "point_name": "",
        "actors-TOTAL_FORMS": 0, "actors-INITIAL_FORMS": 0,
    }
    links = list(event.event_actors.all())
    for i, link in enumerate(links):
        data |= {f"actors-{i}-id": link.pk, f"actors-{i}-event": event.pk, f"actors-{i}-actor": link.actor_id,
                 f"actors-{i}-role": link.role}
    data["actors-TOTAL_FORMS"] = data["actors-INITIAL_FORMS"] = len(links)
    return data | changes


@pytest.fixture
def strike(dictionaries):
    article = parsed_article(STRIKE_ARTICLE)
    return article, article.events.get(event_type="airstrike")


def test_it_confirms_an_event_in_one_click(analyst_client, analyst, strike):
    _, event = strike
    response = analyst_client.post(reverse("events:review", args=[event.pk]), {"action": "confirm"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.review, event.reviewed_by, event.reviewed_at is not None) == ("confirmed", analyst, True)


def test_the_table_rows_review_through_fetch_and_get_json(analyst_client, strike):
    _, event = strike
    response = analyst_client.post(reverse("events:review", args=[event.pk]), {"action": "reject"},
                                   HTTP_ACCEPT="application/json")
    assert response.json() == {"id": event.pk, "review": "rejected", "label": "rejected"}


def test_a_rejected_event_leaves_the_table_unless_asked_for(analyst_client, strike):
    _, event = strike
    analyst_client.post(reverse("events:review", args=[event.pk]), {"action": "reject"})
    url = reverse("events:list")
    assert event.get_absolute_url() not in analyst_client.get(url).content.decode()
    assert event.get_absolute_url() in analyst_client.get(url, {"review": "rejected"}).content.decode()


def test_an_unknown_review_action_is_refused(analyst_client, strike):
    _, event = strike
    response = analyst_client.post(reverse("events:review", args=[event.pk]), {"action": "delete"})
    assert response.status_code == 400
    event.refresh_from_db()
    assert event.review == "unreviewed"


def test_an_edited_event_survives_reparse(analyst_client, strike, django_capture_on_commit_callbacks):
    article, event = strike
    bukamal = Place.objects.get(key="albukamal")
    response = analyst_client.post(reverse("events:edit", args=[event.pk]), edit_data(
        event, event_type="shelling", place=bukamal.pk, killed_min=5, killed_max=6))
    assert response.status_code == 302, response.content.decode()[:3000]
    article = reparse(article, django_capture_on_commit_callbacks)
    [kept] = article.events.filter(evidence_start=event.evidence_start)  # the machine's reading is not back beside it
    assert (kept.pk, kept.event_type, kept.place, kept.killed_min, kept.review) == (
        event.pk, "shelling", bukamal, 5, "edited")


def test_a_rejected_event_does_not_come_back(analyst_client, strike, django_capture_on_commit_callbacks):
    article, event = strike
    analyst_client.post(reverse("events:review", args=[event.pk]), {"action": "reject"})
    article = reparse(article, django_capture_on_commit_callbacks)
    assert list(article.events.values_list("pk", "review")) == [(event.pk, "rejected")]


def test_an_unreviewed_event_is_replaced_by_the_new_reading(strike, django_capture_on_commit_callbacks):
    article, event = strike
    article = reparse(article, django_capture_on_commit_callbacks)
    [again] = article.events.all()
    assert again.pk != event.pk and again.evidence_start == event.evidence_start


def test_a_hand_made_event_is_kept(analyst_client, dictionaries, django_capture_on_commit_callbacks):
    article = parsed_article(CHECKPOINT_ARTICLE)
    sentence = "وقالت مصادر محلية إن الحواجز تفتش السيارات القادمة من بلدة السكرية."
    start = article.text.index(sentence)
    url = reverse("events:add", args=[article.pk])
    # The browser's offsets may be off by a line break: the selected text decides.
    query = {"start": start + 1, "end": start + 1 + len(sentence), "selected": sentence}
    form = analyst_client.get(url, query)
    assert form.status_code == 200 and sentence in form.content.decode()
    sukkariyah = Place.objects.filter(name_ar__contains="السكرية").first() or Place.objects.get(key="albukamal")
    data = {"event_type": "checkpoint", "date": "2024-11-10", "date_precision": "day", "place": sukkariyah.pk,
            "place_text": "السكرية", "geo_precision": 2, "attribution": "unknown",
            "actors-TOTAL_FORMS": 1, "actors-INITIAL_FORMS": 0,
            "actors-0-actor": 1, "actors-0-role": "actor1", **query}
    from events.models import Actor
    data["actors-0-actor"] = Actor.objects.get(slug="ndf").pk
    response = analyst_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    made = Event.objects.get(machine_made=False)
    assert (made.evidence_start, made.evidence_end, made.evidence) == (start, start + len(sentence), sentence)
    assert made.event_actors.get().actor.slug == "ndf"
    article = reparse(article, django_capture_on_commit_callbacks)
    assert article.events.filter(pk=made.pk, review="confirmed").exists()


def test_evidence_not_in_the_article_is_refused(analyst_client, strike):
    article, _ = strike
    response = analyst_client.get(reverse("events:add", args=[article.pk]),
                                  {"start": 0, "end": 5, "selected": "نص غير موجود"}, follow=True)
    assert "The selected text is not in this article." in response.content.decode()
    assert not Event.objects.filter(machine_made=False).exists()


def test_a_point_on_the_map_becomes_the_place(analyst_client, strike):
    _, event = strike
    response = analyst_client.post(reverse("events:edit", args=[event.pk]), edit_data(
        event, place="", lat="34.4712", lon="40.9355", point_name="Farm north of the town"))
    assert response.status_code == 302, response.content.decode()[:3000]
    event.refresh_from_db()
    assert (event.place.lat, event.place.lon, event.place.name_en) == (34.4712, 40.9355, "Farm north of the town")


def test_the_edit_form_says_what_is_wrong(analyst_client, strike):
    _, event = strike
    response = analyst_client.post(reverse("events:edit", args=[event.pk]), edit_data(
        event, killed_min=5, killed_max=2, lat="34.4"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "The most killed cannot be below the least." in page
    assert "Give both latitude and longitude" in page
    event.refresh_from_db()
    assert event.review == "unreviewed"


def test_the_history_shows_who_changed_what(analyst_client, strike):
    _, event = strike
    old_place = event.place
    bukamal = Place.objects.get(key="albukamal")
    analyst_client.post(reverse("events:edit", args=[event.pk]), edit_data(event, place=bukamal.pk))
    page = analyst_client.get(event.get_absolute_url()).content.decode()
    history = page.split('class="card history"')[1].split("</section>")[0]
    assert "ana" in history and "edited" in history
    assert f"{old_place} → {bukamal}" in history.replace("&gt;", ">")  # names, not ids
    latest = event.history.latest()
    previous = latest.prev_record
    [change] = [c for c in latest.diff_against(previous).changes if c.field == "place"]
    assert (change.old, change.new) == (old_place.pk, bukamal.pk)


def test_the_review_queue_puts_the_least_confident_first(analyst_client, dictionaries):
    strike, checkpoint = parsed_article(STRIKE_ARTICLE), parsed_article(CHECKPOINT_ARTICLE)
    strike.events.update(confidence=0.9)
    checkpoint.events.update(confidence=0.3)
    page = analyst_client.get(reverse("events:queue")).content.decode()
    assert page.index(checkpoint.get_absolute_url()) < page.index(strike.get_absolute_url())
    checkpoint.events.update(review="confirmed")
    page = analyst_client.get(reverse("events:queue")).content.decode()
    assert checkpoint.get_absolute_url() not in page and strike.get_absolute_url() in page


def test_a_viewer_can_change_nothing(viewer_client, strike):
    article, event = strike
    before = Event.objects.values().get(pk=event.pk)
    attempts = [
        ("post", reverse("events:review", args=[event.pk]), {"action": "confirm"}),
        ("get", reverse("events:edit", args=[event.pk]), {}),
        ("post", reverse("events:edit", args=[event.pk]), edit_data(event, event_type="shelling")),
        ("post", reverse("events:add", args=[article.pk]), {"start": 0, "end": 4, "selected": article.text[:4]}),
        ("get", reverse("events:queue"), {}),
    ]
    for method, url, data in attempts:
        assert getattr(viewer_client, method)(url, data).status_code == 403, url
    assert Event.objects.values().get(pk=event.pk) == before
    assert Event.objects.count() == 1
    page = viewer_client.get(event.get_absolute_url()).content.decode()
    assert 'value="confirm"' not in page and reverse("events:edit", args=[event.pk]) not in page


def test_review_pages_escape_what_comes_from_articles(analyst_client, dictionaries):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    article = parsed_article(STRIKE_ARTICLE + hostile, outlet=hostile)
    Article.objects.filter(pk=article.pk).update(title=hostile)
    event = article.events.first()
    pages = [reverse("events:queue"), reverse("events:edit", args=[event.pk]), event.get_absolute_url(),
             article.get_absolute_url(), reverse("ingest:facts", args=[article.pk])]
    for url in pages:
        page = analyst_client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page, url
