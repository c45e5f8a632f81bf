"""The analyst's review of events: confirm, reject, correct, add what the machine missed.

Every change goes through these functions, so each is recorded in the event's history
(django-simple-history) with who made it; re-parsing keeps every event changed here
(see ingest.parsing).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from events import incidents
from events.models import Event, Place
from ingest.models import Article


class EvidenceNotFound(ValueError):
    """The selected evidence is not in the article's text."""


def set_review(event: Event, state: str, user, reason: str = "") -> None:
    event.review = state
    event.reviewed_by, event.reviewed_at = user, timezone.now()
    event._history_user = user
    event._change_reason = reason or state
    event.save()


def confirm(event: Event, user) -> None:
    set_review(event, Event.Review.CONFIRMED, user)


@transaction.atomic
def reject(event: Event, user) -> None:
    incidents.lock()
    set_review(event, Event.Review.REJECTED, user)
    incidents.refresh_for(event)  # a rejected report leaves its proposed incident


@transaction.atomic
def reopen(event: Event, user) -> None:
    """Back to unreviewed: the next re-parse may replace it with the machine's reading."""
    incidents.lock()
    set_review(event, Event.Review.UNREVIEWED, user, reason="reopened")
    incidents.refresh_for(event)


def actors_summary(event: Event) -> str:
    links = event.event_actors.select_related("actor").order_by("role", "actor__slug")
    return ", ".join(f"{link.actor.slug} ({link.role})" for link in links) or "-"


@transaction.atomic
def save_event(event: Event, actor_formset, user, point: Place | None = None) -> Event:
    """Store the analyst's version of an event (form already valid) with its actors.

    A machine-made event becomes `edited`; a hand-made one stays hand-made and confirmed.
    The history records the field changes, and the actors before and after as its reason.
    """
    incidents.lock()
    before = actors_summary(event) if event.pk else "-"
    old_date = Event.objects.filter(pk=event.pk).values_list("date", flat=True).first() or event.date
    if point is not None:
        event.place = point
    event.review = Event.Review.EDITED if event.machine_made else Event.Review.CONFIRMED
    event.reviewed_by, event.reviewed_at = user, timezone.now()
    event._history_user = user
    event._change_reason = "edited" if event.pk else "added by hand"
    event.save()
    actor_formset.instance = event
    actor_formset.save()
    after = actors_summary(event)
    if before != after:
        # The actors live in their own table: their change is told in the history's reason.
        latest = event.history.latest()
        latest.history_change_reason = f"{latest.history_change_reason}; actors: {before} → {after}"
        latest.save(update_fields=["history_change_reason"])
    incidents.refresh_for(event, old_date)
    return event


def point_place(lat: float, lon: float, name: str = "") -> Place:
    """A place for a point the analyst chose on the map (one row per point, reused)."""
    key = f"point:{lat:.5f},{lon:.5f}"
    label = name or _("Point %(lat).4f, %(lon).4f") % {"lat": lat, "lon": lon}
    place, _created = Place.objects.get_or_create(key=key, defaults={
        "name_en": label, "name_ar": name or label, "kind": "analyst point", "lat": lat, "lon": lon,
        "confidence": Place.Confidence.MEDIUM, "source": "point chosen on the map by an analyst",
    })
    return place


def locate_evidence(article: Article, start: int, end: int, selected: str) -> tuple[int, int]:
    """Offsets of the selected text in the article.

    The browser's offsets may be off where the page normalised line breaks: the selected
    text itself decides, nearest to the offsets given.
    """
    text = article.text
    selected = selected.strip()
    if not selected:
        raise EvidenceNotFound(_("Select the sentence that tells the event in the article's text."))
    if 0 <= start < end <= len(text) and text[start:end].strip() == selected:
        return start + (len(text[start:end]) - len(text[start:end].lstrip())), start + len(
            text[start:end].rstrip())
    found = list(_all_indexes(text, selected))
    if not found:
        raise EvidenceNotFound(_("The selected text is not in this article."))
    best = min(found, key=lambda i: abs(i - start))
    return best, best + len(selected)


def _all_indexes(text: str, needle: str):
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + 1)


def new_hand_made(article: Article, start: int, end: int) -> Event:
    return Event(article=article, evidence=article.text[start:end], evidence_start=start, evidence_end=end,
                 machine_made=False, confidence=1.0)


def review_queue():
    """Articles with unreviewed events, the one whose least confident event is lowest first."""
    unreviewed = Q(events__review=Event.Review.UNREVIEWED)
    return (Article.objects.filter(unreviewed).annotate(
        lowest=Min("events__confidence", filter=unreviewed), waiting=Count("events", filter=unreviewed))
        .only("pk", "title", "filename", "outlet", "published", "published_source").order_by("lowest", "pk"))


def unreviewed_events_of(articles) -> dict[int, list[Event]]:
    events = (Event.objects.filter(article__in=articles, review=Event.Review.UNREVIEWED)
              .select_related("place").prefetch_related("event_actors__actor").order_by("confidence", "pk"))
    grouped: dict[int, list[Event]] = {}
    for event in events:
        grouped.setdefault(event.article_id, []).append(event)
    return grouped


def review_progress(events=None) -> dict:
    """How many events are reviewed, for the dashboard."""
    events = events if events is not None else Event.objects.all()
    counts = dict(events.values_list("review").annotate(n=Count("id")).order_by())
    total = sum(counts.values())
    done = total - counts.get(Event.Review.UNREVIEWED, 0)
    return {"total": total, "reviewed": done, "percent": round(100 * done / total) if total else 0,
            "by_state": [(label, counts.get(value, 0), value) for value, label in Event.Review.choices]}

