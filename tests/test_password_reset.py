"""Password reset by email when the site can send email; otherwise its pages are off and login says whom to ask."""

import re

from django.urls import reverse


def test_without_email_the_reset_pages_are_off(client, analyst, settings):
    settings.PASSWORD_RESET_ENABLED = False
    assert client.get(reverse("password_reset")).status_code == 404
    assert client.post(reverse("password_reset"), {"email": "ana@example.org"}).status_code == 404


def test_without_email_the_login_page_says_whom_to_ask(client, settings):
    settings.PASSWORD_RESET_ENABLED, settings.ACCOUNTS_CONTACT = False, "Lina at the desk (lina@example.org)"
    page = client.get(reverse("login")).content.decode()
    assert "Forgot your password? Ask Lina at the desk (lina@example.org) to reset it." in page
    assert reverse("password_reset") not in page
    settings.ACCOUNTS_CONTACT = ""
    page = client.get(reverse("login")).content.decode()
    assert "Ask the administrator of this dashboard to reset it." in page


def test_with_email_a_user_resets_the_password_from_the_login_page(client, analyst, settings, mailoutbox):
    settings.PASSWORD_RESET_ENABLED = True
    analyst.email = "ana@example.org"
    analyst.save()
    login_page = client.get(reverse("login")).content.decode()
    assert f'href="{reverse("password_reset")}"' in login_page
    response = client.post(reverse("password_reset"), {"email": "ana@example.org"}, follow=True)
    assert "Check your email" in response.content.decode()
    [mail] = mailoutbox
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.body).group(1)
    form = client.get(link, follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {"new_password1": "a-brand-new-secret-7",
                                                     "new_password2": "a-brand-new-secret-7"}, follow=True)
    assert "Password set" in done.content.decode()
    response = client.post(reverse("login"), {"username": "ana", "password": "a-brand-new-secret-7"})
    assert response.status_code == 302 and response["Location"] == reverse("events:dashboard")
