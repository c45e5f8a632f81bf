"""The API: short views over the same filter, exports and upload service as the pages."""

from __future__ import annotations

from django.db.models import Count, Prefetch
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from api import serializers
from api.filters import ArticleFilter, EventFilterBackend, IncidentFilter
from api.permissions import CanUpload
from api.schema import EventListSchema
from events import exports, incidents
from events.filters import EventFilter
from events.models import Actor, Event, EventActor, Incident, Place
from ingest import services
from ingest.forms import UploadForm
from ingest.models import Article

# The columns the JSON list sends: a 1000-event page builds only these (a third of its time went to the rest).
LIST_COLUMNS = [
    "date", "date_precision", "event_type", "place_text", "geo_precision", "attribution", "killed_min",
    "killed_max", "injured_min", "injured_max", "evidence", "confidence", "review", "incident_id", "incident_key",
    "article__outlet", "article__url", "place__key", "place__name_en", "place__name_ar", "place__admin",
    "place__country", "place__lat", "place__lon", "place__confidence",
]


def with_related(events):
    """Events with their place, article and actor links, in three queries whatever the page size."""
    links = EventActor.objects.select_related("actor").only(
        "event_id", "role", "text", "actor__slug", "actor__name_en", "actor__name_ar")
    # to_attr: a plain list per event, not a queryset cloned for each of them.
    return events.select_related("place", "article").prefetch_related(
        Prefetch("event_actors", queryset=links, to_attr="links"))


# format= picks what the events list sends: JSON pages, or the whole filtered set as one export.
EXPORTS = {
    "csv": (exports.stream_csv, "text/csv; charset=utf-8", "albukamal-events.csv"),
    "geojson": (exports.stream_geojson, "application/geo+json", "albukamal-events.geojson"),
}
FORMAT_PARAMETER = OpenApiParameter(
    "format", str, enum=["json", *EXPORTS], default="json",
    description=_("json: pages of events. csv (ACLED columns) or geojson (points for QGIS): every filtered event "
                  "in one streamed file, in the order `sort` gives, like the table's exports."))


@extend_schema_view(get=extend_schema(
    operation_id="events_list", parameters=[FORMAT_PARAMETER],
    responses={(200, "application/json"): serializers.EventSerializer(many=True),
               (200, "text/csv"): OpenApiTypes.STR, (200, "application/geo+json"): OpenApiTypes.OBJECT},
    description=_("The events the table shows for the same query string (the table's filter, failing closed: an "
                  "invalid value answers 400 with the reason). JSON pages run newest first by date; follow `next`."),
))
class EventList(generics.ListAPIView):
    queryset = Event.objects.all()
    serializer_class = serializers.EventSerializer
    schema = EventListSchema()
    filter_backends = [EventFilterBackend]
    filterset_class = EventFilter
    cursor_ordering = ("-date", "-id")

    def list(self, request, *args, **kwargs):
        fmt = request.query_params.get("format", "json")
        if fmt != "json" and fmt not in EXPORTS:
            raise ValidationError({"format": [_("Choose json, csv or geojson.")]})
        events = self.filter_queryset(self.get_queryset())
        if fmt == "json":
            page = self.paginate_queryset(with_related(events).only(*LIST_COLUMNS))
            return self.get_paginated_response(self.get_serializer(page, many=True).data)
        stream, content_type, filename = EXPORTS[fmt]
        response = StreamingHttpResponse(stream(events), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class EventDetail(generics.RetrieveAPIView):
    """One event with its evidence (offsets into the article text), its actors and their roles, and its article."""

    queryset = with_related(Event.objects.all())
    serializer_class = serializers.EventDetailSerializer


class PlaceList(generics.ListAPIView):
    """The gazetteer: every place events can be on, with the key the `place` filter takes."""

    queryset = Place.objects.all()
    serializer_class = serializers.PlaceSerializer
    cursor_ordering = ("key",)


class ActorList(generics.ListAPIView):
    """The actor dictionary, with the slug the `actor` filter takes."""

    queryset = Actor.objects.all()
    serializer_class = serializers.ActorSerializer
    cursor_ordering = ("slug",)


@extend_schema_view(post=extend_schema(request={"multipart/form-data": serializers.UploadRequestSerializer,
                                          "application/json": serializers.UploadRequestSerializer},
               responses={201: serializers.UploadResponseSerializer, 200: serializers.UploadResponseSerializer,
                          400: OpenApiResponse(description=_("Nothing was stored, and why."))},
               description=_("Upload articles (analysts): the browser's limits, decoding and messages. Each file "
                             "is stored on its own; poll each article's status with its id.")))
class ArticleList(generics.ListCreateAPIView):
    """Uploaded articles (metadata and parse status, newest first); POST uploads more."""

    queryset = Article.objects.defer("text")
    serializer_class = serializers.ArticleSerializer
    permission_classes = [*generics.ListCreateAPIView.permission_classes, CanUpload]
    filter_backends = [DjangoFilterBackend]
    filterset_class = ArticleFilter
    cursor_ordering = ("-created", "-id")

    def create(self, request, *args, **kwargs):
        form = UploadForm(request.data, request.FILES)
        if not form.is_valid():
            raise ValidationError(_form_errors(form))
        data = form.cleaned_data
        uploaded = services.store_upload(data["files"], data["text"], outlet=data["outlet"], url=data["url"],
                                         published=data["published"], user=request.user)
        stored = [item for item in uploaded if item.stored]
        code = (status.HTTP_201_CREATED if any(item.stored.created for item in stored)
                else status.HTTP_200_OK if stored else status.HTTP_400_BAD_REQUEST)
        return Response({"articles": [_uploaded(item) for item in uploaded]}, status=code)


def _form_errors(form) -> dict:
    errors = form.errors.get_json_data()
    # DRF's name for errors of the whole request, so clients read them where they read the others.
    return {("non_field_errors" if field == "__all__" else field): [e["message"] for e in items]
            for field, items in errors.items()}


def _uploaded(item: services.Uploaded) -> dict:
    if item.error:
        return {"name": item.name, "error": item.error}
    article = item.stored.article
    return {"name": item.name, "id": article.pk, "status": article.status, "created": item.stored.created,
            "has_arabic": item.has_arabic}


class ArticleDetail(generics.RetrieveAPIView):
    """One article's metadata and parse status (queued, processing, parsed or failed with the reason)."""

    queryset = Article.objects.defer("text")
    serializer_class = serializers.ArticleSerializer


class IncidentList(generics.ListAPIView):
    """Incidents: events from different articles that tell one occurrence (proposed by the machine or accepted)."""

    queryset = Incident.objects.select_related("place").annotate(
        reports=Count("events"), articles=Count("events__article", distinct=True))
    serializer_class = serializers.IncidentSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = IncidentFilter
    cursor_ordering = ("-date_first", "-id")


class IncidentDetail(generics.RetrieveAPIView):
    queryset = IncidentList.queryset
    serializer_class = serializers.IncidentDetailSerializer

    def get_object(self):
        incident = super().get_object()
        incident.summary = incidents.summarise(incident)
        return incident
