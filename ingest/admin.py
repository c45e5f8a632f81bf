from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ingest.models import Article
from ingest.services import request_reparse


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("number", "title", "outlet", "published", "status", "created")
    list_filter = ("status", "outlet", "has_arabic")
    search_fields = ("title", "text", "outlet", "filename")
    readonly_fields = ("content_hash", "status", "error", "parser_version", "claimed_at", "task_id", "parsed_at",
                       "created", "updated", "uploaded_by")
    actions = ["reparse"]

    @admin.display(description="#", ordering="pk")
    def number(self, article):
        return article.pk

    @admin.action(description=_("Parse the selected articles again"))
    def reparse(self, request, queryset):
        count = request_reparse(queryset)
        self.message_user(request, ngettext("%(count)d article queued for parsing.", "%(count)d articles queued for parsing.",
                                            count) % {"count": count})
