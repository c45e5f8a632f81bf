"""The most specific place, a reference landmark, the article's main place, GeoNames towns."""

import datetime as dt

from ingest.extraction import Dictionaries, extract_events
from ingest.extraction.lexicon import PlaceEntry


def test_the_struck_site_beats_the_town_it_is_near(extract):
    [event] = extract("طاول القصف الجوي قاعدة الإمام علي قرب مدينة البوكمال.")
    assert event.place.name_en == "Imam Ali base"
    assert event.geo_precision == 1
    assert event.place_text == "قاعدة الإمام علي"


def test_a_place_named_only_as_near_gives_precision_two(extract):
    [event] = extract("استهدفت غارة جوية مواقع قرب مدينة البوكمال.")
    assert (event.place.name_en, event.geo_precision) == ("Albukamal", 2)


def test_an_event_without_a_place_takes_the_articles_main_place(extract):
    events = extract("شهدت مدينة البوكمال توتراً كبيراً. واستهدفت غارة جوية مواقع على الحدود.")
    assert (events[0].place.name_en, events[0].geo_precision) == ("Albukamal", 3)


def test_a_region_around_the_main_place_means_the_main_place(extract):
    events = extract("شهدت مدينة البوكمال توتراً. واستهدفت غارة مواقع في ريف دير الزور الشرقي.")
    assert events[0].place.name_en == "Albukamal"


def test_a_town_outside_the_gazetteer_comes_from_geonames(extract):
    [event] = extract("سقطت ثلاثة صواريخ على مدينة راوة.")
    assert event.place.key.startswith("geonames:")
    assert event.place.name_en == "Rāwah"


def test_an_event_far_outside_the_area_is_context_not_an_event(extract):
    events = extract("شهدت مدينة البوكمال توتراً. وكانت صواريخ سقطت أمس على مدينة الرقة.")
    assert events == []


def test_a_region_of_a_town_is_that_town_approximately(extract):
    [event] = extract("أصيب راعيان بانفجار لغم أرضي في بادية الميادين. وتشهد مدينة البوكمال هدوءاً.")
    assert (event.place.name_en, event.geo_precision) == ("Al-Mayadin", 3)


def test_a_place_named_to_say_where_another_lies_is_not_the_place(extract):
    [event] = extract("استهدفت غارة جوية قرية الهري شرق البوكمال.")
    assert event.place.name_en == "Al-Hari"


def test_a_governorate_after_a_direction_word_only_says_where_the_town_lies(extract):
    [event] = extract("شهدت مدينة البوكمال توتراً. وقتل عنصران في كمين جنوب شرقي دير الزور.")
    assert event.place.name_en == "Albukamal"


def test_a_place_in_an_office_title_is_not_where_it_happened(extract):
    [event] = extract("التقى محافظ دير الزور وجهاء العشائر في مدينة البوكمال.")
    assert event.place.name_en == "Albukamal"


def test_an_unknown_place_gets_no_invented_point(extract):
    assert all(e.place is None for e in extract("استهدفت غارة جوية قرية خيالية لا وجود لها."))


def test_a_common_word_is_not_a_town(extract):
    [event] = extract("نشرت الميليشيات حواجز على مداخل المدينة في البوكمال.")
    assert event.place.name_en == "Albukamal"


def test_a_named_neighbourhood_is_a_place_not_a_region(extract):
    [event] = extract("استهدفت غارة مستودعاً في منطقة الحزام الأخضر بمدينة البوكمال.")
    assert event.place.name_en.startswith("Al-Hizam Al-Akhdar")


def test_where_a_correspondent_sits_is_not_where_it_happened(extract):
    [event] = extract("وذكر مراسل سانا في دير الزور أن طيران التحالف شن غارات على بلدة هجين.")
    assert event.place.name_en == "Hajin"


def test_a_part_of_a_town_named_with_a_direction_is_in_that_town(extract):
    [event] = extract("استحدثت الفرقة الرابعة حاجزاً عند المدخل الشمالي لبلدة الجلاء على طريق البوكمال.")
    assert event.place.name_en == "Al-Jalaa"


def test_the_place_of_an_event_answered_is_not_this_ones(extract):
    [event] = extract("أعلنت فصائل عراقية استهداف قاعدة في حقل العمر النفطي برشقة صاروخية رداً على جريمة القائم.")
    assert event.place.name_en == "Al-Omar oil field"


def test_a_district_named_after_its_seat_is_that_seat_approximately(extract):
    [event] = extract("استهدفت غارة جوية مقراً على الحدود في قضاء القائم.")
    assert (event.place.key, event.geo_precision) == ("husaybah", 3)


def test_of_two_towns_of_one_name_the_one_in_the_area_is_meant(shipped):
    far = PlaceEntry("geonames:1", "Far", "المسقاة", (), "town", 33.5, 36.3, needs_cue=True)
    near = PlaceEntry("geonames:2", "Near", "المسقاة", (), "town", 34.5, 40.9, needs_cue=True)
    for places in ([far, near], [near, far]):
        dicts = Dictionaries(places=places, actors=shipped.actors, triggers=shipped.triggers)
        [event] = extract_events("استهدفت غارة جوية بلدة المسقاة.", dt.date(2024, 11, 9), dicts, min_confidence=0.0)
        assert event.place.name_en == "Near"


def test_a_clause_without_a_place_happened_where_its_sentence_did(extract):
    events = extract("شهدت مدينة البوكمال هدوءاً. "
                     "وقُتل عنصر في قسد برصاص مسلحين هاجموا نقطة عسكرية في بلدة الشعفة.")
    assert {e.place.name_en for e in events} == {"Al-Shafah"}


def test_the_town_named_again_as_the_town_is_where_it_happened(extract):
    events = extract("أعدم عناصر التنظيم مساء الأربعاء شابين من أبناء بلدة الشعفة في ساحة البلدة أمام الأهالي، "
                     "بحسب مصادر محلية في هجين.")
    assert [e.place.name_en for e in events] == ["Al-Shafah"]


def test_the_town_named_again_is_not_where_the_teller_sits(extract):
    events = extract("قصفت طائرات التحالف قرية الباغوز. وذكر مراسل سانا في دير الزور أن الطيران شن "
                     "مساء أمس غارات على منازل المواطنين في البلدة.")
    assert "Deir ez-Zor" not in [e.place.name_en for e in events]


def test_the_desert_of_a_far_governorate_stays_far(extract):
    events = extract("اعتقلت دورية للأمن العسكري خمسة شبان في مدينة البوكمال. "
                     "وفي سياق آخر، قُتل ثلاثة عناصر من قوات النظام بانفجار لغم أرضي في بادية حمص الشرقية.")
    assert [e.event_type for e in events] == ["arrest"]


def test_a_sentence_that_opens_on_a_far_city_tells_what_happened_there(extract):
    events = extract("قصفت طائرات روسية مواقع في مدينة البوكمال. "
                     "وفي الحسكة، تتواصل عمليات التمشيط في حي الصناعة بعد هجوم على السجن.")
    assert [e.event_type for e in events] == ["airstrike"]


def test_the_countryside_of_our_governorate_is_the_articles_town(extract):
    events = extract("انفجرت عبوة ناسفة بسيارة عسكرية مساء الجمعة في بلدة الجلاء. "
                     "كما انفجر لغم أرضي بسيارة مدنية في ريف دير الزور الشرقي يوم السبت.")
    assert {e.place.name_en for e in events} == {"Al-Jalaa"}


def test_an_event_on_a_road_between_two_villages_is_near_its_first_end(extract):
    [event] = extract("انفجرت عبوة ناسفة مساء الأحد بسيارة قيادي في ميليشيا الدفاع الوطني على الطريق بين بلدتي "
                      "الجلاء والعباس بريف البوكمال الغربي.")
    assert event.place.name_en == "Al-Jalaa"


def test_a_network_named_after_a_place_is_no_place(extract):
    [event] = extract("قصفت طائرات مجهولة مساء السبت مواقع في قرية الهري. وقال مراسل دير الزور 24 إن ثلاث غارات "
                      "متتالية ضربت المواقع.")
    assert event.place.name_en == "Al-Hari"


def test_an_event_south_of_a_far_city_stays_far(extract):
    events = extract("قصفت طائرات مجهولة مساء السبت مواقع في مدينة البوكمال. ويأتي القصف بعد أسابيع من انفجارات "
                     "ضخمة هزت مستودعات للحشد الشعبي في معسكر الصقر جنوبي بغداد.")
    assert [e.event_type for e in events] == ["airstrike"]
