"""The extractor's dictionaries, read from the database (what analysts edit in the admin).

Building the matchers takes a moment, so the worker keeps the last build and
rebuilds only when a place, actor or trigger word has changed since.
"""

from __future__ import annotations

from django.db.models import Count, Max

from events.models import Actor, Place, TriggerWord
from ingest import geonames
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
    fallback = fallback_places()
    # A fallback town gets a row the first time an event is placed there (ingest.parsing): the
    # fallback entry already stands for it. Other `geonames:` rows are villages and sites
    # imported by ingest.geonames.
    supplied = {p.key for p in fallback}
    places = [_place_entry(p) for p in Place.objects.all() if p.key not in supplied]
    actors = [ActorEntry(a.slug, a.name_en, tuple([a.name_ar, *a.alias_list])) for a in Actor.objects.all()]
    triggers = [TriggerEntry(t.phrase, t.kind, t.event_type) for t in TriggerWord.objects.all()]
    return Dictionaries(places=places + fallback, actors=actors, triggers=triggers)


def _place_entry(p: Place) -> PlaceEntry:
    # GeoNames village and town names are often everyday words: an imported one matches only
    # after a cue word (قرية، بلدة). Imported sites keep only names that carry their type word
    # («حقل التنك»), which need none.
    imported = p.key.startswith(geonames.KEY_PREFIX)
    return PlaceEntry(key=p.key, name_en=p.name_en, name_ar=p.name_ar, aliases_ar=tuple(p.alias_list), kind=p.kind,
                      lat=p.lat, lon=p.lon, confidence=p.confidence,
                      needs_cue=imported and p.kind not in geonames.SITE_KINDS)
