"""Exports of exactly the filtered events: ACLED-style CSV and GeoJSON for QGIS.

Both stream, so a 100,000-event export never sits in memory, and CSV cells that a
spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from django.db.models import Count

from events.models import Event, EventActor, EventType, Place

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


# What a row needs, read as plain values: no model instances, one query for the events,
# one for their actors and one for the size of their incidents, however many rows.
FIELDS = [
    "pk", "date", "date_precision", "event_type", "geo_precision", "attribution", "killed_min", "killed_max",
    "injured_min", "injured_max", "place_text", "confidence", "article_id", "incident_key", "evidence",
    "evidence_start", "evidence_end", "review", "incident_id", "incident__status", "place__country", "place__admin",
    "place__name_en", "place__name_ar", "place__lat", "place__lon", "place__confidence", "article__outlet",
    "article__url", "article__title",
]
# The events and their actor links are read in the same order, so they can be merged as they stream.
ORDER = ("-date", "-pk")
LINK_ORDER = ("-event__date", "-event_id", "role", "actor__name_en")
CHUNK = 2000
TYPE_LABELS = dict(EventType.choices)


def export_rows(events) -> Iterator[dict]:
    """The filtered events as dicts, with "actor1"/"actor2" name lists and "incident_reports", streamed.

    The events and their actor links are read by two cursors in the same order and merged
    as they go, so memory stays flat at any size (only the incident sizes are held).
    """
    rows = events.order_by(*ORDER).values(*FIELDS).iterator(chunk_size=CHUNK)
    links = (EventActor.objects.filter(event__in=events.order_by().values("pk"))
             .order_by(*LINK_ORDER)
             .values_list("event_id", "role", "actor__name_en").iterator(chunk_size=CHUNK))
    reports = dict(Event.objects.filter(incident__in=events.order_by().exclude(incident=None).values("incident"))
                   .order_by().values_list("incident").annotate(n=Count("pk")))
    link = next(links, None)
    for row in rows:
        names = {"actor1": [], "actor2": []}
        while link is not None and link[0] == row["pk"]:
            names[link[1]].append(link[2])
            link = next(links, None)
        row.update(names, incident_reports=reports.get(row["incident_id"]))
        yield row


def csv_row(row: dict) -> list:
    actor1, actor2 = row["actor1"], row["actor2"]
    acled_type, acled_sub = ACLED_TYPES[row["event_type"]]
    has_place, date = row["place__lat"] is not None, row["date"]
    return [
        f"ABK{row['pk']}", date.isoformat(), date.year, TIME_PRECISION[row["date_precision"]],
        acled_type, acled_sub, _safe_cell(actor1[0]) if actor1 else "", _safe_cell("; ".join(actor1[1:])),
        _safe_cell(actor2[0]) if actor2 else "", _safe_cell("; ".join(actor2[1:])),
        _safe_cell(row["place__country"]), _safe_cell(row["place__admin"]), _safe_cell(row["place__name_en"]),
        _blank(row["place__lat"]), _blank(row["place__lon"]), row["geo_precision"], _safe_cell(row["article__outlet"]),
        _safe_cell(row["article__url"]), _safe_cell(row["evidence"]), row["killed_min"] or 0,
        row["event_type"], row["attribution"], _blank(row["killed_min"]), _blank(row["killed_max"]),
        _blank(row["injured_min"]), _blank(row["injured_max"]), _safe_cell(row["place_text"]),
        row["place__confidence"] == Place.Confidence.LOW if has_place else "", row["confidence"],
        row["article_id"], _safe_cell(row["article__title"]), row["incident_key"], row["evidence_start"],
        row["evidence_end"], row["review"], _blank(row["incident_id"]), row["incident__status"] or "",
        _blank(row["incident_reports"]),
    ]


def _blank(value):
    return "" if value is None else value


def _safe_cell(value):
    """Spreadsheets run cells starting with = + - @ as formulas: prefix them with a quote.

    Applied to the text cells (from articles, the gazetteer, analysts); numbers and our own
    slugs need none.
    """
    if value is None:
        return ""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def stream_csv(events) -> Iterator[str]:
    """The CSV in pieces of CHUNK rows: one piece per row would cost more than writing the row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")  # so Excel opens the Arabic as UTF-8
    writer.writerow(CSV_COLUMNS)
    for i, row in enumerate(export_rows(events), 1):
        writer.writerow(csv_row(row))
        if i % CHUNK == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def geojson_feature(row: dict) -> dict:
    has_place = row["place__lat"] is not None
    return {
        "type": "Feature",
        "id": row["pk"],
        "geometry": {"type": "Point", "coordinates": [row["place__lon"], row["place__lat"]]} if has_place else None,
        "properties": {
            "event_date": row["date"].isoformat(), "date_precision": row["date_precision"],
            "event_type": row["event_type"], "event_type_label": str(TYPE_LABELS[row["event_type"]]),
            "actor1": "; ".join(row["actor1"]), "actor2": "; ".join(row["actor2"]),
            "location": row["place__name_en"], "location_ar": row["place__name_ar"],
            "location_approximate": row["place__confidence"] == Place.Confidence.LOW if has_place else None,
            "geo_precision": row["geo_precision"], "attribution": row["attribution"],
            "killed_min": row["killed_min"], "killed_max": row["killed_max"], "injured_min": row["injured_min"],
            "injured_max": row["injured_max"], "source": row["article__outlet"], "source_url": row["article__url"],
            "article_id": row["article_id"], "evidence": row["evidence"], "confidence": row["confidence"],
            "review": row["review"], "incident_id": row["incident_id"], "incident_status": row["incident__status"],
            "incident_reports": row["incident_reports"],
        },
    }


def stream_geojson(events) -> Iterator[str]:
    encode = json.JSONEncoder(ensure_ascii=False).encode
    features: list[str] = []
    yield '{"type": "FeatureCollection", "features": ['
    for i, row in enumerate(export_rows(events)):
        features.append(encode(geojson_feature(row)))
        if len(features) == CHUNK:
            yield ("," if i >= CHUNK else "") + ",".join(features)
            features = []
    if features:
        yield ("," if i >= CHUNK else "") + ",".join(features)
    yield "]}"
