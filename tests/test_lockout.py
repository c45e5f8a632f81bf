"""The lock-out after wrong passwords keys on username and client address, read through our proxy."""

import pytest
from django.urls import reverse

OFFICE, ATTACKER, PROXY = "198.51.100.7", "203.0.113.9", "172.18.0.5"


def attempt(client, password: str, **address) -> int:
    return client.post(reverse("login"), {"username": "ana", "password": password}, **address).status_code


def fail_until_locked(client, settings, **address):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong", **address)
    assert attempt(client, "ana-password", **address) == 429


def test_it_locks_the_address_that_guessed_not_the_user_elsewhere(client, analyst, settings):
    fail_until_locked(client, settings, REMOTE_ADDR=ATTACKER)
    assert attempt(client, "ana-password", REMOTE_ADDR=OFFICE) == 302  # the real analyst logs in


@pytest.fixture
def behind_proxy(settings):
    settings.PROXY_COUNT = 1


def test_behind_the_proxy_it_keys_on_the_forwarded_client_address(client, analyst, settings, behind_proxy):
    # Every request reaches the app from the proxy; nginx appends the address it saw.
    fail_until_locked(client, settings, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    assert attempt(client, "ana-password", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=OFFICE) == 302


def test_a_forged_forwarded_header_does_not_pick_another_address(client, analyst, settings, behind_proxy):
    fail_until_locked(client, settings, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    # The attacker writes the office's address first; nginx still appends the real one last.
    assert attempt(client, "ana-password", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"{OFFICE}, {ATTACKER}") == 429


def test_without_a_proxy_the_forwarded_header_is_ignored(client, analyst, settings):
    fail_until_locked(client, settings, REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=OFFICE)
    assert attempt(client, "ana-password", REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="192.0.2.1") == 429
