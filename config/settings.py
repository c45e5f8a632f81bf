"""Settings for the Albukamal conflict-event dashboard.

One file, driven by the environment (see `.env.example`). The defaults run the
dashboard locally with SQLite and a Redis on localhost; production sets
DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL and passes
`manage.py check --deploy`.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str) -> str:
    """The variable's value; an empty one (`SECURE_HSTS_SECONDS=` in a copied .env) counts as unset."""
    return os.environ.get(name, "").strip() or default


def envbool(name: str, default: str) -> bool:
    return env(name, default).lower() in ("1", "true", "yes", "on")


def envint(name: str, default: str) -> int:
    value = env(name, default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# Off unless asked for: bin/dev and the tests turn it on.
DEBUG = envbool("DEBUG", "0")
SECRET_KEY = env("SECRET_KEY", "")
# Command-line work (extract_events, migrate, ingest --sync) needs no lasting secret, so it runs
# on a fresh checkout with nothing set; serving does, and config/wsgi.py refuses to start without one.
SECRET_KEY_IS_EPHEMERAL = not SECRET_KEY and not DEBUG
if not SECRET_KEY:
    SECRET_KEY = secrets.token_urlsafe(50) if not DEBUG else "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served as our own static files (no CDN)
    "simple_history",
    "axes",
    "events",
    "ingest",
    "api",
    # After the apps whose permissions its roles hand out (see accounts.apps).
    "accounts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.csp.ContentSecurityPolicyMiddleware",
    # Production serves static files itself; runserver and the tests use staticfiles' handler.
    *([] if DEBUG else ["whitenoise.middleware.WhiteNoiseMiddleware"]),
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language: a cookie set by the header's switch, else the browser's, else LANGUAGE_CODE...
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check, which reads the body: anonymous or oversized bodies are never read.
    "config.body_guard.RequestBodyGuard",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who made each change in the audit trail (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    # ...and a signed-in user's own choice over all of them.
    "accounts.language.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Last, so a locked-out login attempt never reaches the view.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.roles",
                "accounts.context_processors.password_help",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", "0"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web process and two worker processes write at once. WAL lets readers go on beside a
    # writer; IMMEDIATE takes the write lock when a transaction starts, so a writer waits its turn
    # (up to the busy timeout) instead of failing with "database is locked" when it upgrades a read.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": envint("SQLITE_BUSY_TIMEOUT_SECONDS", "30"),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "events:dashboard"
LOGOUT_REDIRECT_URL = "login"

# django-axes: lock a username+IP pair after repeated failed logins.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_MINUTES", "15") / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_ENABLED = envbool("AXES_ENABLED", "1")
# The client's address, read through the reverse proxies in front of us (docker-compose: nginx, 1).
PROXY_COUNT = envint("PROXY_COUNT", "0")
AXES_CLIENT_IP_CALLABLE = "accounts.client_ip.client_ip"

# Email, for password resets. Without a backend the reset pages are off and the login
# page names whom to ask (ACCOUNTS_CONTACT).
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "")
PASSWORD_RESET_ENABLED = bool(EMAIL_BACKEND)
EMAIL_BACKEND = EMAIL_BACKEND or "django.core.mail.backends.dummy.EmailBackend"
EMAIL_PORT = envint("EMAIL_PORT", "587")
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "1")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "webmaster@localhost")
ACCOUNTS_CONTACT = env("ACCOUNTS_CONTACT", "")
AXES_VERBOSE = False

# Arabic (right to left) and English, chosen per user; LANGUAGE_CODE=ar makes Arabic the
# site default for anyone who has not chosen and whose browser asks for neither.
LANGUAGES = [("ar", "العربية"), ("en", "English")]
LANGUAGE_CODE = env("LANGUAGE_CODE", "en")
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our own date formats per language (config/formats/<lang>/formats.py) over Django's.
FORMAT_MODULE_PATH = ["config.formats"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = env("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Map assets come from the npm registry (package.json, `npm ci`), never a CDN:
# analysts often work with no internet.
_NPM = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/leaflet", _NPM / "leaflet" / "dist"),
    ("vendor/leaflet.markercluster", _NPM / "leaflet.markercluster" / "dist"),
    ("vendor/leaflet.heat", _NPM / "leaflet.heat" / "dist"),
    ("vendor/topojson-client", _NPM / "topojson-client" / "dist"),
    ("vendor/world-atlas", _NPM / "world-atlas"),
]
# An optional tile server the analysts can reach (e.g. an internal one); none by default.
MAP_TILE_URL = env("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", "")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# The API (/api/): a personal token or a session for every request, the table's filter, cursor pages.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.tokens.BearerTokenAuthentication",
                                       "rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.TokenRateThrottle"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Cursor",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "URL_FORMAT_OVERRIDE": None,  # format= picks the events export (csv, geojson), not a DRF renderer
}
API_THROTTLE_RATE = env("API_THROTTLE_RATE", "120/minute")
SPECTACULAR_SETTINGS = {
    "TITLE": "Albukamal conflict-event dashboard API",
    "DESCRIPTION": "Events, places, actors and articles; upload for analysts. Send a personal token "
                   "(from /api/tokens/) as `Authorization: Bearer <token>`.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Two models have a "status": name each one's choices.
    "ENUM_NAME_OVERRIDES": {"ArticleStatusEnum": "ingest.models.Article.Status",
                            "IncidentStatusEnum": "events.models.Incident.Status"},
}

# Uploads: per file and per request caps (bytes), and how many files at once.
UPLOAD_MAX_FILE_BYTES = envint("UPLOAD_MAX_FILE_BYTES", str(5 * 1024 * 1024))
UPLOAD_MAX_FILES = envint("UPLOAD_MAX_FILES", "100")
UPLOAD_MAX_TOTAL_BYTES = envint("UPLOAD_MAX_TOTAL_BYTES", str(50 * 1024 * 1024))
# Django's own caps sit above ours so the analyst sees our message, not a bare 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # form fields (pasted text), not files
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = UPLOAD_MAX_FILES * 4
# A request body past this is refused from its Content-Length, before a byte is read (config.body_guard).
MAX_REQUEST_BYTES = UPLOAD_MAX_TOTAL_BYTES + DATA_UPLOAD_MAX_MEMORY_SIZE

# Celery on Redis. Parsing is idempotent, so late acks are safe and a worker
# killed mid-parse gives the article back to the queue.
REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = envint("PARSE_SOFT_TIME_LIMIT", "120")
CELERY_TASK_TIME_LIMIT = envint("PARSE_TIME_LIMIT", "150")
# A transient error (locked database, dropped connection) is retried with exponential
# backoff and full jitter, and the article shown failed only once the retries are spent.
PARSE_MAX_RETRIES = envint("PARSE_MAX_RETRIES", "6")
PARSE_RETRY_BACKOFF_SECONDS = envint("PARSE_RETRY_BACKOFF_SECONDS", "2")
PARSE_RETRY_BACKOFF_MAX_SECONDS = envint("PARSE_RETRY_BACKOFF_MAX_SECONDS", "60")
# Redis redelivers unacknowledged tasks after visibility_timeout: it must be
# longer than the hard time limit or a slow parse runs twice at once.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": envint("BROKER_VISIBILITY_TIMEOUT", str(CELERY_TASK_TIME_LIMIT * 4)),
    # An upload must not hang when Redis is down: fail fast, the sweeper resends.
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", "0")
CELERY_BEAT_SCHEDULE = {
    "sweep-articles": {"task": "ingest.tasks.sweep_articles", "schedule": envint("SWEEP_EVERY_SECONDS", "60")},
}
# An article still "processing" this long after it was claimed is presumed lost.
PARSE_STALE_AFTER_SECONDS = envint("PARSE_STALE_AFTER_SECONDS", str(CELERY_TASK_TIME_LIMIT + 60))
# A queued article not picked up this long after it was queued is sent to the broker again.
QUEUED_RESEND_AFTER_SECONDS = envint("QUEUED_RESEND_AFTER_SECONDS", "60")

# Security headers; production values follow from DEBUG=0.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # the map view alone opts into SAMEORIGIN for its iframe
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "0" if DEBUG else "1")
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "0" if DEBUG else "1")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "0" if DEBUG else "1")
if envbool("BEHIND_TLS_PROXY", "0"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

if envbool("FAST_PASSWORD_HASHER", "0"):
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}
