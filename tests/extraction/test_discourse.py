"""A sentence continues the one before it: its date, and one strike told several ways."""

import datetime as dt


def types(events):
    return sorted(e.event_type for e in events)


def test_a_sentence_without_time_words_continues_the_last_dated_one(extract):
    events = extract("اندلعت اشتباكات مساء الأربعاء في بلدة الجلاء. "
                     "ودفعت قوى الأمن بتعزيزات إلى الجلاء وفرضت حظراً للتجوال.")
    assert {e.event_type: e.date for e in events} == {
        "armed_clash": dt.date(2024, 11, 6), "deployment": dt.date(2024, 11, 6)}


def test_the_same_day_is_the_day_already_told(extract):
    events = extract("استهدفت غارة جوية مساء الخميس قرية الهري. "
                     "وفي اليوم ذاته اعتقلت دورية شابين في حي الكشمة بمدينة البوكمال.")
    assert {e.event_type: e.date for e in events}["arrest"] == dt.date(2024, 11, 7)


def test_a_raid_heard_as_explosions_is_one_airstrike(extract):
    events = extract("هزت انفجارات عنيفة مساء الجمعة قرية الهري. "
                     "وقال ناشطون إن طائرات مجهولة شنت غارات على مقر للميليشيات في قرية الهري.")
    assert types(events) == ["airstrike"]


def test_strikes_by_two_different_doers_stay_two_events(extract):
    events = extract("شن مسلحو تنظيم داعش هجوماً على حاجز في قرية الهري مساء الجمعة. "
                     "وشنت طائرات أمريكية غارات على مواقع في قرية الهري مساء الجمعة.")
    assert types(events) == ["airstrike", "armed_clash"]


def test_rockets_named_again_do_not_turn_a_shelling_into_a_raid(extract):
    events = extract("سقطت أربعة صواريخ فجر الاثنين داخل مطار الحمدان. "
                     "وسقطت الصواريخ قرب مهبط الطائرات المسيرة داخل المطار.")
    assert types(events) == ["shelling"]


def test_explosions_heard_in_a_nearby_town_are_the_strike(extract):
    events = extract("شنت طائرات مجهولة مساء الجمعة غارات على مقر للميليشيات في قرية الهري. "
                     "وقال أهالي مدينة حصيبة إنهم سمعوا دوي انفجارات عنيفة مساء الجمعة.")
    assert types(events) == ["airstrike"]


def test_a_new_entry_of_a_bulletin_continues_no_date(extract):
    events = extract("1- قصفت طائرة مسيرة مجهولة مساء الخميس مقراً في قرية الهري.\n"
                     "2- اعتقلت دورية خمسة شبان في حي الكشمة.\n")
    assert {e.event_type: e.date_precision for e in events}["arrest"] == "reported"


def test_a_device_that_went_off_is_not_a_strike_heard(extract):
    events = extract("استهدفت طائرة مسيرة مجهولة سيارة في قرية الهري مساء الجمعة. "
                     "وقتل عنصر بانفجار عبوة ناسفة في قرية السويعية مساء الجمعة.")
    assert types(events) == ["airstrike", "explosion"]


def test_the_next_day_is_the_day_after_the_one_told(extract):
    events = extract("استهدفت غارة جوية مساء الخميس مقراً في قرية الهري. "
                     "وفي اليوم التالي اعتقلت دورية ثلاثة شبان في حي الكشمة.")
    assert {e.event_type: e.date for e in events}["arrest"] == dt.date(2024, 11, 8)


def test_a_sentence_with_a_date_of_its_own_does_not_take_the_last_one(extract):
    events = extract("اعتقلت دورية شابين في قرية الهري يوم الأربعاء.\n"
                     "واعتقلت الدورية شاباً في حي الكشمة يوم الجمعة، كما اعتقلت ثلاثة شبان في قرية السويعية.")
    dates = {e.place.name_en: e.date for e in events}
    assert dates["Al-Suwaiyah"] == dt.date(2024, 11, 8)


def test_confidence_is_read_from_the_reading_that_leads_a_retyped_strike(extract):
    [event] = extract("سمع أهالي قرية الهري دوي انفجارات عنيفة مساء الجمعة. "
                      "وشنت طائرات أمريكية مساء الجمعة غارات على مواقع للحرس الثوري في قرية الهري.")
    assert event.event_type == "airstrike"
    assert event.features["doer_named"] == 1.0 and event.features["victim_named"] == 1.0


def test_a_force_named_by_a_generic_noun_is_the_one_named_before(extract):
    events = extract("نفذت قوات الأمن العام حملة مداهمات في قرية السكرية يوم الخميس.\n"
                     "وأضافت المصادر أن القوات أقامت حواجز مؤقتة على مداخل القرية.")
    [checkpoint] = [e for e in events if e.event_type == "checkpoint"]
    assert checkpoint.actor_ids("actor1") == ["syrian_government"]
