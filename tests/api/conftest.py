"""API clients: a user's personal token sent as a Bearer header, as a script sends it."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client

from api.tokens import create_token


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()  # throttle counts live in the cache


def token_client(user) -> tuple[Client, str]:
    _, raw = create_token(user, "test script")
    return Client(HTTP_AUTHORIZATION=f"Bearer {raw}"), raw


@pytest.fixture
def analyst_api(analyst):
    return token_client(analyst)[0]


@pytest.fixture
def viewer_api(viewer):
    return token_client(viewer)[0]


def walk(client, url: str, params: dict | None = None) -> list[dict]:
    """Every row of a paginated list, following `next` to the end."""
    rows, response = [], client.get(url, params or {})
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        rows += body["results"]
        if not body["next"]:
            return rows
        response = client.get(body["next"])
