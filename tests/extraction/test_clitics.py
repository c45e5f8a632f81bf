"""Trigger words are found through clitics, inflections and spelling variants."""

import pytest


@pytest.mark.parametrize("sentence", [
    "استهدفت غارات مواقع الميليشيات في قرية الهري.",
    "وبالغارة الأخيرة على قرية الهري قتل عنصر.",
    "شنت طائرة غارتين على قرية الهري.",
    "نفذ الطيران غارتها على قرية الهري.",
    "غارةٌ جويةٌ على قرية الهري.",
])
def test_it_finds_a_strike_in_every_form_of_the_word(extract, sentence):
    assert [e.event_type for e in extract(sentence)] == ["airstrike"]


def test_an_adjective_that_looks_like_a_place_name_is_not_a_place(extract):
    events = extract("وصلت تعزيزات عسكرية إلى مدينة القائم.")
    assert events[0].place.key == "husaybah"  # «القائم» in reports: the district seat
    events = extract("وصلت تعزيزات عسكرية إلى المقر القائم في البوكمال.")
    assert events[0].place.name_en == "Albukamal"


def test_stopping_is_not_arresting(extract):
    events = extract("وأطلقوا النار على سيارة مدنية رفض سائقها التوقف في حي الكشمة.")
    assert [e.event_type for e in events] == ["violence_against_civilians"]
