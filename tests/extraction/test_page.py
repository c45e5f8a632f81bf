"""Page furniture is not report: headlines, «اقرأ أيضاً» links, captions, tags, headings."""


def types(events):
    return sorted(e.event_type for e in events)


def test_a_long_headline_is_not_an_event_of_its_own(extract):
    text = ("مقتل ثلاثة عناصر من الميليشيات بغارة جوية مجهولة على مقر في قرية الهري قرب مدينة البوكمال الحدودية مع العراق\n"
            "استهدفت غارة جوية مجهولة مساء الجمعة مقراً للميليشيات في قرية الهري.")
    assert types(extract(text)) == ["airstrike"]


def test_a_read_also_link_carries_another_articles_headline(extract):
    text = "استهدفت غارة جوية قرية الهري مساء الجمعة.\nاقرأ أيضاً: انفجار لغم بسيارة مدنية في بادية السوسة\n"
    assert types(extract(text)) == ["airstrike"]


def test_a_photo_caption_is_not_a_sentence_of_the_report(extract):
    text = "استهدفت غارة جوية قرية الهري مساء الجمعة.\n(صورة) عناصر من الميليشيات عند حاجز في البوكمال\n"
    assert types(extract(text)) == ["airstrike"]


def test_tags_and_a_section_heading_are_furniture(extract):
    text = ("نفذت دورية اعتقالات في حي الكشمة يوم الخميس.\nحواجز وإتاوات\n"
            "ونصبت الفرقة الرابعة حاجزاً جديداً عند مدخل بلدة السوسة.\n#البوكمال #الحواجز\n")
    assert types(extract(text)) == ["arrest", "checkpoint"]


def test_a_byline_and_dateline_under_the_headline_are_skipped(extract):
    text = ("غارة على الهري\nالبوكمال - مراسل الشبكة\n١٢ آذار ٢٠٢٤\n"
            "استهدفت غارة جوية مساء الجمعة مقراً في قرية الهري.")
    [event] = extract(text)
    assert event.place.name_en == "Al-Hari"


def test_a_post_of_one_unpunctuated_paragraph_is_all_report(extract):
    [event] = extract("قصفت طائرات حربية مجهولة مقراً للميليشيات في قرية الهري يوم الخميس")
    assert event.event_type == "airstrike"


def test_unfinished_lines_below_the_last_sentence_link_to_other_articles(extract):
    events = extract("غارات على البوكمال\n\nاستهدفت غارات جوية مساء الجمعة مواقع في مدينة البوكمال.\n\n"
                     "مواضيع ذات صلة\nقتلى بقصف أميركي على مقرات لـ«الحشد» في قضاء القائم غرب الأنبار\n"
                     "الجيش السوري يحبط هجوماً لـ«داعش» على نقاط عسكرية في بادية الميادين")
    assert [e.event_type for e in events] == ["airstrike"]


def test_a_live_blog_entry_without_a_full_stop_is_still_reported(extract):
    events = extract("غارات على البوكمال\n\n22:10 | استهدفت غارات جوية مواقع في مدينة البوكمال.\n"
                     "23:47 | عاجل: اعتقال خمسة شبان في حملة دهم بقرية الهري")
    assert sorted(e.event_type for e in events) == ["airstrike", "arrest"]


def test_a_channels_feed_of_unpunctuated_posts_is_all_report(extract):
    events = extract("📡 البوكمال لحظة بلحظة\n@abukamal_live\n\n"
                     "🔴 عاجل | دوي انفجارات عنيفة تهز مدينة #البوكمال قبل قليل\n👁 4.1K  21:42\n\n"
                     "⚠️ الميليشيات تنشر حواجز على مداخل حي #الهجانة وتمنع التصوير\n👁 3.9K  22:31\n")
    assert sorted(e.event_type for e in events) == ["checkpoint", "explosion"]


def test_a_last_paragraph_without_a_full_stop_is_still_the_report(extract):
    events = extract("غارات على البوكمال\n\nقصفت طائرات مجهولة مواقع في قرية الهري صباح اليوم.\n\n"
                     "وفي سياق متصل، انفجرت عبوة ناسفة بسيارة عسكرية في بلدة السويعية مساء أمس ما أدى إلى مقتل "
                     "عنصرين من الأمن العام وإصابة ثالث بجروح")
    assert sorted(e.event_type for e in events) == ["airstrike", "explosion"]
