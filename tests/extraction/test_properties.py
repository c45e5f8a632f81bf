"""Arbitrary input never breaks the extractor, and evidence always points into the text."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extraction import extract_events, load_default_dictionaries

DICTS = load_default_dictionaries()
ARABIC_WORDS = ["غارة", "على", "قرية", "الهري", "البوكمال", "مقتل", "3", "حاجز", "مساء", "السبت", "هذه", ".", "،",
                "\u064b", "ـ", "ﻻ", "\n", "يعتقد", "أنه", "أمريكي", "قاعدة الإمام علي", "عدة", "إصابات"]


def check(text):
    for event in extract_events(text, dt.date(2024, 1, 1), DICTS):
        assert 0 <= event.evidence_start <= event.evidence_end <= len(text)
        assert text[event.evidence_start:event.evidence_end] == event.evidence_text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ARABIC_WORDS)).map(" ".join))
def test_arabic_word_salad(text):
    check(text)


def test_empty_and_non_arabic_text():
    check("")
    check("An English report about Albukamal. No Arabic at all.")


def test_a_huge_text_finishes():
    check(("استهدفت غارة جوية مساء السبت قرية الهري ما أدى إلى مقتل عنصرين. " * 20000))
