"""Loaded before Django's settings: test-wide environment defaults."""

import os

os.environ.setdefault("FAST_PASSWORD_HASHER", "1")
os.environ.setdefault("DEBUG", "1")
# Playwright's sync API runs an event loop in the test thread; Django's ORM must still work there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
