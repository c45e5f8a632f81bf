"""Uploading in the browser: what is stored, what is refused, and what the analyst is told."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Event
from ingest.models import Article
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE


def upload(client, *files, **fields):
    return client.post(reverse("ingest:upload"), {"files": list(files), **fields}, follow=True)


def txt(name, text, encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/plain")


def test_it_stores_each_file_as_a_queued_article(analyst_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = upload(analyst_client, txt("a.txt", STRIKE_ARTICLE), txt("b.txt", CHECKPOINT_ARTICLE, "cp1256"),
                          outlet="Test outlet", published="2024-11-09")
    assert response.status_code == 200
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("status", flat=True)) == {"queued"}
    assert set(Article.objects.values_list("outlet", flat=True)) == {"Test outlet"}
    assert len(callbacks) == 2  # one parse queued per article, after the commit
    assert "2 articles stored" in response.content.decode()


def test_the_same_article_twice_is_stored_once_and_linked(analyst_client):
    upload(analyst_client, txt("a.txt", STRIKE_ARTICLE))
    # The same text with diacritics and another encoding is still the same article.
    response = upload(analyst_client, txt("copy.txt", STRIKE_ARTICLE.replace("غارة", "غارةٌ"), "utf-16"))
    assert Article.objects.count() == 1
    first = Article.objects.get()
    assert f"already stored as <a href=\"{first.get_absolute_url()}\">article {first.pk}</a>" in response.content.decode()


def test_bad_files_are_refused_with_a_reason_and_good_ones_still_stored(analyst_client, settings):
    settings.UPLOAD_MAX_FILE_BYTES = 2000
    response = upload(
        analyst_client,
        SimpleUploadedFile("empty.txt", b""),
        SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(200))),
        SimpleUploadedFile("archive.zip", b"PK\x03\x04" + bytes(100)),
        SimpleUploadedFile("huge.txt", ("غارة " * 2000).encode()),
        txt("good.txt", STRIKE_ARTICLE),
    )
    page = response.content.decode()
    assert "empty.txt: not stored. The file is empty." in page
    assert "photo.txt: not stored. This looks like a PNG image" in page
    assert "archive.zip: not stored. This looks like a ZIP archive" in page
    assert "huge.txt: not stored. The file is" in page and "the limit is" in page
    assert list(Article.objects.values_list("filename", flat=True)) == ["good.txt"]


def test_too_many_files_at_once_stores_nothing(analyst_client, settings):
    settings.UPLOAD_MAX_FILES = 2
    response = upload(analyst_client, *[txt(f"{i}.txt", STRIKE_ARTICLE + str(i)) for i in range(3)])
    assert "3 files at once is too many" in response.content.decode()
    assert Article.objects.count() == 0


def test_an_upload_over_the_total_cap_stores_nothing(analyst_client, settings):
    settings.UPLOAD_MAX_TOTAL_BYTES = 1000
    response = upload(analyst_client, txt("a.txt", STRIKE_ARTICLE * 3), txt("b.txt", CHECKPOINT_ARTICLE * 3))
    assert "Nothing was stored" in response.content.decode()
    assert Article.objects.count() == 0


def test_pasted_text_becomes_an_article(analyst_client):
    upload(analyst_client, text=STRIKE_ARTICLE)
    assert Article.objects.get().text == STRIKE_ARTICLE.strip()


def test_text_without_arabic_is_stored_but_flagged(analyst_client):
    response = upload(analyst_client, txt("en.txt", "An English report about Albukamal."))
    assert "has no Arabic text" in response.content.decode()
    assert not Article.objects.get().has_arabic


def test_a_viewer_cannot_upload_or_reparse(viewer_client, analyst):
    assert viewer_client.get(reverse("ingest:upload")).status_code == 403
    assert upload(viewer_client, txt("a.txt", STRIKE_ARTICLE)).status_code == 403
    article = Article.objects.create(text="نص", content_hash="x", uploaded_by=analyst)
    assert viewer_client.post(reverse("ingest:reparse", args=[article.pk])).status_code == 403
    assert Article.objects.count() == 1 and Event.objects.count() == 0


def test_every_page_needs_a_login(client):
    for name in ("events:dashboard", "events:list", "events:map", "events:export_csv", "events:export_geojson",
                 "ingest:list", "ingest:upload", "ingest:status"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), name


def test_two_uploads_of_one_article_at_the_same_moment_store_it_once(db, monkeypatch):
    """The check for an existing article is skipped once, as when two requests race past it."""
    from ingest import services
    from ingest.decoding import decode_upload

    decoded = decode_upload(STRIKE_ARTICLE.encode(), "a.txt")
    first = services.store_article(decoded, queue=False)
    real_filter = Article.objects.filter
    calls = []

    def racing_filter(*args, **kwargs):
        calls.append(kwargs)
        return Article.objects.none() if len(calls) == 1 else real_filter(*args, **kwargs)

    monkeypatch.setattr(Article.objects, "filter", racing_filter)
    second = services.store_article(decoded, queue=False)
    assert (second.created, second.article.pk) == (False, first.article.pk)
    assert Article.objects.count() == 1
