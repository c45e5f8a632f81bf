"""Personal API tokens: made and revoked by their owner, shown once, stored as a hash, carrying the role."""

from __future__ import annotations

import hashlib
import re

from django.urls import reverse

from api.models import ApiToken
from tests.api.conftest import token_client


def make_token_on_the_page(client, name="notebook") -> str:
    page = client.post(reverse("api:tokens"), {"name": name}).content.decode()
    return re.search(r'id="new-token">.*?<code>(abk_[\w-]+)</code>', page, re.S).group(1)


def test_the_account_page_shows_a_new_token_once_and_keeps_only_its_hash(viewer_client, viewer):
    raw = make_token_on_the_page(viewer_client, "QGIS on my laptop")
    token = ApiToken.objects.get(user=viewer)
    assert token.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(ApiToken.objects.values().get())
    page = viewer_client.get(reverse("api:tokens"))
    assert raw not in page.content.decode() and "QGIS on my laptop" in page.content.decode()
    assert token.prefix in page.content.decode()
    assert "no-store" in page["Cache-Control"]


def test_a_token_from_the_page_opens_the_api_as_its_user(viewer_client, viewer, dictionaries):
    from django.test import Client

    raw = make_token_on_the_page(viewer_client)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert api.get(reverse("api:places")).status_code == 200
    assert ApiToken.objects.get(user=viewer).last_used is not None


def test_a_revoked_token_is_refused(viewer_client, viewer, dictionaries):
    api, _ = token_client(viewer)
    assert api.get(reverse("api:actors")).status_code == 200
    token = ApiToken.objects.get(user=viewer)
    page = viewer_client.post(reverse("api:revoke", args=[token.pk]), follow=True).content.decode()
    assert "The token is revoked" in page and "You have no active token." in page
    response = api.get(reverse("api:actors"))
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid or revoked token."}


def test_nobody_revokes_someone_elses_token(analyst_client, viewer):
    api, _ = token_client(viewer)
    token = ApiToken.objects.get(user=viewer)
    analyst_client.post(reverse("api:revoke", args=[token.pk]))
    token.refresh_from_db()
    assert token.revoked is None and api.get(reverse("api:actors")).status_code == 200


def test_every_api_request_needs_a_token_or_a_session(viewer_client, db):
    from django.test import Client

    client = Client()
    response = client.get(reverse("api:events"))
    assert response.status_code == 401 and response["WWW-Authenticate"] == 'Bearer realm="api"'
    assert client.get(reverse("api:events"), HTTP_AUTHORIZATION="Bearer abk_made-up").status_code == 401
    assert client.get(reverse("api:schema")).status_code == 401
    assert viewer_client.get(reverse("api:events")).status_code == 200


def test_a_token_opens_the_api_not_the_pages(viewer, db):
    api, _ = token_client(viewer)
    for page in (reverse("events:list"), reverse("api:tokens"), reverse("api:docs")):
        response = api.get(page)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), page


def test_requests_are_throttled_per_token(viewer, analyst, settings, db):
    settings.API_THROTTLE_RATE = "3/minute"
    first, _ = token_client(viewer)
    second, _ = token_client(viewer)
    assert [first.get(reverse("api:actors")).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert second.get(reverse("api:actors")).status_code == 200  # another token, its own budget


def test_a_token_needs_a_name(viewer_client, viewer):
    page = viewer_client.post(reverse("api:tokens"), {"name": "  "}).content.decode()
    assert "This field is required." in page and 'id="new-token"' not in page
    assert not ApiToken.objects.exists()
