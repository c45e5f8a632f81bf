"""Brings the trigger words and actor aliases added to the shipped files (sweeps, curfews, Iraqi
checkpoints, training, shootings, seizures; the area's security forces and factions) to databases
made before them. It only adds: an analyst's edits to an existing place, actor or trigger word are
kept, and going back removes nothing an analyst may have come to rely on.

The files are read as they are when the migration runs (a later change to their format must come
with its own migration); the code is frozen here rather than imported, so later loaders cannot
change what this step does.
"""

import json
from pathlib import Path

from django.db import migrations

DATA_DIR = Path(__file__).resolve().parents[2] / "ingest" / "extraction" / "data"


def add_shipped_words(apps, schema_editor):
    Actor, TriggerWord = apps.get_model("events", "Actor"), apps.get_model("events", "TriggerWord")
    triggers = json.loads((DATA_DIR / "triggers.json").read_text(encoding="utf-8"))
    rows = [("event", t, p) for t, phrases in triggers["triggers"].items() for p in phrases]
    rows += [("weapon", t, p) for t, phrases in triggers["weapons"].items() for p in phrases]
    rows += [("attack_cue", "", p) for p in triggers["attack_cues"]]
    for kind, event_type, phrase in rows:
        TriggerWord.objects.get_or_create(kind=kind, event_type=event_type, phrase=phrase)
    for shipped in json.loads((DATA_DIR / "actors.json").read_text(encoding="utf-8")):
        actor = Actor.objects.filter(slug=shipped["slug"]).first()
        if actor is None:
            continue
        have = [a for a in actor.aliases_ar.splitlines() if a.strip()]
        missing = [a for a in shipped["aliases_ar"] if a not in have and a != actor.name_ar]
        if missing:
            actor.aliases_ar = "\n".join(have + missing)
            actor.save(update_fields=["aliases_ar", "updated"])


class Migration(migrations.Migration):
    dependencies = [("events", "0004_review_history_incidents")]

    operations = [migrations.RunPython(add_shipped_words, migrations.RunPython.noop)]
