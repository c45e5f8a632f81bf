"""What a sentence takes from the sentences before it.

A report dates its lede and then goes on: «وأفاد مصدر بأن الاشتباكات استمرت ثلاث ساعات»,
«ودفعت قيادة الأمن الداخلي بتعزيزات إلى الجلاء», «وفي اليوم ذاته، أصيب ثلاثة مدنيين…».
A sentence with no time words of its own continues the last dated one; without this,
its events would fall back to the publication date, days after the occurrence.
"""

from __future__ import annotations

import datetime as dt

from . import cues
from .mentions import Mention

# A continuation follows closely: past this many sentences without a date, the thread is lost.
CARRY_SENTENCES = 3


_NEXT_DAY = ("اليوم", "التالي")


def _next_day(m: Mention) -> bool:
    s = m.sentence
    return s.has_word(cues.NEXT_DAY) and any(s.phrase_at(i, _NEXT_DAY) for i in range(len(s.toks)))


class DateThread:
    """The last date told in the report, handed on to the undated sentences that follow it."""

    def __init__(self) -> None:
        self._date = None
        self._precision = "reported"
        self._age = CARRY_SENTENCES + 1

    def follow(self, mentions: list[Mention], new_entry: bool = False) -> None:
        """Date the undated mentions of the next sentence; remember its own date if it has one.

        A new entry of a live blog or a bulletin («22:14 | …», «٣- …») continues nothing.
        """
        if new_entry:
            self._age = CARRY_SENTENCES + 1
        dated = [m for m in mentions if m.date is not None]
        before = self._date, self._precision, self._age
        if dated:
            # «واعتقلت … يوم الجمعة، كما اعتقلت …»: the sentence's own date comes before the last one's.
            self._date, self._precision, self._age = dated[0].date, dated[0].date_precision, 0
        for m in mentions:
            # «وعقب الهجوم استنفرت القوات، بينما شنت طائرات صباح اليوم غارات»: the first clause goes on
            # from the sentences before; the date belongs to the clause that tells it.
            # That clause names no day of its own, so the last one told stands however far back it is.
            date, precision, age = (*before[:2], 0) if m.dated_clause_after and before[0] is not None \
                else (self._date, self._precision, self._age)
            if m.date is None and date is not None and age <= CARRY_SENTENCES:
                # «وفي اليوم التالي، أعلنت قسد اعتقال…»: the day after the one told.
                later = dt.timedelta(days=1) if _next_day(m) and precision == "day" else dt.timedelta(0)
                m.date, m.date_precision, m.date_carried = date + later, precision, True
        if dated:
            self._date, self._precision, self._age = dated[-1].date, dated[-1].date_precision, 1
        else:
            self._age += 1


class DoerThread:
    """«وأضافت المصادر أن القوات أقامت حواجز…», «كما داهمت دورية أخرى…», «اعتقل عناصر الحاجز ذاته…»:
    a force named only by a generic noun is the one named last, in the sentences just before."""

    def __init__(self) -> None:
        self._doers: dict[tuple[str, str], tuple[int, int] | None] = {}
        self._age = CARRY_SENTENCES + 1

    def follow(self, mentions: list[Mention], new_entry: bool = False) -> None:
        if new_entry:
            self._age = CARRY_SENTENCES + 1
        for m in mentions:
            if not m.actor_ids("actor1") and self._age <= CARRY_SENTENCES and _generic_force_acts(m):
                for key, span in self._doers.items():
                    if key[0] not in m.actor_ids("actor2"):
                        m.actors.setdefault(key, span)
        named = [m for m in mentions if m.actor_ids("actor1") - _NO_FORCE]
        if named:
            last = named[-1]
            self._doers = {key: span for key, span in last.actors.items()
                           if key[1] == "actor1" and key[0] not in _NO_FORCE}
            self._age = 1
        else:
            self._age += 1


# Doers that are no force a later «القوات» could stand for.
_NO_FORCE = {"civilians", "unidentified"}
# How far before its trigger the generic force noun stands («وأضافت المصادر أن القوات أقامت حواجز»).
_FORCE_WINDOW = 5


def _generic_force_acts(m: Mention) -> bool:
    return m.sentence.has_word(cues.FORCE_NOUNS, max(0, m.start - _FORCE_WINDOW), m.end + 2)
