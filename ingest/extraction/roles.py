"""Who did it to whom: the roles of the actors named around a trigger, and what they make of its type.

A strike's doer qualifies it («قصف إسرائيلي»), the owner of a struck site or the group that
lost people is acted upon («مواقع لمليشيات…», «قتل جنديان من قوات النظام»), the men named after
«شنه/برصاص» did it, two sides of a clash each fight, verbs joined in a sentence share a doer.
Attacks on civilians alone are violence against civilians; the killing of a fighter is a clash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import cues
from .background import reported_clause
from .kinds import ATTACK_TYPES, GENERIC_ACTORS, VIOLENT_TYPES
from .sentence import Sentence
from .text import normalise

if TYPE_CHECKING:  # mentions.py builds mentions and asks this module for their roles
    from .mentions import Mention


def share_subject(out: list[Mention]) -> None:
    """«ودفعت قيادة الأمن بتعزيزات، وفرضت حظراً للتجوال، كما اعتقلت ستة أشخاص»: verbs joined in
    one sentence share the doer named with the first, unless they name their own."""
    for previous, m in zip(out, out[1:], strict=False):
        doers = previous.actor_ids("actor1") - {"civilians"}
        if m.actor_ids("actor1") or not doers or doers & m.actor_ids("actor2"):
            continue
        for (slug, role), span in list(previous.actors.items()):
            if role == "actor1" and slug in doers:
                m.actors.setdefault((slug, "actor1"), span)


def type_by_doer(m: Mention) -> None:
    """«نفذت القوات الأمريكية ضربات على منشأتين»: a bare attack word whose doer is a foreign air
    force (American, coalition, Israeli, Russian) is a strike from the air."""
    if m.strength == "attack_cue" and m.event_type != "airstrike" \
            and m.actor_ids("actor1") & (cues.AIR_FORCES - {"unidentified"}):
        m.event_type = "airstrike"


# Those who are no armed side: an attack on them alone is violence against civilians.
_UNARMED = {"civilians"}


def type_by_victims(m: Mention) -> None:
    """ACLED's rule: armed men attacking only civilians is violence against civilians; a killing
    whose victims belong to an armed group («اغتال مسلحون عنصراً في ميليشيا…») is an armed clash."""
    victims = m.actor_ids("actor2")
    if m.event_type == "armed_clash" and victims and victims <= _UNARMED and m.actor_ids("actor1") - _UNARMED:
        m.event_type = "violence_against_civilians"
    elif m.event_type == "violence_against_civilians" and victims - _UNARMED and not victims & _UNARMED:
        m.event_type = "armed_clash"


# Who is acted upon when the text names nobody: those arrested are people (ACLED codes unnamed
# detainees as civilians); those smuggling are unknown.
_DEFAULT_ACTED_UPON = {"arrest": "civilians", "smuggling": "unidentified"}


def default_roles(m: Mention) -> None:
    default = _DEFAULT_ACTED_UPON.get(m.event_type)
    if default and not m.actor_ids("actor2") and default not in m.actor_ids("actor1"):
        m.actors[(default, "actor2")] = None


def assign_actors(m: Mention, clause_start: int, clause_end: int) -> None:
    s = m.sentence
    attack = m.event_type in VIOLENT_TYPES  # who does it to whom: attacks and arrests
    passive = s.has_word(cues.PASSIVE, clause_start, m.start)  # «تعرضت مواقع X لقصف»
    previous = None  # (end, role) of the actor named just before
    # «اشتباك بين الفرقة الرابعة ومجموعة تهريب», «اشتبكت دورية مع مهربين»: two sides, the first named acts.
    mutual = m.event_type == "armed_clash" and m.phrase in cues.MUTUAL_CLASH
    speaker_end = _speaker_who_only_tells(s, m)
    foiled = attack and s.has_word(cues.FOILED, clause_start, m.start)
    for a in s.actors:
        if not (clause_start <= a.start < clause_end) or a.end <= speaker_end:
            continue
        slug = a.payload
        span = (s.toks[a.start].start, s.toks[a.end - 1].end)
        if slug == "civilians" and m.event_type not in VIOLENT_TYPES:
            continue  # «أمام حركة الأهالي»: bystanders of a checkpoint are no party to it
        if s.has_word(cues.OUTLET_NOUNS, max(0, a.start - _OUTLET_WINDOW), a.start):
            continue  # «كشفت شبكة فوكس نيوز الأمريكية أن…»: the outlet's nationality, not a party
        if a.end <= m.start and s.has_word(cues.CLAUSE_BREAKS, a.end, m.start):
            # «أصيب عناصر من الأمن العام إثر انفجار عبوة»: the casualties told first are its victims;
            # otherwise «… ميليشيات تحظى بدعمها، إلا أن الغارات…» is another clause.
            if attack and s.has_word(_CASUALTY_WORDS, max(0, a.start - 6), a.start) \
                    and _after_target_noun(s, a.start, True):
                m.actors.setdefault((slug, "actor2"), span)
            continue
        if slug in GENERIC_ACTORS and any(b.start == a.end for b in s.actors):
            continue  # «ميليشيا حزب الله العراقي»: the word for militia names no group of its own
        if previous is not None and _same_party(s, previous[0], a.start):
            role = previous[1]  # «الميليشيات المسلحة الموالية لطهران», «حزب الله إلى جانب ميليشيات…»
        elif slug == "civilians":
            role = "actor2"
        elif mutual:
            role = "actor2" if m.actor_ids("actor1") else "actor1"
        elif attack and a.start == m.end:
            role = "actor1"  # «قصف إسرائيلي», «الضربات الجوية الأمريكية»: the doer qualifies the attack
        elif attack and foiled and a.start < m.start:
            role = "actor2"  # «أحبطت وحدات الجيش هجوماً لخلايا داعش»: who foiled the attack was its target…
        elif attack and foiled and a.start - m.end <= _GENITIVE_GAP:
            role = "actor1"  # … and whose attack it was is named right after it («محاولة تسلل لعناصر داعش»)
        elif attack and (_after_target_noun(s, a.start, m.event_type not in ("arrest", "violence_against_civilians"))
                         or (passive and a.start < m.start and not s.word_at(a.start - 1, cues.TARGETED))):
            role = "actor2"
        elif m.event_type == "violence_against_civilians":
            role = "actor1"  # the victims are the civilians; any other armed group named is the perpetrator
        elif m.event_type == "arrest" and slug in _NEVER_ARRESTING:
            role = "actor2"  # «ألقت القبض على 7 من فلول التنظيم»: insurgents are the ones arrested
        elif a.start > m.start and s.word_at(a.start - 1, {"ضد", "بحق"}):  # not «التحالف الدولي ضد داعش» as a name
            role = "actor2"
        else:
            role = "actor1"
        m.actors.setdefault((slug, role), span)
        previous = (a.end, role)
    if attack and s.has_word(cues.SUSPECTED, clause_start, clause_end) and "unidentified" not in m.actor_ids("actor1"):
        m.actors[("unidentified", "actor1")] = None


def _speaker_who_only_tells(s: Sentence, m: Mention) -> int:
    """Where the speaker of «أعلنت هيئة الحشد أن طائرة مسيرة مجهولة استهدفت…» ends, when what was
    said names its own doer: the speaker is then a source, not a party. 0 otherwise («أعلنت القيادة
    المركزية أنها نفذت غارات»: the speaker did it)."""
    reported = reported_clause(s)
    if reported is None or m.start < reported:
        return 0
    own_doer = any(reported <= a.start < m.start for a in s.actors) \
        or s.has_word(cues.SUSPECTED, reported, min(len(s.toks), m.end + 3))
    return reported if own_doer else 0


# «محاولة تسلل لعناصر داعش»: words between an attack and the group whose attack it was.
_GENITIVE_GAP = 2


# How far an outlet's name («شبكة فوكس نيوز الأمريكية») may run before its nationality.
_OUTLET_WINDOW = 3


# Words that tell casualties: an actor named after one of them lost people.
_CASUALTY_WORDS = {normalise(w) for w in (
    "قتل", "قتلى", "قتيل", "مقتل", "أصيب", "اصيب", "إصابة", "جرحى", "جريح", "سقط", "سقوط", "استشهد", "ارتقى",
    "مصرع", "شهداء", "شهيد", "شهيدان")}


# Groups that the arrests reported here are made against, never by.
_NEVER_ARRESTING = {"islamic_state"}


def _same_party(s: Sentence, previous_end: int, start: int) -> bool:
    """Two actor names side by side, or joined by an adjective, «و», «إلى جانب», «مع»: one side.

    «الميليشيات المسلحة الموالية لطهران» is one name; «حزب الله إلى جانب ميليشيات…» one side.
    """
    gap = range(previous_end, start)
    if len(gap) > 3:
        return False
    return all(s.word_at(j, cues.SIDE_BY_SIDE) or (len(gap) == 1 and s.toks[j].text.startswith("ال")) for j in gap)


def _after_target_noun(s: Sentence, i: int, targets: bool = True) -> bool:
    """«مواقع لمليشيات…», «دورية عسكرية تابعة لميليشيا…», «قتل جنديان من قوات النظام»:
    the actor owns the target or lost the people.

    Not when the fire came from there («مصدرها مواقع قسد»), a hand is named («برصاص…»)
    or a claim intervenes («فيما تبنى تنظيم داعش»). For arrests (`targets` off) a patrol is
    the doer («داهمت دورية من الأمن العسكري»): only the accused count.
    """
    if s.has_word(cues.AGENT_MARKERS, max(0, i - 5), i):
        return False  # «في هجوم شنه عناصر من التنظيم»: the men named after «شنه» did it
    for j in range(i - 1, max(-1, i - 5), -1):
        if s.word_at(j, cues.CLAIMED) or s.word_at(j, cues.CLAUSE_JOINERS):
            return False
        if s.word_at(j, cues.VICTIM_NOUNS):
            return True
        if targets and s.word_at(j, cues.TARGET_NOUNS):
            return not s.word_at(j - 1, cues.ORIGIN)
        if s.word_at(j, {"مجموعه", "مسلحين", "طيران"}):
            return False
    return False


def attribution(s: Sentence, m: Mention) -> str:
    if m.event_type not in ATTACK_TYPES:
        return "unknown"
    if s.has_word(cues.CLAIMED):
        return "claimed"
    if s.has_word(cues.SUSPECTED):
        return "suspected"
    named_doer = m.actor_ids("actor1") - {"unidentified", "civilians"}
    if named_doer and s.has_word(cues.CONFIRMED) and not s.has_word(cues.NEGATION):
        return "confirmed"
    return "unknown"
