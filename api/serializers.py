"""What the API says about each thing. Event fields carry ACLED's names where ACLED has one."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from events.exports import ACLED_TYPES, TIME_PRECISION
from events.models import Actor, Event, Incident, Place
from ingest.models import Article


class EventActorSerializer(serializers.Serializer):
    actor = serializers.CharField(source="actor.slug", help_text=_("The actor's fixed id (the `actor` filter)."))
    name = serializers.CharField(source="actor.name_en")
    name_ar = serializers.CharField(source="actor.name_ar")
    role = serializers.CharField(help_text=_("actor1 acts, actor2 is acted upon."))
    as_written = serializers.CharField(source="text", help_text=_("How the article names it."))


class EventSerializer(serializers.ModelSerializer):
    """The fields are declared for the schema; to_representation builds the same dict by hand, because
    DRF's field-by-field path cost half a millisecond an event (a minute to walk 100,000)."""

    event_id_cnty = serializers.CharField(help_text=_("ACLED-style id: ABK and our id."))
    event_date = serializers.DateField(source="date")
    time_precision = serializers.IntegerField(help_text=_("ACLED's: 1 day, 2 week, 3 month or vaguer."))
    acled_event_type = serializers.CharField(help_text=_("ACLED's event type for our type."))
    sub_event_type = serializers.CharField(help_text=_("ACLED's sub-event type for our type."))
    actor1 = serializers.ListField(child=serializers.CharField(), help_text=_("Names of the actors who act."))
    actor2 = serializers.ListField(child=serializers.CharField(), help_text=_("Names of the actors acted upon."))
    actors = EventActorSerializer(source="links", many=True, read_only=True)
    place = serializers.CharField(allow_null=True, help_text=_("Gazetteer key (the `place` filter)."))
    location = serializers.CharField(allow_null=True)
    location_ar = serializers.CharField(allow_null=True)
    admin1 = serializers.CharField(allow_null=True)
    country = serializers.CharField(allow_null=True)
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    location_approximate = serializers.BooleanField(allow_null=True)
    place_as_written = serializers.CharField(source="place_text")
    fatalities = serializers.IntegerField(help_text=_("ACLED's single figure: the lowest reported death toll."))
    source = serializers.CharField(help_text=_("The outlet that published the article."))
    source_url = serializers.CharField()
    notes = serializers.CharField(source="evidence", help_text=_("The Arabic sentence the event was read from."))

    class Meta:
        model = Event
        fields = [
            "id", "event_id_cnty", "event_date", "time_precision", "date_precision", "event_type",
            "acled_event_type", "sub_event_type", "actor1", "actor2", "actors", "country", "admin1", "location",
            "location_ar", "latitude", "longitude", "geo_precision", "location_approximate", "place",
            "place_as_written", "attribution", "fatalities", "killed_min", "killed_max", "injured_min",
            "injured_max", "source", "source_url", "article", "notes", "confidence", "review", "incident",
            "incident_key",
        ]

    def to_representation(self, event) -> dict:
        place, article, links = event.place, event.article, event.links  # see views.with_related
        acled_type, sub_type = ACLED_TYPES[event.event_type]
        return {
            "id": event.pk, "event_id_cnty": f"ABK{event.pk}", "event_date": event.date.isoformat(),
            "time_precision": TIME_PRECISION[event.date_precision], "date_precision": event.date_precision,
            "event_type": event.event_type, "acled_event_type": acled_type, "sub_event_type": sub_type,
            "actor1": [link.actor.name_en for link in links if link.role == "actor1"],
            "actor2": [link.actor.name_en for link in links if link.role == "actor2"],
            "actors": [{"actor": link.actor.slug, "name": link.actor.name_en, "name_ar": link.actor.name_ar,
                        "role": link.role, "as_written": link.text} for link in links],
            "country": place and place.country, "admin1": place and place.admin,
            "location": place and place.name_en, "location_ar": place and place.name_ar,
            "latitude": place and place.lat, "longitude": place and place.lon,
            "geo_precision": event.geo_precision, "location_approximate": place and place.is_approximate,
            "place": place and place.key, "place_as_written": event.place_text, "attribution": event.attribution,
            "fatalities": event.fatalities, "killed_min": event.killed_min, "killed_max": event.killed_max,
            "injured_min": event.injured_min, "injured_max": event.injured_max, "source": article.outlet,
            "source_url": article.url, "article": event.article_id, "notes": event.evidence,
            "confidence": event.confidence, "review": event.review, "incident": event.incident_id,
            "incident_key": event.incident_key,
        }


class ArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "filename", "outlet", "url", "published", "published_source", "has_arabic",
                  "status", "error", "parser_version", "created", "parsed_at"]


class EvidenceSerializer(serializers.Serializer):
    text = serializers.CharField(source="evidence")
    start = serializers.IntegerField(source="evidence_start", help_text=_("Character offset in the article text."))
    end = serializers.IntegerField(source="evidence_end")


class EventDetailSerializer(EventSerializer):
    evidence = EvidenceSerializer(source="*", read_only=True)
    article = ArticleSerializer(read_only=True)

    class Meta(EventSerializer.Meta):
        fields = [*EventSerializer.Meta.fields, "evidence"]

    def to_representation(self, event) -> dict:
        return {**super().to_representation(event), "article": ArticleSerializer(event.article).data,
                "evidence": EvidenceSerializer(event).data}


class PlaceSerializer(serializers.ModelSerializer):
    latitude = serializers.FloatField(source="lat")
    longitude = serializers.FloatField(source="lon")
    admin1 = serializers.CharField(source="admin")
    aliases_ar = serializers.ListField(source="alias_list", child=serializers.CharField())
    location_approximate = serializers.BooleanField(source="is_approximate")

    class Meta:
        model = Place
        fields = ["key", "name_en", "name_ar", "aliases_ar", "kind", "latitude", "longitude", "admin1", "country",
                  "confidence", "location_approximate"]


class ActorSerializer(serializers.ModelSerializer):
    aliases_ar = serializers.ListField(source="alias_list", child=serializers.CharField())

    class Meta:
        model = Actor
        fields = ["slug", "name_en", "name_ar", "aliases_ar", "kind"]


class UploadRequestSerializer(serializers.Serializer):
    """Documents the upload's fields; the browser's UploadForm validates them (same limits and messages)."""

    files = serializers.ListField(child=serializers.FileField(), required=False,
                                  help_text=_("One or more .txt or .html files."))
    text = serializers.CharField(required=False, help_text=_("…or the article's text."))
    outlet = serializers.CharField(required=False, max_length=200)
    url = serializers.URLField(required=False, max_length=1000, help_text=_("Where the article was published."))
    published = serializers.DateField(required=False, help_text=_(
        "Publication date: relative dates in the text are resolved against it. Left out: the date in the page or "
        "text, else today (flagged)."))


class UploadedSerializer(serializers.Serializer):
    name = serializers.CharField(help_text=_("The file's name; empty for pasted text."))
    id = serializers.IntegerField(required=False, help_text=_("The article's id: poll /api/articles/<id>/."))
    status = serializers.CharField(required=False)
    created = serializers.BooleanField(required=False, help_text=_("False: the same article was already stored."))
    has_arabic = serializers.BooleanField(required=False)
    error = serializers.CharField(required=False, help_text=_("Why this file was not stored."))


class UploadResponseSerializer(serializers.Serializer):
    articles = UploadedSerializer(many=True)


class IncidentSerializer(serializers.ModelSerializer):
    place = serializers.CharField(source="place.key", allow_null=True)
    location = serializers.CharField(source="place.name_en", allow_null=True)
    latitude = serializers.FloatField(source="place.lat", allow_null=True)
    longitude = serializers.FloatField(source="place.lon", allow_null=True)
    reports = serializers.IntegerField(help_text=_("How many events (reports) it gathers."))
    articles = serializers.IntegerField(help_text=_("From how many articles."))

    class Meta:
        model = Incident
        fields = ["id", "status", "family", "place", "location", "latitude", "longitude", "date_first", "date_last",
                  "reports", "articles"]


class IncidentDetailSerializer(IncidentSerializer):
    """An incident is the sum of its reports: which events, which outlets, the range of what they say."""

    events = serializers.SerializerMethodField(help_text=_("Ids of its events, oldest first."))
    outlets = serializers.ListField(source="summary.outlets", child=serializers.CharField())
    single_source = serializers.BooleanField(source="summary.single_source")
    killed = serializers.CharField(source="summary.killed", help_text=_("Lowest to highest toll reported, e.g. 3–7."))
    injured = serializers.CharField(source="summary.injured")

    class Meta(IncidentSerializer.Meta):
        fields = [*IncidentSerializer.Meta.fields, "events", "outlets", "single_source", "killed", "injured"]

    def get_events(self, incident) -> list[int]:
        return [event.pk for event in incident.summary.reports]
