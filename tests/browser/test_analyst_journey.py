"""An analyst uploads, waits for parsing, filters, reads the map and checks the evidence, in English and in Arabic."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in
from tests.conftest import CHECKPOINT_ARTICLE, STRIKE_ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.pipeline]

# What the analyst reads and clicks in each language (the Arabic journey starts by switching in the header).
TEXTS = {
    "en": {"upload": "Upload", "stored": "2 articles stored", "parsed": "parsed", "events": "Events & map",
           "apply": "Apply filter", "type": "Checkpoint", "actor": "National Defence Forces", "date": "2024-11-",
           "legend": "Checkpoints", "suffix": ""},
    "ar": {"upload": "رفع", "stored": "حُفظ مقالان", "parsed": "حُلّل", "events": "الأحداث والخريطة",
           "apply": "طبّق التصفية", "type": "حاجز", "actor": "الدفاع الوطني", "date": "/11/2024",
           "legend": "الحواجز", "suffix": "-ar"},
}

# Visible town labels on the map that intersect another label or an event marker (the map hides
# a label that would).
OVERLAPPING_LABELS = """() => {
  const box = node => node.getBoundingClientRect();
  const labels = [...document.querySelectorAll('.town-label')]
    .filter(node => getComputedStyle(node).visibility !== 'hidden').map(box);
  const markers = [...document.querySelectorAll('.place-marker, .marker-cluster')].map(box);
  const meet = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
  let overlaps = 0;
  labels.forEach((a, i) => [...labels.slice(i + 1), ...markers].forEach(b => { if (meet(a, b)) overlaps++; }));
  return overlaps;
}"""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_upload_filter_map_and_evidence(language, live_server, pipeline_db, start_worker, analyst, guarded_page,
                                        tmp_path, screenshot_dir):
    text = TEXTS[language]
    page, guard = guarded_page
    start_worker()
    base = live_server.url
    log_in(page, base, "ana", "ana-password")
    if language == "ar":
        page.click("header form.language button[value=ar]")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")

    (tmp_path / "strike.txt").write_text(STRIKE_ARTICLE, encoding="utf-8")
    (tmp_path / "checkpoints.txt").write_bytes(CHECKPOINT_ARTICLE.encode("cp1256"))
    page.locator("header nav").get_by_role("link", name=text["upload"], exact=True).click()
    page.set_input_files("#id_files", [str(tmp_path / "strike.txt"), str(tmp_path / "checkpoints.txt")])
    page.fill("#id_outlet", "Test Monitor")
    page.fill("#id_published", "2024-11-09")
    page.locator("main button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text(text["stored"])
    # The list updates itself while the worker parses: no reload.
    expect(page.locator("tr[data-article] .status")).to_have_text([text["parsed"]] * 2, timeout=90_000)

    page.locator("header nav").get_by_role("link", name=text["events"]).click()
    page.select_option("#id_actor", "ndf")
    page.fill("[name=date_after]", "2024-11-01")
    page.fill("[name=date_before]", "2024-11-30")
    page.locator("form.filters button[type=submit]").click()
    rows = page.locator("table.events tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(text["type"])
    expect(rows.first).to_contain_text(text["actor"])
    expect(rows.first.locator("td").first).to_contain_text(text["date"])
    assert "actor=ndf" in page.url and "date_after=2024-11-01" in page.url  # a shareable filter

    the_map = page.frame_locator("#event-map")
    expect(the_map.locator(".leaflet-container")).to_be_visible()
    expect(the_map.locator(".place-marker")).to_have_count(1)
    expect(the_map.locator("[data-layer=checkpoints] .place-marker")).to_have_text("1")
    expect(the_map.locator(".map-legend")).to_contain_text(text["legend"])
    assert the_map.locator("body").evaluate(OVERLAPPING_LABELS) == 0
    frame = page.locator("#event-map").bounding_box()
    legend = the_map.locator(".map-legend").bounding_box()
    layers = the_map.locator(".leaflet-control-layers").bounding_box()
    middle = frame["x"] + frame["width"] / 2
    if language == "ar":  # mirrored: the legend at the bottom right, the layer list at the top left
        assert legend["x"] > middle and layers["x"] + layers["width"] < middle
    else:
        assert legend["x"] + legend["width"] < middle and layers["x"] > middle
    page.locator("#event-map").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / f"table-and-map{text['suffix']}.png"), full_page=True)
    page.locator("#event-map").screenshot(path=str(screenshot_dir / f"map{text['suffix']}.png"))

    # The popup's link leads to the table filtered by that place, the other filters kept.
    the_map.locator(".place-marker").click()
    the_map.locator("a.all-events").click()
    page.wait_for_url("**place=*")
    assert "actor=ndf" in page.url
    expect(page.locator("#id_place option:checked")).to_have_count(1)
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(text["type"])

    rows.first.locator("a").first.click()
    evidence = page.locator("mark#evidence")
    expect(evidence).to_be_visible()
    expect(evidence).to_contain_text("حواجز عسكرية جديدة")
    page.screenshot(path=str(screenshot_dir / f"event{text['suffix']}.png"), full_page=True)
    guard.assert_clean()


def test_town_names_on_the_map_never_overlap(live_server, db, dictionaries, analyst, guarded_page):
    """At the zoom that fits Syria and Iraq the names are hidden; zoomed in, those shown do not overlap."""
    page, guard = guarded_page
    log_in(page, live_server.url, "ana", "ana-password")
    page.goto(live_server.url + "/events/map/")
    expect(page.locator(".leaflet-container")).to_be_visible()
    expect(page.locator(".town-label")).not_to_have_count(0)
    for zoom in (6, 8, 10, 12):
        page.evaluate(f"() => {{ const map = window[Object.keys(window).find(k => k.startsWith('map_'))];"
                      f" map.setView([34.45, 40.95], {zoom}, {{animate: false}}); }}")
        page.wait_for_function(f"() => {{ const map = window[Object.keys(window).find(k => k.startsWith('map_'))];"
                               f" return map.getZoom() === {zoom}; }}")
        assert page.evaluate(OVERLAPPING_LABELS) == 0, zoom
        visible = page.locator(".town-label:not([style*='hidden'])")
        if zoom < 8:
            expect(visible).to_have_count(0)
        else:
            expect(visible.first).to_be_visible()
    guard.assert_clean()
