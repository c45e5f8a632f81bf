"""An analyst makes a token on the API page, reads the API's documentation offline, and revokes the token."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser


def test_a_token_is_made_on_the_api_page_and_the_docs_run_from_our_files(live_server, db, analyst, guarded_page,
                                                                         screenshot_dir):
    page, guard = guarded_page
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    log_in(page, live_server.url, "ana", "ana-password")
    page.get_by_role("link", name="API", exact=True).click()
    page.get_by_label("Name of the new token").fill("My notebook")
    page.get_by_role("button", name="Create a token").click()
    expect(page.locator("#new-token code")).to_have_text(re.compile(r"^abk_[\w-]{40,}$"))
    expect(page.locator("#tokens")).to_contain_text("My notebook")

    page.get_by_role("link", name="API documentation").click()
    # Swagger UI draws the operations from our schema: its scripts ran from our static files under our CSP.
    # A 1.4 MB bundle to parse: on a busy 2-core machine that can take longer than the usual 20 s.
    expect(page.locator(".opblock-summary-path", has_text="/api/events/").first).to_be_visible(timeout=60_000)
    expect(page.locator(".opblock-summary-path", has_text="/api/articles/").first).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "api-docs.png"))
    assert console_errors == []

    page.goto(f"{live_server.url}/api/tokens/")
    page.get_by_role("button", name="Revoke").click()
    expect(page.get_by_text("The token is revoked")).to_be_visible()
    expect(page.locator("#tokens")).to_have_count(0)
    guard.assert_clean()
