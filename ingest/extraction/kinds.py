"""Kinds of event types and actors that rules across the extractor reason about."""

ATTACK_TYPES = {"airstrike", "shelling", "armed_clash", "explosion", "violence_against_civilians"}
VIOLENT_TYPES = ATTACK_TYPES | {"arrest"}
REMOTE_VIOLENCE = {"airstrike", "shelling", "explosion"}
# Events of forces or goods moving from one place to another.
MOVEMENT_TYPES = {"deployment", "smuggling"}
# Catch-all ids, dropped when a named group follows the generic word.
GENERIC_ACTORS = {"iran_backed_militias", "unidentified"}
SITE_KINDS = {"border crossing", "river crossing", "military base", "airport", "landmark", "neighbourhood",
              "station", "oil field", "village"}
