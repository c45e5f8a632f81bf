"""Log in and out; password reset only when the site can send email (settings.PASSWORD_RESET_ENABLED)."""

from functools import wraps

from django.conf import settings
from django.contrib.auth import urls as auth_urls
from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.urls import path

RESET_VIEWS = {"password_reset", "password_reset_done", "password_reset_confirm", "password_reset_complete"}


def _only_with_email(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not settings.PASSWORD_RESET_ENABLED:
            raise Http404("Password reset is off: no email backend is configured.")
        return view(request, *args, **kwargs)

    return login_not_required(wrapped)


urlpatterns = [
    path(str(p.pattern), _only_with_email(p.callback), name=p.name) if p.name in RESET_VIEWS else p
    for p in auth_urls.urlpatterns
]
