"""Ids in query strings are plain bounded integers: anything else is a clear error, never a 500 or wrong rows."""

import pytest
from django.urls import reverse

from events.models import Event, Place
from ingest.models import Article

NOT_IDS = ["1.5", "99999999999999999999", "9223372036854775808", "١٢", "²", "-1", "0", "1e3", "0x1"]


@pytest.fixture
def two_articles(db, dictionaries):
    place = Place.objects.get(key="albukamal")
    made = []
    for n in (1, 2):
        article = Article.objects.create(title=f"a{n}", text="غارة على البوكمال.", content_hash=f"id{n}",
                                         status="parsed")
        made.append(Event.objects.create(article=article, event_type="airstrike", date="2024-11-02", place=place,
                                         evidence="غارة على البوكمال.", evidence_start=0, evidence_end=17))
    return made


def test_it_filters_the_table_by_a_valid_article_id(viewer_client, two_articles):
    first, second = two_articles
    page = viewer_client.get(reverse("events:list"), {"article": str(first.article_id)}).content.decode()
    assert first.get_absolute_url() in page and second.get_absolute_url() not in page


@pytest.mark.parametrize("value", NOT_IDS)
def test_a_value_that_is_not_a_plain_id_is_an_error_with_no_rows(viewer_client, two_articles, value):
    response = viewer_client.get(reverse("events:list"), {"article": value})
    assert response.status_code == 200
    page = response.content.decode()
    assert "The filter is not valid, so no events are shown" in page
    assert "Enter an id: a whole number such as 12." in page
    assert not any(event.get_absolute_url() in page for event in two_articles)


def test_the_status_poll_answers_for_valid_ids(viewer_client, two_articles):
    ids = [str(event.article_id) for event in two_articles]
    data = viewer_client.get(reverse("ingest:status"), {"ids": ",".join(ids)}).json()
    assert set(data["articles"]) == set(ids)
    assert {row["status"] for row in data["articles"].values()} == {"parsed"}


@pytest.mark.parametrize("value", NOT_IDS)
def test_the_status_poll_refuses_what_is_not_an_id(viewer_client, two_articles, value):
    response = viewer_client.get(reverse("ingest:status"), {"ids": f"{two_articles[0].article_id},{value}"})
    assert response.status_code == 400
    assert "article ids (whole numbers)" in response.json()["error"]


def test_the_status_poll_refuses_too_many_ids(viewer_client, db):
    response = viewer_client.get(reverse("ingest:status"), {"ids": ",".join(str(i) for i in range(1, 202))})
    assert response.status_code == 400
