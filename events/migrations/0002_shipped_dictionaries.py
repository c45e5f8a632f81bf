"""Load the gazetteer, actor dictionary and trigger words shipped in ingest/extraction/data."""

from django.db import migrations


def load(apps, schema_editor):
    from events.dictionaries import load_shipped_dictionaries

    load_shipped_dictionaries(apps)


def unload(apps, schema_editor):
    from events.dictionaries import unload_shipped_dictionaries

    unload_shipped_dictionaries(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
