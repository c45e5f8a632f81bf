"""From a read sentence to event mentions: which triggers are events, and what kind.

A mention is one trigger that reports something that happened, with the place,
date, actors, attribution and counts that belong to it (details.py, roles.py). Triggers
of one sentence that tell one event are one mention (overlaps.py); mentions of the same
event across sentences are merged afterwards (merge.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import cues
from .background import not_an_occurrence
from .details import assign_casualties, assign_dates, locate, one_event_per_struck_place
from .kinds import ATTACK_TYPES
from .lexicon import PlaceEntry
from .overlaps import TARGET_TYPES, one_event_per_reading
from .roles import assign_actors, attribution, default_roles, share_subject, type_by_doer, type_by_victims
from .sentence import Sentence
from .text import normalise


@dataclass
class Mention:
    event_type: str
    sentence: Sentence
    start: int  # token indexes of the trigger
    end: int
    strength: str  # "event", "weapon" or "attack_cue"
    phrase: str = ""  # the dictionary phrase that matched, normalised
    anaphoric: bool = False  # «هذه الغارات»: points back, never a new event on its own
    definite: bool = False
    new_event: bool = False  # «غارة أخرى»: never merged into an earlier one
    similar: bool = False  # «قصف مماثل»: new, and like the one before
    place: PlaceEntry | None = None
    place_role: str = "main"  # own / near / region / main
    place_span: tuple[int, int] | None = None  # offsets of the place name in the normalised text
    date: dt.date | None = None
    date_precision: str = "reported"
    # A guess, not a told date: the date of the sentence it continues (discourse.py) or the day a
    # statement was made (details.assign_dates).
    date_carried: bool = False
    dated_clause_after: bool = False  # the sentence's only dates belong to a later clause's event
    entry: int = 0  # which numbered entry of a bulletin it is told in (0: none)
    # (actor id, role) -> (start, end) of the name in the normalised text (None when inferred)
    actors: dict[tuple[str, str], tuple[int, int] | None] = field(default_factory=dict)
    attribution: str = "unknown"
    killed: tuple[int, int | None] | None = None
    injured: tuple[int, int | None] | None = None

    @property
    def date_explicit(self) -> bool:
        return self.date is not None

    def actor_ids(self, role: str) -> set[str]:
        return {slug for slug, r in self.actors if r == role}


# A verb's object follows it within this many words, its subject perhaps between them
# («شنّت دورية مشتركة من الأمن العسكري والفرقة الرابعة حملة دهم»).
_OBJECT_WINDOW = 8


def _object_of(verb, event) -> bool:
    """«شنت حملة مداهمات», «حملة مداهمات شنتها»: the event the verb performs, named right after it
    or anywhere before it; not what an attack verb hit («استهدفت معسكراً للتدريب» is an attack on a
    camp, whatever the camp is for)."""
    return 0 <= event.start - verb.end <= _OBJECT_WINDOW and event.payload[1] not in TARGET_TYPES \
        or event.start < verb.start


# How far after an attack word its instrument («هجوم بطائرات مسيرة») may stand.
_INSTRUMENT_WINDOW = 3


def _instruments(s: Sentence) -> dict[int, int]:
    """Attack words typed by the weapon they were made with: «هجوم بطائرات مسيرة» is an airstrike,
    «هجوم بالصواريخ» shelling, «قصف صاروخي من طيران حربي» an airstrike. Maps the attack word's
    token index to the weapon's."""
    out = {}
    for attack in s.triggers:
        if attack.payload not in _TYPED_BY_INSTRUMENT:
            continue
        for weapon in s.triggers:
            if weapon.payload[0] == "weapon" and weapon.payload[1] in _TYPED_BY_INSTRUMENT[attack.payload] \
                    and 0 <= weapon.start - attack.end < _INSTRUMENT_WINDOW and _made_with(s, weapon.start):
                out[attack.start] = weapon.start
                break
    return out


# Which weapons retype which attack words: any weapon types a bare attack; rockets fired from
# aircraft make shelling an airstrike, never the other way round.
_TYPED_BY_INSTRUMENT = {("event", "armed_clash"): {"airstrike", "shelling"},
                        ("event", "shelling"): {"airstrike"}}


def _made_with(s: Sentence, i: int) -> bool:
    """«بطائرات مسيرة», «من طيران حربي»: the weapon the attack was made with or from."""
    return s.toks[i].text.startswith("ب") or s.word_at(i - 1, {"من", "عبر"})


# How far (in words) a weapon may stand from the verb that fires it.
_WEAPON_CUE_WINDOW = 8
# … and how far after the verb, whose object («استهدفوا قاعدة الاحتلال في حقل العمر … بطائرة مسيرة») comes between.
_WEAPON_AFTER_CUE_WINDOW = 16


def mentions_in(s: Sentence, dominant_attack: str) -> list[Mention]:
    """The triggers in `s` that report an event, typed and with their own details."""
    typed_attack = [m for m in s.triggers if m.payload[0] != "attack_cue" and m.payload[1] in ATTACK_TYPES]
    event_types = {m.payload[1] for m in s.triggers if m.payload[0] == "event"}
    named_events = [m for m in s.triggers if m.payload[0] == "event"]
    cue_positions = [m.start for m in s.triggers if m.payload[0] == "attack_cue"]
    instruments = _instruments(s)
    out: list[Mention] = []
    for m in s.triggers:
        kind, etype = m.payload
        if m.start in instruments.values():
            continue  # the weapon of «هجوم بطائرة مسيرة», told with the attack it types
        if m.start in instruments:
            etype = next(t.payload[1] for t in s.triggers if t.start == instruments[m.start])
        if kind == "weapon":
            if etype in event_types:
                continue  # «غارة بطائرة مسيرة»: the event word carries it
            if not any(-_WEAPON_CUE_WINDOW <= m.start - c <= _WEAPON_AFTER_CUE_WINDOW for c in cue_positions):
                continue  # «وصلت راجمات صواريخ»: weapons moved, nothing fired
        if kind == "attack_cue":
            if s.word_at(m.start - 1, cues.RELATIVES):
                continue  # «الألغام التي زرعها الإرهابيون»: what the devices are, not an attack
            if typed_attack or any(_object_of(m, e) for e in named_events):
                continue  # the named event is what the verb did («شنت حملة مداهمات» is the raid)
            if normalise(m.phrase) in cues.FIRING_ONLY_CUES:
                continue  # «أطلق» fires a weapon named with it; alone it launches campaigns and releases
            etype = dominant_attack
        if not_an_occurrence(s, m.start, m.end, etype) or _inside_landmark(s, m.start) or not _specific(s, etype, m):
            continue
        if etype == "crossing" and s.word_at(m.start - 1, cues.CROSSING_PREMISES):
            continue  # «في مبنى المنفذ», «موظفو المعبر»: a building or the staff of a crossing, not the crossing in use
        if etype in TARGET_TYPES and _is_definite(s.toks[m.start].text) and s.word_at(m.start - 1, cues.MEMBERS):
            continue  # «أطلق عناصر الحاجز النار»: the men of a checkpoint already told, not a new one
        if normalise(m.phrase) in cues.MOVEMENTS_SEEN and s.has_word(cues.OBSERVED, max(0, m.start - 2), m.start):
            continue  # «بعد رصد تحركات لمجموعات إرهابية»: movements watched, not forces sent anywhere
        if out and out[-1].event_type == etype and _same_phrase(s, out[-1].end, m.start):
            out[-1].end = m.end  # «صاروخي كاتيوشا», «استقدمت قوات النظام صباح اليوم تعزيزات»: one mention
            continue
        out.append(Mention(etype, s, m.start, m.end, kind, phrase=normalise(m.phrase),
                           anaphoric=_points_back(s, m.start, m.end),
                           definite=_is_definite(s.toks[m.start].text),
                           new_event=any(s.word_at(m.end + k, cues.NEW_EVENT_AFTER) for k in (0, 1))
                           or _similar(s, m.end),
                           similar=_similar(s, m.end)))
    out = one_event_per_reading(out)
    for i, mention in enumerate(out):
        clause_start = out[i - 1].end if i else 0
        clause_end = out[i + 1].start if i + 1 < len(out) else len(s.toks)
        locate(mention, out[:i], clause_end)
        assign_actors(mention, clause_start, clause_end)
        type_by_doer(mention)
        type_by_victims(mention)
        default_roles(mention)
        mention.attribution = attribution(s, mention)
    share_subject(out)
    assign_dates(s, out)
    assign_casualties(s, out)
    return one_event_per_struck_place(out)


def _inside_landmark(s: Sentence, i: int) -> bool:
    """«القريبة من معبر البوكمال»: a crossing named only to say where something else is."""
    return any(p.start <= i < p.end and p.role == "near" for p in s.places)


# How far before a device the verb that seized or defused it stands («تفكيك العبوات الناسفة»).
_HANDLED_WINDOW = 6


def _specific(s: Sentence, etype: str, m) -> bool:
    """Whether the trigger tells a specific occurrence of its type: crossings and smuggling are
    background unless a specific one is acted on, infiltration is fighting only by insurgents or
    with casualties, and devices seized or defused did not explode."""
    if etype == "crossing":
        plural = s.toks[m.start].text.endswith(("معابر", "منافذ"))
        return s.has_word(cues.CROSSINGS_CLOSED_OR_OPENED if plural else cues.CROSSING_ACTIONS)
    if normalise(m.phrase) in cues.INFILTRATION:
        # «أحبطت محاولة تسلل لعناصر داعش» is a clash; «اعتُقلوا أثناء محاولتهم التسلل» is people crossing.
        return any(a.payload in cues.INSURGENTS for a in s.actors) or bool(s.casualties)
    if etype == "smuggling":
        if normalise(m.phrase) in cues.LOADED:
            return s.has_word(cues.SEIZURES)  # «ضبطت قاربين محملين بالوقود», not any loaded lorry
        # «مجموعة تهريب», «شبكة تهريب»: who the smugglers are, not a smuggling run.
        return s.has_word(cues.SMUGGLING_OPERATIONS) and not s.word_at(m.start - 1, cues.GROUP_NOUNS)
    if etype == "explosion" and s.has_word(cues.DEVICES_HANDLED) and not s.has_word(cues.BLASTS):
        return False  # «ضبطت عبوات ناسفة», «فككت ألغاماً»: devices seized or defused did not explode
    window = max(0, m.start - _HANDLED_WINDOW)
    if etype == "explosion" and s.has_word(cues.DEVICES_HANDLED, window, m.start + 1) \
            and not s.has_word(cues.BLASTS, window, m.end):
        return False  # «… في حين تواصل وحدات الهندسة تفكيك العبوات»: those, whatever else went off
    return True


# «استهداف رتل عسكري للميليشيات … بعبوة مماثلة»: "similar" may qualify the weapon a few words on.
_SIMILAR_WINDOW = 8


def _similar(s: Sentence, end: int) -> bool:
    return s.has_word(cues.SIMILAR_AFTER, end, end + _SIMILAR_WINDOW)


def _points_back(s: Sentence, start: int, end: int) -> bool:
    """«هذه الغارة», «الغارة ذاتها», «وعقب الهجوم», «رداً على الهجوم»: an event already told or known."""
    if s.word_at(start - 1, cues.DEMONSTRATIVES) or s.word_at(end, cues.ANAPHORIC_AFTER):
        return True
    # «وعقب الهجوم، دفعت الميليشيات بتعزيزات»: a time or cause clause names the event it follows.
    # Not «قُتل مدني إثر انفجار لغم», where the cause is the event the sentence tells.
    after = any(s.word_at(start - k, cues.AFTER_EVENT) for k in (1, 2)) or s.word_at(start - 1, {"بعد"})
    return after and _is_definite(s.toks[start].text)


def _is_definite(token: str) -> bool:
    return any(token.startswith(p) for p in ("ال", "وال", "فال", "بال", "لل", "كال"))


# A verb and the noun it governs may stand this many words apart («استقدمت قوات النظام صباح اليوم تعزيزات»).
_SAME_PHRASE_GAP = 5


def _same_phrase(s: Sentence, previous_end: int, start: int) -> bool:
    """Two triggers of one type close together with no «و» opening a new clause between them."""
    gap = range(previous_end, start)
    return len(gap) <= _SAME_PHRASE_GAP and not any(s.toks[j].text.startswith("و") for j in gap)


