"""Villages from a GeoNames dump: the area's Arabic-named places the gazetteer lacks, and only those.

tests/fixtures/geonames/SY.txt is written in the dump format for these tests (invented ids
99000001…, points near real places): a village in the area with Arabic names, a far village
of the same Arabic name, a village with no Arabic name, a gazetteer village again, a wadi,
an oil field, a town of 12,000 people, a place named only with an everyday word and an
ancient town.
"""

import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict

from events.models import Place
from ingest import geonames, parsing
from ingest.decoding import decode_upload
from ingest.dictionaries import build_dictionaries
from ingest.extraction.lexicon import fallback_places
from ingest.models import Article
from ingest.services import request_reparse, store_article

DUMP = Path(__file__).parent / "fixtures" / "geonames" / "SY.txt"
SENTENCE = "قُتل شاب برصاص مسلحين مجهولين فجر اليوم في قرية السيال بريف البوكمال."


def imported() -> dict[str, Place]:
    return {p.key: p for p in Place.objects.filter(key__startswith="geonames:")}


def gazetteer() -> list[dict]:
    return [model_to_dict(p) for p in Place.objects.exclude(key__startswith="geonames:").order_by("key")]


@pytest.fixture
def sy_zip(tmp_path):
    path = tmp_path / "SY.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.write(DUMP, "SY.txt")
        z.writestr("readme.txt", "GeoNames readme")
    return path


def test_it_imports_only_the_areas_arabic_named_villages_and_sites(dictionaries, sy_zip):
    report = geonames.import_geonames([sy_zip])

    places = imported()
    assert set(places) == {"geonames:99000001", "geonames:99000006", "geonames:99000007"}
    village = places["geonames:99000001"]
    assert (village.name_en, village.name_ar, village.alias_list) == ("As Sayyāl", "السيال", ["سيال"])  # no Persian «ی»
    assert (village.kind, village.lat, village.lon, village.country, village.admin, village.confidence) == (
        "village", 34.3812, 40.871, "SY", "SY.07.0902", "medium")
    assert village.source.startswith("GeoNames 99000001, SY.zip, imported ")
    assert village.source.endswith(" (data CC BY 4.0, credit GeoNames)")
    assert places["geonames:99000007"].kind == "town"  # 12,000 people
    oil_field = places["geonames:99000006"]
    assert (oil_field.kind, oil_field.name_ar, oil_field.alias_list) == ("oil field", "حقل التنك", [])

    assert (report.read, report.in_area, report.imported, report.updated, report.unchanged) == (9, 6, 3, 0, 0)
    assert report.skipped == {
        geonames.NOT_KEPT: 2,  # the wadi, the ancient town
        geonames.OUTSIDE: 1,  # the other «السيال», 500 km away
        geonames.NO_ARABIC: 2,  # Latin names only; «المدينة» is an everyday word
        geonames.IN_GAZETTEER: 1,  # «الهري»
    }


def test_it_updates_what_it_imported_on_a_second_run_and_never_duplicates(dictionaries, sy_zip, tmp_path):
    geonames.import_geonames([sy_zip])
    first = {key: p.updated for key, p in imported().items()}

    again = geonames.import_geonames([sy_zip])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    assert {key: p.updated for key, p in imported().items()} == first  # untouched: no rebuild for nothing

    moved = tmp_path / "SY.txt"
    moved.write_text(DUMP.read_text(encoding="utf-8").replace("34.38120", "34.38200"), encoding="utf-8")
    report = geonames.import_geonames([moved])
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 2)
    assert len(imported()) == 3
    assert imported()["geonames:99000001"].lat == 34.382
    assert imported()["geonames:99000001"].source.startswith("GeoNames 99000001, SY.txt, imported ")


def test_it_never_touches_the_gazetteer(dictionaries, sy_zip):
    hari = Place.objects.get(key="al-hari")
    hari.aliases_ar += "\nالسيال"  # an analyst's alias: the gazetteer's place is the one meant
    hari.save()
    before = gazetteer()

    report = geonames.import_geonames([sy_zip])

    assert gazetteer() == before
    # «السيال» 10 km from Al-Hari is not the same place: it is imported beside it.
    assert "geonames:99000001" in imported() and report.skipped[geonames.IN_GAZETTEER] == 1


def test_a_dry_run_counts_and_writes_nothing(dictionaries, sy_zip, capsys):
    call_command("import_geonames", str(sy_zip), "--dry-run")
    out = capsys.readouterr().out
    assert "read 9 rows; 6 populated places and sites in the area" in out
    assert "would be imported 3" in out and "skipped 1: already in the gazetteer" in out
    assert imported() == {}


def _zip_without_txt(tmp_path):
    path = tmp_path / "IQ.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "GeoNames readme")
    return path


def _postal_codes(tmp_path):
    path = tmp_path / "SY-postal.txt"
    path.write_text("SY\t1000\tAl Bukamal\tDeir ez-Zor\t07\n", encoding="utf-8")
    return path


def _not_a_zip(tmp_path):
    path = tmp_path / "SY.zip"
    path.write_text("<html>rate limited</html>", encoding="utf-8")
    return path


def _truncated(tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text(DUMP.read_text(encoding="utf-8") + "99000010\tAl Ba", encoding="utf-8")
    return path


@pytest.mark.parametrize("make, message", [
    (lambda tmp_path: tmp_path / "SY.zip", "SY.zip: no such file"),
    (_zip_without_txt, "IQ.zip: the zip holds no GeoNames .txt file"),
    (_postal_codes, "SY-postal.txt line 1: 5 tab-separated columns, a GeoNames dump has 19"),
    (_not_a_zip, "SY.zip: not a zip file"),
    (_truncated, "SY.txt line 10: 2 tab-separated columns"),
])
def test_bad_files_give_a_clear_error_and_write_nothing(dictionaries, tmp_path, make, message):
    good = tmp_path / "good" / "IQ.txt"
    good.parent.mkdir()
    shutil.copy(DUMP, good)
    with pytest.raises(CommandError, match=message):
        call_command("import_geonames", str(good), str(make(tmp_path)))
    assert imported() == {}


def test_imported_villages_need_a_cue_word_and_fallback_towns_are_not_doubled(dictionaries, sy_zip):
    geonames.import_geonames([sy_zip])
    albukamal = next(p for p in fallback_places() if p.key == "geonames:174448")
    # The row ingest.parsing makes the first time an event is placed in a fallback town.
    Place.objects.create(key=albukamal.key, name_en=albukamal.name_en, name_ar=albukamal.name_ar,
                         kind="town", lat=albukamal.lat, lon=albukamal.lon)

    places = build_dictionaries().places
    entries = {p.key: p for p in places}
    assert entries["geonames:99000001"].needs_cue and entries["geonames:99000007"].needs_cue
    assert not entries["geonames:99000006"].needs_cue  # «حقل التنك» says what it is
    assert not entries["albukamal"].needs_cue
    assert [p.key for p in places].count(albukamal.key) == 1


def test_after_the_import_a_killing_in_the_village_is_placed_at_the_village(dictionaries, sy_zip,
                                                                           django_capture_on_commit_callbacks):
    article = store_article(decode_upload(SENTENCE.encode(), "a.txt"), queue=False).article
    parsing.parse_article(article.pk)
    [before] = article.events.all()
    assert before.place.key == "albukamal" and before.geo_precision == 3  # only «بريف البوكمال»: the district

    geonames.import_geonames([sy_zip])
    with django_capture_on_commit_callbacks():
        request_reparse(Article.objects.filter(pk=article.pk))
    parsing.parse_article(article.pk)
    [event] = article.events.all()
    assert event.event_type == "violence_against_civilians"
    assert event.place.key == "geonames:99000001" and event.place_text == "السيال"
    assert event.geo_precision == 1  # a village is an exact site


@pytest.mark.parametrize("feature, population, kind", [
    ("P.PPL", 0, "village"), ("P.PPLQ", 0, "village"), ("P.PPL", 10_000, "town"), ("P.PPLA2", 0, "town"),
    ("P.PPLC", 0, "town"), ("P.PPLX", 0, "neighbourhood"), ("P.PPLH", 0, None), ("S.PSTB", 0, "border crossing"),
    ("L.MILB", 0, "military base"), ("H.STM", 0, None),
])
def test_it_names_the_kind_of_each_feature(feature, population, kind):
    assert geonames.kind_of(*feature.split("."), population) == kind
