"""Reports become incidents: events of one kind from different articles, close in place and time.

Airwars' rule: an incident is the sum of its reports. The machine proposes (events of one
type family within INCIDENT_MAX_KM and INCIDENT_MAX_DAYS of each other, from different
articles); the analyst accepts a proposal or splits reports off it. Accepted incidents
are the analyst's: proposals never take their reports away.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from events.models import Event, Incident

INCIDENT_MAX_KM = 5.0
INCIDENT_MAX_DAYS = 2
PROPOSAL_LOCK = 0x1C1DE7  # any number of our own: the advisory lock proposals take
# Types that tell the same occurrence in different words (a drone strike reported as shelling).
FAMILIES = {
    "airstrike": "strike", "shelling": "strike",
    "armed_clash": "attack", "explosion": "attack", "violence_against_civilians": "attack",
    "crossing": "crossing", "smuggling": "crossing",
}


def family_of(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


def km_between(a, b) -> float:
    """Great-circle distance between two places (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _open_events(first: dt.date, last: dt.date):
    """Events a proposal may gather: placed, not rejected, not in an accepted incident."""
    return (Event.objects.filter(date__gte=first, date__lte=last).exclude(place=None)
            .exclude(review=Event.Review.REJECTED)
            .filter(Q(incident=None) | Q(incident__status=Incident.Status.PROPOSED))
            .select_related("place").only("pk", "event_type", "date", "article_id", "place__lat", "place__lon",
                                          "place_id", "incident_id"))


def _clusters(events: list[Event]) -> list[list[Event]]:
    """Groups linked by pairs of one family from different articles, close in km and days."""
    parent = {e.pk: e.pk for e in events}

    def root(pk):
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    by_family: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_family[family_of(e.event_type)].append(e)
    for members in by_family.values():
        members.sort(key=lambda e: e.date)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if (b.date - a.date).days > INCIDENT_MAX_DAYS:
                    break
                if a.article_id != b.article_id and km_between(a.place, b.place) <= INCIDENT_MAX_KM:
                    parent[root(a.pk)] = root(b.pk)
    groups: dict[int, list[Event]] = defaultdict(list)
    for e in events:
        groups[root(e.pk)].append(e)
    return [g for g in groups.values() if len({e.article_id for e in g}) > 1]


@transaction.atomic
def propose_incidents(first: dt.date, last: dt.date, touched: set[int] | frozenset = frozenset()) -> int:
    """(Re)propose incidents among the open events dated first..last (and the days around them).

    Idempotent: an existing proposal keeps its id when its reports still belong together, and
    nothing is written when nothing changed. `touched`: proposals that may have lost reports
    outside the window (a re-parse deleted them). Returns the number of proposals in the window.
    """
    lock()
    margin = dt.timedelta(days=INCIDENT_MAX_DAYS)
    events = list(_open_events(first - margin, last + margin))
    touched = set(touched) | {e.incident_id for e in events if e.incident_id}
    groups = _clusters(events)
    known = Incident.objects.in_bulk({e.incident_id for group in groups for e in group if e.incident_id})
    for group in groups:
        existing = sorted({e.incident_id for e in group if e.incident_id})
        incident = known[existing[0]] if existing else Incident()
        _describe(incident, group)
        moving = [e.pk for e in group if e.incident_id != incident.pk]
        if moving:
            Event.objects.filter(pk__in=moving).update(incident=incident)
    in_groups = {e.pk for group in groups for e in group}
    # A report dated first..last has all its possible partners loaded: alone, it leaves its proposal.
    # (One in the margin may have partners beyond it, so it is left as it is.)
    if strays := [e.pk for e in events if e.incident_id and e.pk not in in_groups and first <= e.date <= last]:
        Event.objects.filter(pk__in=strays).update(incident=None)
    _drop_lone(touched)
    return len(groups)


def _drop_lone(candidates: set[int]) -> None:
    """Proposals left with reports from one article only (a re-parse or a review took the
    others away) are no incident any more."""
    lone = list(Incident.objects.filter(pk__in=candidates, status=Incident.Status.PROPOSED).annotate(
        articles=Count("events__article", distinct=True)).filter(articles__lt=2).values_list("pk", flat=True))
    if lone:
        Event.objects.filter(incident__in=lone).update(incident=None)
        Incident.objects.filter(pk__in=lone).delete()


def refresh_for(event: Event, *dates: dt.date) -> None:
    """After a review: a proposal lets go of a rejected or changed report and is proposed again.

    Accepted incidents are the analyst's and are left alone.
    """
    if event.incident_id and event.incident.status == Incident.Status.ACCEPTED:
        return
    was = {event.incident_id} if event.incident_id else set()
    Event.objects.filter(pk=event.pk).update(incident=None)
    event.incident = None
    all_dates = [event.date, *dates]
    propose_incidents(min(all_dates), max(all_dates), touched=was)


def lock() -> None:
    """Writers of events and incidents take turns, so two of them never wait on each other.

    A parse and a review both rewrite events of other articles when they (re)propose
    incidents; each takes this lock first thing in its transaction, so two workers neither
    deadlock nor propose one strike twice. PostgreSQL: a transaction-scoped advisory lock.
    SQLite already lets one writer at a time through (IMMEDIATE transactions, see settings).
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [PROPOSAL_LOCK])


def propose_around(events, touched: set[int] | frozenset = frozenset()) -> int:
    """Propose incidents near these events (after a parse or a review changed them)."""
    dates = [e.date for e in events]
    return propose_incidents(min(dates), max(dates), touched) if dates else 0


def _describe(incident: Incident, group: list[Event]) -> None:
    """Kind, dates and place from the reports; saved (and so in the history) only when they changed."""
    facts = {"family": family_of(group[0].event_type), "date_first": min(e.date for e in group),
             "date_last": max(e.date for e in group),
             "place_id": Counter(e.place_id for e in group).most_common(1)[0][0]}
    if incident.pk and all(getattr(incident, k) == v for k, v in facts.items()):
        return
    for key, value in facts.items():
        setattr(incident, key, value)
    incident.save()


def accept(incident: Incident, user) -> None:
    incident.status = Incident.Status.ACCEPTED
    incident.reviewed_by, incident.reviewed_at = user, timezone.now()
    incident._history_user = user
    incident._change_reason = "accepted"
    incident.save()


@transaction.atomic
def split_off(incident: Incident, event_ids: list[int], user) -> list[Incident]:
    """The chosen reports tell other occurrences: each becomes an accepted single-report incident.

    What remains stays one incident; with a single article left it is accepted as single-source.
    """
    lock()
    moved = []
    for event in incident.events.filter(pk__in=event_ids):
        single = Incident(family=family_of(event.event_type), place_id=event.place_id, date_first=event.date,
                          date_last=event.date, status=Incident.Status.ACCEPTED, reviewed_by=user,
                          reviewed_at=timezone.now())
        single._history_user = user
        single._change_reason = f"split off incident {incident.pk}"
        single.save()
        Event.objects.filter(pk=event.pk).update(incident=single)
        moved.append(single)
    remaining = list(incident.events.all())
    if remaining:
        _describe(incident, remaining)
        if len({e.article_id for e in remaining}) < 2:
            accept(incident, user)
    else:
        incident.delete()
    return moved


@dataclass
class Summary:
    reports: list[Event]
    outlets: list[str]
    killed: str
    injured: str
    attributions: list[tuple[str, list[str]]]

    @property
    def single_source(self) -> bool:
        return len(self.outlets) < 2


def summarise(incident: Incident) -> Summary:
    """What the reports say together: outlets, casualty ranges, each outlet's attribution."""
    reports = list(incident.events.select_related("article", "place").prefetch_related("event_actors__actor")
                   .order_by("date", "article_id"))
    names: dict[str, str] = {}
    per_outlet: dict[str, set[str]] = defaultdict(set)
    for e in reports:
        # An article without an outlet is its own source: it cannot be shown to repeat another.
        outlet = e.article.outlet.strip() or f"article {e.article_id}"
        key = names.setdefault(outlet.casefold(), outlet)
        doers = [link.actor.name_en for link in e.event_actors.all() if link.role == "actor1"]
        per_outlet[key].add(f"{e.get_attribution_display()}" + (f": {', '.join(doers)}" if doers else ""))
    outlets = sorted(per_outlet)
    return Summary(reports, outlets, _span(reports, "killed"), _span(reports, "injured"),
                   [(o, sorted(per_outlet[o])) for o in outlets])


def _span(reports: list[Event], what: str) -> str:
    """Range of what the reports say: lowest low to highest high ("3–7", "2+", "" when none say)."""
    lows = [getattr(e, f"{what}_min") for e in reports if getattr(e, f"{what}_min") is not None]
    if not lows:
        return ""
    highs = [getattr(e, f"{what}_max") for e in reports if getattr(e, f"{what}_min") is not None]
    low = min(lows)
    if any(h is None for h in highs):
        return f"{low}+"
    high = max(highs)
    return str(low) if low == high else f"{low}–{high}"
