"""What a mention takes from its sentence: where it happened, when, and how many were hurt.

A sentence often tells several events; each takes the place named in its own clause
(after its trigger, else before it), the nearest date of its clause and the counts told
with it. An attack on two places named together is two events.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import cues
from .background import reported_clause
from .kinds import ATTACK_TYPES, MOVEMENT_TYPES, SITE_KINDS, VIOLENT_TYPES
from .lexicon import PlaceEntry
from .sentence import PlaceMention, Sentence

if TYPE_CHECKING:  # mentions.py builds mentions and asks this module for their details
    from .mentions import Mention


# How many words may separate two struck places joined by «و…», «وأخرى في…», «كما استهدفت … في…».
_COORDINATION_GAP = 6


def one_event_per_struck_place(out: list[Mention]) -> list[Mention]:
    """«استهدفت غارات قريتي الهري والسويعية»: an attack on two places is two events.

    Only places joined to the first by a conjunction or «كما»/«أخرى» count; a hospital
    the wounded were taken to is not struck.
    """
    result = []
    for i, m in enumerate(out):
        result.append(m)
        if m.event_type not in ATTACK_TYPES or m.place_span is None or m.place_role != "own":
            continue
        s = m.sentence
        clause_end = out[i + 1].start if i + 1 < len(out) else len(s.toks)
        first = next(p for p in s.places if (s.toks[p.start].start, s.toks[p.end - 1].end) == m.place_span)
        previous, seen = first, {first.entry.key}
        for p in s.places:
            if p.start <= previous.start or p.start >= clause_end or p.role != "own" or p.entry.key in seen:
                continue
            if not _coordinated(s, previous.end, p.start):
                break
            # Counts are for the whole attack and cannot be split between places: they stay with the first.
            extra = replace(m, new_event=True, actors=dict(m.actors), killed=None, injured=None)
            _set_place(extra, p)
            result.append(extra)
            previous = p
            seen.add(p.entry.key)
    return result


def _coordinated(s: Sentence, gap_start: int, place_start: int) -> bool:
    gap = range(gap_start, place_start + 1)
    if place_start - gap_start > _COORDINATION_GAP:
        return False
    return any(s.toks[j].text.startswith("و") or s.word_at(j, cues.COORDINATORS) for j in gap)


def locate(m: Mention, earlier: list[Mention], clause_end: int) -> None:
    s = m.sentence
    if earlier and any(s.word_at(m.end + k, cues.PRONOUN_PLACE) for k in (0, 1, 2)):
        prev = earlier[-1]  # «وحظرت التجول فيها»: where the previous mention happened
        m.place, m.place_role, m.place_span = prev.place, prev.place_role, prev.place_span
        return
    # The place that follows the trigger («… استهدف مواقع في قرية الهري»), the crossing the
    # trigger names («معبر القائم»), else the nearest one before it; regions last.
    places = [p for p in s.places if p.role != "title"]
    if m.event_type in MOVEMENT_TYPES and any(_named_after(s, p, cues.TOWARDS) for p in places):
        # «تعزيزات من مدينة الميادين إلى البوكمال»: forces moved arrive somewhere; where they left is not it.
        places = [p for p in places if not _named_after(s, p, cues.FROM)]
    # «… جراء انفجار لغم، في حين تواصل وحدات الهندسة تفكيك العبوات في حي الهجانة»: another clause's place.
    clause_end = next((j for j in range(m.end, clause_end) if s.word_at(j, cues.CONTRAST_CLAUSES)), clause_end)
    after = [p for p in places if m.start <= p.start < clause_end]
    before = sorted((p for p in places if p.end <= m.start), key=lambda p: -p.start)
    choice = next((p for p in after if p.role in ("own", "near")), None)
    choice = choice or next((p for p in before if p.role == "own"), None)
    choice = choice or next((p for p in before if p.role == "near"), None)
    # «على الطريق بين بلدتي الجلاء والعباس بريف البوكمال»: on the road, near its first end, not
    # anywhere in the countryside.
    choice = choice or next((p for p in after + before if p.role == "locator" and _road_end(s, p)), None)
    choice = choice or next((p for p in after + before if p.role == "region"), None)
    choice = choice or next((p for p in after + before if p.role == "locator"), None)
    # «قُتل عنصر برصاص مسلحين هاجموا نقطة في بلدة الشعفة»: a clause without a place of its own
    # happened where the rest of its sentence did, not at the article's main place.
    choice = choice or next((p for p in places if p.start >= clause_end and p.role in ("own", "near")), None)
    if choice is not None:
        _set_place(m, choice)


def _road_end(s: Sentence, p: PlaceMention) -> bool:
    return s.has_word(cues.ROADS, max(0, p.start - 4), p.start)


def has_destination(m: Mention) -> bool:
    s = m.sentence
    return any(p.start >= m.end and _named_after(s, p, cues.TOWARDS) for p in s.places)


def _named_after(s: Sentence, p: PlaceMention, words: set[str]) -> bool:
    """«من مدينة الميادين»: the place follows one of `words`, perhaps with a noun such as «مدينة» between."""
    return s.word_at(p.start - 1, words) or s.word_at(p.start - 2, words) and s.word_at(p.start - 1, cues.TITLE_LINKS)


def _set_place(m: Mention, p: PlaceMention) -> None:
    toks = m.sentence.toks
    m.place, m.place_role, m.place_span = p.entry, p.role, (toks[p.start].start, toks[p.end - 1].end)


def geo_precision(place: PlaceEntry | None, role: str) -> int:
    if place is None or role in ("region", "main"):
        return 3
    if role in ("near", "locator"):
        return 2
    return 1 if place.kind in SITE_KINDS else 2


def assign_dates(s: Sentence, mentions: list[Mention]) -> None:
    """Each date goes to the nearest mention of each event type in its clause of the sentence."""
    offered: dict[int, list] = {}
    reported = reported_clause(s)
    dates = s.dates
    if reported is not None and any(i >= reported for i, _ in dates):
        # «أكدت الوزارة، أمس الأربعاء، أن قواتها نفذت مساء الثلاثاء ضربة»: the first date is the
        # statement's; the event has its own in what was said.
        dates = [(i, d) for i, d in dates if i >= reported]
    for tok_index, date in dates:
        nearest: dict[str, Mention] = {}
        for m in mentions:
            if _clause_apart(s, m, tok_index, mentions):
                continue
            best = nearest.get(m.event_type)
            if best is None or _distance(m, tok_index) < _distance(best, tok_index):
                nearest[m.event_type] = m
        for m in nearest.values():
            offered.setdefault(id(m), []).append((_distance(m, tok_index), date))
    statement_dated = reported is not None and dates and all(i < reported for i, _ in dates)
    for m in mentions:
        if id(m) in offered and m.date is None:
            # The first date told is the event's, unless a later one moves it past midnight («بدأ
            # التحليق مساء الخميس، قبل أن تهز الانفجارات المدينة بعد منتصف الليل»).
            dates = [date for _, date in offered[id(m)]]
            date = next((d for d in dates if d.kind == "after_midnight"), dates[0])
            m.date, m.date_precision = date.date, date.precision
            # «أكدت الوزارة، أمس، أن قواتها نفذت ضربة»: the day of the statement, at most the event's.
            m.date_carried = statement_dated and m.start >= reported
    for m in mentions:
        m.dated_clause_after = m.date is None and bool(s.dates) \
            and all(_clause_apart(s, m, i, mentions) for i, _ in s.dates)


def _clause_apart(s: Sentence, m: Mention, date_index: int, mentions: list[Mention]) -> bool:
    """«وعقب الهجوم استنفرت القوات، بينما شنت طائرات روسية صباح اليوم غارات…»: a date told in a
    clause of its own («بينما», «فيما», «في حين») that reports its own event is that event's alone."""
    if date_index < m.end:
        return False
    breaks = [j for j in range(m.end, date_index) if s.word_at(j, cues.CONTRAST_CLAUSES)]
    return bool(breaks) and any(other.start > breaks[0] for other in mentions)


def assign_casualties(s: Sentence, mentions: list[Mention]) -> None:
    violent = [m for m in mentions if m.event_type in VIOLENT_TYPES]
    for c in s.casualties:
        if not violent:
            return
        preceding = [m for m in violent if m.start <= c.token_index]
        target = preceding[-1] if preceding else min(violent, key=lambda m: _distance(m, c.token_index))
        current = getattr(target, c.kind)
        if current is None or c.count[0] > current[0]:
            setattr(target, c.kind, c.count)


def _distance(m: Mention, i: int) -> int:
    return 0 if m.start <= i < m.end else min(abs(m.start - i), abs(m.end - 1 - i))
