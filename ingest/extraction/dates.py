"""Dates in Arabic news, resolved against the publication date.

Reports date events relative to publication («مساء السبت», «أمس», «الأسبوع
الفائت») or with day + month in either month-name system («9 أيلول/سبتمبر
الجاري»). Weekdays refer to the most recent such day on or before publication:
news reports what has happened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import normalise

# Normalised forms (ة→ه, ى→ي, أ→ا).
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_MONTHS = {
    1: ["كانون الثاني", "يناير", "جانفي"], 2: ["شباط", "فبراير", "فيفري"], 3: ["اذار", "مارس"],
    4: ["نيسان", "ابريل", "افريل"], 5: ["ايار", "مايو", "ماي"], 6: ["حزيران", "يونيو", "يونيه", "جوان"],
    7: ["تموز", "يوليو", "يوليه", "جويليه"], 8: ["اب", "اغسطس", "اوت"], 9: ["ايلول", "سبتمبر"],
    10: ["تشرين الاول", "اكتوبر"], 11: ["تشرين الثاني", "نوفمبر"], 12: ["كانون الاول", "ديسمبر"],
}
_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
             "الثامن": 8, "التاسع": 9, "العاشر": 10}
_UNIT_ORDINALS = {"الحادي": 1, **{w: n for w, n in _ORDINALS.items() if 1 < n < 10}}
# «الثالث من تشرين الأول»: a day of the month in words, 1 to 31.
_DAY_ORDINALS = {**_ORDINALS, **{f"{w} عشر": 10 + n for w, n in _UNIT_ORDINALS.items()},
                 "العشرين": 20, "الثلاثين": 30,
                 **{f"{w} والعشرين": 20 + n for w, n in _UNIT_ORDINALS.items()}, "الحادي والثلاثين": 31}
_ORDINAL_ALT = "|".join(_ORDINALS)
_DAY_ORDINAL_ALT = "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True))
_MONTH_NAMES = {normalise(name): month for month, names in _MONTHS.items() for name in names}
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTH_NAMES), key=len, reverse=True))
_DAY_PART = r"(?:(?:[وفب]?(?:يوم|مساء|صباح|ظهر|عصر|فجر|ليل|ليله|ليلة|منتصف ليل|ظهيره)\s+)?)"
_WEEKDAY_ALT = "|".join(WEEKDAYS)

_NUMBER_WORDS = {"يومين": 2, "اسبوعين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8,
                 "تسعه": 9, "عشره": 10}
_COUNT_WORDS_RE = "|".join(w for w in _NUMBER_WORDS if w not in ("يومين", "اسبوعين"))
# «مطلع/منتصف/أواخر الشهر الماضي»: the part of a month, as a day within it.
_PART_OF_MONTH = {"مطلع": 5, "بدايه": 5, "اوائل": 5, "منتصف": 15, "اواسط": 15, "اواخر": 25, "نهايه": 25}
# … and of a week, in days after its Saturday (Sunday, Wednesday, Thursday).
_PART_OF_WEEK = {"مطلع": 1, "بدايه": 1, "اوائل": 1, "منتصف": 4, "اواسط": 4, "اواخر": 5, "نهايه": 5}
_PATTERNS = [
    # 2024/11/7, 7/11/2024, 7-11-2024
    ("ymd", re.compile(r"(?<!\d)(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?!\d)")),
    ("dmy", re.compile(r"(?<!\d)(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?!\d)")),
    # 9 أيلول/سبتمبر الجاري، 3 كانون الثاني 2020
    ("day_month", re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?[وبل]?({_MONTH_ALT})(?:\s*[/\-(]\s*(?:{_MONTH_ALT})\)?)?"
        rf"(?:\s*(?:(?:من\s+)?(?:العام|عام|سنه)\s+)?(\d{{4}}))?")),
    # «في الثالث من تشرين الأول/أكتوبر الماضي», «الحادي والعشرين من آذار 2019»
    ("ordinal_day_month", re.compile(
        rf"(?<!\w)({_DAY_ORDINAL_ALT})\s+من\s+(?:شهر\s+)?({_MONTH_ALT})(?:\s*[/\-(]\s*(?:{_MONTH_ALT})\)?)?"
        rf"(?:\s*(?:(?:من\s+)?(?:العام|عام|سنه)\s+)?(\d{{4}}))?")),
    # «يوم 15 من الشهر الجاري», «في الثامن من الشهر الماضي»
    ("day_this_month", re.compile(
        rf"(?<![\d\w])(\d{{1,2}}|{_ORDINAL_ALT})\s+(?:من\s+)?(?:الشهر|شهر)\s+(الجاري|الحالي|الماضي|الفائت|المنصرم)")),
    ("start_of_month", re.compile(r"(?:مطلع|بدايه|اوائل)\s+(?:الشهر|هذا الشهر)\s*(?:الجاري|الحالي)?")),
    # «مطلع الأسبوع الجاري»: a part of the report's own week.
    ("part_of_this_week", re.compile(r"(مطلع|بدايه|اوائل|منتصف|اواسط)\s+(?:الاسبوع\s+(?:الجاري|الحالي)|هذا\s+الاسبوع)")),
    ("this_week", re.compile(r"الاسبوع\s+(?:الجاري|الحالي)|(?:هذا|خلال)\s+الاسبوع(?!\s+(?:الماضي|الفائت))")),
    ("month", re.compile(rf"(?:(مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه)|شهر|خلال|في|منذ)\s+({_MONTH_ALT})(?:\s*[/\-]\s*(?:{_MONTH_ALT}))?(?:\s+(\d{{4}}))?")),
    ("weekday", re.compile(rf"(?<![^\s\W])(?:{_DAY_PART})[وفب]?({_WEEKDAY_ALT})(?![^\W\d])"
                           r"(\s+(?:الماضي|الفائت|المنصرم|السابق))?")),
    ("day_before_yesterday", re.compile(r"(?:اول\s+(?:من\s+)?امس|امس\s+الاول)")),
    ("yesterday", re.compile(r"(?<![^\s\W])[وب]?(?:امس|البارحه)(?![^\W\d])")),
    # «اليوم ذاته» is the day already named, not today.
    ("today", re.compile(r"(?<![^\s\W])[وف]?(?:اليوم|الليله)(?!\s+(?:التالي|الاول|الثاني|ذاته|نفسه))(?![^\W\d])")),
    # «منتصف الأسبوع الفائت»: a part of the week before the report's own week.
    ("part_of_last_week", re.compile(
        r"(مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه)\s+الاسبوع\s+(?:الفائت|الماضي|المنصرم|السابق)")),
    ("last_week", re.compile(r"(?:الاسبوع|الاسابيع)\s+(?:الفائت|الماضي|المنصرم|السابق)|(?:قبل|منذ)\s+(?:اكثر\s+من\s+)?اسبوع(?!ين)")),
    ("weeks_ago", re.compile(r"(?:قبل|منذ)\s+(?:اكثر\s+من\s+)?(اسبوعين|(?:\d+|" + _COUNT_WORDS_RE + r")\s+اسابيع)")),
    ("days_ago", re.compile(r"(?:قبل|منذ)\s+(يومين|(?:\d+|" + _COUNT_WORDS_RE + r")\s+ايام)")),
    # «وتأتي الحادثة بعد يومين من استهداف رتل…»: the earlier event, counted back from the report
    ("days_before_this", re.compile(r"بعد\s+(يومين|(?:\d+|" + _COUNT_WORDS_RE + r")\s+ايام)\s+(?:من|على)(?!\s+(?:ذلك|تلك))")),
    # «قبل عام», «قبل ثلاثة أشهر»: long ago, to the month (not «منذ أكثر من عامين», for how long a
    # state has lasted, nor «قبل عام 2019», before a year).
    ("months_ago", re.compile(r"قبل\s+(?:نحو\s+|حوالي\s+|اكثر\s+من\s+)?(شهرين|(?:\d+|"
                              + _COUNT_WORDS_RE + r")\s+(?:اشهر|شهور))")),
    ("years_ago", re.compile(r"قبل\s+(?:نحو\s+|حوالي\s+|اكثر\s+من\s+)?(عامين|سنتين|عام|سنه|(?:\d+|"
                             + _COUNT_WORDS_RE + r")\s+(?:اعوام|سنوات))(?!\s*\d)")),
    ("last_month", re.compile(r"(?:(مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه)\s+)?(?:الشهر)\s+(?:الفائت|الماضي|المنصرم|السابق)|(?:قبل|منذ)\s+شهر(?!ين)")),
]
# Words without which a pattern cannot match (normalised), checked before searching.
_NEEDS = {
    "day_this_month": ("شهر",), "start_of_month": ("شهر",), "last_month": ("شهر",), "months_ago": ("شهر", "اشهر", "شهور"),
    "part_of_this_week": ("اسبوع",), "this_week": ("اسبوع",), "part_of_last_week": ("اسبوع",),
    "last_week": ("اسبوع", "اسابيع"), "weeks_ago": ("اسبوع", "اسابيع"), "days_ago": ("يومين", "ايام"),
    "days_before_this": ("يومين", "ايام"), "years_ago": ("عام", "سنه", "سنتين", "اعوام", "سنوات"),
    "yesterday": ("امس", "البارحه"), "day_before_yesterday": ("امس",), "today": ("اليوم", "الليله"),
    "weekday": tuple(WEEKDAYS), **{kind: tuple(_MONTH_NAMES) for kind in ("day_month", "ordinal_day_month", "month")},
}
# «حتى صباح الاثنين», «حتى ظهر اليوم»: when something ended, not when it happened.
_UNTIL = re.compile(r"(?:حتى|حتي|لغايه|غايه)\s*(?:(?:ظهر|مساء|صباح|عصر|فجر|ليل|ليله|ساعه)\s+)?$")


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    precision: str  # day / week / month
    start: int  # offsets in the normalised text
    end: int
    kind: str = ""  # which pattern found it


# Dates written out in full; a weekday this close before one of them is part of it.
_EXPLICIT = {"ymd", "dmy", "day_month", "ordinal_day_month"}
_WEEKDAY_GAP = 3


def find_dates(text: str, start: int, end: int, published: dt.date) -> list[DateMention]:
    """Every date expression in text[start:end], resolved against `published`."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    window = text[start:end]
    for kind, pattern in _PATTERNS:
        if kind in _NEEDS and not any(word in window for word in _NEEDS[kind]):
            continue  # most texts name no week or month: skip those patterns without a search
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _UNTIL.search(text, max(start, m.start() - 12), m.start()):
                taken.append((m.start(), m.end()))
                continue
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            date, precision = resolved
            taken.append((m.start(), m.end()))
            found.append(DateMention(date, precision, m.start(), m.end(), kind))
    found.sort(key=lambda d: d.start)
    found = _after_midnight(text, start, end, found)
    found = _days_after_that(text, start, end, found)
    # «الأحد 18 تشرين الثاني»: the weekday names the date that follows it, not the last such day.
    return [d for i, d in enumerate(found) if not _names_next_date(d, found[i + 1] if i + 1 < len(found) else None)]


# «بدأ التحليق مساء الخميس، قبل أن تهز الانفجارات المدينة بعد منتصف الليل»: the next day.
_AFTER_MIDNIGHT = re.compile(r"بعي?د\s+منتصف\s+الليل")
_SENTENCE_END = re.compile(r"[.!؟\n]")


def _after_midnight(text: str, start: int, end: int, found: list[DateMention]) -> list[DateMention]:
    for m in _AFTER_MIDNIGHT.finditer(text, start, end):
        told = [d for d in found if d.end <= m.start() and d.precision == "day"
                and not _SENTENCE_END.search(text, d.end, m.start())]
        if told:
            found.append(DateMention(told[-1].date + dt.timedelta(days=1), "day", m.start(), m.end(), "after_midnight"))
    return sorted(found, key=lambda d: d.start)


# «بعد يومين من ذلك»: counted from the day last told, not from the report.
_AFTER_THAT = re.compile(r"بعد\s+(يومين|اسبوع|(?:\d+|" + _COUNT_WORDS_RE + r")\s+ايام)\s+(?:من|على)\s+"
                         r"(?:ذلك|تلك\s+الليله|ذلك\s+اليوم|تلك\s+الحادثه)")


def _days_after_that(text: str, start: int, end: int, found: list[DateMention]) -> list[DateMention]:
    for m in _AFTER_THAT.finditer(text, start, end):
        told = [d for d in found if d.end <= m.start() and d.precision == "day"]
        if told:
            days = 7 if m[1] == "اسبوع" else _count(m[1])
            found.append(DateMention(told[-1].date + dt.timedelta(days=days), "day", m.start(), m.end(), "after_that"))
    return sorted(found, key=lambda d: d.start)


def _names_next_date(d: DateMention, after: DateMention | None) -> bool:
    return (d.kind == "weekday" and after is not None and after.kind in _EXPLICIT
            and after.start - d.end <= _WEEKDAY_GAP)


def _resolve(kind: str, m: re.Match, published: dt.date) -> tuple[dt.date, str] | None:
    try:
        if kind == "ymd":
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        if kind == "dmy":
            return dt.date(int(m[3]), int(m[2]), int(m[1])), "day"
        if kind == "day_month":
            month = _MONTH_NAMES[m[2]]
            year = int(m[3]) if m[3] else _year_not_after(published, month, int(m[1]))
            return dt.date(year, month, int(m[1])), "day"
        if kind == "ordinal_day_month":
            month, day = _MONTH_NAMES[m[2]], _DAY_ORDINALS[m[1]]
            year = int(m[3]) if m[3] else _year_not_after(published, month, day)
            return dt.date(year, month, day), "day"
        if kind == "month":
            month, day = _MONTH_NAMES[m[2]], _PART_OF_MONTH.get(m[1], 1)
            year = int(m[3]) if m[3] else _year_not_after(published, month, 1)
            return dt.date(year, month, day), "month"
    except ValueError:  # 31 شباط and the like: not a date
        return None
    if kind == "day_this_month":
        day = int(m[1]) if m[1].isdigit() else _ORDINALS[m[1]]
        first = published.replace(day=1)
        if m[2] in ("الماضي", "الفائت", "المنصرم") or day > published.day:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        try:
            return first.replace(day=day), "day"
        except ValueError:
            return None
    if kind == "start_of_month":
        return published.replace(day=1), "month"
    if kind == "this_week":
        return published, "week"  # the week that ends with the report
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[m[1]]) % 7
        # «يوم الخميس الفائت» in a report of a Thursday: the week before, not today.
        return published - dt.timedelta(days=back or (7 if m[2] else 0)), "day"
    if kind == "today":
        return published, "day"
    if kind == "yesterday":
        return published - dt.timedelta(days=1), "day"
    if kind == "day_before_yesterday":
        return published - dt.timedelta(days=2), "day"
    if kind == "part_of_this_week":
        return min(published, _week_start(published) + dt.timedelta(days=_PART_OF_WEEK[m[1]])), "week"
    if kind == "part_of_last_week":
        return _week_start(published) - dt.timedelta(days=7) + dt.timedelta(days=_PART_OF_WEEK[m[1]]), "week"
    if kind == "last_week":
        return published - dt.timedelta(days=7), "week"
    if kind == "weeks_ago":
        return published - dt.timedelta(weeks=_count(m[1])), "week"
    if kind in ("days_ago", "days_before_this"):
        return published - dt.timedelta(days=_count(m[1])), "day"
    if kind == "months_ago":
        return _months_before(published, _count(m[1])), "month"
    if kind == "years_ago":
        return _months_before(published, 12 * _count(m[1])), "month"
    if kind == "last_month":
        day = _PART_OF_MONTH.get(m[1], 1)
        return (published.replace(day=1) - dt.timedelta(days=1)).replace(day=day), "month"
    return None


def _week_start(published: dt.date) -> dt.date:
    """The Saturday the report's week began on: the week of the region's calendar."""
    return published - dt.timedelta(days=(published.weekday() - WEEKDAYS["السبت"]) % 7)


def _count(phrase: str) -> int:
    first = phrase.split()[0]
    return int(first) if first.isdigit() else _NUMBER_WORDS.get(first, 1 if first in ("عام", "سنه") else 2)


def _months_before(published: dt.date, months: int) -> dt.date:
    year, month = divmod(published.year * 12 + published.month - 1 - months, 12)
    return dt.date(year, month + 1, 1)


def _year_not_after(published: dt.date, month: int, day: int) -> int:
    """A day and month without a year: the latest one not after publication."""
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return published.year
    return published.year if candidate <= published else published.year - 1


def find_dateline(text: str) -> dt.date | None:
    """A full date (with its year) at the top of an article: «البوكمال - 7 تشرين الثاني 2024»."""
    normalised = normalise(text)
    for kind in ("ymd", "dmy", "day_month"):
        pattern = dict(_PATTERNS)[kind]
        for m in pattern.finditer(normalised):
            if kind == "day_month" and not m[3]:
                continue
            resolved = _resolve(kind, m, dt.date.max)
            if resolved is not None:
                return resolved[0]
    return None
