"""Logins, roles and the lock-out after repeated wrong passwords."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse


def test_create_user_gives_the_role_and_its_rights(db):
    call_command("create_user", "amal", "--role", "analyst", "--password", "s3cret-enough")
    call_command("create_user", "vera", "--role", "viewer", "--password", "s3cret-enough")
    users = get_user_model().objects
    amal, vera = users.get(username="amal"), users.get(username="vera")
    assert amal.has_perm("ingest.add_article") and amal.has_perm("events.change_place") and amal.is_staff
    assert not vera.has_perm("ingest.add_article") and not vera.is_staff


def test_a_user_logs_in_and_sees_the_dashboard(client, analyst):
    response = client.post(reverse("login"), {"username": "ana", "password": "ana-password"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("events:dashboard")


def test_repeated_wrong_passwords_lock_the_account(client, analyst, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "ana", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "ana", "password": "ana-password"})
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def test_a_viewer_sees_no_upload_or_admin_links(viewer_client):
    page = viewer_client.get(reverse("events:dashboard")).content.decode()
    assert reverse("ingest:upload") not in page and reverse("admin:index") not in page
    assert viewer_client.get(reverse("admin:index")).status_code == 302  # to the admin login
