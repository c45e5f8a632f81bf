"""The extractor's dictionaries, read from the database (what analysts edit in the admin).

Building the matchers takes a moment, so the worker keeps the last build and
rebuilds only when a place, actor or trigger word has changed since.
"""

from __future__ import annotations

from django.db.models import Count, Max

from events.models import Actor, Place, TriggerWord
from ingest.extraction.lexicon import (
    ActorEntry,
    Dictionaries,
    PlaceEntry,
    TriggerEntry,
    fallback_places,
)

_cached: tuple[tuple, Dictionaries] | None = None


def _version() -> tuple:
    return tuple(
        tuple(model.objects.aggregate(n=Count("pk"), t=Max("updated")).values())
        for model in (Place, Actor, TriggerWord)
    )


def current_dictionaries() -> Dictionaries:
    global _cached
    version = _version()
    if _cached is None or _cached[0] != version:
        _cached = (version, build_dictionaries())
    return _cached[1]


def build_dictionaries() -> Dictionaries:
    gazetteer = [
        PlaceEntry(key=p.key, name_en=p.name_en, name_ar=p.name_ar, aliases_ar=tuple(p.alias_list), kind=p.kind,
                   lat=p.lat, lon=p.lon, confidence=p.confidence)
        for p in Place.objects.exclude(key__startswith="geonames:")
    ]
    actors = [ActorEntry(a.slug, a.name_en, tuple([a.name_ar, *a.alias_list])) for a in Actor.objects.all()]
    triggers = [TriggerEntry(t.phrase, t.kind, t.event_type) for t in TriggerWord.objects.all()]
    return Dictionaries(places=gazetteer + fallback_places(), actors=actors, triggers=triggers)
