"""Per-token request limits: one runaway script slows itself, not the analysts' pages."""

from __future__ import annotations

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from api.models import ApiToken


class TokenRateThrottle(SimpleRateThrottle):
    """API_THROTTLE_RATE per token; a browser session (the docs page) counts per user."""

    scope = "api"

    def get_rate(self):
        # Read at request time (DRF's own rates are fixed at import), so the setting can change in tests.
        return settings.API_THROTTLE_RATE

    def get_cache_key(self, request, view):
        if isinstance(request.auth, ApiToken):
            ident = f"token-{request.auth.pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            return None  # refused before it gets here (every API view needs a login)
        return self.cache_format % {"scope": self.scope, "ident": ident}
