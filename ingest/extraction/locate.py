"""Where an article's events happened, when a sentence says it only loosely.

Reports locate things loosely: «في بادية الميادين», «بريف دير الزور الشرقي», «قرب
الحدود العراقية شرقي سوريا», or not at all («واستهدفت الغارة مقراً…»). The article's
main place (the settlement it is about) stands in for a sentence without a usable
place of its own; a governorate or a far landmark named only to say where things lie
never becomes the place itself.
"""

from __future__ import annotations

from collections import Counter

from . import cues
from .lexicon import PlaceEntry
from .mentions import Mention
from .merge import km
from .sentence import Sentence
from .text import normalise

# The article's main place is a settlement, not a single site inside it.
_SETTLEMENT_KINDS = {"city", "town", "village"}
# «الهري شرق البوكمال»: a reference point this close stands for the event (near it); a
# farther one («شرقي دير الزور») only says which part of the country the article is about.
LOCATOR_KM = 50.0


def main_place(read: list[Sentence]) -> PlaceEntry | None:
    """The settlement the article names most (the first named breaks ties), wherever it is named."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, PlaceEntry] = {}
    for s in read:
        for p in s.places:
            if p.entry.kind in _SETTLEMENT_KINDS and p.role != "title" and not is_governorate(p.entry):
                counts[p.entry.key] += 1
                first_seen.setdefault(p.entry.key, p.entry)
    if not counts:
        return None
    order = list(first_seen)
    key = max(counts, key=lambda k: (counts[k], -order.index(k)))
    return first_seen[key]


def is_governorate(place: PlaceEntry) -> bool:
    """«ريف دير الزور», «محافظة الأنبار»: names that also stand for a whole governorate."""
    return normalise(place.name_ar) in cues.GOVERNORATES


def settle_place(m: Mention, main: PlaceEntry | None, area: tuple[float, float, float]) -> None:
    """Give a mention without a usable place of its own the article's main place.

    A region of a town («بادية الميادين») is that town, approximately; a region of a
    governorate, or a far reference point, is the main place.
    """
    if main is None:
        return
    if m.place is None:
        m.place, m.place_role = main, "main"
    elif m.place_role == "region" and is_governorate(m.place) and _ours(m.place):
        m.place, m.place_role = main, "main"
    elif m.place_role == "locator" and (is_governorate(m.place) and _ours(m.place)
                                        or km(m.place, main) > LOCATOR_KM and in_area(m.place, area)):
        # «شرقي دير الزور» says which part of the country; «جنوبي بغداد» where, far away, it happened.
        m.place, m.place_role = main, "main"


def _ours(governorate: PlaceEntry) -> bool:
    """«بريف دير الزور الشرقي» may be anywhere in the area; «في بادية حمص», «بريف الحسكة» are far away,
    and stay there (outside the area the analysts follow)."""
    return normalise(governorate.name_ar) in cues.AREA_GOVERNORATES


def in_area(place: PlaceEntry | None, area: tuple[float, float, float]) -> bool:
    """Whether an event placed here belongs to the area the analysts follow (lat, lon, radius km)."""
    if place is None:
        return True
    lat, lon, radius = area
    centre = PlaceEntry(key="", name_en="", name_ar="", aliases_ar=(), kind="", lat=lat, lon=lon)
    return km(place, centre) <= radius


# «وفي بغداد، …», «أما في الحسكة، …»: a sentence that opens on a place tells what happened there.
_OPENING_WORDS = {"في", "وفي", "اما", "واما", "ففي"}


def opening_place(s: Sentence) -> PlaceEntry | None:
    """The place a sentence opens on, if it does («وفي الحسكة، تتواصل عمليات التمشيط…»)."""
    first = next((p for p in s.places if p.role != "title"), None)
    if first is None or first.start > 3 or not s.word_at(first.start - 1, _OPENING_WORDS | {"مدينه", "محافظه"}):
        return None
    if not all(s.word_at(i, _OPENING_WORDS | cues.TITLE_LINKS) for i in range(first.start)):
        return None
    return first.entry
