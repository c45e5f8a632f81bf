"""A locked database or a dropped connection is retried, not shown as a failure; failures can be parsed again."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import OperationalError
from django.urls import reverse

from config.celery import app as celery_app
from ingest import parsing
from ingest.decoding import decode_upload
from ingest.models import Article
from ingest.services import store_article
from ingest.tasks import parse_article_task
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE


@pytest.fixture
def eager():
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


def store(text: str, name: str) -> Article:
    return store_article(decode_upload(text.encode(), name), filename=name, published=dt.date(2024, 5, 1),
                         queue=False).article


def locked_for(monkeypatch, attempts: int) -> list[str]:
    """store_events raises "database is locked" for the first `attempts` calls, recording the status each saw.

    A lock cannot be produced on demand here; the load test (tests/pipeline/test_load.py) meets real ones.
    """
    real, seen = parsing.store_events, []

    def store_events(article, extracted, task_id):
        seen.append(Article.objects.get(pk=article.pk).status)
        if len(seen) <= attempts:
            raise OperationalError("database is locked")
        return real(article, extracted, task_id)

    monkeypatch.setattr(parsing, "store_events", store_events)
    return seen


def test_it_retries_a_locked_database_and_ends_parsed(db, dictionaries, eager, monkeypatch):
    article = store(STRIKE_ARTICLE, "strike.txt")
    seen = locked_for(monkeypatch, attempts=3)
    parse_article_task.delay(article.pk)
    article.refresh_from_db()
    assert (article.status, article.error) == ("parsed", "")
    assert article.events.exists()
    assert seen == ["processing"] * 4  # never shown failed between tries


def test_it_shows_failed_once_the_retries_are_spent(db, dictionaries, eager, monkeypatch, settings):
    article = store(STRIKE_ARTICLE, "strike.txt")
    seen = locked_for(monkeypatch, attempts=100)
    parse_article_task.delay(article.pk)
    article.refresh_from_db()
    assert article.status == "failed"
    assert article.error == "OperationalError after retrying: database is locked"
    assert len(seen) == parse_article_task.max_retries + 1


def test_it_parses_every_failed_article_again_from_the_list(
        db, dictionaries, analyst_client, eager, django_capture_on_commit_callbacks):
    failed = [store(STRIKE_ARTICLE, "a.txt"), store(CHECKPOINT_ARTICLE, "b.txt")]
    Article.objects.filter(pk__in=[a.pk for a in failed]).update(status="failed", error="OperationalError")
    page = analyst_client.get(reverse("ingest:list")).content.decode()
    assert "Parse all 2 failed articles again" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(reverse("ingest:reparse_failed"), follow=True)
    assert "2 failed articles queued for parsing again." in response.content.decode()
    assert set(Article.objects.values_list("status", flat=True)) == {"parsed"}
    assert "failed articles again" not in analyst_client.get(reverse("ingest:list")).content.decode()


def test_a_viewer_cannot_parse_failed_articles_again(db, viewer_client):
    assert viewer_client.post(reverse("ingest:reparse_failed")).status_code == 403
    assert viewer_client.get(reverse("ingest:reparse_failed")).status_code in (403, 405)
