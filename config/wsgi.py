import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402  (after the application: settings are configured)
from django.core.exceptions import ImproperlyConfigured  # noqa: E402

if getattr(settings, "SECRET_KEY_IS_EPHEMERAL", False):
    raise ImproperlyConfigured("SECRET_KEY must be set to serve the dashboard with DEBUG off")
