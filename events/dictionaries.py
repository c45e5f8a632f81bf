"""Load the shipped dictionary files (ingest/extraction/data) into the database.

The files are the starting point; after loading, the database is what the worker
reads, and analysts edit it in the admin. Loading again updates rows that came
from the files (by key, slug or phrase) and leaves analysts' additions alone.
"""

from __future__ import annotations

import csv
import json

from ingest.extraction.lexicon import DATA_DIR


def load_shipped_dictionaries(apps=None) -> dict[str, int]:
    """Create or update places, actors and trigger words from the data files. Returns counts."""
    Place, Actor, TriggerWord = _models(apps)
    with open(DATA_DIR / "places.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            Place.objects.update_or_create(key=row["key"], defaults={
                "name_en": row["name_en"], "name_ar": row["name_ar"],
                "aliases_ar": "\n".join(a.strip() for a in row["aliases_ar"].split("|") if a.strip()),
                "kind": row["kind"], "lat": float(row["lat"]), "lon": float(row["lon"]), "admin": row["admin"],
                "country": row["country"], "source": row["source"], "confidence": row["confidence"],
            })
    for a in json.loads((DATA_DIR / "actors.json").read_text(encoding="utf-8")):
        Actor.objects.update_or_create(slug=a["slug"], defaults={
            "name_en": a["name_en"], "name_ar": a["name_ar"], "kind": a["kind"],
            "aliases_ar": "\n".join(a["aliases_ar"]),
        })
    data = json.loads((DATA_DIR / "triggers.json").read_text(encoding="utf-8"))
    rows = [("event", t, p) for t, phrases in data["triggers"].items() for p in phrases]
    rows += [("weapon", t, p) for t, phrases in data["weapons"].items() for p in phrases]
    rows += [("attack_cue", "", p) for p in data["attack_cues"]]
    for kind, event_type, phrase in rows:
        TriggerWord.objects.get_or_create(kind=kind, event_type=event_type, phrase=phrase)
    return {"places": Place.objects.count(), "actors": Actor.objects.count(), "triggers": TriggerWord.objects.count()}


def unload_shipped_dictionaries(apps=None) -> None:
    """Reverse of the initial load: remove what the files brought, if nothing refers to it."""
    Place, Actor, TriggerWord = _models(apps)
    TriggerWord.objects.all().delete()
    Actor.objects.filter(event_roles__isnull=True).delete()
    Place.objects.filter(events__isnull=True).delete()


def _models(apps):
    if apps is None:
        from django.apps import apps
    return apps.get_model("events", "Place"), apps.get_model("events", "Actor"), apps.get_model("events", "TriggerWord")
