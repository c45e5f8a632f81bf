"""Upload to events through Redis and a real `celery -A config worker`."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from events.models import Event
from ingest import parsing
from ingest.models import Article
from ingest.services import request_reparse
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE
from tests.workers import ROOT, wait_for

pytestmark = pytest.mark.pipeline


def parsed(article_id: int, after=None):
    article = Article.objects.get(pk=article_id)
    if after is not None and (article.parsed_at is None or article.parsed_at <= after):
        return None
    return article if article.status in ("parsed", "failed") else None


def event_keys(article):
    return sorted(article.events.values_list("event_type", "date", "place__key", "evidence_start"))


def test_an_upload_reaches_the_worker_and_ends_parsed(pipeline_db, start_worker, analyst_client):
    start_worker()
    analyst_client.post(reverse("ingest:upload"), {
        "files": [SimpleUploadedFile("strike.txt", STRIKE_ARTICLE.encode()),
                  SimpleUploadedFile("checkpoint.txt", CHECKPOINT_ARTICLE.encode("cp1256"))],
        "published": "2024-11-09",
    })
    for article in Article.objects.all():
        done = wait_for(lambda a=article: parsed(a.pk), what=f"article {article.pk} to be parsed")
        assert done.status == "parsed", done.error
    strike = Article.objects.get(filename="strike.txt")
    [event] = strike.events.all()
    assert (event.event_type, event.date.isoformat(), event.place.key) == ("airstrike", "2024-11-09", "al-hari")
    assert Article.objects.get(filename="checkpoint.txt").events.filter(event_type="checkpoint").exists()


def test_parsing_again_gives_the_same_events_once(pipeline_db, start_worker):
    start_worker()
    call_command("ingest", str(ROOT / "demo" / "articles"), "--published", "2024-05-01")
    articles = list(Article.objects.all())
    for article in articles:
        wait_for(lambda a=article: parsed(a.pk), what="first parse")
    before = {a.pk: event_keys(a) for a in articles}
    assert all(before.values())
    first_parse = {a.pk: Article.objects.get(pk=a.pk).parsed_at for a in articles}
    request_reparse(Article.objects.all())
    for article in articles:
        wait_for(lambda a=article: parsed(a.pk, after=first_parse[a.pk]), what="second parse")
    assert {a.pk: event_keys(a) for a in articles} == before
    # A stray redelivery of an old task changes nothing either.
    assert parsing.parse_article(articles[0].pk, task_id="an-old-delivery") == "skipped"
    assert event_keys(articles[0]) == before[articles[0].pk]


def test_ingest_sync_parses_a_folder_in_process(pipeline_db):
    call_command("ingest", str(ROOT / "demo" / "articles"), "--sync")
    assert Article.objects.filter(status="parsed").count() == 4
    events = Event.objects.count()
    assert events > 0
    call_command("ingest", str(ROOT / "demo" / "articles"), "--sync")  # nothing new the second time
    assert (Article.objects.count(), Event.objects.count()) == (4, events)
