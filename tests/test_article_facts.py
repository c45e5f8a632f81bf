"""An article's facts: the analyst corrects them, the date re-parses, uploads bring them along."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Event
from ingest import parsing
from ingest.decoding import decode_upload
from ingest.models import Article
from ingest.services import store_article
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE


@pytest.fixture
def undated(dictionaries):
    """The strike article uploaded as a .txt with no date: «مساء السبت» hangs on the upload day."""
    article = store_article(decode_upload(STRIKE_ARTICLE.encode(), "strike.txt"), queue=False).article
    assert article.published_source == "upload"
    parsing.parse_article(article.pk)
    return Article.objects.get(pk=article.pk)


def parse_queued(article: Article) -> Article:
    parsing.parse_article(article.pk)
    return Article.objects.get(pk=article.pk)


def test_setting_an_articles_date_moves_its_relative_dates(analyst_client, undated,
                                                           django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as queued:
        response = analyst_client.post(reverse("ingest:facts", args=[undated.pk]), {
            "published": "2024-11-11", "outlet": "Deir Monitor", "url": "https://example.org/a/1",
            "title": "غارة على الهري"})
    assert response.status_code == 302 and len(queued) == 1  # the parse is queued after the commit
    article = parse_queued(undated)
    assert (article.published, article.published_source, article.outlet, article.title) == (
        dt.date(2024, 11, 11), "analyst", "Deir Monitor", "غارة على الهري")
    [strike] = article.events.filter(event_type="airstrike")
    assert strike.date == dt.date(2024, 11, 9)  # «مساء السبت» before Monday 11 November


def test_a_confirmed_event_moves_with_the_new_date_and_an_edited_one_stays(analyst_client, analyst, undated,
                                                                           django_capture_on_commit_callbacks):
    from events import review

    [strike] = undated.events.all()
    review.confirm(strike, analyst)
    with django_capture_on_commit_callbacks():
        analyst_client.post(reverse("ingest:date", args=[undated.pk]), {"published": "2024-11-11"})
    article = parse_queued(undated)
    assert list(article.events.values_list("pk", "date", "review")) == [
        (strike.pk, dt.date(2024, 11, 9), "confirmed")]


def test_the_article_list_lets_the_analyst_fill_a_missing_date_in_place(analyst_client, undated,
                                                                        django_capture_on_commit_callbacks):
    page = analyst_client.get(reverse("ingest:list")).content.decode()
    assert reverse("ingest:date", args=[undated.pk]) in page and "upload date" in page
    with django_capture_on_commit_callbacks() as queued:
        response = analyst_client.post(reverse("ingest:date", args=[undated.pk]), {"published": "2024-11-11"},
                                       follow=True)
    assert "saved; parsing again with the new date" in response.content.decode()
    assert len(queued) == 1
    undated.refresh_from_db()
    assert (undated.published, undated.published_source, undated.status) == (dt.date(2024, 11, 11), "analyst",
                                                                             "queued")
    assert reverse("ingest:date", args=[undated.pk]) not in analyst_client.get(reverse("ingest:list")).content.decode()


def test_a_bad_date_is_refused_with_a_message_and_nothing_changes(analyst_client, undated):
    before = undated.published
    response = analyst_client.post(reverse("ingest:date", args=[undated.pk]), {"published": "2024-02-31"},
                                   follow=True)
    assert "the date was not saved" in response.content.decode()
    undated.refresh_from_db()
    assert (undated.published, undated.status) == (before, "parsed")
    response = analyst_client.post(reverse("ingest:facts", args=[undated.pk]), {
        "published": "2024-11-11", "url": "javascript:alert(1)", "outlet": "", "title": "t"})
    assert response.status_code == 200 and "Enter a valid URL." in response.content.decode()


def test_the_facts_history_shows_who_changed_what(analyst_client, undated, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        analyst_client.post(reverse("ingest:facts", args=[undated.pk]), {
            "published": undated.published.isoformat(), "outlet": "Deir Monitor", "url": "", "title": undated.title})
    page = analyst_client.get(reverse("ingest:facts", args=[undated.pk])).content.decode()
    assert "facts corrected" in page and "ana" in page and "Deir Monitor" in page
    assert undated.status == "parsed" and Article.objects.get(pk=undated.pk).status == "parsed"  # same date: no re-parse


def test_a_viewer_cannot_change_an_articles_facts(viewer_client, undated):
    for url, data in ((reverse("ingest:facts", args=[undated.pk]), {"published": "2024-11-11"}),
                      (reverse("ingest:date", args=[undated.pk]), {"published": "2024-11-11"})):
        assert viewer_client.post(url, data).status_code == 403
    undated.refresh_from_db()
    assert undated.published_source == "upload"
    assert reverse("ingest:date", args=[undated.pk]) not in viewer_client.get(reverse("ingest:list")).content.decode()


def upload(client, files, **fields):
    return client.post(reverse("ingest:upload"), {"files": files, **fields}, follow=True)


@pytest.mark.parametrize("name, content", [
    ("batch.csv", "file,published,outlet,url\nstrike.txt,2024-11-11,Deir Monitor,https://example.org/1\n"
                  "checkpoint.txt,2024-11-06,Border Watch,\n"),
    ("batch.jsonl", '{"file": "strike.txt", "published": "2024-11-11", "outlet": "Deir Monitor", '
                    '"url": "https://example.org/1"}\n{"file": "checkpoint.txt", "published": "2024-11-06", '
                    '"outlet": "Border Watch"}\n'),
])
def test_a_metadata_file_gives_each_uploaded_file_its_facts(analyst_client, name, content,
                                                             django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        upload(analyst_client, [SimpleUploadedFile("strike.txt", STRIKE_ARTICLE.encode()),
                                SimpleUploadedFile("checkpoint.txt", CHECKPOINT_ARTICLE.encode())],
               metadata=SimpleUploadedFile(name, content.encode()), outlet="Batch outlet")
    facts = {a.filename: (a.published.isoformat(), a.published_source, a.outlet, a.url) for a in Article.objects.all()}
    assert facts == {"strike.txt": ("2024-11-11", "form", "Deir Monitor", "https://example.org/1"),
                     "checkpoint.txt": ("2024-11-06", "form", "Border Watch", "")}


def test_a_bad_metadata_file_stores_nothing_and_says_which_line(analyst_client):
    response = upload(analyst_client, [SimpleUploadedFile("strike.txt", STRIKE_ARTICLE.encode())],
                      metadata=SimpleUploadedFile("m.csv", b"file,published\nstrike.txt,11/11/2024\n"))
    assert "line 2: «11/11/2024» is not a date (YYYY-MM-DD)" in response.content.decode()
    assert not Article.objects.exists()


def test_an_html_upload_gives_its_outlet_canonical_url_and_headline(analyst_client,
                                                                     django_capture_on_commit_callbacks):
    page = f"""<html><head><title>غارة جوية قرب البوكمال - شبكة الفرات</title>
      <meta property="og:site_name" content="شبكة الفرات">
      <link rel="canonical" href="https://alfurat.example/news/42">
      <meta property="article:published_time" content="2024-11-11T08:00:00+03:00"></head>
      <body><article><h1>غارة جوية قرب البوكمال</h1><p>{STRIKE_ARTICLE}</p></article></body></html>"""
    with django_capture_on_commit_callbacks():
        upload(analyst_client, [SimpleUploadedFile("page.html", page.encode())])
    article = Article.objects.get()
    assert (article.outlet, article.url, article.title, article.published.isoformat()) == (
        "شبكة الفرات", "https://alfurat.example/news/42", "غارة جوية قرب البوكمال", "2024-11-11")


def test_the_title_is_the_headline_not_the_outlet_line_or_share_buttons():
    text = ("بلدي نيوز - دير الزور (خاص)\n2025.03.14 | 10:22\nشارك على فيسبوك تويتر واتساب\n"
            "قصف مدفعي يستهدف قرية الهري شرقي البوكمال\nقالت مصادر محلية إن قصفاً مدفعياً استهدف القرية.")
    assert decode_upload(text.encode(), "a.txt").title == "قصف مدفعي يستهدف قرية الهري شرقي البوكمال"


@pytest.mark.parametrize("dateline, date", [
    ("2025.03.14 | 10:22", "2025-03-14"),
    ("دير الزور – 14 آذار 2025", "2025-03-14"),
    ("الأحد 12 كانون الثاني 2025", "2025-01-12"),
])
def test_a_dateline_at_the_top_is_the_publication_date(dateline, date):
    decoded = decode_upload(f"{dateline}\n{STRIKE_ARTICLE}".encode(), "a.txt")
    assert (decoded.published.isoformat(), decoded.published_source) == (date, "dateline")


def test_events_of_an_undated_article_fill_in_when_it_gets_its_date(analyst_client, undated,
                                                                    django_capture_on_commit_callbacks):
    """The issue's 40-article batch: without the date, a date filter hid them; with it they show."""
    url = reverse("events:list")
    query = {"date_after": "2024-11-01", "date_before": "2024-11-30"}
    assert Event.objects.filter(article=undated).exists()
    assert "No events match this filter" in analyst_client.get(url, query).content.decode()
    with django_capture_on_commit_callbacks():
        analyst_client.post(reverse("ingest:date", args=[undated.pk]), {"published": "2024-11-11"})
    parse_queued(undated)
    assert "No events match this filter" not in analyst_client.get(url, query).content.decode()
