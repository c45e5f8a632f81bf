"""Arabic text normalisation that remembers where every character came from.

Matching runs on a normalised copy of the article (CAMeL Tools' `arclean`, then
dediacritisation and alef / alef-maksura / teh-marbuta normalisation, Latin
lower-cased), but evidence must point into the original text. Normalisation here
maps each character to zero or one character, so the map back to the original is
a sorted list of deleted positions and one binary search per lookup.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

_arclean = CharMapper.builtin_mapper("arclean")

# Zero-width and bidi controls that scraped text carries between letters.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u2066", "\u2067", "\u2068", "\u2069"}


@lru_cache(maxsize=None)
def normalise_char(char: str) -> str:
    """Normalised form of one character: '' (dropped), one character, or rarely more."""
    if char in _INVISIBLE:
        return ""
    out = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(_arclean(char)))))
    # arclean maps controls and some symbols to spaces or '' already; keep line breaks as they are.
    if char in "\n\r":
        return "\n"
    return out.lower()


def normalise(text: str) -> str:
    """Normalised copy of `text`, for dictionary keys and lookups (no offsets kept)."""
    return _normalise_phrase(text) if len(text) <= _PHRASE_MAX else NormalisedText.of(text).text


# The same trigger phrases and names are looked up again and again: short strings are kept
# (never whole articles, which a worker would hold on to).
_PHRASE_MAX = 80


@lru_cache(maxsize=50_000)
def _normalise_phrase(text: str) -> str:
    return NormalisedText.of(text).text


@dataclass(frozen=True)
class NormalisedText:
    original: str
    text: str
    # Sorted positions (in `text` coordinates, see `original_index`) where characters were dropped.
    _shifts: tuple[int, ...]
    # When a character expanded to several (a ligature), offsets use a full map instead.
    _full_map: tuple[int, ...] | None = None

    @classmethod
    def of(cls, original: str) -> "NormalisedText":
        table: dict[int, str | None] = {}
        expands = False
        for char in set(original):
            norm = normalise_char(char)
            if norm != char:
                table[ord(char)] = norm or None
            expands |= len(norm) > 1
        if expands:
            return cls._with_full_map(original)
        text = original.translate(table)
        if len(text) == len(original):
            return cls(original, text, ())
        dropped = [c for c, v in table.items() if v is None]
        pattern = re.compile("[" + "".join(re.escape(chr(c)) for c in dropped) + "]")
        shifts = tuple(m.start() - i for i, m in enumerate(pattern.finditer(original)))
        return cls(original, text, shifts)

    @classmethod
    def _with_full_map(cls, original: str) -> "NormalisedText":
        parts, index = [], []
        for i, char in enumerate(original):
            norm = normalise_char(char)
            parts.append(norm)
            index.extend([i] * len(norm))
        return cls(original, "".join(parts), (), tuple(index))

    def original_index(self, i: int) -> int:
        """Offset in the original text of normalised position `i` (an end offset maps past its char)."""
        if self._full_map is not None:
            if i >= len(self._full_map):
                return len(self.original)
            return self._full_map[i]
        return i + bisect.bisect_right(self._shifts, i)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            o = self.original_index(start)
            return o, o
        o_end = self.original_index(end - 1) + 1
        # Take along the marks that follow the last letter («غارةٌ», not «غارة»).
        while o_end < len(self.original) and normalise_char(self.original[o_end]) == "":
            o_end += 1
        return self.original_index(start), o_end


# Sentence ends: Arabic and Latin full stops, question and exclamation marks, line
# breaks; ".," and "،," glue sentences together in scraped text.
_SENTENCE_END = re.compile(r"[.!?؟]+[\"'»”)]*(?:,|،)?(?=\s|$)|\n+|\.,")
_WORD = re.compile(r"[^\W_]+")


class Token(NamedTuple):  # a tuple: articles have tens of thousands of tokens
    text: str
    start: int
    end: int


# Rules look around each trigger within its sentence, so a sentence's cost grows with the
# square of its length: an unpunctuated wall of text is cut into pieces of at most this many
# characters (real sentences of news prose are far shorter), at a space.
MAX_SENTENCE_CHARS = 3000


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences in normalised text, stripped of surrounding space."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.extend(_pieces(text, start, m.end()))
        start = m.end()
    spans.extend(_pieces(text, start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip(" \t\n\r,،")
        if len(stripped) < 2:
            continue
        lead = chunk.index(stripped[0])
        out.append((s + lead, s + lead + len(stripped)))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


_new_tuple = tuple.__new__


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    # tuple.__new__ skips NamedTuple's Python-level constructor: this runs once per word.
    return [_new_tuple(Token, (m.group(), *m.span()))
            for m in _WORD.finditer(text, start, len(text) if end is None else end)]
