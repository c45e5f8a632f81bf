"""Confidence as a probability that an event is right, from features an analyst can read.

Each event is described by a handful of features (how strong its trigger word is,
whether the place and the date are its own or borrowed, whether a doer is named, how
often the article retells it, where in the article it is told…). A logistic model
combines them; its coefficients are data (`data/confidence.json`), fitted by
`bench/fit_confidence.py` on the seed articles and the development set, which reports
how well the fit holds on families of articles it was not fitted on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .background import opens_with_reporting_verb
from .mentions import Mention

DATA_FILE = Path(__file__).parent / "data" / "confidence.json"

_TYPE_GROUPS = {
    "airstrike": "strike", "shelling": "strike", "explosion": "strike", "armed_clash": "clash",
    "violence_against_civilians": "clash", "arrest": "arrest", "checkpoint": "post", "crossing": "post",
    "smuggling": "traffic", "deployment": "movement", "meeting": "other", "recruitment": "other",
}
FEATURES = (
    "trigger_names_type", "trigger_is_weapon", "place_own", "place_near", "place_main", "place_is_site",
    "date_own", "date_carried", "doer_named", "victim_named", "casualties_told", "retellings",
    "first_paragraphs", "lede", "told_by_someone", "date_vague", "definite_trigger", "type_strike", "type_clash", "type_arrest", "type_post",
    "type_traffic", "type_movement",
)


def features(m: Mention, mentions: list[Mention], body_position: float) -> dict[str, float]:
    """What is known of one event: `m` is the mention that leads it (the one its details were
    gathered into), `mentions` all its tellings; `body_position` is the lead's sentence's place in the
    report, 0 at the lede and approaching 1 at its end."""
    group = _TYPE_GROUPS.get(m.event_type, "other")
    values = {
        "trigger_names_type": float(m.strength == "event"),
        "trigger_is_weapon": float(m.strength == "weapon"),
        "place_own": float(m.place_role == "own"),
        "place_near": float(m.place_role in ("near", "locator", "region")),
        "place_main": float(m.place_role == "main"),
        "place_is_site": float(m.place is not None and m.place.kind not in ("city", "town", "village")),
        "date_own": float(m.date is not None and not m.date_carried),
        "date_carried": float(m.date_carried),
        "doer_named": float(bool(m.actor_ids("actor1") - {"unidentified", "civilians"})),
        "victim_named": float(bool(m.actor_ids("actor2"))),
        "casualties_told": float(m.killed is not None or m.injured is not None),
        "retellings": math.log(len(mentions)),
        "first_paragraphs": float(body_position < 0.34),  # the first third of the report
        "lede": float(body_position == 0),
        "told_by_someone": float(opens_with_reporting_verb(m.sentence)),
        "date_vague": float(m.date_precision in ("week", "month")),
        "definite_trigger": float(m.definite),
    }
    for name in ("strike", "clash", "arrest", "post", "traffic", "movement"):
        values[f"type_{name}"] = float(group == name)
    return values


@dataclass(frozen=True)
class ConfidenceModel:
    intercept: float
    weights: dict[str, float]
    # Events less likely than this to be right are not proposed at all.
    report_threshold: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * v for name, v in values.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def shipped_model() -> ConfidenceModel:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return ConfidenceModel(data["intercept"], data["weights"], data["report_threshold"])
