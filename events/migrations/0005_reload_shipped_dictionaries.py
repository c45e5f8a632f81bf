"""Brings the trigger words added to the shipped files (sweeps, curfews, Iraqi checkpoints,
training, shootings, seizures…) to databases made before them. Loading is idempotent and
leaves analysts' own entries alone; going back removes nothing an analyst may rely on."""

from django.db import migrations


def load(apps, schema_editor):
    from events.dictionaries import load_shipped_dictionaries

    load_shipped_dictionaries(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0004_review_history_incidents")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
