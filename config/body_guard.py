"""No request body is read for a visitor who may not send one, and none past the upload cap.

Django reads a POST body the first time anything asks for `request.POST` (the CSRF check
does, before any view): a 100 MB multipart body from an anonymous visitor would be spooled
to disk before the redirect to the login page. This runs first and looks only at headers.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.utils.deprecation import MiddlewareMixin

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def declared_length(request) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0  # Django then reads no body at all


class RequestBodyGuard(MiddlewareMixin):
    """Placed before CsrfViewMiddleware, whose process_view reads the body."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in SAFE_METHODS:
            return None
        # Same rule as LoginRequiredMiddleware, only earlier: views marked login_not_required are open.
        if getattr(view_func, "login_required", True) and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        size = declared_length(request)
        if size > settings.MAX_REQUEST_BYTES:
            return render(request, "413.html", {"size_mb": size / 1e6, "max_mb": settings.MAX_REQUEST_BYTES / 1e6},
                          status=413)
        return None
