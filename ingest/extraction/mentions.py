"""From a read sentence to event mentions: which triggers are events, and their details.

A mention is one trigger that reports something that happened, with the place,
date, actors, attribution and counts that belong to it. Mentions of the same
event across sentences are merged afterwards (see merge.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from . import cues
from .background import not_an_occurrence, reported_clause
from .kinds import ATTACK_TYPES, MOVEMENT_TYPES, REMOTE_VIOLENCE, SITE_KINDS, VIOLENT_TYPES
from .lexicon import PlaceEntry
from .roles import assign_actors, attribution, default_roles, share_subject, type_by_doer, type_by_victims
from .sentence import PlaceMention, Sentence
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
    date_carried: bool = False  # the date of the sentence it continues (discourse.py), not its own
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
    return 0 <= event.start - verb.end <= _OBJECT_WINDOW and event.payload[1] not in _TARGET_TYPES \
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
            if typed_attack or any(_object_of(m, e) for e in named_events):
                continue  # the named event is what the verb did («شنت حملة مداهمات» is the raid)
            if normalise(m.phrase) in cues.FIRING_ONLY_CUES:
                continue  # «أطلق» fires a weapon named with it; alone it launches campaigns and releases
            etype = dominant_attack
        if not_an_occurrence(s, m.start, m.end, etype) or _inside_landmark(s, m.start) or not _specific(s, etype, m):
            continue
        if etype in _TARGET_TYPES and _is_definite(s.toks[m.start].text) and s.word_at(m.start - 1, cues.MEMBERS):
            continue  # «أطلق عناصر الحاجز النار»: the men of a checkpoint already told, not a new one
        if etype == "crossing" and s.word_at(m.start - 1, cues.CROSSING_OFFICES):
            continue  # «عقدت إدارة منفذ القائم اجتماعاً في مبنى المنفذ»: who met and where, not a crossing event
        if out and out[-1].event_type == etype and _same_phrase(s, out[-1].end, m.start):
            out[-1].end = m.end  # «صاروخي كاتيوشا», «استقدمت قوات النظام صباح اليوم تعزيزات»: one mention
            continue
        out.append(Mention(etype, s, m.start, m.end, kind, phrase=normalise(m.phrase),
                           anaphoric=_points_back(s, m.start, m.end),
                           definite=_is_definite(s.toks[m.start].text),
                           new_event=any(s.word_at(m.end + k, cues.NEW_EVENT_AFTER) for k in (0, 1))
                           or _similar(s, m.end),
                           similar=_similar(s, m.end)))
    out = _one_event_per_reading(out)
    for i, mention in enumerate(out):
        clause_start = out[i - 1].end if i else 0
        clause_end = out[i + 1].start if i + 1 < len(out) else len(s.toks)
        _locate(mention, out[:i], clause_end)
        assign_actors(mention, clause_start, clause_end)
        type_by_doer(mention)
        type_by_victims(mention)
        default_roles(mention)
        mention.attribution = attribution(s, mention)
    share_subject(out)
    _assign_dates(s, out)
    _assign_casualties(s, out)
    return _one_event_per_struck_place(out)


# How many words may separate two struck places joined by «و…», «وأخرى في…», «كما استهدفت … في…».
_COORDINATION_GAP = 6


def _one_event_per_struck_place(out: list[Mention]) -> list[Mention]:
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


def _inside_landmark(s: Sentence, i: int) -> bool:
    """«القريبة من معبر البوكمال»: a crossing named only to say where something else is."""
    return any(p.start <= i < p.end and p.role == "near" for p in s.places)


def _specific(s: Sentence, etype: str, m) -> bool:
    """Crossings and smuggling are background unless a specific one is acted on."""
    if etype == "crossing":
        plural = s.toks[m.start].text.endswith(("معابر", "منافذ"))
        return s.has_word(cues.CROSSINGS_CLOSED_OR_OPENED if plural else cues.CROSSING_ACTIONS)
    if etype == "smuggling":
        # «مجموعة تهريب», «شبكة تهريب»: who the smugglers are, not a smuggling run.
        return s.has_word(cues.SMUGGLING_OPERATIONS) and not s.word_at(m.start - 1, cues.GROUP_NOUNS)
    if etype == "explosion" and s.has_word(cues.DEVICES_HANDLED) and not s.has_word(cues.BLASTS):
        return False  # «ضبطت عبوات ناسفة», «فككت ألغاماً»: devices seized or defused did not explode
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


# Non-violent events whose trigger words also name what an attack hits.
_TARGET_TYPES = {"checkpoint", "crossing", "recruitment", "meeting", "smuggling"}
# How far after the attack word its target may still be described.
_TARGET_WINDOW = 12


def _describes_target(attack: Mention, m: Mention) -> bool:
    """`m` stands in the attack's own clause, after it: no «و» opens a new clause between them."""
    if attack.anaphoric or not (0 <= m.start - attack.end <= _TARGET_WINDOW):
        return False
    s = m.sentence
    if m.start - attack.end <= 2 or s.word_at(m.start - 1, cues.TARGET_PREPOSITIONS):
        return True
    return not any(s.toks[j].text.startswith("و") for j in range(attack.end, m.start))


def _one_event_per_reading(out: list[Mention]) -> list[Mention]:
    """Drop mentions that are part of another event told in the same sentence."""
    types = {m.event_type for m in out}
    if "smuggling" in types and "arrest" in types and out[0].sentence.has_word(cues.SEIZURES):
        # «ضبط صهريج محمل بالوقود واعتقال سائقه» is the seizure; «اعتقال ثلاثة بتهمة التهريب وضبط
        # قارب» is the arrest: one operation, told by what the sentence reports first.
        first = next(m.event_type for m in out if m.event_type in ("smuggling", "arrest"))
        out = [m for m in out if m.event_type != ("arrest" if first == "smuggling" else "smuggling")]
    if "crossing" in types and "smuggling" in types:
        # Smuggling through a crossing is one event: a seizure is the smuggling operation,
        # otherwise the crossing it goes through.
        seizure = out[0].sentence.has_word(cues.SEIZURES)
        out = [m for m in out if m.event_type != ("crossing" if seizure else "smuggling")]
    if any(m.event_type == "armed_clash" and not m.anaphoric for m in out):
        # «استطاعت المجموعة المهاجمة الانسحاب»: the attackers leaving is part of the attack (not
        # «وعقب الهجوم، دفعت الميليشيات بتعزيزات», which follows an attack already told, nor
        # reinforcements sent somewhere of their own: «ودفعت بتعزيزات إلى بلدة البصيرة»).
        out = [m for m in out if m.event_type != "deployment" or _has_destination(m)]
    if any(m.event_type == "armed_clash" and m.strength == "event" for m in out) \
            and not out[0].sentence.has_word(cues.SEIZURES):
        # «اشتباك بين عناصر الفرقة ومجموعة تهريب على خلفية تقاسم شحنة»: who fought and over what.
        out = [m for m in out if m.event_type != "smuggling"]
    meetings = [m.start for m in out if m.event_type == "meeting"]
    if meetings:
        # «عقد اجتماع في مبنى المنفذ ضم مسؤولين من معبر البوكمال اتُّفق فيه على تسهيل العبور»: a crossing
        # named after the meeting is where it was held and what it discussed; the meeting is the event.
        out = [m for m in out if m.event_type != "crossing" or m.start < meetings[0]]
    checkpoints = [m.start for m in out if m.event_type == "checkpoint"]
    # «نشرت قوات … حواجز»: forces deployed to man checkpoints are the checkpoint event.
    out = [m for m in out if not (m.event_type == "deployment" and m.phrase.startswith("نشر")
                                  and any(c > m.start for c in checkpoints))]
    attacks = [m for m in out if m.event_type in ATTACK_TYPES]
    # «هاجم مسلحون حاجزاً», «استهدفت معسكراً للتدريب», «ضربت رتلاً من الشاحنات لحظة دخولها من معبر
    # السكك»: what the attack hit, and where it was, are the target, not events of their own.
    out = [m for m in out if m.event_type not in _TARGET_TYPES or not any(_describes_target(a, m) for a in attacks)]
    clashes = [m for m in out if m.event_type == "armed_clash" and m.strength == "event" and not m.anaphoric]
    # «قُتل شابان … في اشتباكات بين عشيرتين»: the killings told first are the clash's toll.
    out = [m for m in out if m.event_type != "violence_against_civilians"
           or not any(c.start > m.start and c.sentence.word_at(c.start - 1, cues.DURING) for c in clashes)]
    if types & REMOTE_VIOLENCE:
        # «غارة … أسفرت عن مقتل مدنيين»: a strike that killed civilians, coded as the strike.
        out = [m for m in out if m.event_type != "violence_against_civilians"]
    return out


# A verb and the noun it governs may stand this many words apart («استقدمت قوات النظام صباح اليوم تعزيزات»).
_SAME_PHRASE_GAP = 5


def _same_phrase(s: Sentence, previous_end: int, start: int) -> bool:
    """Two triggers of one type close together with no «و» opening a new clause between them."""
    gap = range(previous_end, start)
    return len(gap) <= _SAME_PHRASE_GAP and not any(s.toks[j].text.startswith("و") for j in gap)


def _locate(m: Mention, earlier: list[Mention], clause_end: int) -> None:
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
    after = [p for p in places if m.start <= p.start < clause_end]
    before = sorted((p for p in places if p.end <= m.start), key=lambda p: -p.start)
    choice = next((p for p in after if p.role in ("own", "near")), None)
    choice = choice or next((p for p in before if p.role == "own"), None)
    choice = choice or next((p for p in before if p.role == "near"), None)
    choice = choice or next((p for p in after + before if p.role == "region"), None)
    choice = choice or next((p for p in after + before if p.role == "locator"), None)
    # «قُتل عنصر برصاص مسلحين هاجموا نقطة في بلدة الشعفة»: a clause without a place of its own
    # happened where the rest of its sentence did, not at the article's main place.
    choice = choice or next((p for p in places if p.start >= clause_end and p.role in ("own", "near")), None)
    if choice is not None:
        _set_place(m, choice)


def _has_destination(m: Mention) -> bool:
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


def _assign_dates(s: Sentence, mentions: list[Mention]) -> None:
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


def _assign_casualties(s: Sentence, mentions: list[Mention]) -> None:
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
