from django.apps import AppConfig


class IngestConfig(AppConfig):
    """Everything between an uploaded file and its events: decoding, the parse task, the extractor."""

    name = "ingest"
