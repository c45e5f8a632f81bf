"""Correct an article's facts: on its page (all of them) or in place on the list (the date)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.roles import EDIT_PERMISSION
from events import history
from ingest.facts import ArticleDateForm, ArticleFactsForm, save_facts
from ingest.models import Article


@permission_required(EDIT_PERMISSION, raise_exception=True)
def article_facts(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    form = ArticleFactsForm(request.POST or None, instance=article)
    if request.method == "POST" and form.is_valid():
        _tell(request, save_facts(form, request.user))
        return redirect(article)
    return render(request, "ingest/article_facts.html",
                  {"article": article, "form": form, "history": history.trail(article)})


@require_POST
@permission_required(EDIT_PERMISSION, raise_exception=True)
def article_date(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    form = ArticleDateForm(request.POST, instance=article)
    if form.is_valid():
        _tell(request, save_facts(form, request.user), article)
    else:
        messages.error(request, _("Article %(id)s: the date was not saved. %(errors)s") % {
            "id": article.pk, "errors": " ".join(form.errors.get("published", []))})
    return redirect(request.POST.get("back") if request.POST.get("back", "").startswith("/articles/")
                    else "ingest:list")


def _tell(request, reparsing: bool, article: Article | None = None) -> None:
    prefix = _("Article %(id)s: ") % {"id": article.pk} if article else ""
    if reparsing:
        messages.success(request, prefix + _("saved; parsing again with the new date (reviewed events are kept)."))
    else:
        messages.success(request, prefix + _("saved."))
