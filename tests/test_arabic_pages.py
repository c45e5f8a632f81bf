"""Every page in Arabic: no English word outside data, URLs and ACLED's own names.

The page text (and the attributes a user reads: title, placeholder, aria-label, button
values) is scanned for Latin words after removing what the database holds (English place
and actor names, article titles, outlets, usernames). A template or Python string that
was never translated shows up as an English word here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils import translation
from django.utils.html import escape

from accounts.models import Profile
from events.exports import CSV_COLUMNS
from events.models import Actor, Event, EventActor, Incident, Place, TriggerWord
from ingest.models import Article

# Names an Arabic analyst uses as they are: ACLED's vocabulary, file formats, tools.
ALLOWED = {
    "ACLED", "CSV", "GeoJSON", "QGIS", "JSON", "OpenAPI", "API", "HTML", "txt", "html",
    "UTF-8", "UTF-16", "Windows-1256", "ISO-8859-6",
    "Ctrl", "Bearer", "Authorization", "token", "R", "pandas",
    # review keys, and the column names of an upload's metadata file
    "c", "x", "e", "j", "k", "file", "published", "outlet", "url",
    *CSV_COLUMNS,
}
# Pages that are not ours to translate or not pages at all (JSON, files, POST-only actions).
NOT_PAGES = {
    "events:export_csv", "events:export_geojson", "events:review", "events:incident_decide",
    "ingest:status", "ingest:reparse", "ingest:reparse_failed", "ingest:date", "ingest:facts",
    "api:events", "api:event", "api:places", "api:actors", "api:articles", "api:article", "api:schema",
    "api:incidents", "api:incident",
    "api:revoke",
    # Swagger UI draws its own English interface around our (translated) descriptions.
    "api:docs",
}
ARTICLE_TEXT = (
    "قصفت طائرة مسيرة مجهولة فجر الأحد موقعاً قرب معبر القائم الحدودي، وقالت مصادر محلية إن القصف "
    "أدى إلى إصابة ثلاثة عناصر.\n"
)


class _VisibleText(HTMLParser):
    """Text nodes outside script/style, and the attributes a user reads.

    Elements marked lang="en" are English on purpose (the switch back to English names itself).
    """

    READ_ATTRS = {"title", "placeholder", "aria-label", "alt"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0
        self._english: list[str] = []  # open tags inside a lang="en" element

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._english or attrs.get("lang") == "en":
            self._english.append(tag)
            return
        if tag in ("script", "style"):
            self._skip += 1
        self.parts += [value for name, value in attrs.items() if name in self.READ_ATTRS and value]
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if self._english:
            if tag in self._english:
                del self._english[len(self._english) - 1 - self._english[::-1].index(tag):]
            return
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and not self._english:
            self.parts.append(data)


def english_words(html: str, data: list[str]) -> set[str]:
    parser = _VisibleText()
    parser.feed(html)
    text = "\n".join(parser.parts)
    for value in sorted({v for v in data if v}, key=len, reverse=True):  # longest first: "Al-Qa'im …" before "Al"
        text = text.replace(value, " ")
    text = re.sub(r"(https?://|/)[^\s]*", " ", text)  # URLs and paths
    words = {w.rstrip("-'") for w in re.findall(r"[A-Za-z][A-Za-z0-9_'-]*", text)}
    return {w for w in words if w not in ALLOWED}


def data_strings() -> list[str]:
    values = [*Actor.objects.values_list("name_en", flat=True), *Actor.objects.values_list("slug", flat=True),
              *Place.objects.values_list("name_en", flat=True), *Place.objects.values_list("key", flat=True)]
    for article in Article.objects.all():
        values += [article.title, article.filename, article.outlet, article.url]
    values += [*Event.objects.values_list("event_type", flat=True)]  # the slug, shown as <code>
    from django.contrib.auth import get_user_model

    values += list(get_user_model().objects.values_list("username", flat=True))
    return [v for v in values if v]


@pytest.fixture
def world(dictionaries, analyst):
    article = Article.objects.create(
        title="Drone strike near the crossing", filename="strike.txt", outlet="Border Monitor",
        url="https://example.org/news/1", published=dt.date(2024, 11, 10), text=ARTICLE_TEXT,
        content_hash="f" * 64, status=Article.Status.PARSED, uploaded_by=analyst,
        published_source=Article.DateSource.FORM,
    )
    crossing = Place.objects.get(key="albukamal-al-qa-im-border-crossing")
    events = []
    for day in (10, 11):
        event = Event.objects.create(
            article=article, event_type="airstrike", date=dt.date(2024, 11, day), place=crossing,
            place_text="معبر القائم", geo_precision=1, attribution="suspected", injured_min=3, injured_max=3,
            evidence=ARTICLE_TEXT.split("،")[0], evidence_start=0, evidence_end=len(ARTICLE_TEXT.split("،")[0]),
            confidence=0.7,
        )
        EventActor.objects.create(event=event, actor=Actor.objects.get(slug="unidentified"), role="actor1")
        EventActor.objects.create(event=event, actor=Actor.objects.get(slug="iran_backed_militias"), role="actor2")
        events.append(event)
    incident = Incident.objects.create(family="strike", place=crossing, date_first=events[0].date,
                                       date_last=events[1].date)
    Event.objects.filter(pk__in=[e.pk for e in events]).update(incident=incident)
    return {"article": article, "event": events[0], "incident": incident}


def _pages(world) -> dict[str, str]:
    """url name -> address of a page that shows it with data."""
    pk = {"events:event": world["event"].pk, "events:edit": world["event"].pk, "events:incident": world["incident"].pk,
          "ingest:article": world["article"].pk, "events:add": world["article"].pk}
    pages = {}
    for name in ["events:dashboard", "events:list", "events:event", "events:edit", "events:add", "events:queue",
                 "events:incidents", "events:incident", "ingest:list", "ingest:upload", "ingest:article",
                 "api:tokens"]:
        try:
            pages[name] = reverse(name, args=[pk[name]] if name in pk else [])
        except NoReverseMatch:  # a page another part of the project has not shipped yet
            continue
    if "events:add" in pages:  # the form for an event the machine missed opens on a text selection
        evidence = world["event"].evidence
        pages["events:add"] += "?" + urlencode({"start": 0, "end": len(evidence), "selected": evidence})
    return pages


def _arabic_client(client, analyst):
    client.force_login(analyst)
    Profile.objects.create(user=analyst, language="ar")
    return client


@pytest.mark.django_db
def test_it_shows_every_page_in_arabic(client, analyst, world):
    client = _arabic_client(client, analyst)
    data = data_strings()
    found = {}
    for url in _pages(world).values():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        html = response.content.decode()
        assert '<html lang="ar" dir="rtl">' in html, url
        if words := english_words(html, data):
            found[url] = sorted(words)
    assert found == {}


@pytest.mark.django_db
def test_it_names_event_types_places_and_actors_in_arabic_first(client, analyst, world):
    html = _arabic_client(client, analyst).get("/events/").content.decode()
    assert "غارة جوية أو بطائرة مسيّرة" in html
    row = html[html.index("<tbody>"):]
    crossing = world["event"].place
    assert row.index(crossing.name_ar) < row.index(escape(crossing.name_en))  # Arabic first, English after it
    assert "مجهول" in row or Actor.objects.get(slug="unidentified").name_ar in row


@pytest.mark.django_db
def test_it_explains_an_invalid_filter_in_arabic(client, analyst, world):
    client = _arabic_client(client, analyst)
    html = client.get("/events/", {"date_after": "not-a-date", "event_type": "bombing"}).content.decode()
    assert "عامل التصفية غير صالح" in html
    assert english_words(html, data_strings() + ["bombing"]) == set()  # the analyst's own input, echoed


@pytest.mark.django_db
def test_it_refuses_a_bad_upload_in_arabic(client, analyst, world):
    client = _arabic_client(client, analyst)
    html = client.post("/articles/upload/", {"outlet": "x", "url": "not a url"}).content.decode()
    assert "اختر ملفاً واحداً على الأقل" in html
    assert english_words(html, data_strings() + ["not a url"]) == set()


@pytest.mark.django_db
def test_it_shows_login_error_and_refusal_pages_in_arabic(client, settings, viewer, world):
    settings.LANGUAGE_CODE = "ar"  # no one signed in: the site default decides
    data = data_strings()
    login = client.post("/accounts/login/", {"username": "vic", "password": "wrong"}).content.decode()
    assert "اسم المستخدم أو كلمة المرور خاطئة" in login and english_words(login, data) == set()
    client.force_login(viewer)
    forbidden = client.get("/articles/upload/")
    assert forbidden.status_code == 403 and english_words(forbidden.content.decode(), data) == set()
    missing = client.get("/events/999999/")
    assert missing.status_code == 404 and english_words(missing.content.decode(), data) == set()
    request = RequestFactory().get("/")
    with translation.override("ar"):
        for template in ("400.html", "registration/locked_out.html"):
            html = render_to_string(template, {}, request=request)
            assert 'dir="rtl"' in html and english_words(html, data) == set(), template


@pytest.mark.django_db
def test_it_names_the_map_layers_and_its_controls_side_in_arabic(client, analyst, world):
    html = _arabic_client(client, analyst).get("/events/map/").content.decode()
    in_script = [json.dumps(label)[1:-1] for label in ("الضربات (جوية، مسيّرات، قصف)", "مواقع المعجم الجغرافي")]
    assert all(label in html for label in in_script) and "Strikes (air" not in html
    assert '"rtl": true' in html
    assert '"position": "topleft"' in html  # the layer control, mirrored from Leaflet's top right
    assert re.search(r'L\.control\.zoom\(\s*\{\s*position: "topright"', html)


@pytest.mark.django_db
def test_it_serves_the_map_texts_to_javascript_in_arabic(client, analyst):
    script = _arabic_client(client, analyst).get("/i18n/js/").content.decode()
    assert "\\u0627\\u0644\\u0623\\u062d\\u062f\\u0627\\u062b" in script or "الأحداث في كل مكان" in script


@pytest.mark.django_db
def test_it_shows_the_dictionaries_admin_in_arabic(client, analyst, world):
    """Django's admin is translated by Django; our models, fields and actions by us."""
    client = _arabic_client(client, analyst)
    analyst.is_superuser = True
    analyst.save()
    # What analysts typed into the dictionaries is data too.
    data = data_strings() + [
        *Place.objects.values_list("kind", flat=True), *Place.objects.values_list("country", flat=True),
        *Actor.objects.values_list("kind", flat=True), *TriggerWord.objects.values_list("note", flat=True),
        *Place.objects.values_list("source", flat=True), *Place.objects.values_list("admin", flat=True)]
    found = {}
    for url in ["/admin/", "/admin/events/place/", "/admin/events/actor/", "/admin/events/triggerword/",
                "/admin/events/event/", f"/admin/events/event/{world['event'].pk}/change/", "/admin/ingest/article/",
                f"/admin/events/place/{world['event'].place_id}/change/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        # Django's admin leaves a few alt texts in English (Search, True, False); Axes is django-axes' app.
        if words := english_words(response.content.decode(), data) - {"Axes", "Search", "True", "False"}:
            found[url] = sorted(words)
    assert found == {}, found


def test_every_page_of_the_project_is_in_the_arabic_check():
    """A new page must be added to _pages (or to NOT_PAGES with a reason): it then gets checked."""
    checked = {"events:dashboard", "events:list", "events:event", "events:edit", "events:add", "events:queue",
               "events:incidents", "events:incident", "ingest:list", "ingest:upload", "ingest:article",
               "api:tokens", "events:map"}
    names = set()
    for pattern in get_resolver().url_patterns:
        namespace = getattr(pattern, "namespace", None)
        if namespace in ("events", "ingest", "api"):
            names |= {f"{namespace}:{p.name}" for p in pattern.url_patterns}
    assert names - checked - NOT_PAGES == set()
