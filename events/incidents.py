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

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from events.models import Event, Incident

INCIDENT_MAX_KM = 5.0
INCIDENT_MAX_DAYS = 2
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
def propose_incidents(first: dt.date, last: dt.date) -> int:
    """(Re)propose incidents among the open events dated first..last (and the days around them).

    Idempotent: an existing proposal keeps its id when its reports still belong together.
    Returns the number of proposals now covering that window.
    """
    margin = dt.timedelta(days=INCIDENT_MAX_DAYS)
    events = list(_open_events(first - margin, last + margin))
    proposals = 0
    for group in _clusters(events):
        existing = sorted({e.incident_id for e in group if e.incident_id})
        incident = Incident.objects.get(pk=existing[0]) if existing else Incident(family=family_of(
            group[0].event_type), date_first=group[0].date, date_last=group[0].date)
        _describe(incident, group)
        Event.objects.filter(pk__in=[e.pk for e in group]).update(incident=incident)
        proposals += 1
    # Proposals left with reports from one article only (a re-parse or a review took the
    # others away) are no incident any more.
    lone = Incident.objects.filter(status=Incident.Status.PROPOSED).annotate(
        articles=Count("events__article", distinct=True)).filter(articles__lt=2)
    Event.objects.filter(incident__in=lone).update(incident=None)
    Incident.objects.filter(pk__in=[i.pk for i in lone]).delete()
    return proposals


def refresh_for(event: Event, *dates: dt.date) -> None:
    """After a review: a proposal lets go of a rejected or changed report and is proposed again.

    Accepted incidents are the analyst's and are left alone.
    """
    if event.incident_id and event.incident.status == Incident.Status.ACCEPTED:
        return
    Event.objects.filter(pk=event.pk).update(incident=None)
    event.incident = None
    all_dates = [event.date, *dates]
    propose_incidents(min(all_dates), max(all_dates))


def propose_around(events) -> int:
    """Propose incidents near these events (after a parse or a review changed them)."""
    dates = [e.date for e in events]
    return propose_incidents(min(dates), max(dates)) if dates else 0


def _describe(incident: Incident, group: list[Event]) -> None:
    incident.family = family_of(group[0].event_type)
    incident.date_first = min(e.date for e in group)
    incident.date_last = max(e.date for e in group)
    incident.place_id = Counter(e.place_id for e in group).most_common(1)[0][0]
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
