from django.contrib import admin

from ingest.models import Article
from ingest.services import request_reparse


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("pk", "title", "outlet", "published", "status", "created")
    list_filter = ("status", "outlet", "has_arabic")
    search_fields = ("title", "text", "outlet", "filename")
    readonly_fields = ("content_hash", "status", "error", "parser_version", "claimed_at", "task_id", "parsed_at",
                       "created", "updated", "uploaded_by")
    actions = ["reparse"]

    @admin.action(description="Parse the selected articles again")
    def reparse(self, request, queryset):
        self.message_user(request, f"{request_reparse(queryset)} articles queued for parsing.")
