"""An uploaded article and where it stands in the parse pipeline."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Article(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        PROCESSING = "processing", _("processing")
        PARSED = "parsed", _("parsed")
        FAILED = "failed", _("failed")

    class DateSource(models.TextChoices):
        FORM = "form", _("given at upload")
        METADATA = "metadata", _("HTML metadata")
        DATELINE = "dateline", _("dateline in the text")
        UPLOAD = "upload", _("upload date (no date found)")
        ANALYST = "analyst", _("set by an analyst")

    filename = models.CharField(_("file name"), max_length=255, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True, db_index=True)
    url = models.URLField(_("source URL"), max_length=1000, blank=True)
    published = models.DateField(_("publication date"), null=True, blank=True, db_index=True)
    published_source = models.CharField(_("publication date from"),
                                        max_length=10, choices=DateSource.choices, default=DateSource.UPLOAD)
    text = models.TextField(_("text"))
    # sha256 of the normalised text: the same article uploaded twice is one row.
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True)
    has_arabic = models.BooleanField(_("has Arabic text"), default=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(_("error"), blank=True)
    parser_version = models.CharField(_("parser version"), max_length=20, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"),
                                    null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    # When a worker claimed it; the sweeper requeues articles claimed too long ago.
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    # The Celery task id holding the claim: a redelivery of the same task may take it over.
    task_id = models.CharField(_("task id"), max_length=64, blank=True)
    parsed_at = models.DateTimeField(_("parsed at"), null=True, blank=True)
    # The audit trail follows the article's facts (what an analyst may correct), not the pipeline.
    history = HistoricalRecords(excluded_fields=[
        "text", "content_hash", "has_arabic", "status", "error", "parser_version", "claimed_at", "task_id",
        "parsed_at", "updated",
    ])

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["status", "claimed_at"], name="article_status_claimed")]

    def __str__(self) -> str:
        return self.title or self.filename or _("Article %(id)s") % {"id": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("ingest:article", args=[self.pk])
