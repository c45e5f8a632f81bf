"""Synthetic events for benchmarks: realistic spread over places, types, actors and dates."""

from __future__ import annotations

import datetime as dt
import random

from events.models import Actor, Event, EventActor, EventType, Place
from ingest.models import Article

EVENTS_PER_ARTICLE = 20


def make_fake_events(count: int, seed: int = 1) -> int:
    """Create `count` events (and their articles) on gazetteer places. Returns the number made."""
    rng = random.Random(seed)
    places = list(Place.objects.exclude(key__startswith="geonames:"))
    actors = list(Actor.objects.all())
    types = list(EventType.values)
    start = dt.date(2019, 1, 1)
    made = 0
    while made < count:
        batch = min(EVENTS_PER_ARTICLE * 250, count - made)
        articles = Article.objects.bulk_create([
            Article(title=f"Synthetic article {made + i}", outlet=rng.choice(["Outlet A", "Outlet B", "Outlet C"]),
                    text="نص اصطناعي للاختبار.", content_hash=f"fake-{seed}-{made + i}", status="parsed",
                    published=start)
            for i in range(0, batch, EVENTS_PER_ARTICLE)
        ])
        events = []
        for i in range(batch):
            event_type, date = rng.choice(types), start + dt.timedelta(days=rng.randrange(2000))
            place = rng.choice(places)
            events.append(Event(
                article=articles[i // EVENTS_PER_ARTICLE], event_type=event_type, date=date, place=place,
                geo_precision=rng.choice([1, 2, 3]), attribution=rng.choice(Event.Attribution.values),
                killed_min=rng.choice([None, None, 1, 2, 5]), evidence="جملة اصطناعية.", evidence_start=0,
                evidence_end=14, confidence=0.7, incident_key=Event.make_incident_key(event_type, place.pk, date),
            ))
        Event.objects.bulk_create(events)
        EventActor.objects.bulk_create([
            EventActor(event=e, actor=a, role=role)
            for e in events
            for role, a in (("actor1", rng.choice(actors)), ("actor2", rng.choice(actors)))
        ], ignore_conflicts=True)
        made += batch
    return made
