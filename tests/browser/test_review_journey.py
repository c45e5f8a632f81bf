"""The analyst reviews: confirms, corrects a place (the marker moves), rejects, dates an undated
article (its events' dates change), adds a missed event and accepts a proposed incident."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from events.models import Event, Incident, Place
from ingest import parsing
from ingest.decoding import decode_upload
from ingest.models import Article
from ingest.services import store_article
from tests.browser.conftest import log_in
from tests.test_incidents import REPORTS

pytestmark = [pytest.mark.browser, pytest.mark.pipeline]

CHECKPOINT = "نشرت قوات الدفاع الوطني يوم الثلاثاء حواجز عسكرية جديدة عند دوار الفيحاء وسط مدينة البوكمال."
ARREST = "اعتقلت دورية تابعة للأمن العسكري يوم الأربعاء ثلاثة شبان في بلدة السكرية بريف البوكمال."
UNDATED = ("انفجرت عبوة ناسفة مساء الخميس بسيارة عسكرية على طريق البوكمال - الميادين دون وقوع إصابات.\n"
           "وقالت مصادر محلية إن دورية للأمن العام أغلقت الطريق لساعات بعد الانفجار.")


def stored(name: str, text: str, published: str | None = None, outlet: str = "") -> Article:
    date = dt.date.fromisoformat(published) if published else None
    article = store_article(decode_upload(text.encode(), name), filename=name, published=date, outlet=outlet,
                            queue=False).article
    assert parsing.parse_article(article.pk) == "parsed"
    return Article.objects.get(pk=article.pk)


def only_event(article: Article) -> Event:
    return article.events.get()


def test_the_analyst_reviews_events_articles_and_incidents(live_server, pipeline_db, start_worker, analyst,
                                                           guarded_page, screenshot_dir):
    reports = [stored(f"report{i}.txt", text, published, outlet) for i, (outlet, published, text) in enumerate(REPORTS)]
    checkpoint = stored("checkpoint.txt", CHECKPOINT, "2024-11-13", "Border Watch")
    arrest = stored("arrest.txt", ARREST, "2024-11-13", "Border Watch")
    undated = stored("undated.txt", UNDATED)
    assert undated.published_source == "upload"
    start_worker()
    page, guard = guarded_page
    base = live_server.url
    log_in(page, base, "ana", "ana-password")

    # The review queue: unreviewed events article by article, least confident first.
    page.click("header >> text=Review")
    expect(page.locator(".queue-article")).to_have_count(6)
    page.screenshot(path=str(screenshot_dir / "review-queue.png"), full_page=True)

    # Confirm one event from the keyboard on the table, reject another with one click.
    strike = only_event(reports[0])
    page.goto(f"{base}/events/?article={reports[0].pk}")
    row = page.locator(f"tr[data-event='{strike.pk}']")
    row.focus()
    page.keyboard.press("c")
    expect(row.locator("[data-review-state]")).to_have_text("confirmed")
    arrest_event = only_event(arrest)
    page.goto(f"{base}/events/?article={arrest.pk}")
    arrest_row = page.locator(f"tr[data-event='{arrest_event.pk}']")
    arrest_row.locator("button[value=reject]").click()
    expect(arrest_row.locator("[data-review-state]")).to_have_text("rejected")
    assert Event.objects.get(pk=strike.pk).review == "confirmed"
    assert Event.objects.get(pk=arrest_event.pk).review == "rejected"

    # Correct the place of a third: the map's marker moves.
    checkpoint_event = only_event(checkpoint)
    old_place = checkpoint_event.place
    new_place = Place.objects.get(key=Event.objects.get(pk=arrest_event.pk).place.key)  # Al-Sukkariyah
    page.goto(f"{base}/events/?article={checkpoint.pk}")
    the_map = page.frame_locator("#event-map")
    expect(the_map.locator(f"[data-place='{old_place.key}'] .place-marker")).to_have_count(1)
    page.goto(f"{base}/events/{checkpoint_event.pk}/")
    page.click("text=Correct this event")
    page.select_option("#id_place", str(new_place.pk))
    page.screenshot(path=str(screenshot_dir / "edit-form.png"), full_page=True)
    page.click("button:has-text('Save')")
    expect(page.locator(".messages")).to_contain_text("Saved.")
    expect(page.locator(".history")).to_contain_text("place")
    page.goto(f"{base}/events/?article={checkpoint.pk}")
    expect(the_map.locator(f"[data-place='{new_place.key}'] .place-marker")).to_have_count(1)
    expect(the_map.locator(f"[data-place='{old_place.key}']")).to_have_count(0)

    # Set the missing publication date in place on the article list: the events' dates change.
    explosion = undated.events.get(event_type="explosion")
    assert explosion.date.year == dt.date.today().year  # hung on the upload day
    page.goto(f"{base}/articles/")
    undated_row = page.locator(f"tr[data-article='{undated.pk}']")
    undated_row.locator("input[name=published]").fill("2024-11-16")
    undated_row.locator("button:has-text('Set date')").click()
    expect(page.locator(".messages")).to_contain_text("parsing again with the new date")
    expect(page.locator(f"tr[data-article='{undated.pk}'] .status")).to_have_text("parsed", timeout=90_000)
    page.goto(f"{base}/events/?article={undated.pk}&event_type=explosion")
    expect(page.locator("table.events tbody tr").first).to_contain_text("2024-11-14")  # «مساء الخميس»

    # Add an event the machine missed by selecting its sentence in the article.
    sentence = "أغلقت الطريق لساعات"
    page.goto(f"{base}/articles/{undated.pk}/")
    page.evaluate("""(sentence) => {
        const node = document.getElementById('article-text').firstChild;
        const start = node.textContent.indexOf(sentence);
        const range = document.createRange();
        range.setStart(node, start); range.setEnd(node, start + sentence.length);
        const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
    }""", sentence)
    page.click("button:has-text('Add an event from the selected text')")
    expect(page.locator("mark#evidence")).to_have_text(sentence)
    page.select_option("#id_event_type", "deployment")
    page.click("button:has-text('Save')")
    expect(page.locator(".messages")).to_contain_text("Saved.")
    made = Event.objects.get(machine_made=False)
    assert undated.text[made.evidence_start:made.evidence_end] == sentence

    # Accept the incident the three strike reports were proposed as.
    page.click("header >> text=Incidents")
    incident = Incident.objects.get(status="proposed")
    page.click(f"tr[data-incident='{incident.pk}'] a")
    expect(page.locator("#incident-reports")).to_have_text("3")
    expect(page.locator("#incident-outlets")).to_contain_text("2")
    page.click("button:has-text('Accept')")
    expect(page.locator("#incident-status")).to_have_text("accepted")
    page.screenshot(path=str(screenshot_dir / "incident.png"), full_page=True)
    assert Incident.objects.get(pk=incident.pk).status == "accepted"
    guard.assert_clean()
