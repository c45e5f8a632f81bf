"""The events over the API: the table's filter and rows, ACLED names, the exports, fail-closed errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils.http import urlencode

from events.fakes import make_fake_events
from events.filters import filter_events
from events.models import Actor, Event, EventActor, Place
from ingest.models import Article
from tests.api.conftest import walk

# Query strings as an analyst leaves them in the table's address bar.
TABLE_QUERIES = [
    "",
    "actor=united_states",
    "actor=islamic_state&actor=coalition&role=actor2",
    "role=actor1&event_type=airstrike&event_type=shelling",
    "date_after=2020-01-01&date_before=2020-12-31",
    "place=albukamal&place=al-hari&sort=place",
    "geo_precision=1&attribution=claimed&attribution=suspected",
    "outlet=outlet+b&sort=-killed",
    "q=اصطناعية&event_type=checkpoint&page=2",
]


def table_ids(client, query: str) -> list[int]:
    """The ids of the events the table lists for `query`, over all its pages."""
    ids, page = [], 1
    base = re.sub(r"&?page=\d+", "", query)
    while True:
        html = client.get(f"{reverse('events:list')}?{base}&page={page}").content.decode()
        found = [int(i) for i in re.findall(r'<td class="nowrap"><a href="/events/(\d+)/">', html)]
        ids += found
        if f"page={page + 1}" not in html:
            return ids
        page += 1


@pytest.fixture
def fake_events(dictionaries):
    make_fake_events(400, seed=12)
    # Something for every filter to find: the fake events have no text match and one outlet per article.
    assert Event.objects.filter(event_actors__actor__slug="united_states").exists()


@pytest.mark.parametrize("query", TABLE_QUERIES)
def test_it_returns_exactly_the_rows_the_table_shows(fake_events, viewer, viewer_client, query):
    from tests.api.conftest import token_client

    api, _ = token_client(viewer)
    shown = table_ids(viewer_client, query)
    rows = walk(api, f"{reverse('api:events')}?{query}&page_size=70")
    assert sorted(row["id"] for row in rows) == sorted(shown)
    assert len(rows) == len({row["id"] for row in rows})
    if query:
        assert shown, "each query finds some events, or the comparison proves little"


@pytest.fixture
def strike(dictionaries, analyst):
    article = Article.objects.create(title="<b>غارة</b>", outlet="Outlet X", url="https://example.org/a",
                                     text="مقدمة. غارة على الهري قتلت اثنين.", content_hash="api-1", status="parsed",
                                     published="2024-11-03", uploaded_by=analyst)
    event = Event.objects.create(article=article, event_type="airstrike", date="2024-11-02",
                                 date_precision="day", place=Place.objects.get(key="al-hari"),
                                 evidence="غارة على الهري قتلت اثنين.", evidence_start=7, evidence_end=33,
                                 killed_min=2, killed_max=2, attribution="suspected", place_text="الهري")
    EventActor.objects.create(event=event, actor=Actor.objects.get(slug="united_states"), role="actor1",
                              text="طائرة أمريكية")
    EventActor.objects.create(event=event, actor=Actor.objects.get(slug="kataib_hezbollah"), role="actor2")
    return event


def test_an_event_comes_with_acled_names_its_evidence_and_roles(viewer_api, strike):
    data = viewer_api.get(reverse("api:event", args=[strike.pk])).json()
    assert (data["event_id_cnty"], data["event_date"], data["time_precision"]) == (f"ABK{strike.pk}", "2024-11-02", 1)
    assert (data["event_type"], data["acled_event_type"], data["sub_event_type"]) == (
        "airstrike", "Explosions/Remote violence", "Air/drone strike")
    assert (data["actor1"], data["actor2"]) == (["United States"], ["Kataib Hezbollah"])
    assert {(a["actor"], a["role"], a["as_written"]) for a in data["actors"]} == {
        ("united_states", "actor1", "طائرة أمريكية"), ("kataib_hezbollah", "actor2", "")}
    assert (data["location"], data["place"], data["fatalities"], data["source"]) == ("Al-Hari", "al-hari", 2,
                                                                                     "Outlet X")
    assert data["latitude"] == strike.place.lat and data["location_approximate"] is True
    assert data["evidence"] == {"text": "غارة على الهري قتلت اثنين.", "start": 7, "end": 33}
    assert Article.objects.get().text[7:33] == data["evidence"]["text"]
    assert (data["article"]["id"], data["article"]["status"], data["article"]["title"]) == (
        strike.article_id, "parsed", "<b>غارة</b>")  # JSON carries the text as it is; escaping is the reader's


def test_an_unknown_event_is_404(viewer_api, db):
    assert viewer_api.get(reverse("api:event", args=[999999])).status_code == 404


@pytest.mark.parametrize("query", [
    {"date_after": "2024-13-45"}, {"event_type": "picnic"}, {"actor": "nobody"}, {"article": "x"},
    {"place": "atlantis", "format": "csv"}, {"geo_precision": "7", "format": "geojson"},
])
def test_bad_filter_values_get_a_400_with_the_tables_reason(viewer_api, strike, query):
    response = viewer_api.get(reverse("api:events"), query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"  # even when a file was asked for
    table_errors = filter_events(QueryDict(urlencode(query)))[0].errors
    assert table_errors and response.json() == {field: list(errors) for field, errors in table_errors.items()}


def test_an_invalid_date_is_explained(viewer_api, strike):
    response = viewer_api.get(reverse("api:events"), {"date_before": "2024-02-30"})
    assert (response.status_code, response.json()) == (400, {"date": ["Enter a valid date."]})


def test_an_unknown_format_is_refused(viewer_api, strike):
    response = viewer_api.get(reverse("api:events"), {"format": "xlsx"})
    assert (response.status_code, response.json()) == (400, {"format": ["Choose json, csv or geojson."]})


def test_csv_by_format_has_the_table_exports_columns_and_rows(viewer_api, viewer_client, fake_events):
    query = {"event_type": ["airstrike", "shelling"], "date_after": "2021-01-01"}
    response = viewer_api.get(reverse("api:events"), {**query, "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    api_csv = b"".join(response.streaming_content).decode("utf-8-sig")
    table_csv = b"".join(viewer_client.get(reverse("events:export_csv"), query).streaming_content).decode("utf-8-sig")
    assert api_csv == table_csv
    rows = list(csv.DictReader(io.StringIO(api_csv)))
    expected = Event.objects.filter(event_type__in=query["event_type"], date__gte="2021-01-01")
    assert sorted(r["event_id_cnty"] for r in rows) == sorted(f"ABK{pk}" for pk in expected.values_list("pk", flat=True))


def test_geojson_by_format_gives_points_of_the_filtered_events(viewer_api, fake_events):
    response = viewer_api.get(reverse("api:events"), {"place": "albukamal", "format": "geojson"})
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(b"".join(response.streaming_content))
    expected = set(Event.objects.filter(place__key="albukamal").values_list("pk", flat=True))
    assert expected and {f["id"] for f in data["features"]} == expected
    assert {f["geometry"]["type"] for f in data["features"]} == {"Point"}


def test_places_and_actors_list_the_keys_the_filters_take(viewer_api, dictionaries):
    places = walk(viewer_api, reverse("api:places"), {"page_size": 1000})
    assert len(places) == Place.objects.count()
    bukamal = next(p for p in places if p["key"] == "albukamal")
    assert bukamal["name_ar"] == "البوكمال" and isinstance(bukamal["aliases_ar"], list)
    actors = walk(viewer_api, reverse("api:actors"))
    assert {a["slug"] for a in actors} == set(Actor.objects.values_list("slug", flat=True))
    # What the lists give is what the filter takes.
    response = viewer_api.get(reverse("api:events"), {"place": bukamal["key"], "actor": actors[0]["slug"]})
    assert response.status_code == 200


def test_incidents_gather_reports_from_several_outlets(viewer_api, strike):
    from events.incidents import propose_incidents

    other = Article.objects.create(title="b", outlet="Outlet Y", text="غارة على الهري قتلت سبعة.", content_hash="api-2",
                                   status="parsed", published="2024-11-03")
    retold = Event.objects.create(article=other, event_type="shelling", date="2024-11-03", place=strike.place,
                                  evidence="غارة على الهري قتلت سبعة.", evidence_start=0, evidence_end=24,
                                  killed_min=7, killed_max=7)
    assert propose_incidents(dt.date(2024, 11, 1), dt.date(2024, 11, 5)) == 1
    [listed] = viewer_api.get(reverse("api:incidents"), {"status": "proposed"}).json()["results"]
    assert (listed["family"], listed["place"], listed["reports"], listed["articles"]) == ("strike", "al-hari", 2, 2)
    data = viewer_api.get(reverse("api:incident", args=[listed["id"]])).json()
    assert data["events"] == [strike.pk, retold.pk]
    assert (data["outlets"], data["single_source"], data["killed"]) == (["Outlet X", "Outlet Y"], False, "2–7")
    events = viewer_api.get(reverse("api:events"), {"incident": listed["id"]}).json()["results"]
    assert {e["id"] for e in events} == {strike.pk, retold.pk} and {e["incident"] for e in events} == {listed["id"]}
    assert viewer_api.get(reverse("api:incidents"), {"status": "maybe"}).status_code == 400
