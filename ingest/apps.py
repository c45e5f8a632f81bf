from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    """Everything between an uploaded file and its events: decoding, the parse task, the extractor."""

    name = "ingest"
    verbose_name = _("Articles")
