"""Long articles: pasted text is held to the file limit, and a long text is read in parts."""

import pytest
from django.urls import reverse

from events.models import Event, Place
from ingest import reading
from ingest.models import Article

SENTENCE = "استهدفت غارة جوية مواقع عسكرية قرب مدينة البوكمال مساء السبت. "


def test_pasted_text_over_the_file_limit_is_refused_and_nothing_stored(analyst_client, settings):
    settings.UPLOAD_MAX_FILE_BYTES = 100_000
    response = analyst_client.post(reverse("ingest:upload"), {"text": SENTENCE * 1000})  # 0.1 MB of UTF-8
    page = response.content.decode()
    assert "The pasted text is 0.1 MB; the limit is 0.1 MB, as for a file. Nothing was stored." in page
    assert not Article.objects.exists()


def test_pasted_text_within_the_limit_is_stored(analyst_client, settings, dictionaries):
    settings.UPLOAD_MAX_FILE_BYTES = 5000
    analyst_client.post(reverse("ingest:upload"), {"text": SENTENCE * 20})
    assert Article.objects.count() == 1


def test_parts_cover_the_text_once_in_order_and_cut_between_words():
    text = SENTENCE * 2000  # about 130,000 characters
    starts = reading.part_starts(text)
    assert len(starts) > 5
    parts = [reading.text_part(text, n) for n in range(1, len(starts) + 1)]
    assert "".join(p.text for p in parts) == text
    assert all(len(p.text) <= reading.PART_CHARS for p in parts)
    assert all(text[p.start - 1] in " \n" for p in parts[1:])


def test_a_text_without_spaces_is_cut_at_the_part_size():
    text = "ب" * (reading.PART_CHARS * 2 + 5)
    assert reading.part_starts(text) == [0, reading.PART_CHARS, 2 * reading.PART_CHARS]


@pytest.fixture
def long_article(db, dictionaries):
    text = SENTENCE * 2000
    article = Article.objects.create(title="long", text=text, content_hash="long", status="parsed")
    start = len(SENTENCE) * 1500
    event = Event.objects.create(article=article, event_type="airstrike", date="2024-11-02",
                                 place=Place.objects.get(key="albukamal"), evidence=SENTENCE, evidence_start=start,
                                 evidence_end=start + len(SENTENCE))
    return article, event


def test_the_article_page_shows_a_long_text_in_parts(viewer_client, long_article):
    article, _ = long_article
    count = len(reading.part_starts(article.text))
    first = viewer_client.get(article.get_absolute_url()).content.decode()
    assert f"part 1 of {count}" in first and "?part=2#article-text" in first
    assert len(first) < reading.PART_CHARS * 4  # bytes of one part, not the whole text
    last = viewer_client.get(article.get_absolute_url(), {"part": str(count)}).content.decode()
    assert f"part {count} of {count}" in last and f"?part={count - 1}#article-text" in last
    part = reading.text_part(article.text, count)
    assert f'data-offset="{part.start}"' in last


@pytest.mark.parametrize("value", ["0", "x", "99999999999999999999999", "١"])
def test_a_part_that_is_not_there_shows_the_first_or_last(viewer_client, long_article, value):
    response = viewer_client.get(long_article[0].get_absolute_url(), {"part": value})
    assert response.status_code == 200
    assert "part 1 of" in response.content.decode() or "data-offset" in response.content.decode()


def test_the_event_page_shows_its_evidence_with_some_context_not_the_whole_text(viewer_client, long_article):
    article, event = long_article
    page = viewer_client.get(event.get_absolute_url()).content.decode()
    assert f'<mark id="evidence">{SENTENCE}' in page or f'<mark id="evidence">{SENTENCE.strip()}' in page
    assert len(page) < len(article.text) / 4
