"""Upload articles, watch them being parsed, read them with their events."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from accounts.roles import UPLOAD_PERMISSION
from events.ids import parse_id
from ingest import reading, services
from ingest.forms import UploadForm
from ingest.models import Article


@permission_required(UPLOAD_PERMISSION, raise_exception=True)
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        _store_upload(request, form)
        return redirect("ingest:list")
    return render(request, "ingest/upload.html", {"form": form, "max_mb": settings.UPLOAD_MAX_FILE_BYTES / 1e6,
                                                  "max_files": settings.UPLOAD_MAX_FILES})


def _store_upload(request, form: UploadForm) -> None:
    """Store each file on its own: one bad file never costs the others."""
    data = form.cleaned_data
    uploaded = services.store_upload(data["files"], data["text"], outlet=data["outlet"], url=data["url"],
                                     published=data["published"], user=request.user, facts=data["metadata"])
    created = 0
    for item in uploaded:
        name = item.name or _("pasted text")
        if item.error:
            messages.error(request, _("%(name)s: not stored. %(reason)s") % {"name": name, "reason": item.error})
            continue
        stored = item.stored
        link = reverse("ingest:article", args=[stored.article.pk])
        if stored.created:
            created += 1
            if not item.has_arabic:
                messages.warning(request, format_html(
                    _('{}: stored, but it has no Arabic text; few events will be found. <a href="{}">Open it</a>.'),
                    name, link))
        else:
            messages.info(request, format_html(_('{}: already stored as <a href="{}">article {}</a>; not parsed again.'),
                                               name, link, stored.article.pk))
    if created:
        messages.success(request, ngettext("%(count)d article stored and queued for parsing.",
                                           "%(count)d articles stored and queued for parsing.", created)
                         % {"count": created})
        if not services.broker_is_reachable():
            messages.warning(request, _("Processing is delayed: the task queue is unreachable. The articles are saved "
                                        "and will be parsed automatically when it is back."))


def article_list(request):
    articles = Article.objects.select_related("uploaded_by").only(
        "pk", "title", "filename", "outlet", "published", "published_source", "status", "error", "created",
        "has_arabic", "uploaded_by__username")
    status = request.GET.get("status")
    if status in Article.Status.values:
        articles = articles.filter(status=status)
    page = Paginator(articles, 50).get_page(request.GET.get("page"))
    waiting = Article.objects.filter(status=Article.Status.QUEUED).exists()
    ctx = {"page": page, "status": status, "statuses": Article.Status.choices,
           "delayed": waiting and not services.broker_is_reachable(),
           "failed": Article.objects.filter(status=Article.Status.FAILED).count()}
    return render(request, "ingest/article_list.html", ctx)

# The list page polls the articles it shows (50 a page).
STATUS_IDS_MAX = 200


def article_status(request):
    """Statuses of the listed articles, polled by the list page until all are finished."""
    ids = [parse_id(i) for i in request.GET.get("ids", "").split(",") if i]
    if None in ids or len(ids) > STATUS_IDS_MAX:
        return JsonResponse({"error": f"ids must be up to {STATUS_IDS_MAX} article ids (whole numbers) separated by "
                                      "commas"}, status=400)
    rows = Article.objects.filter(pk__in=ids).values("pk", "status", "error")
    return JsonResponse({"articles": {
        str(r["pk"]): {"status": r["status"], "label": Article.Status(r["status"]).label, "error": r["error"]}
        for r in rows}})


def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("uploaded_by"), pk=pk)
    events = article.events.select_related("place").prefetch_related("event_actors__actor").order_by("evidence_start")
    part = reading.text_part(article.text, parse_id(request.GET.get("part", "")) or 1)
    return render(request, "ingest/article_detail.html", {"article": article, "events": events, "part": part})


@require_POST
@permission_required(UPLOAD_PERMISSION, raise_exception=True)
def reparse_failed(request):
    with transaction.atomic():
        count = services.request_reparse(Article.objects.filter(status=Article.Status.FAILED))
    messages.success(request, ngettext("%(count)d failed article queued for parsing again.",
                                       "%(count)d failed articles queued for parsing again.", count) % {"count": count})
    return redirect("ingest:list")


@require_POST
@permission_required(UPLOAD_PERMISSION, raise_exception=True)
def article_reparse(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    with transaction.atomic():
        services.request_reparse(Article.objects.filter(pk=article.pk))
    messages.success(request, _("Queued for parsing again. Events you edited are kept."))
    return redirect(article)
