"""No request body is read before the login check, and none past the upload cap."""

from __future__ import annotations

import io

import pytest
from django.test import Client
from django.urls import reverse

BOUNDARY = "----rob"


class RecordingBody(io.BytesIO):
    """A request body that counts the bytes the server reads from it."""

    def __init__(self, declared: int):
        super().__init__(f"--{BOUNDARY}\r\n".encode() + b"x" * 1024)
        self.declared, self.bytes_read = declared, 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk

    def readline(self, size=-1):
        line = super().readline(size)
        self.bytes_read += len(line)
        return line


def post_body(client: Client, url: str, declared: int) -> tuple[object, RecordingBody]:
    body = RecordingBody(declared)
    response = client.generic("POST", url, b"", content_type=f"multipart/form-data; boundary={BOUNDARY}",
                              **{"wsgi.input": body, "CONTENT_LENGTH": str(declared)})
    return response, body


@pytest.fixture
def forged_csrf():
    """An anonymous client carrying a CSRF cookie and token of its own making, as the attack did."""
    client = Client(enforce_csrf_checks=True)
    token = "a" * 32
    client.cookies["csrftoken"] = token
    return client, token


def test_an_anonymous_upload_is_sent_to_login_unread(db, forged_csrf):
    client, token = forged_csrf
    response, body = post_body(client, reverse("ingest:upload"), 100 * 1024 * 1024)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert body.bytes_read == 0


def test_an_upload_over_the_cap_is_refused_unread(analyst_client, settings):
    response, body = post_body(analyst_client, reverse("ingest:upload"), settings.MAX_REQUEST_BYTES + 1)
    assert response.status_code == 413
    assert "one upload may carry at most" in response.content.decode()
    assert body.bytes_read == 0


def test_the_login_form_is_still_posted_anonymously(client, analyst):
    response = client.post(reverse("login"), {"username": "ana", "password": "ana-password"})
    assert response.status_code == 302 and response["Location"] == reverse("events:dashboard")


def test_an_upload_within_the_cap_is_stored(analyst_client, dictionaries):
    response = analyst_client.post(reverse("ingest:upload"), {"text": "غارة جوية على البوكمال مساء السبت."},
                                   follow=True)
    page = response.content.decode()
    assert "1 article stored and queued for parsing." in page
