"""Playwright on Debian's chromium (never a downloaded browser), offline, failing on page errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.workers import ROOT

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Debian's chromium is not installed (apt-get install chromium; bin/test does it)")
    return {**browser_type_launch_args, "executable_path": chromium,
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]}


class Guard:
    """Every request off localhost is blocked and recorded; page errors and dialogs are recorded."""

    def __init__(self, page):
        self.external: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.route(re.compile(r"^(?!http://(localhost|127\.0\.0\.1)[:/]).*"), self._block)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _block(self, route):
        self.external.append(route.request.url)
        route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_clean(self):
        assert self.external == [], f"requests off localhost: {self.external}"
        assert self.errors == [], f"page errors: {self.errors}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"


@pytest.fixture
def guarded_page(page):
    guard = Guard(page)
    page.set_default_timeout(20_000)
    yield page, guard


@pytest.fixture
def screenshot_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def log_in(page, base_url: str, username: str, password: str):
    page.goto(base_url + "/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")  # the header's language switch is a submit button too
    page.wait_for_url(base_url + "/")
