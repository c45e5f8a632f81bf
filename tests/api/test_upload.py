"""Uploading over the API: analysts only, the browser's decoding, limits and messages, then polling."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ingest.models import Article
from tests.api.conftest import token_client
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE
from tests.workers import wait_for


def test_an_analysts_token_uploads_text_and_polls_its_status(analyst_api, analyst):
    response = analyst_api.post(reverse("api:articles"), {
        "text": STRIKE_ARTICLE, "outlet": "Outlet X", "url": "https://example.org/strike",
        "published": "2024-11-09"}, content_type="application/json")
    assert response.status_code == 201
    [item] = response.json()["articles"]
    assert (item["name"], item["status"], item["created"], item["has_arabic"]) == ("", "queued", True, True)
    article = Article.objects.get(pk=item["id"])
    assert (article.outlet, article.url, str(article.published), article.uploaded_by) == (
        "Outlet X", "https://example.org/strike", "2024-11-09", analyst)
    status = analyst_api.get(reverse("api:article", args=[item["id"]])).json()
    assert (status["status"], status["published_source"], status["outlet"]) == ("queued", "form", "Outlet X")


def test_files_are_decoded_as_the_browser_does_and_bad_ones_refused_alone(analyst_api, settings):
    settings.UPLOAD_MAX_FILE_BYTES = 2000
    response = analyst_api.post(reverse("api:articles"), {"files": [
        SimpleUploadedFile("checkpoint.txt", CHECKPOINT_ARTICLE.encode("cp1256")),
        SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 50),
        SimpleUploadedFile("long.txt", ("كلمة " * 1000).encode()),
    ]})
    assert response.status_code == 201
    checkpoint, photo, long = response.json()["articles"]
    assert Article.objects.get(pk=checkpoint["id"]).text.startswith("نشرت قوات الدفاع الوطني")
    assert photo == {"name": "photo.txt", "error": "This looks like a PNG image, not an article. Upload .txt or "
                                                   ".html files."}
    assert long == {"name": "long.txt", "error": "The file is 0.0 MB; the limit is 0.0 MB."}
    assert Article.objects.count() == 1


def test_the_same_article_again_is_not_stored_twice(analyst_api):
    first = analyst_api.post(reverse("api:articles"), {"text": STRIKE_ARTICLE}).json()["articles"][0]
    again = analyst_api.post(reverse("api:articles"), {"text": STRIKE_ARTICLE})
    assert again.status_code == 200
    assert again.json()["articles"] == [{**first, "created": False}]
    assert Article.objects.count() == 1


def test_a_request_with_nothing_to_store_gets_the_forms_messages(analyst_api):
    response = analyst_api.post(reverse("api:articles"), {"text": "  ", "url": "javascript:alert(1)"})
    assert response.status_code == 400
    assert response.json() == {"url": ["Enter a valid URL."],
                               "non_field_errors": ["Choose at least one file or paste an article."]}
    response = analyst_api.post(reverse("api:articles"), {"files": [SimpleUploadedFile("empty.txt", b"  ")]})
    assert response.status_code == 400
    assert response.json() == {"articles": [{"name": "empty.txt", "error": "The file is empty."}]}
    assert not Article.objects.exists()


def test_a_viewers_token_cannot_upload(viewer_api):
    response = viewer_api.post(reverse("api:articles"), {"text": STRIKE_ARTICLE})
    assert response.status_code == 403
    assert response.json() == {"detail": "Your role may read but not upload articles."}
    assert not Article.objects.exists()
    assert viewer_api.get(reverse("api:articles")).status_code == 200  # reading is fine


def test_a_session_upload_needs_the_csrf_token(analyst, db):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(analyst)
    assert browser.post(reverse("api:articles"), {"text": STRIKE_ARTICLE}).status_code == 403
    assert not Article.objects.exists()


def test_articles_list_filters_by_status_and_fails_closed(analyst_api, analyst):
    for i, state in enumerate(["queued", "parsed", "failed"]):
        Article.objects.create(title=f"a{i}", text="نص", content_hash=f"h{i}", status=state)
    rows = analyst_api.get(reverse("api:articles"), {"status": ["parsed", "failed"]}).json()["results"]
    assert sorted(r["status"] for r in rows) == ["failed", "parsed"]
    response = analyst_api.get(reverse("api:articles"), {"status": "lost"})
    assert response.status_code == 400 and "lost is not one of the available choices" in response.json()["status"][0]


@pytest.mark.pipeline
def test_an_api_upload_is_parsed_by_the_worker_and_its_events_listed(pipeline_db, start_worker, analyst, settings):
    settings.API_THROTTLE_RATE = "100000/minute"  # the test polls faster than a script should
    start_worker()
    api, _ = token_client(analyst)
    response = api.post(reverse("api:articles"), {
        "files": [SimpleUploadedFile("strike.txt", STRIKE_ARTICLE.encode())], "published": "2024-11-09"})
    article_id = response.json()["articles"][0]["id"]

    def parsed():
        status = api.get(reverse("api:article", args=[article_id])).json()
        return status if status["status"] in ("parsed", "failed") else None

    assert wait_for(parsed, what="the article to be parsed")["status"] == "parsed"
    [event] = api.get(reverse("api:events"), {"article": article_id}).json()["results"]
    assert (event["event_type"], event["event_date"], event["place"]) == ("airstrike", "2024-11-09", "al-hari")
