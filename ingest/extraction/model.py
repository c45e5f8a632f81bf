"""The extractor's output: one event as DESIGN.md's contract defines it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .lexicon import PlaceEntry

Range = tuple[int, int | None]


@dataclass
class ExtractedEvent:
    event_type: str
    date: dt.date
    date_precision: str
    place: PlaceEntry | None
    place_text: str
    geo_precision: int
    actors: list[tuple[str, str, str]] = field(default_factory=list)  # (actor id, role, text as written)
    attribution: str = "unknown"
    killed: Range | None = None
    injured: Range | None = None
    evidence_text: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    confidence: float = 0.5
    # What the confidence was computed from (confidence.py), for the fit and for explaining it.
    features: dict[str, float] = field(default_factory=dict)

    def actor_ids(self, role: str) -> list[str]:
        return [slug for slug, r, _ in self.actors if r == role]

    def to_json(self) -> dict:
        place = None
        if self.place is not None:
            place = {"name": self.place.name_en, "name_ar": self.place.name_ar, "lat": self.place.lat,
                     "lon": self.place.lon, "precision": self.geo_precision, "key": self.place.key,
                     "text": self.place_text}
        return {
            "event_type": self.event_type,
            "date": self.date.isoformat(),
            "date_precision": self.date_precision,
            "place": place,
            "actors": [{"id": slug, "role": role} for slug, role, _ in self.actors],
            "attribution": self.attribution,
            "killed": _range_json(self.killed),
            "injured": _range_json(self.injured),
            "evidence": {"text": self.evidence_text, "start": self.evidence_start, "end": self.evidence_end},
            "confidence": round(self.confidence, 2),
        }


def _range_json(value: Range | None) -> dict | None:
    return None if value is None else {"min": value[0], "max": value[1]}
