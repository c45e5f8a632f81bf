"""Several sentences about the same incident give one event.

A mention joins an earlier event of the same type unless something says it is a
different one: another explicit date, a different precisely named place, a
different actor doing a non-violent thing (two militias setting up checkpoints),
or a word such as «أخرى» / «مماثل». A demonstrative («هذه الغارات») only ever
points back; it never starts an event of its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import cues
from .lexicon import PlaceEntry
from .mentions import Mention

# Places closer than this are the same location told more or less precisely.
SAME_AREA_KM = 12.0
# A checkpoint or crossing run by one group is not the one run by another.
OWNED_TYPES = {"checkpoint", "crossing"}
_ATTRIBUTION_RANK = {"unknown": 0, "suspected": 1, "claimed": 2, "confirmed": 3}


@dataclass
class Incident:
    first: Mention
    mentions: list[Mention] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return self.first.event_type


def km(a: PlaceEntry, b: PlaceEntry) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# A later sentence refers back to one of the last few events of its type, not to any
# event told pages earlier (and looking further would make long texts quadratic).
LOOKBACK = 20


# One strike is told as a raid, as rockets, as explosions heard, as an attack: the kinds of
# remote and armed violence that may be one occurrence, and which reading wins.
STRIKE_FAMILY = {"airstrike": 3, "shelling": 2, "explosion": 1, "armed_clash": 0}
_STRENGTH = {"event": 2, "weapon": 1, "attack_cue": 0}


def merge_mentions(mentions: list[Mention]) -> list[Incident]:
    incidents: list[Incident] = []
    by_type: dict[str, list[Incident]] = {}
    for m in mentions:
        recent = by_type.setdefault(m.event_type, [])
        target = None if m.new_event else _find_target(recent[-LOOKBACK:], m)
        if target is None and not m.new_event and m.event_type in STRIKE_FAMILY:
            target = _same_strike(incidents[-LOOKBACK:], m)
            # A back-reference («الصواريخ», «الطائرات المسيرة») tells no new kind of strike.
            if target is not None and not (m.anaphoric or m.definite) and _rank(m) > _rank(target.first):
                target = _retype(target, m, incidents, by_type)
        if target is not None:
            _absorb(target, m)
        elif not m.anaphoric:
            if m.similar and recent:
                _like(recent[-1].first, m)
            incident = Incident(first=m, mentions=[m])
            incidents.append(incident)
            recent.append(incident)
    return incidents


def _rank(m: Mention) -> tuple[int, int]:
    """The instrument decides: a raid heard as explosions is a raid, an ambush with a mine an explosion."""
    return STRIKE_FAMILY[m.event_type], _STRENGTH.get(m.strength, 0)


def _same_strike(recent: list[Incident], m: Mention) -> Incident | None:
    """An incident of another kind of strike that this mention may tell again.

    «دوي انفجارات هز المدينة» after «غارات على مقر…» at the same place and time is the
    raid heard; not when each names its own, different doer (an ambush by the Islamic State
    and an American raid the same night).
    """
    for incident in reversed(recent):
        e = incident.first
        if e.event_type not in STRIKE_FAMILY or e.event_type == m.event_type:
            continue
        if e.entry != m.entry or not (_compatible(e, m) or (_heard(e) or _heard(m)) and _heard_nearby(e, m)):
            continue
        mine, theirs = m.actor_ids("actor1") - {"unidentified"}, e.actor_ids("actor1") - {"unidentified"}
        if mine and theirs and not mine & theirs:
            continue
        return incident
    return None


# Explosions heard («دوي انفجارات», «انفجارات عنيفة هزت المدينة») are told from wherever they were
# heard: within this distance of a strike told the same day, they are that strike.
HEARD_KM = 30.0
_HEARD_PHRASES = {"انفجار", "انفجارات", "دوي انفجار"}


def _heard(m: Mention) -> bool:
    """«انفجارات هزت المدينة», not «انفجار عبوة ناسفة» (a device that went off where it was)."""
    return m.event_type == "explosion" and m.phrase in _HEARD_PHRASES and not m.sentence.has_word(cues.DEVICES)


def _heard_nearby(e: Mention, m: Mention) -> bool:
    if e.date is not None and m.date is not None and e.date != m.date \
            and not (e.date_carried or m.date_carried):
        return False
    return e.place is None or m.place is None or km(e.place, m.place) <= HEARD_KM


def _retype(incident: Incident, m: Mention, incidents: list[Incident],
            by_type: dict[str, list[Incident]]) -> Incident:
    """The better-supported reading of one strike leads it: a new incident with the old one's details."""
    replacement = Incident(first=m, mentions=[m])
    for earlier in incident.mentions:
        _absorb(replacement, earlier)
    replacement.mentions = [*incident.mentions]
    incidents[incidents.index(incident)] = replacement
    by_type[incident.event_type].remove(incident)
    by_type.setdefault(m.event_type, []).append(replacement)
    return replacement


def _like(previous: Mention, m: Mention) -> None:
    """«قصف مماثل»: without a doer of its own, the doer and attribution of the last such event."""
    if m.actor_ids("actor1"):
        return
    for (slug, role), span in previous.actors.items():
        if role == "actor1":
            m.actors.setdefault((slug, role), span)
    m.attribution = previous.attribution


def _find_target(recent: list[Incident], m: Mention) -> Incident | None:
    fitting = [i for i in recent if _compatible(i.first, m)]
    if not fitting:
        return None
    same_day = [i for i in fitting if m.date is not None and i.first.date == m.date]
    return (same_day or fitting)[-1]


def _compatible(event: Mention, m: Mention) -> bool:
    if event.entry != m.entry:
        return False  # «١- …», «٢- …»: a bulletin numbers separate incidents
    if event.date is not None and m.date is not None and event.date != m.date \
            and not (event.date_carried or m.date_carried):  # a carried date is a guess, not a clash
        return False
    if not _places_agree(event, m):
        return False
    if m.event_type in OWNED_TYPES and not (m.anaphoric or m.definite):
        mine, theirs = m.actor_ids("actor1"), event.actor_ids("actor1")
        if mine and theirs and not mine & theirs:
            return False
    return True


def _places_agree(event: Mention, m: Mention) -> bool:
    if event.place is None or m.place is None:
        return True
    if event.place.key == m.place.key:
        return True
    distance = km(event.place, m.place)
    if _says_what_it_hit(m):
        # «الضربات طالت مقراً في ناحية العبيدي»: the strikes told, landing there; the same ones if that is
        # where they were told to be («الغارات استهدفت مستودعات في حي الحزام الأخضر» of Albukamal).
        return distance <= SAME_AREA_KM
    if m.anaphoric or m.definite:
        # «الغارة»: the strike already told, wherever its consequences happened
        return distance <= 4 * SAME_AREA_KM or m.place_role != "own"
    if event.place_role == "own" and m.place_role == "own":
        return False
    return distance <= SAME_AREA_KM


def _says_what_it_hit(m: Mention) -> bool:
    """«الضربات طالت مقراً في ناحية العبيدي»: the strikes told, and one of them landed at this place."""
    return not m.anaphoric and m.place_role == "own" and m.sentence.has_word(cues.HIT_VERBS, m.start + 1, m.end + 2)


def _place_struck(m: Mention) -> bool:
    """«نفذت الضربات على مقر في منطقة القائم»: the place follows the strike word, and not as where
    someone was taken («نُقل جرحى الغارة إلى مشافي القائم»)."""
    if m.place_span is None or m.place_role != "own":
        return False
    s = m.sentence
    at = next((i for i, t in enumerate(s.toks) if t.start == m.place_span[0]), None)
    return at is not None and m.end <= at and not s.has_word(cues.TOWARDS, m.end, at)


def _absorb(incident: Incident, m: Mention) -> None:
    e = incident.first
    incident.mentions.append(m)
    # A back-reference («الغارة … إلى مشافي القائم») names other places; only a fresh telling moves the event.
    fresh = not (m.anaphoric or m.definite) or _says_what_it_hit(m) or m.definite and _place_struck(m)
    if m.place is not None and fresh and (e.place is None or (e.place_role != "own" and m.place_role == "own")):
        e.place, e.place_role, e.place_span = m.place, m.place_role, m.place_span
    if m.date is not None and (e.date is None or e.date_carried and not m.date_carried):
        e.date, e.date_precision, e.date_carried = m.date, m.date_precision, m.date_carried
    # Later mentions name the doer only when the first did not (no pile-up of every actor in the article),
    # and a mere back-reference («فرضت الميليشيات طوقاً حول مكان الانفجار») only when it says who did it.
    says_who = m.sentence.has_word(cues.AGENT_VERBS, max(0, m.start - 4), m.start)
    back_reference = (m.anaphoric or m.definite) and not says_who
    for role in ("actor1", "actor2"):
        have = e.actor_ids(role) - {"unidentified"}
        if have or (role == "actor1" and back_reference):
            continue
        for (slug, r), span in m.actors.items():
            if r == role:
                e.actors.setdefault((slug, r), span)
    if _ATTRIBUTION_RANK[m.attribution] > _ATTRIBUTION_RANK[e.attribution]:
        e.attribution = m.attribution
    for kind in ("killed", "injured"):
        new = getattr(m, kind)
        old = getattr(e, kind)
        if new is not None and (old is None or new[0] > old[0]):
            setattr(e, kind, new)
