"""What the API says about each thing. Event fields carry ACLED's names where ACLED has one."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events.exports import ACLED_TYPES, TIME_PRECISION
from events.models import Actor, Event, Place
from ingest.models import Article


class EventActorSerializer(serializers.Serializer):
    actor = serializers.CharField(source="actor.slug", help_text=_("The actor's fixed id (the `actor` filter)."))
    name = serializers.CharField(source="actor.name_en")
    name_ar = serializers.CharField(source="actor.name_ar")
    role = serializers.CharField(help_text=_("actor1 acts, actor2 is acted upon."))
    as_written = serializers.CharField(source="text", help_text=_("How the article names it."))


class EventSerializer(serializers.ModelSerializer):
    event_id_cnty = serializers.SerializerMethodField(help_text=_("ACLED-style id: ABK and our id."))
    event_date = serializers.DateField(source="date")
    time_precision = serializers.SerializerMethodField(help_text=_("ACLED's: 1 day, 2 week, 3 month or vaguer."))
    sub_event_type = serializers.SerializerMethodField(help_text=_("ACLED's sub-event type for our type."))
    acled_event_type = serializers.SerializerMethodField(help_text=_("ACLED's event type for our type."))
    actor1 = serializers.SerializerMethodField(help_text=_("Names of the actors who act."))
    actor2 = serializers.SerializerMethodField(help_text=_("Names of the actors acted upon."))
    actors = EventActorSerializer(source="event_actors", many=True, read_only=True)
    place = serializers.CharField(source="place.key", allow_null=True, help_text=_("Gazetteer key (the `place` filter)."))
    location = serializers.CharField(source="place.name_en", allow_null=True)
    location_ar = serializers.CharField(source="place.name_ar", allow_null=True)
    admin1 = serializers.CharField(source="place.admin", allow_null=True)
    country = serializers.CharField(source="place.country", allow_null=True)
    latitude = serializers.FloatField(source="place.lat", allow_null=True)
    longitude = serializers.FloatField(source="place.lon", allow_null=True)
    location_approximate = serializers.BooleanField(source="place.is_approximate", allow_null=True)
    place_as_written = serializers.CharField(source="place_text")
    fatalities = serializers.IntegerField(help_text=_("ACLED's single figure: the lowest reported death toll."))
    source = serializers.CharField(source="article.outlet")
    source_url = serializers.CharField(source="article.url")
    notes = serializers.CharField(source="evidence", help_text=_("The Arabic sentence the event was read from."))

    class Meta:
        model = Event
        fields = [
            "id", "event_id_cnty", "event_date", "time_precision", "date_precision", "event_type",
            "acled_event_type", "sub_event_type", "actor1", "actor2", "actors", "country", "admin1", "location",
            "location_ar", "latitude", "longitude", "geo_precision", "location_approximate", "place",
            "place_as_written", "attribution", "fatalities", "killed_min", "killed_max", "injured_min",
            "injured_max", "source", "source_url", "article", "notes", "confidence", "incident_key",
        ]

    def get_event_id_cnty(self, event) -> str:
        return f"ABK{event.pk}"

    def get_time_precision(self, event) -> int:
        return TIME_PRECISION[event.date_precision]

    def get_acled_event_type(self, event) -> str:
        return ACLED_TYPES[event.event_type][0]

    def get_sub_event_type(self, event) -> str:
        return ACLED_TYPES[event.event_type][1]

    def get_actor1(self, event) -> list[str]:
        return [link.actor.name_en for link in event.event_actors.all() if link.role == "actor1"]

    def get_actor2(self, event) -> list[str]:
        return [link.actor.name_en for link in event.event_actors.all() if link.role == "actor2"]


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
    evidence = serializers.SerializerMethodField()
    article = ArticleSerializer(read_only=True)

    class Meta(EventSerializer.Meta):
        fields = [*EventSerializer.Meta.fields, "evidence"]

    @extend_schema_field(EvidenceSerializer)
    def get_evidence(self, event):
        return EvidenceSerializer(event).data


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
