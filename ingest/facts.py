"""An article's facts (publication date, outlet, source URL, title), as an analyst corrects them.

A new publication date re-parses the article: its relative dates («مساء السبت») hang on it.
The change is recorded in the article's history with who made it.
"""

from __future__ import annotations

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ingest import services
from ingest.models import Article

FACTS = ["published", "outlet", "url", "title"]


class ArticleFactsForm(forms.ModelForm):
    url = forms.URLField(required=False, max_length=1000, assume_scheme="https", label=_("Source URL"))

    class Meta:
        model = Article
        fields = FACTS
        widgets = {"published": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "title": forms.TextInput(attrs={"dir": "auto"})}
        labels = {"published": _("Publication date"), "outlet": _("Outlet"), "url": _("Source URL"),
                  "title": _("Title")}
        help_texts = {"published": _("Changing it parses the article again: its relative dates move with it.")}

    def clean_url(self):
        url = self.cleaned_data["url"]
        if url and not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(_("Only http:// and https:// links are kept."))
        return url


class ArticleDateForm(forms.ModelForm):
    """Only the date, filled in place on the article list."""

    class Meta:
        model = Article
        fields = ["published"]
        widgets = {"published": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["published"].required = True


def save_facts(form: forms.ModelForm, user) -> bool:
    """Save the analyst's facts; True when the new date queued a re-parse."""
    article = form.instance
    date_changed = "published" in form.changed_data
    with transaction.atomic():
        if date_changed:
            article.published_source = Article.DateSource.ANALYST
        article._history_user = user
        article._change_reason = "facts corrected"
        form.save()
        if date_changed:
            services.request_reparse(Article.objects.filter(pk=article.pk))
    return date_changed
