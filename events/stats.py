"""Dashboard figures for the current filter: counts by type and actor, events per week."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count
from django.db.models.functions import TruncWeek

from events.maps import LAYER_OF_TYPE, LAYERS
from events.models import Actor, EventActor, EventType

_COLOURS = {key: colour for key, _, colour, _ in LAYERS}


def counts_by_type(events) -> list[dict]:
    labels = dict(EventType.choices)
    rows = events.values("event_type").annotate(n=Count("id")).order_by("-n")
    return [{"slug": r["event_type"], "label": labels[r["event_type"]], "n": r["n"],
             "colour": _COLOURS[LAYER_OF_TYPE[r["event_type"]]]} for r in rows]


def counts_by_actor(events, limit: int = 12) -> list[dict]:
    rows = (EventActor.objects.filter(event__in=events.values("pk")).values("actor_id", "role")
            .annotate(n=Count("event_id", distinct=True)).order_by("-n"))
    actors = Actor.objects.in_bulk({r["actor_id"] for r in rows})
    merged: dict[int, dict] = {}
    for r in rows:
        entry = merged.setdefault(r["actor_id"], {"actor": actors[r["actor_id"]], "actor1": 0, "actor2": 0})
        entry[r["role"]] += r["n"]
    return sorted(merged.values(), key=lambda e: -(e["actor1"] + e["actor2"]))[:limit]


def weekly_timeline(events, max_weeks: int = 52) -> dict:
    """Stacked bars: per week, events per map layer; heights relative to the busiest week.

    Weeks without events are drawn empty, so the axis is time; beyond `max_weeks` the
    chart shows the latest weeks.
    """
    rows = (events.annotate(week=TruncWeek("date")).values("week", "event_type").annotate(n=Count("id"))
            .order_by("week"))
    weeks: dict = {}
    for r in rows:
        layer = LAYER_OF_TYPE[r["event_type"]]
        weeks.setdefault(r["week"], {}).setdefault(layer, 0)
        weeks[r["week"]][layer] += r["n"]
    if weeks:
        last = max(weeks)
        first = max(min(weeks), last - dt.timedelta(weeks=max_weeks - 1))
        span = (last - first).days // 7 + 1
        recent = [(first + dt.timedelta(weeks=i), weeks.get(first + dt.timedelta(weeks=i), {})) for i in range(span)]
    else:
        recent = []
    peak = max((sum(v.values()) for _, v in recent), default=0) or 1
    bars = [{
        "week": week, "total": sum(layers.values()),
        "segments": [{"layer": key, "label": label, "colour": colour, "n": layers[key],
                      "pct": round(100 * layers[key] / peak, 1)}
                     for key, label, colour, _ in LAYERS if layers.get(key)],
    } for week, layers in recent]
    return {"bars": bars, "peak": peak, "layers": [(label, colour) for _, label, colour, _ in LAYERS]}
