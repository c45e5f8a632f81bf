"""Background, habit, opinion and denial: words that say a trigger reports no occurrence.

A report tells what happened, and around it how things usually are («وتتعرض المنطقة
لغارات متكررة»), what happened long ago («وسبق أن قُتل…», «وكان … قد…»), what someone
thinks, fears or expects («ويرى باحثون أن…», «ومن المتوقع أن…») and what someone denies
(«ونفى المصدر ما تداولته وسائل إعلام عن غارات…»). Only the first gives events.
"""

from __future__ import annotations

from . import cues
from .sentence import Sentence

# How many words before a trigger a word of fear, purpose or plan still governs it.
_IRREALIS_WINDOW = 6
_NEGATION_WINDOW = 3
_SINCE_WINDOW = 3
_ACCUSATION_WINDOW = 10
# «وكان الطيران … قد استهدف»: the past perfect opens within this many words.
_PERFECT_WINDOW = 12


def is_background(s: Sentence) -> bool:
    """A sentence that opens by describing how things are, or were, rather than what happened.

    The describing verb must come first, after at most a connective («في حين تستمر…»,
    «بينما تعد…»); «دخلت قافلة تضم…» is an event whose convoy happens to contain trucks.
    A past perfect («وكانت … قد…», «وسبق أن…») recalls an earlier occurrence: background
    unless the sentence dates it to the day (then it is an event told in passing).
    """
    return _opens_as_background(s, 0) or _opens_as_background(s, reported_clause(s), subject_first=True)


def _opens_as_background(s: Sentence, start: int | None, subject_first: bool = False) -> bool:
    """Whether the clause at `start` opens by describing; after «إن» its subject comes first
    («إن المكتب يقع…»), elsewhere only a connective may."""
    if start is None:
        return False
    for i in range(start, min(start + 3, len(s.toks))):
        if s.word_at(i, cues.SINCE) and not s.word_at(i + 1, cues.HOURS_OF_THE_DAY):
            # «ومنذ سيطرتها على البوكمال أواخر عام 2017…», not «ومنذ ساعات الفجر تقصف الطائرات…»
            return not any(d.precision == "day" for _, d in s.dates)
        if _past_habit(s, i):
            return not any(d.precision == "day" for _, d in s.dates)  # «وكان الحرس الثوري يدير المعبر طوال سنوات»
        if s.word_at(i, cues.CONTROL_OPENERS) and _names_a_crossing(s):
            return False  # «تسيطر كتائب حزب الله على معبر السكك»: who runs a named crossing is reported
        if s.word_at(i, cues.BACKGROUND_OPENERS) or any(s.phrase_at(i, p) for p in cues.BACKGROUND_PHRASES):
            return True
        if s.word_at(i, cues.ONGOING_OPENERS):
            return not any(d.precision == "day" for _, d in s.dates)
        if s.word_at(i, cues.RETROSPECTIVE_OPENERS) or _past_perfect(s, i) \
                or s.word_at(i, cues.RETROSPECTIVE_PHRASE_STARTS) \
                and any(s.phrase_at(i, p) for p in cues.RETROSPECTIVE_PHRASES):
            return not any(d.precision == "day" for _, d in s.dates)
        if not (subject_first or s.word_at(i, cues.CONNECTIVES)):
            return False
    return False


_CROSSING_KINDS = {"border crossing", "river crossing"}


def _past_habit(s: Sentence, i: int) -> bool:
    """«كان» and, within the next words, a verb of control or of a state: what used to be."""
    return s.word_at(i, cues.PERFECT_AUXILIARIES) and any(
        s.word_at(j, cues.CONTROL_OPENERS) or s.word_at(j, cues.BACKGROUND_OPENERS) for j in range(i + 1, i + 4))


def _names_a_crossing(s: Sentence) -> bool:
    return any(p.entry.kind in _CROSSING_KINDS for p in s.places)


# «وقال مراسل الشبكة في ريف البوكمال إن المكتب يقع…»: the speaker, then what was said.
_SPEAKER_WINDOW = 16


def opens_with_reporting_verb(s: Sentence) -> bool:
    """«قال…», «وأفادت…»: the sentence tells what someone said."""
    return any(s.word_at(i, cues.REPORTING_VERBS) for i in range(min(2, len(s.toks))))


def reported_clause(s: Sentence) -> int | None:
    """Where the reported clause starts, in a sentence that opens with a reporting verb."""
    if not opens_with_reporting_verb(s):
        return None
    for i in range(1, min(_SPEAKER_WINDOW, len(s.toks))):
        if s.toks[i].text in cues.COMPLEMENTIZERS:
            return i + 1
    return None


def _counted(s: Sentence, start: int) -> bool:
    """A number or «أكثر من», «عشرات» just before the trigger: events counted, not one told."""
    return any(s.toks[j].text.isdigit() or s.word_at(j, cues.TALLY_WORDS) for j in range(max(0, start - 3), start))


# How far after a plural trigger «منذ مطلع العام» still counts what it names.
_TALLY_WINDOW = 8


def _since_long_ago(s: Sentence, end: int) -> bool:
    since = s.first_of(cues.SINCE)
    return end <= since < end + _TALLY_WINDOW and s.word_at(since + 1, cues.LONG_PERIODS)


def _past_perfect(s: Sentence, i: int) -> bool:
    return s.word_at(i, cues.PERFECT_AUXILIARIES) and s.has_word({"قد"}, i + 1, i + _PERFECT_WINDOW)


def denies_what_was_told(s: Sentence) -> bool:
    """«… مصادرنا تنفي ذلك», «ونفى مصدر عسكري ذلك»: the sentence before told a rumour."""
    return any(_denial_at(s, i) for i in range(min(4, len(s.toks))))


def _denial_at(s: Sentence, i: int) -> bool:
    """«تنفي ذلك», «نفى الخبر»: a denial of what was told."""
    return s.word_at(i, cues.DENIALS) and s.word_at(i + 1, cues.DENIED_THINGS)


def not_an_occurrence(s: Sentence, start: int, end: int, event_type: str = "") -> bool:
    """The trigger at s.toks[start:end] is feared, planned, denied, generic, habitual or repeated."""
    irrealis = cues.IRREALIS_BUT_CALLS if event_type == "recruitment" else cues.IRREALIS
    if s.has_word(irrealis, max(0, start - _IRREALIS_WINDOW), start):
        return True
    if s.has_word(cues.NEGATION, max(0, start - _NEGATION_WINDOW), start):
        return True
    denial = s.first_of(cues.DENIALS)
    if denial < start and not s.has_word(cues.RESPONSIBILITY, denial, start):
        # «ونفى المصدر ما تداولته وسائل إعلام معادية عن غارات…»; not «نفى مسؤوليته عن الغارة» (it happened)
        return True
    if s.has_word(cues.DENIALS) and any(_denial_at(s, j) for j in range(end, len(s.toks))):
        return True  # «تداولت صفحات أنباء عن قصف في القائم.. مصادرنا تنفي ذلك»
    if s.has_word(cues.ACCUSATIONS, max(0, start - _ACCUSATION_WINDOW), start):
        return True  # «اعتقلت ثلاثة يشتبه بتورطهم في نقل عبوات ناسفة»: the charge, not an occurrence
    if s.word_at(start - 1, cues.GENERIC_BEFORE):
        return True
    if s.word_at(start - 1, cues.REMNANTS):
        return True  # «لغم من مخلفات المعارك»: what the battles left behind, not a battle
    if any(s.word_at(end + k, cues.REPEATED) or s.word_at(end + k, cues.HABITUAL) for k in (0, 1, 2)):
        return True  # «غارات متكررة», «ويدفع المهرب عادة…»
    if s.has_word(cues.SINCE, end, end + _SINCE_WINDOW) and _counted(s, start):
        return True  # «لأكثر من 40 هجوماً منذ 17 أكتوبر»: a tally, not an occurrence
    if s.toks[start].text.endswith("ات") and _since_long_ago(s, end):
        return True  # «مقتل تسعة مدنيين بانفجارات مماثلة في ريف البوكمال منذ مطلع العام»: a tally
    return s.first_background_marker < start
