"""The client's address as the nearest trusted proxy saw it (for django-axes' lock-out key)."""

from django.conf import settings


def client_ip(request) -> str | None:
    """REMOTE_ADDR, or behind PROXY_COUNT proxies the X-Forwarded-For entry the outermost one added.

    Each proxy appends the address it was connected from, so the entries a client wrote
    itself come first and cannot stand in for the one our own proxy added.
    """
    if settings.PROXY_COUNT > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= settings.PROXY_COUNT:
            return forwarded[-settings.PROXY_COUNT]
    return request.META.get("REMOTE_ADDR")
