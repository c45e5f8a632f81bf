"""The analyst's review pages: one-click review, the edit form, hand-made events, the queue.

Every view here changes data, so every one needs the edit permission: viewers get 403.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.roles import EDIT_PERMISSION
from events import review
from events.forms import ActorFormSet, EventForm, EvidenceForm
from events.models import Event, Place
from ingest.models import Article

ACTIONS = {"confirm": review.confirm, "reject": review.reject, "reopen": review.reopen}
QUEUE_ARTICLES_PER_PAGE = 10


def _next_or(request, fallback):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


@require_POST
@permission_required(EDIT_PERMISSION, raise_exception=True)
def event_review(request, pk: int):
    """Confirm, reject or reopen in one click (a form post, or fetch from the table's keyboard)."""
    event = get_object_or_404(Event, pk=pk)
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        return HttpResponseBadRequest(_("Unknown review action."))
    action(event, request.user)
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"id": event.pk, "review": event.review, "label": event.get_review_display()})
    messages.success(request, _("Event %(id)s: %(state)s.") % {"id": event.pk, "state": event.get_review_display()})
    return _next_or(request, event)


@permission_required(EDIT_PERMISSION, raise_exception=True)
def event_edit(request, pk: int):
    event = get_object_or_404(Event.objects.select_related("article", "place"), pk=pk)
    return _event_form(request, event, title=_("Correct this event"))


@permission_required(EDIT_PERMISSION, raise_exception=True)
def event_add(request, article_pk: int):
    """An event the machine missed, its evidence selected in the article's text."""
    article = get_object_or_404(Article, pk=article_pk)
    evidence = EvidenceForm(request.POST or request.GET)
    if not evidence.is_valid():
        messages.error(request, _("Select the sentence that tells the event in the article's text first."))
        return redirect(article)
    try:
        start, end = review.locate_evidence(article, evidence.cleaned_data["start"], evidence.cleaned_data["end"],
                                            evidence.cleaned_data["selected"])
    except review.EvidenceNotFound as exc:
        messages.error(request, str(exc))
        return redirect(article)
    event = review.new_hand_made(article, start, end)
    return _event_form(request, event, title=_("Add an event the machine missed"), evidence=evidence)


def _event_form(request, event: Event, title: str, evidence: EvidenceForm | None = None):
    initial = {} if event.pk else {"date": event.article.published, "date_precision": Event.DatePrecision.DAY}
    form = EventForm(request.POST or None, instance=event, initial=initial)
    actors = ActorFormSet(request.POST or None, instance=event if event.pk else Event(), prefix="actors")
    if request.method == "POST" and form.is_valid() and actors.is_valid():
        with transaction.atomic():
            point = review.point_place(*form.point) if form.point else None
            review.save_event(form.save(commit=False), actors, request.user, point=point)
        messages.success(request, _("Saved. Re-parsing the article will keep this event."))
        return redirect(event)
    text = event.article.text
    places = [{"key": p.pk, "name": p.name_en, "lat": p.lat, "lon": p.lon}
              for p in Place.objects.exclude(kind="analyst point").only("pk", "name_en", "lat", "lon")]
    ctx = {"form": form, "actors": actors, "event": event, "title": title, "evidence_form": evidence,
           "before": text[max(0, event.evidence_start - 300):event.evidence_start],
           "evidence": text[event.evidence_start:event.evidence_end],
           "after": text[event.evidence_end:event.evidence_end + 300], "places": places}
    return render(request, "events/event_form.html", ctx)


@permission_required(EDIT_PERMISSION, raise_exception=True)
def review_queue(request):
    """Unreviewed events article by article, the article with the least confident event first."""
    page = Paginator(review.review_queue(), QUEUE_ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    grouped = review.unreviewed_events_of([a.pk for a in page])
    ctx = {"page": page, "articles": [(a, grouped.get(a.pk, [])) for a in page],
           "progress": review.review_progress()}
    return render(request, "events/review_queue.html", ctx)
