"""Background, opinion, denial and retrospection give no events; what they frame may."""


def types(events):
    return sorted(e.event_type for e in events)


def test_a_past_perfect_reminder_without_a_day_is_background(extract):
    assert extract("وكانت الميليشيات قد نصبت حواجز في مدينة البوكمال مطلع العام الماضي.") == []


def test_a_past_perfect_with_its_own_day_is_an_event_told_in_passing(extract):
    [event] = extract("وكانت طائرة مسيرة قد استهدفت يوم الخميس 7 تشرين الثاني مقراً في قرية الهري.")
    assert (event.event_type, event.date.isoformat()) == ("airstrike", "2024-11-07")


def test_what_an_outlet_denies_did_not_happen_for_the_report(extract):
    assert extract("ونفى مصدر عسكري ما تداولته صفحات معادية عن غارات استهدفت قرية السويعية.") == []


def test_opinions_expectations_and_complaints_are_not_events(extract):
    assert extract("ويرى باحثون أن الحواجز في البوكمال تحولت إلى مصدر للإتاوات.") == []
    assert extract("ومن المقرر أن تفتتح الميليشيا مكتباً للتجنيد في قرية الهري.") == []
    assert extract("ويشكو الأهالي من اعتقالات تطال الشبان في حي الكشمة.") == []


def test_a_writer_looking_back_names_no_new_event(extract):
    assert extract("ويأتي ذلك بعد أشهر من اشتباكات عنيفة في قرية الهري.") == []
    assert extract("وسبق أن قتل عنصران بانفجار لغم في بادية الميادين منتصف الشهر الماضي.") == []


def test_the_attack_an_event_follows_is_told_already(extract):
    events = extract("وعقب الهجوم، دفعت الميليشيات بتعزيزات إلى قرية الهري.")
    assert types(events) == ["deployment"]


def test_a_cause_told_after_the_victims_is_the_event(extract):
    events = extract("قتل مدني إثر انفجار لغم أرضي في بادية السوسة.")
    assert types(events) == ["explosion"]


def test_a_description_in_reported_speech_is_background(extract):
    assert extract("وقال ناشط محلي إن المقر يقع قرب حاجز للميليشيات في حي الكشمة.") == []


def test_an_event_in_reported_speech_is_an_event(extract):
    [event] = extract("وقال ناشط محلي إن الميليشيات نصبت حاجزاً جديداً في حي الكشمة يوم الخميس.")
    assert event.event_type == "checkpoint"


def test_a_tally_since_a_date_is_not_an_occurrence(extract):
    assert extract("وتقول واشنطن إن قواتها في سوريا تعرضت لأكثر من 40 هجوماً منذ 17 أكتوبر.") == []


def test_decisions_and_orders_are_plans_not_events(extract):
    assert extract("وقرر المجتمعون نشر ثلاث سيطرات جديدة على طريق الكرابلة.") == []


def test_habits_and_running_totals_are_not_events(extract):
    assert extract("ويدفع المهرب عادة مئتي دولار عن كل شاحنة تعبر معبر السكك.") == []
    assert extract("وبذلك يرتفع إلى 27 عدد الذين اعتقلتهم القوات في قرية الهري.") == []
    assert extract("أما العراق، فيرى في إعادة افتتاح منفذ القائم فرصة للتجارة.") == []


def test_what_someone_is_accused_of_or_what_arms_were_made_for_did_not_happen(extract):
    events = extract("اعتقلت الدورية ثلاثة أشخاص بتهمة نقل عبوات ناسفة إلى قرية الهري.")
    assert [e.event_type for e in events] == ["arrest"]
    events = extract("داهمت الدورية منزلاً في قرية الهري وضبطت أحزمة ناسفة معدة للتفجير.")
    assert [e.event_type for e in events] == ["arrest"]


def test_a_denial_of_responsibility_denies_no_occurrence(extract):
    [event] = extract("ونفى الجيش الأمريكي مسؤوليته عن الغارة التي استهدفت مستودعاً في قرية الهري يوم الخميس.")
    assert event.event_type == "airstrike"


def test_fighting_since_this_morning_is_an_event_not_a_tally(extract):
    [event] = extract("تدور اشتباكات عنيفة منذ صباح اليوم بين قسد ومسلحين في بلدة هجين.")
    assert event.event_type == "armed_clash"


def test_the_matter_that_led_to_an_arrest_is_no_order(extract):
    events = extract("انفجرت عبوة ناسفة في بلدة هجين، الأمر الذي دفع قسد إلى اعتقال عشرة شبان.")
    assert sorted(e.event_type for e in events) == ["arrest", "explosion"]


def test_strikes_that_came_in_answer_are_told_not_placed(extract):
    [event] = extract("وجاءت الغارات التي استهدفت مواقع للحرس الثوري في قرية الهري رداً على هجوم سابق.")
    assert event.event_type == "airstrike"


def test_a_campaign_going_on_is_background_unless_a_day_of_it_is_told(extract):
    assert extract("ويواصل مسلحو داعش شن هجمات على مواقع الجيش في البادية.") == []
    events = extract("وتواصل قوات النظام قصف قرية الباغوز لليوم الثالث، وقتل ثلاثة مدنيين صباح اليوم.")
    assert events and all(e.date.isoformat() == "2024-11-09" for e in events)


def test_deaths_in_similar_blasts_since_the_start_of_the_year_are_a_tally(extract):
    assert extract("ووثق ناشطون مقتل تسعة مدنيين وإصابة آخرين بانفجارات مماثلة في ريف البوكمال "
                   "منذ مطلع العام الجاري.") == []


def test_a_rumour_denied_after_it_is_told_is_no_event(extract):
    assert extract("تداولت صفحات أنباء عن قصف في مدينة القائم العراقية.. مصادرنا تنفي ذلك حتى اللحظة.") == []


def test_what_has_gone_on_since_a_month_long_ago_is_background(extract):
    assert extract("ومنذ سيطرتها على البوكمال أواخر عام 2017، نشرت الميليشيات حواجز على مداخل المدينة.") == []


def test_a_rumour_denied_in_the_same_sentence_is_no_event(extract):
    assert extract("تحدثت صفحات محلية عن قصف في مدينة القائم العراقية، لكن مصادرنا تنفي ذلك حتى اللحظة.") == []


def test_who_used_to_run_a_crossing_is_background(extract):
    assert extract("وكان الحرس الثوري يدير معبر السكك غير الرسمي طوال سنوات سيطرته على المدينة.") == []


def test_first_information_about_a_strike_is_the_strike(extract):
    events = extract("أفادت معلومات أولية بمقتل ثلاثة مدنيين بغارة جوية على قرية الهري مساء الجمعة.")
    assert [e.event_type for e in events] == ["airstrike"]


def test_what_goes_on_since_dawn_is_happening(extract):
    events = extract("ومنذ ساعات الفجر، تقصف طائرات حربية مواقع في قرية الهري.")
    assert [e.event_type for e in events] == ["airstrike"]
