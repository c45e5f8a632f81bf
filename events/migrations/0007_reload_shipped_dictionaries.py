"""Brings the trigger words added to the shipped files since 0005 (infiltration, seized loads,
joining a militia) to databases made before them. It runs 0005's step again, which only adds:
an analyst's edits and removals are kept, and going back removes nothing.

0005's function is imported, not copied: a squash that drops 0005 must copy it here first
(`squashmigrations` lists functions taken from migration modules for that reason).
"""

from importlib import import_module

from django.db import migrations

add_shipped_words = import_module("events.migrations.0005_reload_shipped_dictionaries").add_shipped_words


class Migration(migrations.Migration):
    dependencies = [("events", "0006_verbose_names")]

    operations = [migrations.RunPython(add_shipped_words, migrations.RunPython.noop)]
