"""Settings from the environment are safe when unset, and `.env.example` works when copied to `.env`."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.workers import ROOT

SETTING = "from django.conf import settings; print(settings.DEBUG, settings.SECURE_HSTS_SECONDS)"


def django(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"], cwd=ROOT, timeout=120,
                          capture_output=True, text=True, env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"})


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, timeout=120, capture_output=True,
                          text=True, env=env)


def without(*names: str) -> dict[str, str]:
    """This environment less `names` and the test-only DJANGO_ALLOW_ASYNC_UNSAFE (see conftest.py)."""
    return {k: v for k, v in os.environ.items() if k not in names and k != "DJANGO_ALLOW_ASYNC_UNSAFE"}


def env_file(path) -> dict[str, str]:
    """KEY=VALUE lines as docker compose reads an env_file: blank values kept, ` # comments` dropped."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = re.sub(r"\s+#.*$", "", value).strip()
    return values


def test_it_keeps_debug_off_when_the_variable_is_unset():
    done = django(SETTING, {**without("DEBUG"), "SECRET_KEY": "a-secret-for-this-test-only"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "31536000"]


def test_it_refuses_to_serve_without_a_secret_key_when_debug_is_off():
    done = subprocess.run([sys.executable, "-c", "import config.wsgi"], cwd=ROOT, timeout=120, capture_output=True,
                          text=True, env=without("DEBUG", "SECRET_KEY"))
    assert done.returncode != 0
    assert "SECRET_KEY must be set to serve the dashboard with DEBUG off" in done.stderr


def test_an_empty_variable_counts_as_unset():
    done = django(SETTING, {**without("DEBUG"), "SECRET_KEY": "s" * 50, "SECURE_HSTS_SECONDS": "", "DEBUG": " "})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "31536000"]


def test_a_malformed_number_names_the_variable():
    done = django(SETTING, {**without("DEBUG"), "DEBUG": "1", "UPLOAD_MAX_FILES": "many"})
    assert done.returncode != 0
    assert "UPLOAD_MAX_FILES must be a whole number, not 'many'" in done.stderr


def test_the_env_example_copied_to_env_passes_the_deploy_check():
    values = env_file(ROOT / ".env.example")
    assert "SECURE_HSTS_SECONDS" in values and values["SECURE_HSTS_SECONDS"] == ""
    # docker compose refuses to start without a SECRET_KEY (see docker-compose.yml); the rest is as copied.
    env = {**without(*values), **values, "SECRET_KEY": "a-long-random-secret-for-this-test-only-" + "x" * 30}
    done = manage("check", "--deploy", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(security." not in done.stdout + done.stderr
