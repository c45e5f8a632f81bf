"""One sentence, read: its tokens and the triggers, places, actors, dates and counts in it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from . import cues
from .casualties import Casualty, find_casualties
from .dates import DateMention
from .lexicon import Dictionaries, Match, PlaceEntry, readings
from .text import NormalisedText, Token, tokens

_CUE_LISTS = frozenset(id(value) for value in vars(cues).values() if isinstance(value, set))


@dataclass(frozen=True)
class PlaceMention:
    entry: PlaceEntry
    start: int  # token indexes
    end: int
    # "own": the event is there; "near": only near it; "region": the wider area around it;
    # "locator": named only to say where another place lies («الهري شرق البوكمال»);
    # "title": part of an office or a body's name («محافظ دير الزور»), where a teller sits, or the
    # place of another event referred to («رداً على جريمة القائم»): never where this one happened.
    role: str


@dataclass
class Sentence:
    index: int
    start: int  # offsets in the normalised text
    end: int
    toks: list[Token]
    triggers: list[Match]
    places: list[PlaceMention]
    actors: list[Match]
    dates: list[tuple[int, DateMention]]  # (token index, date)
    casualties: list[Casualty]
    reads: list[frozenset[str]]  # each token's readings with clitics peeled off
    # First index of a word of each cue list asked about from the start (rules ask the same lists
    # for every trigger of a sentence), keyed by the list's identity: cues.py's lists live as long as
    # the process, so their ids never name another object.
    _first: dict[int, int] = field(default_factory=dict, repr=False)

    def has_word(self, words: set[str], start: int = 0, end: int | None = None) -> bool:
        if start == 0 and (end is None or end >= 0) and id(words) in _CUE_LISTS:
            return self.first_of(words) < (len(self.reads) if end is None else end)
        return any(not r.isdisjoint(words) for r in self.reads[start:end])

    def first_of(self, words: set[str]) -> int:
        """Index of the first token that reads as one of `words`, or the sentence's length.

        `words` must be one of cues.py's lists: the answer is kept by the list's identity.
        """
        key = id(words)
        if key not in _CUE_LISTS:
            raise ValueError("first_of takes one of cues.py's word lists")
        if key not in self._first:
            self._first[key] = next((i for i, r in enumerate(self.reads) if not r.isdisjoint(words)), len(self.reads))
        return self._first[key]

    def word_at(self, i: int, words: set[str]) -> bool:
        return 0 <= i < len(self.reads) and not self.reads[i].isdisjoint(words)

    def phrase_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        return all(0 <= i + k < len(self.reads) and w in self.reads[i + k] for k, w in enumerate(phrase))

    @cached_property
    def first_background_marker(self) -> int:
        """Index of the first word of habit or of a span of time («باستمرار», «خلال الأشهر»), or len."""
        for i, reading in enumerate(self.reads):
            if not reading.isdisjoint(cues.HABITUAL):
                return i
            if not reading.isdisjoint(cues.PERIOD_OPENER_STARTS) and any(
                    self.phrase_at(i, p) for p in cues.PERIOD_OPENERS):
                return i
        return len(self.toks)


def read_sentence(index: int, nt: NormalisedText, start: int, end: int, dates_in_text: list[DateMention],
                  dicts: Dictionaries) -> Sentence:
    """Read text[start:end]; `dates_in_text` are all the article's dates, in order."""
    toks = tokens(nt.text, start, end)
    reads = [readings(t.text, False) for t in toks]
    starts = [t.start for t in toks]
    first = bisect.bisect_left(dates_in_text, start, key=lambda d: d.start)
    dates = []
    for d in dates_in_text[first:]:
        if d.start >= end:
            break
        dates.append((max(0, bisect.bisect_right(starts, d.start) - 1), d))
    sentence = Sentence(
        index=index, start=start, end=end, toks=toks,
        triggers=dicts.trigger_matcher.find(toks, reads),
        places=[],
        actors=dicts.actor_matcher.find(toks, reads),
        dates=dates,
        casualties=find_casualties(toks, reads, nt.text),
        reads=reads,
    )
    sentence.places = _places(sentence, dicts)
    return sentence


# Words between a place name and the preposition that governs it («قرب مدينة البوكمال»).
_PLACE_NOUNS = {"من", "مدينه", "بلده", "قريه", "حي", "مدينتي", "بلدتي", "مركز", "الحدوديه", "مطار"}


def _places(s: Sentence, dicts: Dictionaries) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for m in dicts.place_matcher.find(s.toks):
        entry: PlaceEntry = m.payload
        if entry.needs_cue and not s.word_at(m.start - 1, cues.PLACE_CUES):
            continue
        if _is_adjective(s, m.start, m.end, out):
            continue
        role = "locator" if _holds_the_place_before(s, m.start, out) else _place_role(s, m.start)
        out.append(PlaceMention(entry, m.start, m.end, role))
    return _with_back_references(s, out)


# «البلدة», «القرية» alone: the town or village the sentence has just named as such.
_SETTLEMENT_NOUNS = {"البلده": "بلده", "القريه": "قريه"}


def _with_back_references(s: Sentence, places: list[PlaceMention]) -> list[PlaceMention]:
    """«أعدموا شابين من أبناء بلدة الشعفة في ساحة البلدة»: the square of the town just named, which
    the first mention (the victims' origin) did not make the event's place."""
    taken = {i for p in places for i in range(p.start, p.end)}
    out = list(places)
    for j, token in enumerate(s.toks):
        if token.text not in _SETTLEMENT_NOUNS or j in taken or j + 1 in taken:
            continue
        noun = {_SETTLEMENT_NOUNS[token.text]}
        named = [p for p in out if p.end <= j and s.word_at(p.start - 1, noun)]
        if named:
            out.append(PlaceMention(named[-1].entry, j, j + 1, _place_role(s, j)))
    return sorted(out, key=lambda p: p.start)


def _holds_the_place_before(s: Sentence, start: int, before: list[PlaceMention]) -> bool:
    """«حي الهجانة وسط مدينة البوكمال», «قرية الهري في ريف البوكمال»: the town only says where the
    place just named lies."""
    j = start - 1
    if s.word_at(j, cues.TITLE_LINKS):
        j -= 1
    return s.word_at(j, cues.MIDDLE) and any(p.end == j for p in before)


# Words that start with «ال» without being a definite noun: «إلى الجلاء» names a place.
_NOT_NOUNS = {"الى", "التي", "الذي", "الذين", "اللذين", "اللتين", "الا", "الي"}


def _is_adjective(s: Sentence, start: int, end: int, places: list[PlaceMention]) -> bool:
    """«المقر القائم» (the standing HQ): a one-word definite name agreeing with the noun before it.

    Names joined by «و» («الميادين والبوكمال») or after another place keep being places.
    """
    if end - start != 1 or start == 0 or not s.toks[start].text.startswith("ال"):
        return False
    previous = s.toks[start - 1].text
    follows_place = any(p.end == start for p in places)
    return (previous.startswith("ال") and previous not in _NOT_NOUNS and not follows_place
            and not s.word_at(start - 1, _PLACE_NOUNS))


_DEFINITE = ("ال", "وال", "بال", "فال", "لل", "كال")


def _place_role(s: Sentence, i: int) -> str:
    if s.word_at(i - 1, cues.TITLES) or s.word_at(i - 2, cues.TITLES) and s.word_at(i - 1, cues.TITLE_LINKS):
        return "title"
    # «رداً على جريمة القائم», «عقب هجوم عين الأسد»: the place of the event answered, not of this one.
    if any(s.word_at(j, cues.AFTER_EVENT) for j in range(max(0, i - 3), i)):
        return "title"
    # «مراسل سانا في دير الزور», «مصدر محلي في البوكمال»: where the teller is, not where it happened.
    if s.word_at(i - 1, {"في"}) and any(s.word_at(j, cues.TELLERS) for j in range(max(0, i - 4), i - 1)):
        return "title"
    # «مراسل دير الزور 24», «مصادر البوكمال»: a teller named after a place (an outlet, a network).
    if s.word_at(i - 1, cues.TELLERS):
        return "title"
    # «على طريق الميادين – البوكمال», «الطريق الواصل بين مدينتي البوكمال والميادين»: a road's ends.
    if any(s.word_at(j, cues.ROADS) for j in range(max(0, i - 4), i)):
        return "locator"
    j = i - 1
    while j >= 0 and i - j <= 4:
        if s.word_at(j, cues.DIRECTIONS) and not s.toks[j].text.startswith(_DEFINITE):
            return "locator"  # «شرق البوكمال», not «المدخل الشمالي لبلدة الجلاء» (a part of the town)
        if s.word_at(j, cues.NEAR):
            return "near"
        if s.word_at(j, cues.REGION):
            return "region"
        if not s.word_at(j, _PLACE_NOUNS):
            break
        j -= 1
    return "own"
