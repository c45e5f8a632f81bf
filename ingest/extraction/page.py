"""Page structure: which lines of a scraped article are the report, and which are furniture.

A news page carries more than its report: the headline (the report told again, in
short), a byline and a dateline, «اقرأ أيضاً» links with other articles' headlines,
photo captions, share lines, tags, and section headings inside long pieces. None of
these is a sentence of the report, and reading them as one invents events (another
article's headline) or tells the same one again (the headline).
"""

from __future__ import annotations

import re

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
# A related article's headline below the report is about this long at most.
_LINK_MAX_TOKENS = 14
_OPENER_FIRST_WORDS = {phrase[0] for phrase in _FURNITURE_OPENERS + _SHORT_LINE_OPENERS}
# A line this short with no full stop is a heading («إتاوات واعتقالات», «الضفة الغربية: غارات وتعزيزات»).
_HEADING_MAX_TOKENS = 8
# At the top of the page, before the first sentence that ends with a stop, lines up to this
# long are a byline, a dateline or an outlet line.
_TOP_LINE_MAX_TOKENS = 20


def report_sentences(read: list[Sentence], text: str) -> tuple[list[Sentence], list[Sentence]]:
    """The headline's sentences and the report's sentences, in order, without the page's furniture.

    `text` is the normalised article the sentences point into. Lines, not sentences, are
    the unit of a page: «غارات تضرب قاعدة الإمام علي.. ولا خسائر» is one headline line.
    """
    headline: list[Sentence] = []
    out: list[Sentence] = []
    in_body = False
    lines = _lines(read, text)
    finished = [n for n, line in enumerate(lines) if _ends_sentence(line[-1], text)]
    if not finished:
        # A channel's feed or a post of unpunctuated lines («🔴 عاجل | دوي انفجارات…»): all of it is the report.
        return [], [s for line in lines for s in line if not _is_furniture_line(s, text)]
    last_finished = finished[-1]
    for number, line in enumerate(lines):
        last = line[-1]
        unfinished = not _ends_sentence(last, text)
        tokens = sum(len(s.toks) for s in line)
        if number > last_finished and tokens <= _LINK_MAX_TOKENS and not starts_entry(line[0], text):
            continue  # below the report's last sentence, short unfinished lines link to other articles
        if not in_body:
            # The first line is the headline unless it ends like a sentence (no headline was scraped);
            # short unfinished lines under it are a byline, a dateline or an outlet line.
            if number == 0 and unfinished:
                headline = line
                continue
            if unfinished and tokens <= _TOP_LINE_MAX_TOKENS:
                continue
            in_body = True
        if unfinished and tokens <= _HEADING_MAX_TOKENS:
            continue
        out.extend(s for s in line if not _is_furniture_line(s, text))
    return headline, out


def _lines(read: list[Sentence], text: str) -> list[list[Sentence]]:
    """Sentences grouped by the line they stand on; furniture lines dropped whole."""
    lines: list[list[Sentence]] = []
    previous_end = None
    for s in read:
        if previous_end is None or "\n" in text[previous_end:s.start]:
            lines.append([])
        lines[-1].append(s)
        previous_end = s.end
    return [line for line in lines if not _is_furniture_line(line[0], text)]


def _is_furniture_line(s: Sentence, text: str) -> bool:
    words = [t.text for t in s.toks]
    if not words:
        return True
    hashtags = text.count("#", s.start, s.end)
    if hashtags and hashtags * 2 >= len(words):
        return True  # «#البوكمال #دير_الزور»
    if words[0] not in _OPENER_FIRST_WORDS:
        return False
    openers = _FURNITURE_OPENERS + (_SHORT_LINE_OPENERS if len(words) <= _SHORT_LINE_TOKENS else [])
    return any(tuple(words[:len(phrase)]) == phrase for phrase in openers)


def _ends_sentence(s: Sentence, text: str) -> bool:
    """A full stop (not a headline's «..») or a question or exclamation mark closes it."""
    tail = text[s.start:s.end].rstrip(" \"'»”)")
    if tail.endswith(".."):
        return False
    return tail[-1:] in ".!?؟"


# «22:14 | عاجل: …» in a live blog, «٣- قتل…» in a monitor's bulletin: each entry is its own report.
_ENTRY_START = re.compile(r"\s*(?:\(?\d{1,2}:\d{2}\)?|\d{1,2}\s*[-.)]\s)")
_NUMBERED_ENTRY = re.compile(r"\s*\d{1,2}\s*[-.)]\s")


def starts_entry(s: Sentence, text: str) -> bool:
    """Whether the sentence opens a time-stamped or numbered entry of its own."""
    return _at_line_start(s, text) and bool(_ENTRY_START.match(text, s.start))


def starts_numbered_entry(s: Sentence, text: str) -> bool:
    """«١- …», «٢- …»: a monitor's list of separate incidents (a live blog's time stamps, by contrast,
    often bring news of an incident already told: a toll that rose)."""
    return _at_line_start(s, text) and bool(_NUMBERED_ENTRY.match(text, s.start))


def _at_line_start(s: Sentence, text: str) -> bool:
    line_start = text.rfind("\n", 0, s.start) + 1
    return not text[line_start:s.start].strip()
