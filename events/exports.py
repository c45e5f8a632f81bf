"""Exports of exactly the filtered events: ACLED-style CSV and GeoJSON for QGIS.

Both stream, so a 100,000-event export never sits in memory, and CSV cells that a
spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator

from django.db.models import Count, OuterRef, Subquery

from events.models import Event

# ACLED's type and sub-type for each of ours, so the sheet sorts beside ACLED data.
ACLED_TYPES = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "armed_clash": ("Battles", "Armed clash"),
    "violence_against_civilians": ("Violence against civilians", "Attack"),
    "explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "checkpoint": ("Strategic developments", "Other"),
    "crossing": ("Strategic developments", "Non-violent transfer of territory"),
    "smuggling": ("Strategic developments", "Other"),
    "deployment": ("Strategic developments", "Headquarters or base established"),
    "meeting": ("Strategic developments", "Agreement"),
    "recruitment": ("Strategic developments", "Other"),
    "arrest": ("Strategic developments", "Arrests"),
}
# ACLED time_precision: 1 day, 2 week, 3 month or vaguer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "reported": 3}

CSV_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "source_url", "notes", "fatalities",
    # ours
    "dashboard_event_type", "attribution", "killed_min", "killed_max", "injured_min", "injured_max",
    "place_as_written", "location_approximate", "confidence", "article_id", "article_title", "incident_key",
    "evidence_start", "evidence_end", "review", "incident_id", "incident_status", "incident_reports",
]


def export_rows(events) -> Iterator[Event]:
    # Articles come along for their outlet, URL and title: not their whole text.
    reports = (Event.objects.filter(incident=OuterRef("incident")).order_by().values("incident")
               .annotate(n=Count("pk")).values("n"))
    return (events.select_related("place", "article", "incident").defer("article__text")
            .annotate(incident_reports=Subquery(reports))
            .prefetch_related("event_actors__actor").iterator(chunk_size=2000))


def _actors(event: Event) -> tuple[list[str], list[str]]:
    """Names of (actor1s, actor2s), from the prefetched links."""
    links = event.event_actors.all()
    return ([link.actor.name_en for link in links if link.role == "actor1"],
            [link.actor.name_en for link in links if link.role == "actor2"])


def csv_row(event: Event) -> list:
    actor1, actor2 = _actors(event)
    acled_type, acled_sub = ACLED_TYPES[event.event_type]
    place = event.place
    return [
        f"ABK{event.pk}", event.date.isoformat(), event.date.year, TIME_PRECISION[event.date_precision],
        acled_type, acled_sub, actor1[0] if actor1 else "", "; ".join(actor1[1:]), actor2[0] if actor2 else "",
        "; ".join(actor2[1:]), place.country if place else "", place.admin if place else "",
        place.name_en if place else "", place.lat if place else "", place.lon if place else "", event.geo_precision,
        event.article.outlet, event.article.url, event.evidence, event.fatalities,
        event.event_type, event.attribution, event.killed_min, event.killed_max, event.injured_min,
        event.injured_max, event.place_text, place.is_approximate if place else "", event.confidence,
        event.article_id, event.article.title, event.incident_key, event.evidence_start, event.evidence_end,
        event.review, event.incident_id, event.incident.status if event.incident_id else "", event.incident_reports,
    ]


class _Echo:
    def write(self, value):
        return value


def _safe_cell(value):
    """Spreadsheets run cells starting with = + - @ as formulas: prefix them with a quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def stream_csv(events) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # so Excel opens the Arabic as UTF-8
    yield writer.writerow(CSV_COLUMNS)
    for event in export_rows(events):
        yield writer.writerow([_safe_cell(v) for v in csv_row(event)])


def geojson_feature(event: Event) -> dict:
    place = event.place
    actor1, actor2 = _actors(event)
    return {
        "type": "Feature",
        "id": event.pk,
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]} if place else None,
        "properties": {
            "event_date": event.date.isoformat(), "date_precision": event.date_precision,
            "event_type": event.event_type, "event_type_label": event.get_event_type_display(),
            "actor1": "; ".join(actor1), "actor2": "; ".join(actor2),
            "location": place.name_en if place else None, "location_ar": place.name_ar if place else None,
            "location_approximate": place.is_approximate if place else None, "geo_precision": event.geo_precision,
            "attribution": event.attribution, "killed_min": event.killed_min, "killed_max": event.killed_max,
            "injured_min": event.injured_min, "injured_max": event.injured_max, "source": event.article.outlet,
            "source_url": event.article.url, "article_id": event.article_id, "evidence": event.evidence,
            "confidence": event.confidence, "review": event.review, "incident_id": event.incident_id,
            "incident_status": event.incident.status if event.incident_id else None,
            "incident_reports": event.incident_reports,
        },
    }


def stream_geojson(events) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    for i, event in enumerate(export_rows(events)):
        yield ("," if i else "") + json.dumps(geojson_feature(event), ensure_ascii=False)
    yield "]}"
