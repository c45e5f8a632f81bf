"""Arabic or English: the header's switch, remembered per user, Arabic as a site default."""

from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import Profile


def _switch(client, language: str, next_url: str = "/"):
    return client.post("/i18n/setlang/", {"language": language, "next": next_url})


def test_it_shows_english_left_to_right_by_default(analyst_client):
    html = analyst_client.get("/").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Dashboard" in html


def test_it_switches_to_arabic_right_to_left_from_the_header(analyst_client):
    html = analyst_client.get("/events/").content.decode()
    assert 'action="/i18n/setlang/"' in html and 'value="ar"' in html
    response = _switch(analyst_client, "ar", "/events/?actor=ndf")
    assert response.status_code == 302 and response["Location"] == "/events/?actor=ndf"
    html = analyst_client.get("/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "لوحة المتابعة" in html
    assert 'value="en" lang="en">English</button>' in html  # the way back, named in English


def test_it_remembers_the_choice_on_the_next_login(client, analyst):
    client.force_login(analyst)
    _switch(client, "ar")
    assert Profile.objects.get(user=analyst).language == "ar"
    fresh = Client()  # another browser: no language cookie
    fresh.post("/accounts/login/", {"username": "ana", "password": "ana-password"})
    assert '<html lang="ar" dir="rtl">' in fresh.get("/").content.decode()


def test_it_offers_the_switch_on_the_login_page_before_signing_in(client):
    assert 'action="/i18n/setlang/"' in client.get("/accounts/login/").content.decode()
    _switch(client, "ar", "/accounts/login/")
    html = client.get("/accounts/login/").content.decode()
    assert 'dir="rtl"' in html


def test_it_refuses_an_unknown_language_and_a_foreign_next(analyst_client, analyst):
    response = _switch(analyst_client, "fr", "https://evil.example/")
    assert response.status_code == 302 and "evil.example" not in response["Location"]
    assert not Profile.objects.filter(user=analyst).exists()
    assert 'dir="ltr"' in analyst_client.get("/").content.decode()


@pytest.mark.parametrize("default", ["ar", "en"])
def test_it_uses_the_site_default_for_someone_who_has_not_chosen(client, settings, default):
    settings.LANGUAGE_CODE = default
    html = client.get("/accounts/login/").content.decode()
    assert f'<html lang="{default}"' in html


def test_it_serves_the_javascript_strings_in_the_chosen_language(analyst_client):
    _switch(analyst_client, "ar")
    script = analyst_client.get("/i18n/js/").content.decode()
    assert "django.gettext" in script
