"""Page structure: which lines of a scraped article are the report, and which are furniture.

A news page carries more than its report: the headline (the report told again, in
short), a byline and a dateline, «اقرأ أيضاً» links with other articles' headlines,
photo captions, share lines, tags, and section headings inside long pieces. None of
these is a sentence of the report, and reading them as one invents events (another
article's headline) or tells the same one again (the headline).
"""

from __future__ import annotations

from .sentence import Sentence
from .text import normalise

# Lines that open with these link elsewhere or describe a picture: «اقرأ أيضاً: …», «صورة: …».
_FURNITURE_OPENERS = [tuple(normalise(w) for w in phrase.split()) for phrase in (
    "اقرأ", "إقرأ", "للمزيد", "صورة", "الصورة", "فيديو", "تصوير", "أرشيف", "الوسوم", "وسوم", "كلمات مفتاحية",
    "حجم الخط", "طباعة",
)]
# … and these only on a short line: they also open sentences of a report («شارك في الهجوم…»).
_SHORT_LINE_OPENERS = [tuple(normalise(w) for w in phrase.split()) for phrase in (
    "شاهد", "طالع", "شارك", "مشاركة", "تابعونا", "تابعوا", "اشترك", "المصدر", "مصدر الصورة", "صور",
)]
_SHORT_LINE_TOKENS = 12
# A line this short with no full stop is a heading («إتاوات واعتقالات», «الضفة الغربية: غارات وتعزيزات»).
_HEADING_MAX_TOKENS = 8
# At the top of the page, before the first sentence that ends with a stop, lines up to this
# long are a byline, a dateline or an outlet line.
_TOP_LINE_MAX_TOKENS = 20


def report_sentences(read: list[Sentence], text: str) -> tuple[Sentence | None, list[Sentence]]:
    """The headline (or None) and the sentences of the report, in order, without the page's furniture.

    `text` is the normalised article the sentences point into.
    """
    out: list[Sentence] = []
    headline_sentence = None
    in_body = False
    for position, s in enumerate(read):
        line_end = _ends_line(s, text)
        if _is_furniture_line(s, text):
            continue
        if not in_body:
            # The first line is the headline unless it ends like a sentence (no headline was scraped).
            headline = position == 0 and line_end and not _ends_sentence(s, text)
            top_line = line_end and not _ends_sentence(s, text) and len(s.toks) <= _TOP_LINE_MAX_TOKENS
            if headline:
                headline_sentence = s
            if headline or top_line:
                continue
            in_body = True
        if line_end and not _ends_sentence(s, text) and len(s.toks) <= _HEADING_MAX_TOKENS:
            continue
        out.append(s)
    return headline_sentence, out


def _is_furniture_line(s: Sentence, text: str) -> bool:
    words = [t.text for t in s.toks]
    if not words:
        return True
    hashtags = text.count("#", s.start, s.end)
    if hashtags and hashtags * 2 >= len(words):
        return True  # «#البوكمال #دير_الزور»
    openers = _FURNITURE_OPENERS + (_SHORT_LINE_OPENERS if len(words) <= _SHORT_LINE_TOKENS else [])
    return any(tuple(words[:len(phrase)]) == phrase for phrase in openers)


def _ends_line(s: Sentence, text: str) -> bool:
    rest = text[s.end:s.end + 2]
    return s.end >= len(text.rstrip()) or rest[:1] == "\n" or rest[:2].strip() == "" and "\n" in rest


def _ends_sentence(s: Sentence, text: str) -> bool:
    """A full stop (not a headline's «..») or a question or exclamation mark closes it."""
    tail = text[s.start:s.end].rstrip(" \"'»”)")
    if tail.endswith(".."):
        return False
    return tail[-1:] in ".!?؟"
