"""A long article is read in parts: a browser lays out a 4 MB line for minutes, 20,000 characters at once."""

from __future__ import annotations

from dataclasses import dataclass

PART_CHARS = 20_000


@dataclass(frozen=True)
class TextPart:
    number: int  # from 1
    count: int
    start: int  # offset of the part in the whole text, so selections map back to it
    text: str


def part_starts(text: str, size: int = PART_CHARS) -> list[int]:
    """Where each part begins: after a line break or a space in the part's second half, else at `size`."""
    starts, start = [0], 0
    while len(text) - start > size:
        end = start + size
        cut = max(text.rfind("\n", start + size // 2, end), text.rfind(" ", start + size // 2, end))
        start = cut + 1 if cut >= 0 else end
        starts.append(start)
    return starts


def text_part(text: str, number: int, size: int = PART_CHARS) -> TextPart:
    """Part `number` of `text` (the last one when `number` is past the end)."""
    starts = part_starts(text, size)
    number = min(max(number, 1), len(starts))
    start = starts[number - 1]
    end = starts[number] if number < len(starts) else len(text)
    return TextPart(number, len(starts), start, text[start:end])
