"""An article full of script payloads is shown as text everywhere: nothing runs."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from ingest.models import Article
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.pipeline]

PAYLOADS = ('<script>alert("title")</script><img src=x onerror=alert("img")>'
            '<a href="javascript:alert(\'link\')">x</a>`${alert("tpl")}`</script><svg onload=alert("svg")>')
HOSTILE_ARTICLE = (
    f"{PAYLOADS} عنوان\n"
    f"استهدفت غارة جوية مساء السبت قرية الهري {PAYLOADS} ما أدى إلى مقتل عنصرين.\n"
    "نشرت قوات الدفاع الوطني حواجز عسكرية جديدة في مدينة البوكمال javascript:alert(1).\n"
)


def test_nothing_from_an_article_runs(live_server, pipeline_db, start_worker, analyst, guarded_page, tmp_path):
    page, guard = guarded_page
    start_worker()
    base = live_server.url
    log_in(page, base, "ana", "ana-password")
    (tmp_path / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    page.goto(base + "/articles/upload/")
    page.set_input_files("#id_files", str(tmp_path / "hostile.txt"))
    page.fill("#id_outlet", '<img src=x onerror=alert("outlet")>')
    page.fill("#id_published", "2024-11-09")
    page.click("button:has-text('Upload')")
    expect(page.locator("tr[data-article] .status")).to_have_text(["parsed"], timeout=90_000)
    article = Article.objects.get()
    assert article.events.count() >= 2

    page.goto(base + "/events/")
    expect(page.locator("table.events tbody tr")).to_have_count(article.events.count())
    expect(page.frame_locator("#event-map").locator(".place-marker").first).to_be_visible()
    page.goto(base + "/events/map/")
    markers = page.locator("[data-layer]")
    expect(markers.first).to_be_visible()
    for i in range(markers.count()):  # open every popup (markers on one place overlap: no pointer click)
        markers.nth(i).dispatch_event("click")
        expect(page.locator(".leaflet-popup-content").last).to_contain_text(" in all")
    for event in article.events.all():
        page.goto(base + event.get_absolute_url())
        expect(page.locator(".article-text")).to_contain_text('<script>alert("title")</script>')
    page.goto(base + article.get_absolute_url())
    expect(page.locator("h1")).to_contain_text("<script>")
    page.goto(base + "/")
    page.goto(base + "/articles/")
    expect(page.locator("table.articles")).to_contain_text("<script>")
    assert page.evaluate("document.querySelectorAll('img[src=x], svg[onload]').length") == 0
    guard.assert_clean()
