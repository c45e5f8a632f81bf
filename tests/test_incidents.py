"""Reports become incidents: one strike told by three articles is proposed as one incident."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.urls import reverse

from events.models import Event, Incident
from ingest import parsing
from ingest.decoding import decode_upload
from ingest.models import Article
from ingest.services import store_article

# Our own (fictional) reports of one strike on al-Hari, and one strike elsewhere the same evening.
REPORTS = [
    ("Deir Monitor", "2024-11-11", "استهدفت غارة جوية مجهولة مساء السبت مواقع لميليشيا حزب الله العراقي في قرية "
                                   "الهري قرب مدينة البوكمال، ما أدى إلى مقتل أربعة عناصر."),
    ("Euphrates Voice", "2024-11-10", "قتل ستة عناصر من الميليشيات الإيرانية بغارة جوية استهدفت قرية الهري ليل "
                                      "السبت، ويرجح أن الطائرة أمريكية."),
    ("deir monitor", "2024-11-10", "شنت طائرة مسيرة غارة على مقر للميليشيات في قرية الهري مساء السبت، ما أسفر عن "
                                   "مقتل خمسة عناصر وإصابة آخرين."),
]
ELSEWHERE = ("Euphrates Voice", "2024-11-10", "استهدفت غارة جوية مساء السبت موقعا للميليشيات في مدينة الميادين.")


def report(outlet: str, published: str, text: str) -> Article:
    article = store_article(decode_upload(text.encode(), "r.txt"), outlet=outlet,
                            published=dt.date.fromisoformat(published), queue=False).article
    assert parsing.parse_article(article.pk) == "parsed"
    return article


@pytest.fixture
def strike_reports(dictionaries):
    articles = [report(*r) for r in REPORTS]
    elsewhere = report(*ELSEWHERE)
    return articles, elsewhere


def test_three_articles_telling_one_strike_become_one_proposed_incident(strike_reports, viewer_client):
    articles, elsewhere = strike_reports
    [incident] = Incident.objects.all()
    assert incident.status == "proposed" and incident.place.key == "al-hari"
    assert set(incident.events.values_list("article_id", flat=True)) == {a.pk for a in articles}
    assert not elsewhere.events.exclude(incident=None).exists()  # Al-Mayadin is far from al-Hari
    page = viewer_client.get(incident.get_absolute_url()).content.decode()
    assert '<td id="incident-reports">3</td>' in page
    assert '<td id="incident-outlets">2' in page  # «deir monitor» is Deir Monitor again, not a new source
    assert "4–6" in page  # killed: the range the reports give
    assert "Euphrates Voice" in page and "suspected: United States" in page


def test_the_analyst_accepts_a_proposal(strike_reports, analyst_client, analyst):
    incident = Incident.objects.get()
    response = analyst_client.post(reverse("events:incident_decide", args=[incident.pk]), {"action": "accept"})
    assert response.status_code == 302
    incident.refresh_from_db()
    assert (incident.status, incident.reviewed_by) == ("accepted", analyst)
    assert "accepted" in analyst_client.get(incident.get_absolute_url()).content.decode()


def test_the_analyst_splits_a_report_off(strike_reports, analyst_client):
    articles, _ = strike_reports
    incident = Incident.objects.get()
    third = articles[2].events.get()
    analyst_client.post(reverse("events:incident_decide", args=[incident.pk]),
                        {"action": "split", "report": [third.pk]})
    third.refresh_from_db()
    assert third.incident_id != incident.pk and third.incident.status == "accepted"
    assert incident.events.count() == 2 and Incident.objects.get(pk=incident.pk).status == "proposed"


def test_a_split_without_a_chosen_report_says_so(strike_reports, analyst_client):
    incident = Incident.objects.get()
    response = analyst_client.post(reverse("events:incident_decide", args=[incident.pk]), {"action": "split"},
                                   follow=True)
    assert "Tick the reports that tell another occurrence" in response.content.decode()
    assert incident.events.count() == 3


def test_a_rejected_report_leaves_its_proposal(strike_reports, analyst_client):
    articles, _ = strike_reports
    first = articles[0].events.get()
    analyst_client.post(reverse("events:review", args=[first.pk]), {"action": "reject"})
    first.refresh_from_db()
    assert first.incident is None and Incident.objects.get().events.count() == 2


def test_parsing_again_keeps_the_same_proposal(strike_reports, django_capture_on_commit_callbacks):
    articles, _ = strike_reports
    incident = Incident.objects.get()
    from ingest.services import request_reparse

    with django_capture_on_commit_callbacks():
        request_reparse(Article.objects.filter(pk=articles[1].pk))
    parsing.parse_article(articles[1].pk)
    assert list(Incident.objects.values_list("pk", flat=True)) == [incident.pk]
    assert incident.events.count() == 3


def test_a_viewer_cannot_accept_or_split(strike_reports, viewer_client):
    incident = Incident.objects.get()
    for action in ("accept", "split"):
        response = viewer_client.post(reverse("events:incident_decide", args=[incident.pk]),
                                      {"action": action, "report": list(incident.events.values_list("pk", flat=True))})
        assert response.status_code == 403
    incident.refresh_from_db()
    assert incident.status == "proposed" and incident.events.count() == 3


def test_the_table_map_and_exports_show_one_row_per_incident(strike_reports, viewer_client):
    incident = Incident.objects.get()
    per_incident = {"per_incident": "true"}
    assert Event.objects.count() == 4
    page = viewer_client.get(reverse("events:list"), per_incident).content.decode()
    assert "Events <span class=\"muted\">(2)</span>" in page
    assert viewer_client.get(reverse("events:list"), {"incident": incident.pk}).content.decode().count(
        "<tr data-event=") == 3
    the_map = viewer_client.get(reverse("events:map"), per_incident).content.decode()
    assert '"key": "al-hari"' in the_map and '"strikes": 1' in the_map
    rows = list(csv.DictReader(io.StringIO(b"".join(viewer_client.get(
        reverse("events:export_csv"), per_incident).streaming_content).decode("utf-8-sig"))))
    assert sorted(r["incident_reports"] for r in rows) == ["", "3"]
    assert {r["incident_id"] for r in rows} == {"", str(incident.pk)}
    features = json.loads(b"".join(viewer_client.get(reverse("events:export_geojson"), per_incident)
                                   .streaming_content))["features"]
    assert sorted(f["properties"]["incident_id"] or 0 for f in features) == [0, incident.pk]


def test_the_incident_list_shows_proposals(strike_reports, viewer_client):
    incident = Incident.objects.get()
    page = viewer_client.get(reverse("events:incidents"), {"status": "proposed"}).content.decode()
    assert incident.get_absolute_url() in page
    assert incident.get_absolute_url() not in viewer_client.get(reverse("events:incidents"),
                                                                {"status": "accepted"}).content.decode()


def test_propose_incidents_groups_events_already_stored(strike_reports, capsys):
    from django.core.management import CommandError, call_command

    Event.objects.update(incident=None)
    Incident.objects.all().delete()
    call_command("propose_incidents", "--since", "2024-11-01")
    assert "1 proposed incidents" in capsys.readouterr().out
    assert Incident.objects.get().events.count() == 3
    call_command("propose_incidents")  # again: the same proposal, not a second one
    assert Incident.objects.count() == 1
    with pytest.raises(CommandError, match="not a date"):
        call_command("propose_incidents", "--since", "yesterday")
