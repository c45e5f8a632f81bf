from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The JSON API under /api/ and the personal tokens that open it."""

    name = "api"

    def ready(self):
        from . import schema  # noqa: F401  (registers the token scheme with drf-spectacular)
