"""Dates resolve against the publication date (2024-11-09, a Saturday)."""

import datetime as dt

import pytest

from ingest.extraction.dates import find_dates
from ingest.extraction.text import normalise


@pytest.mark.parametrize("phrase, expected, precision", [
    ("مساء السبت", "2024-11-09", "day"),
    ("فجر الجمعة", "2024-11-08", "day"),
    ("ليل الاثنين-الثلاثاء", "2024-11-04", "day"),
    ("أمس", "2024-11-08", "day"),
    ("اليوم", "2024-11-09", "day"),
    ("الأسبوع الفائت", "2024-11-02", "week"),
    ("قبل أكثر من أسبوع", "2024-11-02", "week"),
    ("يوم 3 تشرين الثاني الجاري", "2024-11-03", "day"),
    ("يوم 3 نوفمبر", "2024-11-03", "day"),
    ("في 28 كانون الأول", "2023-12-28", "day"),
    ("بتاريخ ٢٠٢٤/١١/٧", "2024-11-07", "day"),
    ("يوم 5 من الشهر الجاري", "2024-11-05", "day"),
    ("في 20 من الشهر الماضي", "2024-10-20", "day"),
    ("الخميس الماضي", "2024-11-07", "day"),
    ("في الثامن من الشهر الجاري", "2024-11-08", "day"),
    ("مطلع الشهر الجاري", "2024-11-01", "month"),
    ("الأسبوع الجاري", "2024-11-09", "week"),
    ("ليلة الجمعة على السبت", "2024-11-08", "day"),
    # The week begins on Saturday: the one before the report's ran from 2 to 8 November.
    ("منتصف الأسبوع الماضي", "2024-11-06", "week"),
    ("مطلع الأسبوع الفائت", "2024-11-03", "week"),
    ("أواخر الأسبوع المنصرم", "2024-11-07", "week"),
    # «الماضي» after the report's own weekday is the week before (the report is of a Saturday).
    ("يوم السبت الفائت", "2024-11-02", "day"),
    ("مطلع الأسبوع الجاري", "2024-11-09", "week"),
    # A day of the month in words.
    ("في الثالث من تشرين الأول الماضي", "2024-10-03", "day"),
    ("في الحادي والعشرين من أيلول/سبتمبر 2023", "2023-09-21", "day"),
    # Long ago, to the month.
    ("قبل عام", "2023-11-01", "month"),
    ("قبل نحو ثلاثة أشهر", "2024-08-01", "month"),
    ("قبل عامين", "2022-11-01", "month"),
    ("قبل ثلاثة شهور", "2024-08-01", "month"),
])
def test_it_dates_an_event_from_the_words_near_it(extract, phrase, expected, precision):
    events = extract(f"استهدفت غارة جوية {phrase} مواقع في قرية الهري.")
    assert (events[0].date.isoformat(), events[0].date_precision) == (expected, precision)


def test_without_a_date_it_takes_the_publication_date_as_reported(extract):
    events = extract("استهدفت غارة جوية مواقع في قرية الهري.")
    assert (events[0].date, events[0].date_precision) == (dt.date(2024, 11, 9), "reported")


def test_an_end_time_is_not_the_event_date(extract):
    events = extract("فرضت الميليشيات حظر التجول في قرية الهري حتى صباح الاثنين.")
    assert events[0].date_precision == "reported"


def test_each_strike_in_a_sentence_keeps_its_own_date(extract):
    events = extract("دمرت الغارات مساء الجمعة مجمع الإمام علي بعد تدمير جزئي نتيجة غارة أخرى قبل أكثر من أسبوع.")
    assert sorted(e.date.isoformat() for e in events) == ["2024-11-02", "2024-11-08"]


def test_a_weekday_before_a_full_date_is_that_date():
    [found] = find_dates(normalise("الأحد 18 تشرين الثاني: قتل مدنيان"), 0, 40, dt.date(2018, 11, 25))
    assert (found.date, found.precision) == (dt.date(2018, 11, 18), "day")


@pytest.mark.parametrize("phrase, expected", [
    ("أواخر الشهر الماضي", "2024-10-25"),
    ("منتصف الشهر الماضي", "2024-10-15"),
    ("مطلع أيلول", "2024-09-05"),
])
def test_a_part_of_a_month_is_a_day_within_it(phrase, expected):
    [found] = find_dates(normalise(phrase), 0, 40, dt.date(2024, 11, 9))
    assert (found.date.isoformat(), found.precision) == (expected, "month")


def test_days_ago_counted_in_words():
    [found] = find_dates(normalise("قبل عشرة أيام"), 0, 20, dt.date(2024, 11, 9))
    assert found.date == dt.date(2024, 10, 30)


def test_after_midnight_is_the_day_after_the_evening_told(extract):
    events = extract("وقال مصدر محلي إن الطيران بدأ التحليق مساء الخميس، قبل أن تهز الانفجارات البوكمال بعد منتصف الليل.")
    assert [e.date.isoformat() for e in events] == ["2024-11-08"]


def test_a_date_in_a_clause_of_its_own_belongs_to_that_clause(extract):
    events = extract(
        "هاجم مسلحون مجهولون ليلة الخميس حاجزاً لقوات النظام في بلدة الجلاء. "
        "وعقب الهجوم، دفعت قوات النظام بتعزيزات عسكرية إلى بلدة الجلاء، "
        "بينما شنت طائرات روسية صباح اليوم غارات على البادية جنوب البوكمال.")
    dates = {e.event_type: e.date.isoformat() for e in events}
    assert dates["deployment"] == "2024-11-07"
    assert dates["airstrike"] == "2024-11-09"


def test_until_noon_today_says_when_silence_ended_not_when_the_strike_was(extract):
    events = extract("استهدفت غارة جوية مساء الخميس مواقع في قرية الهري. "
                     "ولم تعلق وزارة الدفاع على الغارة حتى ظهر اليوم.")
    assert [e.date.isoformat() for e in events] == ["2024-11-07"]


def test_the_day_of_a_statement_is_not_the_day_of_the_event_it_tells(extract):
    events = extract("أكدت وزارة الدفاع الأمريكية، أمس الجمعة، أن قواتها نفذت مساء الأربعاء ضربة جوية "
                     "على مستودع للأسلحة قرب قرية الهري.")
    assert [e.date.isoformat() for e in events] == ["2024-11-06"]


def test_a_statement_confirming_a_strike_days_later_tells_the_same_strike(extract):
    events = extract("استهدفت غارة جوية مساء الأربعاء مستودعاً للأسلحة قرب قرية الهري. "
                     "وأكدت وزارة الدفاع الأمريكية، أمس الجمعة، أن قواتها نفذت ضربة جوية على مستودع قرب الهري.")
    assert [e.date.isoformat() for e in events] == ["2024-11-06"]


def test_for_how_long_a_state_has_lasted_is_no_date(extract):
    events = extract("وأضاف المصدر أن حزب الله العراقي يدير معبر السكك منذ أكثر من عامين، ويفتحه ليلاً أمام الشاحنات.")
    assert [(e.event_type, e.date_precision) for e in events] == [("crossing", "reported")]


def test_days_after_that_count_from_the_day_last_told(extract):
    events = extract("نقلت شاحنات محملة بالذخائر ليلة 14 تشرين الأول أسلحة إلى قرية الهري. "
                     "وبعد يومين من ذلك، استهدفت طائرة مسيرة مجهولة مستودعاً في حي الكشمة.")
    assert sorted(e.date.isoformat() for e in events) == ["2024-10-14", "2024-10-16"]
    events = extract("نقلت شاحنات محملة بالذخائر ليلة 14 تشرين الأول أسلحة إلى قرية الهري. "
                     "وبعد أسبوع من تلك الليلة، اعتقلت دورية سائقاً في قرية السويعية.")
    assert sorted(e.date.isoformat() for e in events) == ["2024-10-14", "2024-10-21"]
