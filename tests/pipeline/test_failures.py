"""Nothing lost when workers die, Redis goes away or a parse raises."""

from __future__ import annotations

import datetime as dt
import os
import signal

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from config.celery import app as celery_app
from ingest import parsing
from ingest.decoding import decode_upload
from ingest.extraction import extract_events, load_default_dictionaries
from ingest.models import Article
from ingest.services import store_article, sweep_articles
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE
from tests.workers import ROOT, wait_for

pytestmark = pytest.mark.pipeline


def long_article() -> str:
    """About 2.5 MB of our demo articles: a parse that takes seconds, long enough to kill mid-way."""
    texts = [decode_upload(p.read_bytes(), p.name).text for p in sorted((ROOT / "demo" / "articles").iterdir())]
    return ("\n".join(texts) + "\n") * 300


def store(text: str, name: str) -> Article:
    return store_article(decode_upload(text.encode(), name), filename=name, published=dt.date(2024, 5, 1)).article


def status(pk: int) -> str:
    return Article.objects.values_list("status", flat=True).get(pk=pk)


def expected_events(article: Article) -> int:
    return len(extract_events(article.text, article.published, load_default_dictionaries()))


def test_a_pool_process_killed_mid_parse_is_redelivered_and_parsed_once(pipeline_db, start_worker):
    worker = start_worker()
    article = store(long_article(), "long.txt")
    wait_for(lambda: status(article.pk) == "processing", what="the parse to start")
    [child] = worker.children()
    os.kill(child, signal.SIGKILL)
    wait_for(lambda: status(article.pk) in ("parsed", "failed"), 180, "the redelivered parse")
    article.refresh_from_db()
    assert article.status == "parsed", article.error
    assert article.events.count() == expected_events(article)


def test_a_whole_worker_killed_mid_parse_is_swept_up_by_the_next(pipeline_db, start_worker):
    first = start_worker()
    article = store(long_article(), "long.txt")
    wait_for(lambda: status(article.pk) == "processing", what="the parse to start")
    first.kill()
    assert status(article.pk) == "processing"  # stuck: nobody holds it any more
    start_worker()
    # The sweeper (celery beat, every minute) finds it once the time limit has passed.
    later = timezone.now() + dt.timedelta(seconds=settings.PARSE_STALE_AFTER_SECONDS + 1)
    assert sweep_articles(now=later)["stuck"] == 1
    wait_for(lambda: status(article.pk) in ("parsed", "failed"), 180, "the swept parse")
    article.refresh_from_db()
    assert article.status == "parsed", article.error
    assert article.events.count() == expected_events(article)


def test_uploads_while_redis_is_down_are_kept_and_parsed_when_it_is_back(
        pipeline_db, redis_server, start_worker, analyst_client):
    start_worker(redis_server.url)
    redis_server.stop()
    response = analyst_client.post(reverse("ingest:upload"), {
        "files": [SimpleUploadedFile("a.txt", STRIKE_ARTICLE.encode()),
                  SimpleUploadedFile("b.txt", CHECKPOINT_ARTICLE.encode())]}, follow=True)
    page = response.content.decode()
    assert "2 articles stored" in page and "Processing is delayed" in page
    assert set(Article.objects.values_list("status", flat=True)) == {"queued"}
    assert "Processing is delayed" in analyst_client.get(reverse("ingest:list")).content.decode()
    redis_server.start()
    later = timezone.now() + dt.timedelta(seconds=settings.QUEUED_RESEND_AFTER_SECONDS + 1)
    assert sweep_articles(now=later)["sent"] == 2
    for article in Article.objects.all():
        wait_for(lambda a=article: status(a.pk) == "parsed", 120, "parse after Redis came back")
    assert all(a.events.exists() for a in Article.objects.all())


def test_a_parse_that_raises_fails_alone_and_can_be_parsed_again(
        db, dictionaries, analyst_client, monkeypatch, django_capture_on_commit_callbacks):
    """The extractor is replaced by one that raises for one article: a bug cannot be produced on demand."""
    celery_app.conf.task_always_eager = True  # queue in this process, where the patch lives
    try:
        broken = store(STRIKE_ARTICLE, "broken.txt")
        fine = store(CHECKPOINT_ARTICLE, "fine.txt")
        real = parsing.extract_events

        def flaky(text, published, dicts):
            if text == broken.text:
                raise ValueError("gazetteer row 12 has no longitude")
            return real(text, published, dicts)

        monkeypatch.setattr(parsing, "extract_events", flaky)
        for article in (broken, fine):
            parsing.parse_article(article.pk)
        assert (status(broken.pk), status(fine.pk)) == ("failed", "parsed")
        page = analyst_client.get(reverse("ingest:list")).content.decode()
        assert "ValueError: gazetteer row 12 has no longitude" in page
        monkeypatch.setattr(parsing, "extract_events", real)  # fixed
        with django_capture_on_commit_callbacks(execute=True):
            analyst_client.post(reverse("ingest:reparse", args=[broken.pk]))
        assert status(broken.pk) == "parsed"
        assert Article.objects.get(pk=broken.pk).events.exists()
    finally:
        celery_app.conf.task_always_eager = False
