"""Normalisation keeps offsets into the original text."""

from ingest.extraction.text import NormalisedText, normalise, sentences


def test_it_normalises_hamza_taa_marbuta_alef_maksura_diacritics_and_tatweel():
    assert normalise("غـــارةٌ") == normalise("غارة") == "غاره"
    assert normalise("إسرائيلي") == normalise("اسرائيلي")
    assert normalise("تبنّى") == "تبني"


def test_it_maps_normalised_positions_back_to_the_original():
    original = "قالَ مصدرٌ: غـــارةٌ على البوكمال."
    nt = NormalisedText.of(original)
    start = nt.text.index("غاره")
    o_start, o_end = nt.original_span(start, start + len("غاره"))
    assert original[o_start:o_end] == "غـــارةٌ"


def test_it_converts_arabic_indic_digits():
    assert normalise("٢٠٢٤/١١/٧") == "2024/11/7"


def test_it_splits_sentences_on_arabic_and_latin_stops_and_line_breaks():
    text = normalise("الجملة الأولى. الثانية؟ الثالثة\nالرابعة., الخامسة")
    assert len(sentences(text)) == 5


def test_a_wall_of_text_is_cut_into_bounded_sentences():
    from ingest.extraction.text import MAX_SENTENCE_CHARS, sentences

    wall = " ".join(["استهدفت غارة قرية الهري"] * 2000)  # 48,000 characters, no full stop
    spans = sentences(wall)
    assert len(spans) > 1 and all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert "".join(wall[s:e] for s, e in spans).replace(" ", "") == wall.replace(" ", "")
