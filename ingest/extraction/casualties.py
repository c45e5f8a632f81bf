"""Killed and injured counts as (min, max) ranges.

«مقتل أحد عناصر» is exactly 1; «25 قتيلاً» is 25; «عدة إصابات» and «مقتل
مدنيين» (a plural with no number) are at least 2; «عشرات الجرحى» at least 20;
«دون وقوع إصابات» is none killed and none hurt, which analysts record as 0, not as unknown.
Counts are read from words next to a casualty noun, never from the whole sentence,
so two events in one sentence keep their own numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import readings
from .text import Token, normalise

Range = tuple[int, int | None]

KILLED = {"مقتل", "قتل", "قتلى", "قتلي", "قتيل", "قتيلا", "قتيلين", "قتيلان", "مصرع", "استشهاد", "شهداء", "ضحايا", "ضحيه", "مقتله", "مقتلهم",
          "شهيدان", "شهيدين", "استشهد", "استشهدوا", "استشهدت"}
INJURED = {"اصابه", "اصابات", "جرحى", "جرحي", "جريح", "جريحا", "جريحين", "جريحان", "مصابين", "مصاب", "مصابا", "جروح", "بجروح", "اصيب", "اصيبوا", "جرح"}
_DUALS = {"قتيلين", "قتيلان", "جريحين", "جريحان", "شهيدان", "شهيدين"}
# Casualties in general: «دون وقوع إصابات», «لم تسجل خسائر بشرية» says nobody was killed or hurt.
_ANY_CASUALTY = {"اصابات", "اصابه", "خسائر"}
_PLURAL_NOUNS = {"قتلى", "قتلي", "جرحى", "جرحي", "اصابات", "مصابين", "ضحايا", "شهداء"}

_EXACT = {
    "احد": 1, "احدى": 1, "احدي": 1, "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "اثنتان": 2,
    "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7,
    "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10,
}
_AT_LEAST = {"عده": 2, "بعض": 2, "عدد": 2, "اخرين": 2, "اخرون": 2, "عشرات": 20, "مئات": 200, "بقيه": 1, "باقي": 1, "العديد": 2}
KILLED, INJURED, _DUALS, _PLURAL_NOUNS, _ANY_CASUALTY = (
    {normalise(w) for w in words} for words in (KILLED, INJURED, _DUALS, _PLURAL_NOUNS, _ANY_CASUALTY))
_EXACT = {normalise(w): n for w, n in _EXACT.items()}
_AT_LEAST = {normalise(w): n for w, n in _AT_LEAST.items()}
# Plural nouns for people: «مقتل مدنيين» means at least two.
_PERSON_PLURAL_ENDINGS = ("ين", "ون", "ات", "ان")


@dataclass(frozen=True)
class Casualty:
    kind: str  # "killed" or "injured"
    count: Range
    token_index: int


def _number(token: str) -> Range | None:
    if token.isdigit():
        n = int(token)
        return (n, n) if n < 100_000 else None
    for form in readings(token, keep_article=False):
        if form in _EXACT:
            n = _EXACT[form]
            return (n, n)
        if form in _AT_LEAST:
            return (_AT_LEAST[form], None)
    return None


def _kind(forms: frozenset[str]) -> str | None:
    if not forms.isdisjoint(KILLED):
        return "killed"
    if not forms.isdisjoint(INJURED):
        return "injured"
    return None


_CASUALTY_WORDS = KILLED | INJURED | _ANY_CASUALTY
# «لقي سبعة عناصر حتفهم» (met their death): killed, counted from the words after «لقي».
_MET = {"لقي", "لقيت", "لقوا", "لقى"}
_NONE = {normalise(w) for w in ("دون", "بدون", "لم", "عدم", "لا", "أي", "ولا")}
_DEATH = "حتف"


def find_casualties(toks: list[Token], reads: list[frozenset[str]], text: str) -> list[Casualty]:
    """Casualty mentions in a sentence; `reads` are its tokens' readings (lexicon.readings), `text`
    the normalised article the tokens point into."""
    out = []
    for i, tok in enumerate(toks):
        if reads[i].isdisjoint(_CASUALTY_WORDS) and tok.text not in _MET:
            continue  # most words tell no casualty: one set test instead of three
        kind = _kind(reads[i])
        if kind is None and tok.text in _MET and any(t.text.startswith(_DEATH) for t in toks[i + 1:i + 8]):
            kind = "killed"
        general = not reads[i].isdisjoint(_ANY_CASUALTY)
        if kind is None and not general:
            continue
        negated = _none_told(reads, i)
        if negated is None:
            continue  # a toll not known yet
        if negated and general and not _of_some(toks, i):
            # «دون وقوع إصابات», «لم تسجل خسائر بشرية»: nobody killed or hurt
            out += [Casualty("killed", (0, 0), i), Casualty("injured", (0, 0), i)]
            continue
        if kind is None:
            continue
        if negated:
            if not _of_some(toks, i):
                out.append(Casualty(kind, (0, 0), i))  # «دون سقوط قتلى»
            continue
        out.append(Casualty(kind, _count_near(toks, i, text), i))
    return out


# Between a negation and a casualty word: what is not known, not what did not happen
# («لم تعرف حصيلة القتلى», «دون ورود أنباء عن إصابات»).
_UNKNOWN = {normalise(w) for w in ("حصيلة", "عدد", "معلومات", "تعرف", "يعرف", "تتضح", "يتضح", "أنباء", "ورود",
                                   "ترد", "يرد", "تفاصيل")}


def _none_told(reads: list[frozenset[str]], i: int) -> bool | None:
    """«دون وقوع إصابات», «لم تسجل خسائر بشرية»: True, nobody. «لم تعرف حصيلة القتلى»: None, not
    known. False: no negation before the casualty word."""
    unknown = False
    for j in range(i - 1, max(-1, i - 5), -1):
        unknown = unknown or not reads[j].isdisjoint(_UNKNOWN)
        if not reads[j].isdisjoint(_NONE):
            return None if unknown else True
    return False


def _of_some(toks: list[Token], i: int) -> bool:
    """«لم توقع إصابات في صفوف المستشارين»: none among some, not none at all."""
    return any(t.text in ("صفوف", "بين") for t in toks[i + 1:i + 3])


_TOLL = {normalise(w) for w in ("عدد", "حصيلة", "حصيله")}
# «ارتفاع عدد قتلى الأمن العام في اشتباكات الهري إلى ٤»: who and where come before the number.
_TOLL_REACH = 9
# «مقاتل من اللواء 46», «عند الساعة 4»: a number that names a unit or an hour counts nobody.
_UNITS = {normalise(w) for w in ("لواء", "اللواء", "فوج", "الفوج", "الفرقة", "فرقة", "الكتيبة", "كتيبة", "الساعة",
                                 "ساعة", "القطاع", "قطاع", "الحشد", "عام")}


def _names_a_unit(toks: list[Token], j: int, text: str) -> bool:
    """Also «٢- قُتل عنصر…»: a number set off by a mark at the start numbers a list entry, and «٠٦:٤٥»
    is a time."""
    if not toks[j].text.isdigit():
        return False
    if j + 1 < len(toks) and (j == 0 and toks[j + 1].start - toks[j].end > 1 or _clock(toks, j, j + 1, text)):
        return True
    return j > 0 and (_clock(toks, j - 1, j, text) or bool(readings(toks[j - 1].text, keep_article=False) & _UNITS))


def _clock(toks: list[Token], a: int, b: int, text: str) -> bool:
    """«٠٦:٤٥»: two numbers joined by a colon are a time, not a count («3-5 مدنيين» is a range)."""
    return toks[a].text.isdigit() and toks[b].text.isdigit() and text[toks[a].end:toks[b].start] == ":"


def _count_near(toks: list[Token], i: int, text: str) -> Range:
    word = toks[i].text
    if i > 0 and readings(toks[i - 1].text, keep_article=False) & _TOLL:
        # «ارتفع إلى 14 عدد قتلى», «حصيلة القتلى إلى 14»: the toll's number stands a little further off.
        for j in sorted(range(max(0, i - 5), min(len(toks), i + _TOLL_REACH)), key=lambda j: abs(j - i)):
            if toks[j].text.isdigit() and not _names_a_unit(toks, j, text) and (n := _number(toks[j].text)) is not None:
                return n
    # The nearest number: right before («25 قتيلاً», «عدة إصابات») or right after («مقتل أحد
    # عناصر», «إصابة خمسة آخرين»), then one word further out on either side.
    for j in (i - 1, i + 1, i - 2, i + 2):
        if 0 <= j < len(toks) and not _names_a_unit(toks, j, text) and (n := _number(toks[j].text)) is not None:
            return n
    if readings(word, keep_article=False) & _DUALS:
        return (2, 2)
    if readings(word, keep_article=False) & _PLURAL_NOUNS:
        return (2, None)
    if i + 1 < len(toks) and toks[i + 1].text.endswith(_PERSON_PLURAL_ENDINGS) and len(toks[i + 1].text) > 4:
        return (2, None)  # «مقتل مدنيين», and duals: «مقتل جنديين», «قتل جنديان»
    return (1, None)
