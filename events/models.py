"""What analysts look at: the gazetteer, the actor dictionary, trigger words and events.

Places, actors and trigger words are the extractor's dictionaries: editing them in
the admin changes the next parse (see ingest.dictionaries).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


def split_aliases(value: str) -> list[str]:
    """Aliases are stored one per line (a `|` also separates, as in the shipped CSV)."""
    return [a.strip() for line in value.splitlines() for a in line.split("|") if a.strip()]


class BilingualName:
    """Places and actors have an Arabic and an English name: an Arabic page shows the Arabic one first."""

    @property
    def local_name(self) -> str:
        return (self.name_ar or self.name_en) if get_language_bidi() else self.name_en

    @property
    def other_name(self) -> str:
        other = self.name_en if get_language_bidi() else self.name_ar
        return "" if other == self.local_name else other


# Gazetteer kinds, named in the page's language (the data keeps the English key).
PLACE_KINDS = {
    "city": _("city"), "town": _("town"), "village": _("village"), "neighbourhood": _("neighbourhood"),
    "landmark": _("landmark"), "border crossing": _("border crossing"), "river crossing": _("river crossing"),
    "military base": _("military base"), "airport": _("airport"), "station": _("station"),
    "oil field": _("oil field"),
}


class Place(BilingualName, models.Model):
    class Confidence(models.TextChoices):
        HIGH = "high", _("high: published coordinates, cross-checked")
        MEDIUM = "medium", _("medium: one published source")
        LOW = "low", _("low: estimated, proxy or placeholder point")

    # Stable id used by the data files and by the extractor ("geonames:<id>" for fallbacks).
    key = models.CharField(_("key"), max_length=120, unique=True)
    name_en = models.CharField(_("English name"), max_length=200)
    name_ar = models.CharField(_("Arabic name"), max_length=200)
    aliases_ar = models.TextField(_("Arabic aliases"), blank=True, help_text=_("One per line."))
    kind = models.CharField(_("kind"), max_length=40, blank=True, db_index=True)
    lat = models.FloatField(_("latitude"))
    lon = models.FloatField(_("longitude"))
    admin = models.CharField(_("administrative area"), max_length=300, blank=True)
    country = models.CharField(_("country"), max_length=10, blank=True)
    source = models.TextField(_("source"), blank=True)
    confidence = models.CharField(_("confidence"), max_length=6, choices=Confidence.choices, default=Confidence.MEDIUM)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return f"{self.name_en} ({self.name_ar})"

    def clean(self):
        # A point off the globe (or NaN) breaks the map for every analyst, so none is ever stored.
        errors = {}
        if self.lat is not None and not -90 <= self.lat <= 90:
            errors["lat"] = _("Latitude must be between -90 and 90 degrees.")
        if self.lon is not None and not -180 <= self.lon <= 180:
            errors["lon"] = _("Longitude must be between -180 and 180 degrees.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)

    @property
    def is_approximate(self) -> bool:
        return self.confidence == self.Confidence.LOW

    @property
    def kind_display(self) -> str:
        return PLACE_KINDS.get(self.kind, self.kind)

    @property
    def alias_list(self) -> list[str]:
        return split_aliases(self.aliases_ar)


class Actor(BilingualName, models.Model):
    slug = models.SlugField(_("id"),
                            max_length=60, unique=True, help_text=_("Fixed id used in exports and evaluation."))
    name_en = models.CharField(_("English name"), max_length=200)
    name_ar = models.CharField(_("Arabic name"), max_length=200, blank=True)
    aliases_ar = models.TextField(_("Arabic aliases"), blank=True, help_text=_("One per line."))
    kind = models.CharField(_("kind"), max_length=40, blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name_en

    @property
    def alias_list(self) -> list[str]:
        return split_aliases(self.aliases_ar)


class EventType(models.TextChoices):
    AIRSTRIKE = "airstrike", _("Air or drone strike")
    SHELLING = "shelling", _("Shelling, rockets, missiles")
    ARMED_CLASH = "armed_clash", _("Attack or armed clash")
    VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians", _("Violence against civilians")
    EXPLOSION = "explosion", _("Explosion, IED, mine")
    CHECKPOINT = "checkpoint", _("Checkpoint")
    CROSSING = "crossing", _("Crossing")
    SMUGGLING = "smuggling", _("Smuggling")
    DEPLOYMENT = "deployment", _("Deployment, withdrawal, curfew")
    MEETING = "meeting", _("Meeting or visit")
    RECRUITMENT = "recruitment", _("Recruitment")
    ARREST = "arrest", _("Arrest or raid")


class TriggerWord(models.Model):
    """An Arabic word or phrase that signals an event (inflected and clitic forms are derived)."""

    class Kind(models.TextChoices):
        EVENT = "event", _("names the event type by itself (غارة، حاجز)")
        WEAPON = "weapon", _("names it only next to an attack verb (صواريخ)")
        ATTACK_CUE = "attack_cue", _("an attack whose type comes from context (استهدف، قصف)")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.EVENT)
    event_type = models.CharField(_("event type"), max_length=30, choices=EventType.choices, blank=True, db_index=True,
                                  help_text=_("Empty for attack cues."))
    phrase = models.CharField(_("phrase"), max_length=120)
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("trigger word")
        verbose_name_plural = _("trigger words")
        ordering = ["kind", "event_type", "phrase"]
        constraints = [models.UniqueConstraint(fields=["kind", "event_type", "phrase"], name="unique_trigger")]

    def __str__(self) -> str:
        return f"{self.phrase} → {self.get_event_type_display() or self.get_kind_display()}"


class Event(models.Model):
    Type = EventType

    class DatePrecision(models.TextChoices):
        DAY = "day", _("day")
        WEEK = "week", _("week")
        MONTH = "month", _("month")
        REPORTED = "reported", _("publication date only")

    class GeoPrecision(models.IntegerChoices):
        EXACT = 1, _("1: exact site")
        NEAR = 2, _("2: near a town")
        WIDE = 3, _("3: district or wider")

    class Attribution(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        CLAIMED = "claimed", _("claimed")
        SUSPECTED = "suspected", _("suspected")
        UNKNOWN = "unknown", _("unknown")

    article = models.ForeignKey("ingest.Article", verbose_name=_("article"), on_delete=models.CASCADE,
                                related_name="events")
    event_type = models.CharField(_("event type"), max_length=30, choices=EventType.choices, db_index=True)
    date = models.DateField(_("date"), db_index=True)
    date_precision = models.CharField(_("date precision"),
                                      max_length=10, choices=DatePrecision.choices, default=DatePrecision.DAY)
    place = models.ForeignKey(Place, verbose_name=_("place"),
                              null=True, blank=True, on_delete=models.PROTECT, related_name="events")
    place_text = models.CharField(_("place as written"), max_length=300, blank=True)
    geo_precision = models.PositiveSmallIntegerField(_("geo precision"),
                                                     choices=GeoPrecision.choices, default=2, db_index=True)
    attribution = models.CharField(_("attribution"),
                                   max_length=10, choices=Attribution.choices, default="unknown", db_index=True)
    killed_min = models.PositiveIntegerField(_("killed, at least"), null=True, blank=True)
    killed_max = models.PositiveIntegerField(_("killed, at most"), null=True, blank=True)
    injured_min = models.PositiveIntegerField(_("injured, at least"), null=True, blank=True)
    injured_max = models.PositiveIntegerField(_("injured, at most"), null=True, blank=True)
    evidence = models.TextField(_("evidence"))
    evidence_start = models.PositiveIntegerField(_("evidence start"))
    evidence_end = models.PositiveIntegerField(_("evidence end"))
    confidence = models.FloatField(_("confidence"), default=0.5)
    class Review(models.TextChoices):
        UNREVIEWED = "unreviewed", _("unreviewed")
        CONFIRMED = "confirmed", _("confirmed")
        EDITED = "edited", _("edited")
        REJECTED = "rejected", _("rejected")

    # Re-parsing replaces only unreviewed machine-made events: reviewed and hand-made ones stay,
    # and the machine does not add its own reading of a reviewed mention again (`extracted_as`).
    machine_made = models.BooleanField(_("machine-made"), default=True)
    review = models.CharField(_("review"), max_length=10, choices=Review.choices, default=Review.UNREVIEWED)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"),
                                    null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    extracted_as = models.CharField(_("extracted as"), max_length=60, blank=True, editable=False,
                                    help_text=_("Type and evidence offset the extractor gave this event."))
    incident = models.ForeignKey("Incident", verbose_name=_("incident"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="events")
    # Same type, place and day: how the same incident told by several articles is recognised.
    incident_key = models.CharField(_("incident key"), max_length=120, db_index=True)
    actors = models.ManyToManyField(Actor, verbose_name=_("actors"), through="EventActor", related_name="events")
    created = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["incident_key", "created"])

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-date", "-id"]
        indexes = [
            models.Index(fields=["event_type", "date"], name="event_type_date"),
            # The map lists each place's latest events.
            models.Index(fields=["place", "date"], name="event_place_date"),
            # The review queue: unreviewed events, least confident first.
            models.Index(fields=["review", "confidence"], name="event_review_confidence"),
        ]

    def __str__(self) -> str:
        return f"{self.get_event_type_display()} {self.date} {self.place_id and self.place.name_en or ''}"

    def get_absolute_url(self) -> str:
        return reverse("events:event", args=[self.pk])

    def save(self, *args, **kwargs):
        self.incident_key = self.make_incident_key(self.event_type, self.place_id, self.date)
        super().save(*args, **kwargs)

    @staticmethod
    def extraction_key(event_type: str, evidence_start: int) -> str:
        return f"{event_type}@{evidence_start}"

    @staticmethod
    def make_incident_key(event_type: str, place_id: int | None, date) -> str:
        return f"{event_type}:{place_id or '-'}:{date}"  # str(date) is ISO

    @property
    def is_kept_on_reparse(self) -> bool:
        return not self.machine_made or self.review != self.Review.UNREVIEWED

    @property
    def killed_display(self) -> str:
        return _range_display(self.killed_min, self.killed_max)

    @property
    def injured_display(self) -> str:
        return _range_display(self.injured_min, self.injured_max)

    @property
    def fatalities(self) -> int:
        """ACLED reports one number: the lower bound is the conservative reading."""
        return self.killed_min or 0


def _range_display(low: int | None, high: int | None) -> str:
    if low is None:
        return ""
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}–{high}"


class EventActor(models.Model):
    class Role(models.TextChoices):
        ACTOR1 = "actor1", _("actor1 (acts)")
        ACTOR2 = "actor2", _("actor2 (acted upon)")

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="event_actors")
    actor = models.ForeignKey(Actor, verbose_name=_("actor"), on_delete=models.PROTECT, related_name="event_roles")
    role = models.CharField(_("role"), max_length=6, choices=Role.choices)
    text = models.CharField(_("as written"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("actor of an event")
        verbose_name_plural = _("actors of events")
        constraints = [models.UniqueConstraint(fields=["event", "actor", "role"], name="unique_event_actor_role")]
        indexes = [models.Index(fields=["actor", "role"], name="eventactor_actor_role")]

    def __str__(self) -> str:
        return f"{self.actor.local_name} ({self.get_role_display()})"


# How an incident's kind (events.incidents.FAMILIES, else the event type) reads.
INCIDENT_FAMILIES = {"strike": _("strike (air, drone or shelling)"), "attack": _("attack or explosion"),
                     "crossing": _("crossing or smuggling")}


class Incident(models.Model):
    """One occurrence told by several reports (events from different articles).

    The machine proposes (events.incidents.propose_incidents); the analyst accepts or splits.
    """

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACCEPTED = "accepted", _("accepted")

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED,
                              db_index=True)
    family = models.CharField(_("kind"), max_length=30)
    place = models.ForeignKey(Place, verbose_name=_("place"), null=True, on_delete=models.PROTECT, related_name="+")
    date_first = models.DateField(_("first date"), db_index=True)
    date_last = models.DateField(_("last date"))
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"),
                                    null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["created"])

    class Meta:
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")
        ordering = ["-date_first", "-id"]

    def __str__(self) -> str:
        return _("Incident %(id)s") % {"id": self.pk}

    @property
    def family_display(self) -> str:
        if self.family in INCIDENT_FAMILIES:
            return INCIDENT_FAMILIES[self.family]
        return EventType(self.family).label if self.family in EventType.values else self.family

    def get_absolute_url(self) -> str:
        return reverse("events:incident", args=[self.pk])
