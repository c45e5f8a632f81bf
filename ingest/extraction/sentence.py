"""One sentence, read: its tokens and the triggers, places, actors, dates and counts in it."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from . import cues
from .casualties import Casualty, find_casualties
from .dates import DateMention, find_dates
from .lexicon import Dictionaries, Match, PlaceEntry, readings
from .text import NormalisedText, Token, tokens


@dataclass(frozen=True)
class PlaceMention:
    entry: PlaceEntry
    start: int  # token indexes
    end: int
    role: str  # "own": the event is there; "near": only near it; "region": the wider area around it


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
    ends_with_stop: bool

    def has_word(self, words: set[str], start: int = 0, end: int | None = None) -> bool:
        return any(readings(t.text, False) & words for t in self.toks[start:end])

    def word_at(self, i: int, words: set[str]) -> bool:
        return 0 <= i < len(self.toks) and bool(readings(self.toks[i].text, False) & words)

    def phrase_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        return all(self.word_at(i + k, {w}) for k, w in enumerate(phrase))


def read_sentence(index: int, nt: NormalisedText, start: int, end: int, published: dt.date,
                  dicts: Dictionaries) -> Sentence:
    toks = tokens(nt.text, start, end)
    starts = [t.start for t in toks]
    dates = [(max(0, bisect.bisect_right(starts, d.start) - 1), d) for d in find_dates(nt.text, start, end, published)]
    tail = nt.text[start:end].rstrip()
    sentence = Sentence(
        index=index, start=start, end=end, toks=toks,
        triggers=dicts.trigger_matcher.find(toks),
        places=[],
        actors=dicts.actor_matcher.find(toks),
        dates=dates,
        casualties=find_casualties(toks),
        ends_with_stop=tail[-1:] in ".!?؟\"'”»" if tail else False,
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
        out.append(PlaceMention(entry, m.start, m.end, _place_role(s, m.start)))
    return out


def _is_adjective(s: Sentence, start: int, end: int, places: list[PlaceMention]) -> bool:
    """«المقر القائم» (the standing HQ): a one-word definite name agreeing with the noun before it.

    Names joined by «و» («الميادين والبوكمال») or after another place keep being places.
    """
    if end - start != 1 or start == 0 or not s.toks[start].text.startswith("ال"):
        return False
    previous = s.toks[start - 1].text
    follows_place = any(p.end == start for p in places)
    return previous.startswith("ال") and not follows_place and not s.word_at(start - 1, _PLACE_NOUNS)


def _place_role(s: Sentence, i: int) -> str:
    j = i - 1
    while j >= 0 and i - j <= 4:
        if s.word_at(j, cues.NEAR):
            return "near"
        if s.word_at(j, cues.REGION):
            return "region"
        if not s.word_at(j, _PLACE_NOUNS):
            break
        j -= 1
    return "own"
