"""Confidence is a probability from readable features; unlikely events are not proposed."""

import datetime as dt

from ingest.extraction import extract_events
from ingest.extraction.confidence import FEATURES, shipped_model


def test_every_feature_has_a_fitted_weight():
    assert set(shipped_model().weights) == set(FEATURES)


def test_a_well_told_strike_is_surer_than_a_bare_attack_word(extract):
    [told] = extract("استهدفت غارة جوية أمريكية مساء الجمعة مقراً للميليشيات في قرية الهري، ما أدى إلى مقتل ثلاثة عناصر.")
    [bare] = extract("وتحدثت الصفحات عن استهداف في المنطقة.\nوشهدت مدينة البوكمال توتراً.")
    assert 0.0 < bare.confidence < told.confidence < 1.0


def test_events_below_the_report_threshold_are_left_out(shipped):
    # A bare, definite attack word late in a quiet report, with no place, date or doer of its own.
    quiet = "وشهدت مدينة البوكمال هدوءاً حذراً.\n"
    text = quiet * 3 + "وأشار ناشط إلى أن القصف طال المنطقة.\n" + quiet * 3
    [unsure] = extract_events(text, dt.date(2024, 11, 9), shipped, min_confidence=0.0)
    assert unsure.confidence < shipped_model().report_threshold
    assert extract_events(text, dt.date(2024, 11, 9), shipped) == []
