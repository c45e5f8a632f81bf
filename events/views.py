"""What analysts look at. Short function views; logic lives in filters, maps, stats, exports."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.clickjacking import xframe_options_sameorigin

from config.csp import MAP_POLICY
from events import exports, history, review, stats
from events.filters import filter_events
from events.maps import LAYERS, build_map
from events.models import Event
from ingest.models import Article

PAGE_SIZE = 50


def _query_without(request, *keys: str) -> str:
    query = request.GET.copy()
    for key in keys:
        query.pop(key, None)
    return query.urlencode()


def dashboard(request):
    filterset, events, valid = filter_events(request.GET)
    ctx = {
        "filter": filterset, "valid": valid, "total": events.count(),
        "by_type": stats.counts_by_type(events), "by_actor": stats.counts_by_actor(events),
        "timeline": stats.weekly_timeline(events),
        "latest_articles": Article.objects.only("pk", "title", "filename", "status", "created", "outlet")[:8],
        "query": _query_without(request),
        "review": review.review_progress(),
    }
    return render(request, "events/dashboard.html", ctx)


def event_list(request):
    filterset, events, valid = filter_events(request.GET)
    rows = events.select_related("place", "article").prefetch_related("event_actors__actor")
    if not request.GET.get("sort"):
        rows = rows.order_by("-date", "-id")
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {
        "filter": filterset, "valid": valid, "page": page, "total": page.paginator.count,
        "query": _query_without(request, "page"), "map_query": _query_without(request, "page", "sort"),
        "layers": LAYERS,
    }
    return render(request, "events/event_list.html", ctx)


@xframe_options_sameorigin
def event_map(request):
    """The map on its own page, embedded by the table page in an iframe (same filter, same query)."""
    _, events, _ = filter_events(request.GET)
    response = HttpResponse(build_map(events, _query_without(request, "page", "sort")))
    # Folium writes the map's script inline; everything from articles reaches it as JSON data.
    response.headers["Content-Security-Policy"] = MAP_POLICY
    return response


def evidence_in_context(text: str, start: int, end: int, context: int = 5000) -> dict[str, str]:
    """The evidence with up to `context` characters each side: a 4 MB article would not lay out in a browser."""
    before, after = text[max(start - context, 0):start], text[end:end + context]
    return {"before": ("…" if start > context else "") + before, "evidence": text[start:end],
            "after": after + ("…" if len(text) - end > context else "")}


def event_detail(request, pk: int):
    event = get_object_or_404(Event.objects.select_related("place", "article", "incident"), pk=pk)
    text = event.article.text
    ctx = {
        "event": event,
        "actors": event.event_actors.select_related("actor").order_by("role", "actor__name_en"),
        **evidence_in_context(text, event.evidence_start, event.evidence_end),
        "siblings": event.article.events.exclude(pk=event.pk).select_related("place").order_by("evidence_start"),
        "same_incident": event.incident.events.exclude(pk=event.pk).select_related("article")[:20]
        if event.incident_id else [],
        "history": history.trail(event),
    }
    return render(request, "events/event_detail.html", ctx)


def export_csv(request):
    _, events, _ = filter_events(request.GET)
    response = StreamingHttpResponse(exports.stream_csv(events), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="albukamal-events.csv"'
    return response


def export_geojson(request):
    _, events, _ = filter_events(request.GET)
    response = StreamingHttpResponse(exports.stream_geojson(events), content_type="application/geo+json")
    response["Content-Disposition"] = 'attachment; filename="albukamal-events.geojson"'
    return response
