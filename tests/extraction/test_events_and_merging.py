"""What counts as an event, and when several mentions are one."""


def types(events):
    return sorted(e.event_type for e in events)


def test_two_sentences_about_one_strike_give_one_event(extract):
    events = extract("استهدفت غارة جوية مساء الجمعة قرية الهري. وأدت الغارة إلى تدمير مستودع للذخيرة.")
    assert types(events) == ["airstrike"]


def test_a_demonstrative_points_back_and_never_starts_an_event(extract):
    assert extract("وجاءت هذه الغارة بعد أيام من التوتر.") == []


def test_another_strike_is_another_event(extract):
    events = extract("استهدفت غارة جوية قرية الهري. وقال ناشطون إن غارة أخرى استهدفت قرية الهري أيضا.")
    assert types(events) == ["airstrike", "airstrike"]


def test_a_similar_strike_elsewhere_is_a_new_event_like_the_first(extract):
    events = extract("استهدف قصف أمريكي قاعدة الإمام علي. وأضافت أن قصفاً مماثلاً استهدف قرية السويعية.")
    assert [e.place.name_en for e in events] == ["Imam Ali base", "Al-Suwaiyah"]
    assert "united_states" in events[1].actor_ids("actor1")


def test_checkpoints_of_two_groups_are_two_events(extract):
    events = extract("نشر الدفاع الوطني حواجز في البوكمال. كما نشرت الفرقة الرابعة حواجز في البوكمال.")
    assert types(events) == ["checkpoint", "checkpoint"]


def test_background_and_habit_are_not_events(extract):
    assert extract("وتستمر عمليات التهريب عبر المعابر غير الشرعية على الحدود.") == []
    assert extract("وتتعرض مواقع الميليشيات لغارات متكررة منذ أشهر.") == []


def test_fear_purpose_and_threats_are_not_events(extract):
    events = extract("نشرت الميليشيات حواجز في البوكمال خوفاً من اندلاع اشتباكات.")
    assert types(events) == ["checkpoint"]  # the checkpoints, not the feared clashes
    assert extract("وتوعدت الميليشيات بشن هجمات على القواعد الأمريكية.") == []


def test_weapons_moved_are_not_shelling(extract):
    events = extract("وصلت راجمات صواريخ إلى حي الحزام الأخضر.")
    assert "shelling" not in types(events)


def test_rockets_that_fell_are_shelling(extract):
    events = extract("سقطت ثلاثة صواريخ على قرية الهري.")
    assert types(events) == ["shelling"]


def test_a_crossing_is_an_event_when_something_happens_at_it(extract):
    assert types(extract("أغلقت قوات الحشد الشعبي معبر القائم الحدودي.")) == ["crossing"]
    assert extract("تنتشر المعابر على طول الحدود.") == []


def test_a_headline_is_not_an_event_of_its_own(extract):
    events = extract("غارة على الهري\nاستهدفت غارة جوية قرية الهري مساء الجمعة.")
    assert types(events) == ["airstrike"]


def test_an_attack_verb_governing_a_named_event_is_that_event(extract):
    events = extract("وشنت قوات سوريا الديمقراطية حملة مداهمات في بلدة ذيبان اعتقلت خلالها 12 شخصاً.")
    assert types(events) == ["arrest"]


def test_a_convoy_through_a_named_crossing_is_a_crossing_event(extract):
    [event] = extract("دخلت قافلة تضم 40 شاحنة محملة بالأسلحة إلى سوريا عبر معبر السكك غير الشرعي.")
    assert (event.event_type, event.place.name_en) == ("crossing", "Al-Sikak crossing (informal)")


def test_a_named_border_outlet_closed_is_a_crossing_event(extract):
    [event] = extract("أعلنت السلطات العراقية إغلاق منفذ القائم الحدودي مع سوريا بشكل مؤقت.")
    assert (event.event_type, event.place.kind) == ("crossing", "border crossing")


def test_a_reminder_of_the_past_is_background(extract):
    assert extract("يذكر أن المنفذ أعيد افتتاحه في أيلول 2019 بعد إغلاق دام سنوات.") == []


def test_a_grenade_is_an_explosion_and_injuries_are_not_an_attack(extract):
    events = extract("ألقى مجهولون قنبلة يدوية على مقر لميليشيا فاطميون في حي الهجانة دون أن تسفر عن إصابات.")
    assert types(events) == ["explosion"]
    assert events[0].injured == (0, 0)


def test_an_assassination_is_an_attack_on_the_victims_group(extract):
    [event] = extract("اغتال مسلحون مجهولون قيادياً في ميليشيا الدفاع الوطني قرب دوار الفيحاء.")
    assert event.event_type == "armed_clash" and "ndf" in event.actor_ids("actor2")


def test_an_aim_is_not_an_event(extract):
    assert extract("كما يسعى الحرس الثوري إلى تجنيد أبناء العشائر في البوكمال.") == []


def test_a_sentence_naming_two_struck_places_gives_two_events(extract):
    for sentence in ("استهدفت غارات جوية مواقع في قريتي الهري والسويعية.",
                     "استهدفت غارات جوية مواقع في قرية الهري وأخرى في قرية السويعية.",
                     "قصفت طائرات مجهولة مستودعات في قرية الهري، كما استهدفت مقرات في قرية السويعية."):
        assert [e.place.name_en for e in extract(sentence)] == ["Al-Hari", "Al-Suwaiyah"], sentence


def test_a_place_the_wounded_were_taken_to_was_not_struck(extract):
    events = extract("استهدفت غارة مواقع في قرية الهري ما أدى إلى إصابة عنصرين نقلوا إلى مشفى في مدينة الميادين.")
    assert [e.place.name_en for e in events] == ["Al-Hari"]


def test_a_seizure_at_a_crossing_is_smuggling(extract):
    [event] = extract("ضبطت قوات حرس الحدود العراقية شحنة مخدرات مهربة قادمة من سوريا عبر منفذ القائم.")
    assert (event.event_type, event.place.kind) == ("smuggling", "border crossing")


def test_opinions_estimates_and_demands_are_not_events(extract):
    for sentence in ("ويرى المحلل العسكري أن الغارات الإسرائيلية تهدف إلى قطع طريق الإمداد.",
                     "وتشير التقديرات إلى أن الميليشيات تمتلك أكثر من 20 حاجزاً في محيط البوكمال.",
                     "وطالب الأهالي بإزالة الحواجز من داخل مدينة البوكمال."):
        assert extract(sentence) == [], sentence


def test_an_earlier_similar_attack_is_its_own_event_dated_back(extract):
    events = extract("انفجرت صباح اليوم عبوة ناسفة بسيارة قيادي في الحشد الشعبي في مدينة البوكمال. "
                     "وتأتي الحادثة بعد يومين من استهداف رتل عسكري للميليشيات بعبوة مماثلة.")
    assert [(e.event_type, e.date.isoformat()) for e in events] == [
        ("explosion", "2024-11-09"), ("explosion", "2024-11-07")]
    assert events[1].actor_ids("actor2") == ["iran_backed_militias"]


def test_a_back_reference_does_not_name_the_doer(extract):
    events = extract("انفجرت عبوة ناسفة في حي الكشمة. وفرضت الميليشيات طوقاً أمنياً حول مكان الانفجار.")
    assert types(events) == ["deployment", "explosion"]  # the cordon is the militias' own event
    [explosion] = [e for e in events if e.event_type == "explosion"]
    assert explosion.actor_ids("actor1") == []


def test_gunmen_attacking_only_civilians_is_violence_against_civilians(extract):
    [event] = extract("قتل ثلاثة مدنيين بهجوم شنه مسلحون من تنظيم داعش في بادية السوسة.")
    assert event.event_type == "violence_against_civilians"


def test_a_killing_of_a_militia_member_is_an_armed_clash(extract):
    [event] = extract("قتل عنصر من ميليشيا الدفاع الوطني برصاص مسلحين مجهولين في حي الكشمة.")
    assert event.event_type == "armed_clash"


def test_a_seizure_with_arrests_is_told_by_what_comes_first(extract):
    assert types(extract("ضبطت قوى الأمن صهريجاً محملاً بالوقود المهرب واعتقلت سائقه قرب قرية الهري.")) == ["smuggling"]
    assert types(extract("اعتقلت قوى الأمن ثلاثة أشخاص بتهمة التهريب وضبطت قارباً قرب قرية الهري.")) == ["arrest"]


def test_a_bare_strike_by_a_foreign_air_force_is_an_airstrike(extract):
    [event] = extract("أعلن البنتاغون أن القوات الأمريكية نفذت مساء الأحد ضربات على منشأة قرب قرية الهري.")
    assert event.event_type == "airstrike"


def test_a_verb_and_the_noun_it_governs_are_one_mention(extract):
    events = extract("استقدمت قوات النظام صباح اليوم تعزيزات عسكرية إلى مدينة البوكمال.")
    assert types(events) == ["deployment"]


def test_forces_moved_are_placed_where_they_arrive(extract):
    [event] = extract("دفعت قوات النظام بتعزيزات من مدينة الميادين إلى مدينة البوكمال.")
    assert event.place.name_en == "Albukamal"


def test_what_an_attack_hit_is_its_target_not_an_event(extract):
    assert types(extract("استهدفت غارة روسية معسكراً للتدريب ومستودعاً للأسلحة قرب المحطة الثانية.")) == ["airstrike"]
    assert types(extract("ضربت غارات رتلاً من الشاحنات لحظة دخولها من معبر السكك.")) == ["airstrike"]


def test_firing_verbs_alone_launch_no_attack(extract):
    assert extract("افتتح في البوكمال مركز للتسوية في إطار العملية التي أطلقتها الدولة.") == []


def test_the_instrument_types_the_attack(extract):
    assert types(extract("شنت فصائل عراقية هجوماً بطائرات مسيرة على قاعدة في حقل العمر.")) == ["airstrike"]
    assert types(extract("شنت فصائل عراقية هجوماً بالصواريخ على قاعدة في حقل العمر.")) == ["shelling"]


def test_an_event_on_a_road_is_placed_near_the_town_named_as_near(extract):
    [event] = extract("انفجرت عبوة ناسفة بعربة عسكرية على طريق الميادين – البوكمال قرب بلدة الصالحية.")
    assert event.place.name_en.startswith("Al-Salihiyah")


def test_a_fifth_strike_is_another_strike(extract):
    events = extract("استهدفت أربع غارات مقراً في قرية الهري. واستهدفت غارة خامسة مقراً في قرية الهري.")
    assert types(events) == ["airstrike", "airstrike"]


def test_devices_seized_or_defused_did_not_explode(extract):
    assert types(extract("داهمت دورية منزلاً في قرية الهري وضبطت عبوات ناسفة وألغاماً.")) == ["arrest"]
    assert types(extract("انفجرت عبوة ناسفة بسيارة في قرية الهري.")) == ["explosion"]


def test_a_smuggling_group_is_who_they_are_not_a_run(extract):
    events = extract("اندلع اشتباك مسلح بين عناصر الفرقة الرابعة ومجموعة تهريب محلية قرب قرية السويعية.")
    assert types(events) == ["armed_clash"]


def test_killings_in_a_clash_are_its_toll(extract):
    assert types(extract("قتل شابان وأصيب أربعة آخرون في اشتباكات بين عشيرتين في بلدة الجلاء.")) == ["armed_clash"]


def test_a_fall_is_no_attack_without_a_weapon(extract):
    assert extract("وتغيرت خريطة السيطرة في البوكمال بعد سقوط الأسد.") == []
    assert types(extract("سقطت ثلاث قذائف على قرية الهري.")) == ["shelling"]


def test_reinforcements_sent_elsewhere_during_a_clash_are_their_own_event(extract):
    events = extract("اشتبكت قسد مع مسلحين في بلدة هجين، ودفعت بتعزيزات عسكرية إلى بلدة البصيرة.")
    assert types(events) == ["armed_clash", "deployment"]


def test_the_strikes_told_again_with_where_one_landed_give_that_place_its_own_event(extract):
    events = extract(
        "أعلنت القيادة المركزية الأمريكية أنها نفذت فجر اليوم ضربات جوية على مواقع لكتائب حزب الله في البوكمال. "
        "وأفادت مصادر أمنية عراقية بأن الضربات طالت مقراً للحشد الشعبي في ناحية العبيدي.")
    assert sorted(e.place.name_en for e in events) == ["Al-Ubaydi", "Albukamal"]


def test_a_retelling_that_says_where_the_strike_fell_places_the_event_there(extract):
    events = extract(
        "أعلن الجيش الأمريكي تنفيذ ضربات جوية فجر اليوم على جانبي الحدود قرب البوكمال. "
        "وقال البيان إن قواته نفذت الضربات على مقر للفصائل في قرية الهري.")
    assert [e.place.name_en for e in events] == ["Al-Hari"]


def test_the_men_of_a_checkpoint_already_told_are_no_new_checkpoint(extract):
    events = extract(
        "أقامت الفرقة الرابعة حاجزاً جديداً عند مدخل بلدة الجلاء مساء الخميس. "
        "وأضاف المصدر أن عناصر الحاجز أطلقوا النار يوم الجمعة على سيارة مدنية رفض سائقها التوقف.")
    assert types(events).count("checkpoint") == 1


def test_a_meeting_held_at_a_crossing_is_a_meeting_not_a_crossing_event(extract):
    events = extract(
        "عقدت إدارة منفذ القائم، السبت، اجتماعاً تنسيقياً في مبنى المنفذ ضم مسؤولين من الجانب السوري "
        "في معبر البوكمال، جرى خلاله الاتفاق على تسهيل إجراءات العبور.")
    assert types(events) == ["meeting"]


def test_numbered_entries_of_a_bulletin_are_separate_incidents(extract):
    events = extract(
        "رصد المرصد الحوادث التالية في ريف البوكمال:\n"
        "1- استهدفت طائرة مسيرة مجهولة فجر اليوم سيارة عسكرية قرب مطار الحمدان.\n"
        "2- أصيب شابان فجر اليوم بانفجار عبوة ناسفة في حي الكشمة.\n")
    assert sorted((e.event_type, e.place.name_en) for e in events) == [
        ("airstrike", "Hamdan airport"), ("explosion", "Al-Kashma")]


def test_a_quarter_named_with_its_town_is_where_the_raid_was(extract):
    events = extract("شنت دورية من الأمن العسكري حملة دهم في حي الهجانة وسط مدينة البوكمال، "
                     "واعتقلت خلالها خمسة شبان.")
    assert [(e.event_type, e.place.name_en) for e in events] == [("arrest", "Al-Hajana district")]


def test_a_mine_left_by_past_battles_is_no_battle(extract):
    events = extract("اندلعت اشتباكات في البوكمال. وفي اليوم ذاته، أصيب ثلاثة مدنيين بانفجار لغم أرضي "
                     "من مخلفات المعارك أثناء بحثهم عن الكمأة في بادية الميادين.")
    assert ("explosion", "Al-Mayadin") in [(e.event_type, e.place.name_en) for e in events]


def test_smugglers_in_a_clash_are_a_side_not_a_smuggling_run(extract):
    events = extract("اندلع اشتباك مسلح مساء الجمعة بين عناصر من الفرقة الرابعة ومجموعة تهريب محلية قرب قرية "
                     "السويعية، على خلفية خلاف على تقاسم شحنة دخان، أسفر عن مقتل أحد المهربين.")
    assert types(events) == ["armed_clash"]


def test_a_raid_launched_by_a_patrol_named_first_is_the_raid_not_an_attack(extract):
    events = extract("انفجرت عبوة ناسفة مساء الجمعة في بلدة الجلاء. "
                     "وشنت دورية مشتركة من الأمن العسكري والفرقة الرابعة حملة دهم يوم السبت في حي الهجانة، "
                     "اعتقلت خلالها خمسة شبان.")
    assert types(events) == ["arrest", "explosion"]


def test_a_call_to_join_a_militia_course_is_recruitment(extract):
    events = extract("دعت ميليشيا حزب الله اللبناني يوم الأحد شبان قرية السكرية إلى الالتحاق بدورة عسكرية "
                     "مدتها 20 يوماً في معسكر تابع لها.")
    assert types(events) == ["recruitment"]


def test_who_controls_a_named_crossing_is_reported_though_told_as_a_state(extract):
    events = extract("تسيطر كتائب حزب الله على معبر السكك غير الشرعي، وتمر عبره يومياً عشرات الشاحنات.")
    assert [(e.event_type, sorted(e.actor_ids("actor1"))) for e in events] == [("crossing", ["kataib_hezbollah"])]


def test_smuggling_that_resumed_is_news(extract):
    events = extract("عادت عمليات التهريب عبر المعابر غير الشرعية قرب قرية السويعية بعد توقف دام أسبوعاً.")
    assert types(events) == ["smuggling"]


def test_rockets_fired_from_warplanes_are_an_airstrike(extract):
    events = extract("أسفر قصف صاروخي من طيران حربي مساء الأحد عن تدمير مقر لكتائب حزب الله في حي الكتف بالبوكمال.")
    assert types(events) == ["airstrike"]


def test_rockets_fired_from_the_ground_stay_shelling(extract):
    events = extract("سقطت ثلاثة صواريخ مساء الأحد على قاعدة حقل العمر التي تضم قوات أمريكية.")
    assert types(events) == ["shelling"]


def test_the_strikes_told_again_without_a_place_of_their_own_are_the_same_strikes(extract):
    events = extract("شنت طائرات حربية أمريكية فجر اليوم غارات على مواقع للحشد الشعبي قرب منفذ القائم. "
                     "وأفاد مراسل بأن الغارات استهدفت نقاطاً للواء 46 في الحشد.")
    assert types(events) == ["airstrike"]


def test_the_strikes_told_again_in_a_quarter_of_the_town_are_the_same_strikes(extract):
    events = extract("استهدفت غارات جوية مجهولة ليل الاثنين مواقع للميليشيات الإيرانية في البوكمال. "
                     "وقال المرصد السوري إن الغارات استهدفت مستودعات أسلحة في حي الحزام الأخضر.")
    assert types(events) == ["airstrike"]


def test_movements_shelled_are_the_target_not_a_deployment(extract):
    events = extract("استهدفت مدفعية الجيش السوري صباح اليوم تحركات لمجموعات تنظيم داعش في بادية البوكمال.")
    assert types(events) == ["shelling"]


def test_movements_watched_are_no_deployment(extract):
    events = extract("وأوضح المراسل أن الغارات جاءت بعد رصد تحركات لمجموعات إرهابية قرب بلدة الجلاء.")
    assert "deployment" not in types(events)


def test_reinforcements_sent_after_an_attack_are_a_deployment(extract):
    events = extract("استهدفت مدفعية الجيش مواقع التنظيم في البادية مساء الجمعة. "
                     "وعقب القصف، دفعت قوات النظام بتعزيزات إلى بلدة الجلاء.")
    assert "deployment" in types(events)


def test_an_infiltration_by_insurgents_foiled_is_a_clash(extract):
    [event] = extract("أحبطت قطعات اللواء 13 في الحشد الشعبي فجر اليوم محاولة تسلل لعناصر داعش قرب ناحية الكرابلة.")
    assert event.event_type == "armed_clash" and "islamic_state" in event.actor_ids("actor1")


def test_people_caught_crossing_are_no_clash(extract):
    events = extract("اعتقلت قوات حرس الحدود أربعة أشخاص أثناء محاولتهم التسلل عبر الحدود قرب ناحية الكرابلة.")
    assert types(events) == ["arrest"]


def test_intelligence_about_an_infiltration_is_no_infiltration(extract):
    events = extract("أغلقت السلطات العراقية منفذ القائم صباح الأحد على خلفية معلومات استخبارية عن محاولة تسلل "
                     "عناصر من تنظيم داعش عبر الحدود.")
    assert types(events) == ["crossing"]


def test_boats_seized_loaded_with_fuel_are_smuggling_but_a_loaded_convoy_is_not(extract):
    assert types(extract("ضبطت قوات الأسايش أمس قاربين محملين بالوقود كانا يستعدان للعبور من قرب الباغوز.")) \
        == ["smuggling"]
    assert "smuggling" not in types(extract("وصلت إلى البوكمال أمس قافلة شاحنات محملة بالمساعدات الغذائية."))


def test_young_men_who_joined_a_militia_were_recruited(extract):
    events = extract("انضم نحو 45 شاباً من بلدة الجلاء خلال الأيام العشرة الماضية إلى ميليشيا لواء الإمام الحسين.")
    assert types(events) == ["recruitment"]


def test_devices_defused_after_a_blast_did_not_explode(extract):
    events = extract("استشهد مواطن صباح اليوم جراء انفجار لغم في قرية السويعية، في حين تواصل وحدات الهندسة "
                     "تفكيك العبوات الناسفة والألغام التي زرعها الإرهابيون في حي الهجانة والمنطقة الصناعية.")
    assert [(e.event_type, e.place.name_en) for e in events] == [("explosion", "Al-Suwaiyah")]


def test_a_crossing_its_administration_stops_is_a_crossing_event(extract):
    events = extract("أوقفت إدارة منفذ القائم صباح الاثنين حركة المسافرين والشاحنات لساعات، قبل أن تستأنف العمل ظهراً.")
    assert types(events) == ["crossing"]
