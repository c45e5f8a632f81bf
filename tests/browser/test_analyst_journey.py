"""An analyst uploads, waits for parsing, filters, reads the map and checks the evidence."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.pipeline]


def test_upload_filter_map_and_evidence(live_server, pipeline_db, start_worker, analyst, guarded_page, tmp_path,
                                        screenshot_dir):
    page, guard = guarded_page
    start_worker()
    base = live_server.url
    log_in(page, base, "ana", "ana-password")

    (tmp_path / "strike.txt").write_text(STRIKE_ARTICLE, encoding="utf-8")
    (tmp_path / "checkpoints.txt").write_bytes(CHECKPOINT_ARTICLE.encode("cp1256"))
    page.click("text=Upload")
    page.set_input_files("#id_files", [str(tmp_path / "strike.txt"), str(tmp_path / "checkpoints.txt")])
    page.fill("#id_outlet", "Test Monitor")
    page.fill("#id_published", "2024-11-09")
    page.click("button:has-text('Upload')")
    expect(page.locator(".messages")).to_contain_text("2 articles stored")
    # The list updates itself while the worker parses: no reload.
    expect(page.locator("tr[data-article] .status")).to_have_text(["parsed", "parsed"], timeout=90_000)

    page.click("text=Events & map")
    page.select_option("#id_actor", "ndf")
    page.fill("[name=date_after]", "2024-11-01")
    page.fill("[name=date_before]", "2024-11-30")
    page.click("button:has-text('Apply filter')")
    rows = page.locator("table.events tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Checkpoint")
    expect(rows.first).to_contain_text("National Defence Forces")
    assert "actor=ndf" in page.url and "date_after=2024-11-01" in page.url  # a shareable filter

    the_map = page.frame_locator("#event-map")
    expect(the_map.locator(".leaflet-container")).to_be_visible()
    expect(the_map.locator(".place-marker")).to_have_count(1)
    expect(the_map.locator("[data-layer=checkpoints] .place-marker")).to_have_text("1")
    expect(the_map.locator(".map-legend")).to_contain_text("Checkpoints")
    page.locator("#event-map").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "table-and-map.png"), full_page=True)
    page.locator("#event-map").screenshot(path=str(screenshot_dir / "map.png"))

    # The popup's link leads to the table filtered by that place, the other filters kept.
    the_map.locator(".place-marker").click()
    the_map.locator("a.all-events").click()
    page.wait_for_url("**place=*")
    assert "actor=ndf" in page.url
    expect(page.locator("#id_place option:checked")).to_have_count(1)
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Checkpoint")

    rows.first.locator("a").first.click()
    evidence = page.locator("mark#evidence")
    expect(evidence).to_be_visible()
    expect(evidence).to_contain_text("حواجز عسكرية جديدة")
    page.screenshot(path=str(screenshot_dir / "event.png"))
    guard.assert_clean()
