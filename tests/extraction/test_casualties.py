"""Killed and injured as ranges, kept apart per event."""

import pytest


@pytest.mark.parametrize("phrase, killed, injured", [
    ("ما أدى إلى مقتل أحد العناصر", (1, 1), None),
    ("خلفت 25 قتيلاً وعشرات الجرحى", (25, 25), (20, None)),
    ("أسفرت عن مقتل ثلاثة عناصر وإصابة خمسة آخرين", (3, 3), (5, 5)),
    ("تسببت بسقوط عدة إصابات", None, (2, None)),
    ("أسفرت عن مقتل مدنيين", (2, None), None),
    ("أوقعت قتيلين", (2, 2), None),
    ("أسفرت عن مقتل ٤ عناصر", (4, 4), None),
])
def test_it_reads_counts_from_digits_words_and_plurals(extract, phrase, killed, injured):
    [event] = [e for e in extract(f"استهدفت غارة جوية قرية الهري {phrase}.") if e.event_type == "airstrike"]
    assert (event.killed, event.injured) == (killed, injured)


def test_counts_go_to_the_violent_event_not_the_deployment(extract):
    events = extract("استنفرت الميليشيات عناصرها في البوكمال بعد غارة على قرية الهري أدت إلى مقتل عنصرين.")
    by_type = {e.event_type: e for e in events}
    assert by_type["airstrike"].killed[0] == 2
    assert by_type["deployment"].killed is None


def test_met_their_death_counts_as_killed(extract):
    [event] = extract("لقي سبعة عناصر من ميليشيا فاطميون حتفهم بغارة إسرائيلية على قرية الهري.")
    assert event.killed == (7, 7)


def test_a_dual_noun_is_two(extract):
    [event] = extract("قتل جنديان في هجوم على دورية قرب بلدة هجين.")
    assert event.killed[0] == 2


def test_an_explicit_none_is_zero_killed_and_zero_injured(extract):
    [event] = extract("سقطت قذائف هاون على حي الكشمة دون وقوع إصابات.")
    assert (event.killed, event.injured) == ((0, 0), (0, 0))


def test_no_human_losses_is_zero_too(extract):
    [event] = extract("استهدفت غارة جوية مستودعاً قرب قرية الهري، ولم تسجل خسائر بشرية.")
    assert (event.killed, event.injured) == ((0, 0), (0, 0))


def test_none_among_some_says_nothing_of_the_others(extract):
    [event] = extract("استهدفت غارة جوية مقراً في البوكمال، ولم توقع إصابات في صفوف المستشارين الإيرانيين.")
    assert (event.killed, event.injured) == (None, None)


def test_a_brigade_number_counts_nobody(extract):
    [event] = extract("استشهد مقاتل من اللواء 46 وأصيب آخر بانفجار عبوة ناسفة في صحراء الكرابلة.")
    assert (event.killed, event.injured) == ((1, None), (1, None))


def test_two_martyrs_are_two(extract):
    [event] = extract("ارتقى شهيدان من الحشد الشعبي إثر غارة بطائرة مسيرة على مقر قرب القائم.")
    assert event.killed == (2, 2)


def test_a_toll_reads_its_number_further_off(extract):
    [event] = extract("ارتفع إلى 14 عدد قتلى الضربات الجوية التي استهدفت قرية الهري.")
    assert event.killed == (14, 14)


def test_the_number_of_a_bulletin_entry_counts_nobody(extract):
    [event] = extract("٢- قُتل عنصر في ميليشيا الدفاع الوطني وأصيب اثنان آخران بجروح جراء انفجار عبوة ناسفة "
                      "على طريق الجلاء مساء أمس.")
    assert (event.killed, event.injured) == ((1, None), (2, 2))


def test_a_live_blog_time_is_no_toll_and_the_toll_may_stand_after_who_and_where(extract):
    events = extract("٠٤:٥٠ | عاجل: اشتباكات عنيفة فجر اليوم بين دورية للأمن العام ومجموعة مسلحة قرب قرية الهري.\n"
                     "٠٦:٤٥ | تحديث: ارتفاع عدد قتلى الأمن العام في اشتباكات الهري إلى ٤، بعد وفاة اثنين من الجرحى.")
    assert [e.killed for e in events] == [(4, 4)]


def test_a_toll_not_yet_known_is_unknown_not_zero(extract):
    [event] = extract("استهدفت غارة جوية مساء الجمعة مواقع في قرية الهري، ولم تعرف حصيلة القتلى حتى الآن.")
    assert event.killed is None


def test_a_range_of_victims_counts_from_its_lower_end(extract):
    [event] = extract("قتل 3-5 مدنيين بغارة جوية على قرية الهري مساء الجمعة.")
    assert event.killed[0] == 3
