"""Article text in, events out: read sentences, find mentions, merge them into events."""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from itertools import pairwise

from . import cues
from .background import denies_what_was_told, is_background
from .confidence import ConfidenceModel, features, shipped_model
from .dates import find_dates
from .details import geo_precision
from .discourse import DateThread, DoerThread
from .kinds import ATTACK_TYPES
from .lexicon import Dictionaries
from .locate import in_area, main_place, opening_place, settle_place
from .mentions import Mention, mentions_in
from .merge import Incident, merge_mentions
from .model import ExtractedEvent
from .page import report_sentences, starts_entry, starts_numbered_entry
from .sentence import Sentence, read_sentence
from .text import NormalisedText, sentences

PARSER_VERSION = "1.0"



def extract_events(text: str, published: dt.date, dicts: Dictionaries,
                   min_confidence: float | None = None) -> list[ExtractedEvent]:
    """The article's events, each with the probability that it is right.

    Events less likely than `min_confidence` (by default the confidence model's report
    threshold) are left out; `bench/fit_confidence.py` passes 0 to see them all.
    """
    # The objects built here form no reference cycles; without the cycle collector walking
    # them again and again, a long text costs time in proportion to its length.
    collecting = gc.isenabled()
    gc.disable()
    try:
        model = shipped_model()
        threshold = model.report_threshold if min_confidence is None else min_confidence
        return [e for e in _extract(text, published, dicts, model) if e.confidence >= threshold]
    finally:
        if collecting:
            gc.enable()


def _extract(text: str, published: dt.date, dicts: Dictionaries, model: ConfidenceModel) -> list[ExtractedEvent]:
    nt = NormalisedText.of(text)
    dates = find_dates(nt.text, 0, len(nt.text), published)
    read = [read_sentence(i, nt, s, e, dates, dicts) for i, (s, e) in enumerate(sentences(nt.text))]
    headline, body = report_sentences(read, nt.text)
    main = main_place(headline + body)
    dominant = _dominant_attack_type(body)
    mentions: list[Mention] = []
    thread, doers = DateThread(), DoerThread()
    entry = 0
    denied = {told.index for told, denial in pairwise(body) if denies_what_was_told(denial)}
    for s in body:
        entry += starts_numbered_entry(s, nt.text)
        if is_background(s) or not in_area(opening_place(s), dicts.area) or s.index in denied:
            continue  # background, what happened far away («وفي بغداد، …»), or a rumour denied next
        told = mentions_in(s, dominant)
        for m in told:
            m.entry = entry
        new_entry = starts_entry(s, nt.text)
        thread.follow(told, new_entry=new_entry)
        doers.follow(told, new_entry=new_entry)
        for m in told:
            settle_place(m, main, dicts.area)
            if in_area(m.place, dicts.area):
                mentions.append(m)
    position = {s.index: i / max(1, len(body)) for i, s in enumerate(body)}
    return [_to_event(incident, nt, published, model, position[incident.first.sentence.index])
            for incident in merge_mentions(mentions)]


def _dominant_attack_type(read: list[Sentence]) -> str:
    """What a bare «قصف» or «استهدف» means in this article: its most reported kind of attack.

    With none named, from the air if a foreign air force or an unknown aircraft is
    named anywhere in the article, else artillery.
    """
    counts = Counter()
    for s in read:
        for m in s.triggers:
            kind, etype = m.payload
            if etype in ATTACK_TYPES:
                # Weapons (صواريخ) are named in passing far more than they are fired.
                counts[etype] += {"event": 1.0, "weapon": 0.1}.get(kind, 0.0)
    if counts:
        return counts.most_common(1)[0][0]
    named = {a.payload for s in read for a in s.actors}
    return "airstrike" if named & cues.AIR_FORCES else "shelling"


def _to_event(incident: Incident, nt: NormalisedText, published: dt.date, model: ConfidenceModel,
              body_position: float) -> ExtractedEvent:
    m = incident.first
    s = m.sentence
    ev_start, ev_end = nt.original_span(s.start, s.end)
    place_text = _original(nt, m.place_span)
    date, precision = (m.date, m.date_precision) if m.date is not None else (published, "reported")
    known = features(incident.first, incident.mentions, body_position)
    return ExtractedEvent(
        event_type=m.event_type, date=date, date_precision=precision, place=m.place, place_text=place_text,
        geo_precision=geo_precision(m.place, m.place_role),
        actors=[(slug, role, _original(nt, span)) for (slug, role), span in m.actors.items()],
        attribution=m.attribution, killed=m.killed, injured=m.injured,
        evidence_text=nt.original[ev_start:ev_end], evidence_start=ev_start, evidence_end=ev_end,
        confidence=model.probability(known), features=known,
    )


def _original(nt: NormalisedText, span: tuple[int, int] | None) -> str:
    """The words as the article wrote them (diacritics, hamzas and all)."""
    if span is None:
        return ""
    start, end = nt.original_span(*span)
    return nt.original[start:end]
