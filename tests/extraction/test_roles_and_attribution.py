"""Who acts, who is acted upon, and how sure the report is."""


def ids(event, role):
    return set(event.actor_ids(role))


def test_the_owner_of_the_target_is_acted_upon(extract):
    [event] = extract("استهدف الطيران الأمريكي مواقع لميليشيا الحشد الشعبي في قرية الهري.")
    assert ids(event, "actor1") == {"united_states"}
    assert ids(event, "actor2") == {"pmf"}


def test_the_patrol_that_was_attacked_is_acted_upon(extract):
    [event] = extract("هاجمت خلايا داعش دورية لقوات الدفاع الوطني قرب بلدة السوسة.")
    assert ids(event, "actor1") == {"islamic_state"}
    assert ids(event, "actor2") == {"ndf"}


def test_where_the_fire_came_from_names_who_fired(extract):
    [event] = extract("سقطت قذائف على قرية السويعية مصدرها مواقع قوات سوريا الديمقراطية.")
    assert "sdf" in ids(event, "actor1")


def test_a_hedge_makes_it_suspected_and_names_an_unidentified_attacker(extract):
    [event] = extract("شنت طائرة مسيرة مجهولة الهوية يعتقد أنها إسرائيلية غارة على قرية الهري.")
    assert event.attribution == "suspected"
    assert {"unidentified", "israel"} <= ids(event, "actor1")


def test_a_claim_makes_it_claimed(extract):
    [event] = extract("هاجم مسلحون حاجزاً قرب بلدة هجين، وتبنى تنظيم داعش الهجوم.")
    assert event.attribution == "claimed"
    assert "islamic_state" in ids(event, "actor1")


def test_a_denial_is_no_confirmation(extract):
    events = extract("نفت وزارة الدفاع تنفيذ أي غارة على قرية الهري.")
    assert events == []


def test_civilians_killed_by_an_armed_group(extract):
    [event] = extract("أطلق عناصر الحرس الثوري النار في البوكمال ما تسبب بمقتل مدنيين.")
    assert event.event_type == "violence_against_civilians"
    assert ids(event, "actor1") == {"irgc"} and ids(event, "actor2") == {"civilians"}


def test_the_group_that_lost_people_is_acted_upon(extract):
    [event] = extract("قتل جنديان من قوات النظام في هجوم شنه مسلحون من خلايا داعش قرب بلدة صبيخان.")
    assert "syrian_government" in ids(event, "actor2") and "islamic_state" in ids(event, "actor1")


def test_an_attacked_checkpoint_is_the_target_not_a_checkpoint_event(extract):
    events = extract("هاجمت خلايا داعش فجر الاثنين على حاجز للفرقة الرابعة قرب بلدة صبيخان.")
    assert [e.event_type for e in events] == ["armed_clash"]


def test_a_source_confirming_a_strike_does_not_confirm_who_did_it(extract):
    [event] = extract("وأكد مصدر عسكري أن غارة جوية استهدفت قرية الهري.")
    assert event.attribution == "unknown"
    [event] = extract("وأكدت القيادة المركزية الأمريكية أن قواتها نفذت غارة جوية على قرية الهري.")
    assert event.attribution == "confirmed" and "united_states" in ids(event, "actor1")


def test_names_side_by_side_are_one_side(extract):
    [event] = extract("استهدفت غارة جوية نقطة تابعة لحزب الله اللبناني إلى جانب ميليشيات إيرانية قرب قرية الهري.")
    assert ids(event, "actor2") == {"hezbollah", "iran_backed_militias"}


def test_positions_that_came_under_fire_are_acted_upon(extract):
    [event] = extract("وتعرضت مواقع ميليشيا الحشد الشعبي في قرية الهري لقصف مجهول.")
    assert "pmf" in ids(event, "actor2") and "pmf" not in ids(event, "actor1")


def test_an_actor_in_an_earlier_clause_is_not_the_doer(extract):
    [event] = extract("انتشرت في المنطقة ميليشيات إيرانية، إلا أن غارة جوية استهدفت قرية الهري.")
    assert "iran_backed_militias" not in ids(event, "actor1")


def test_a_nationality_qualifying_the_attack_is_the_doer(extract):
    [event] = extract("أسفرت الضربات الجوية الإسرائيلية عن مقتل عنصرين في قرية الهري.")
    assert ids(event, "actor1") == {"israel"}


def test_those_arrested_and_their_group_are_acted_upon(extract):
    [event] = extract("اعتقلت قوة من الجيش العراقي مطلوبين اثنين في قضاء القائم بتهمة الانتماء لتنظيم داعش.")
    assert ids(event, "actor1") == {"iraqi_government"} and ids(event, "actor2") == {"islamic_state"}


def test_the_word_militia_before_a_named_group_is_not_another_actor(extract):
    [event] = extract("افتتحت ميليشيا حزب الله العراقي مركزاً للانتساب إلى صفوفها في مدينة البوكمال.")
    assert ids(event, "actor1") == {"kataib_hezbollah"}


def test_a_patrol_that_arrests_is_the_doer(extract):
    [event] = extract("داهمت دورية من الأمن العسكري منازل في حي الهجانة واعتقلت ثلاثة شبان.")
    assert ids(event, "actor1") == {"syrian_government"}


def test_people_arrested_without_a_group_are_civilians(extract):
    [event] = extract("اعتقلت دورية من الأمن العام ثلاثة شبان في حي الكشمة.")
    assert ids(event, "actor1") == {"syrian_government"} and ids(event, "actor2") == {"civilians"}


def test_unnamed_smugglers_are_unidentified(extract):
    [event] = extract("أحبطت قوى الأمن الداخلي محاولة تهريب شحنة أسلحة قرب قرية الهري.")
    assert ids(event, "actor1") == {"syrian_government"} and ids(event, "actor2") == {"unidentified"}


def test_insurgents_named_in_an_arrest_are_the_arrested(extract):
    [event] = extract("ألقت الجهات المختصة القبض على خمسة من فلول التنظيم في قرية الهري.")
    assert ids(event, "actor2") == {"islamic_state"}


def test_casualties_told_before_the_blast_are_its_victims(extract):
    [event] = extract("أصيب ثلاثة عناصر من الأمن العام إثر انفجار عبوة ناسفة بسيارتهم قرب قرية الهري.")
    assert ids(event, "actor2") == {"syrian_government"} and "syrian_government" not in ids(event, "actor1")


def test_verbs_joined_in_one_sentence_share_their_doer(extract):
    events = extract("ودفعت قيادة الأمن الداخلي بتعزيزات إلى بلدة الجلاء، كما اعتقلت ستة أشخاص في البلدة.")
    assert {e.event_type: ids(e, "actor1") for e in events} == {
        "deployment": {"syrian_government"}, "arrest": {"syrian_government"}}


def test_a_clash_has_two_sides_the_first_named_acts(extract):
    [event] = extract("اندلع اشتباك مسلح بين عناصر من الفرقة الرابعة ومجموعة من تنظيم داعش قرب قرية السويعية.")
    assert ids(event, "actor1") == {"fourth_division"} and ids(event, "actor2") == {"islamic_state"}


def test_men_named_after_the_verb_of_an_attack_made_it(extract):
    [event] = extract("قتل ثلاثة عناصر من قوات النظام في هجوم شنه عناصر من التنظيم على نقطة قرب المحطة الثانية.")
    assert ids(event, "actor1") == {"islamic_state"} and ids(event, "actor2") == {"syrian_government"}


def test_a_fighter_killed_by_gunmen_makes_a_clash_with_his_group_acted_upon(extract):
    events = extract("اغتال مسلحون مجهولون مساء الجمعة عنصراً محلياً منتسباً لميليشيا حركة النجباء في قرية السويعية.")
    assert [e.event_type for e in events] == ["armed_clash"]
    assert "iran_backed_militias" in events[0].actor_ids("actor2")


def test_an_outlets_nationality_is_no_party(extract):
    [event] = extract("كشفت شبكة فوكس نيوز الأمريكية أن طائرات مسيرة إسرائيلية استهدفت ليل الأحد شحنة أسلحة "
                      "قرب معبر البوكمال.")
    assert ids(event, "actor1") == {"israel"}


def test_the_owner_of_a_depot_struck_is_acted_upon(extract):
    [event] = extract("استهدفت غارة جوية مساء الأحد مستودعاً للحرس الثوري في البوكمال.")
    assert ids(event, "actor2") == {"irgc"} and "irgc" not in ids(event, "actor1")


def test_a_group_right_after_targeted_is_its_subject(extract):
    [event] = extract("استهدف تنظيم داعش بسيارة مفخخة صباح أمس تجمعاً لعناصر قسد قرب بلدة الباغوز.")
    assert ids(event, "actor1") == {"islamic_state"} and ids(event, "actor2") == {"sdf"}


def test_who_foiled_an_attack_was_its_target(extract):
    [event] = extract("أعلنت وزارة الدفاع السورية أن وحدات الجيش أحبطت مساء الأحد هجوماً لخلايا داعش على نقاط "
                      "عسكرية في محيط مدينة البوكمال.")
    assert ids(event, "actor1") == {"islamic_state"} and ids(event, "actor2") == {"syrian_government"}


def test_a_speaker_who_names_another_doer_is_only_the_source(extract):
    [event] = extract("أعلنت هيئة الحشد الشعبي أن طائرة مسيرة مجهولة استهدفت مساء الأحد عجلة تابعة للواء 13 "
                      "على الطريق بين القائم والرمانة.")
    assert ids(event, "actor1") == {"unidentified"} and ids(event, "actor2") == {"pmf"}


def test_a_speaker_who_says_it_struck_is_the_doer(extract):
    [event] = extract("أعلنت القيادة المركزية الأمريكية أنها نفذت فجر اليوم غارات على مواقع لكتائب حزب الله "
                      "قرب مدينة البوكمال.")
    assert ids(event, "actor1") == {"united_states"} and ids(event, "actor2") == {"kataib_hezbollah"}
