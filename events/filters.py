"""The one filter behind the table, the map, the dashboard and the exports.

It fails closed: `filter_events` returns no rows when any value is invalid, and the
form's errors say why (django-filter would otherwise drop the bad field and show
everything).
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, Min, OuterRef, Q
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext_lazy as _

from events.ids import IdFilter
from events.models import Actor, Event, EventActor, EventType, Place

CONFIRMED_STATES = [Event.Review.CONFIRMED, Event.Review.EDITED]


class StableOrderingFilter(django_filters.OrderingFilter):
    """The chosen column, then the id: pages of a sorted table neither repeat nor skip rows on ties."""

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        return qs.order_by(*qs.query.order_by, "-id") if value else qs


class EventFilter(django_filters.FilterSet):
    actor = django_filters.ModelMultipleChoiceFilter(
        queryset=Actor.objects.order_by("name_en"), to_field_name="slug", method="filter_actor", label=_("Actor"),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    role = django_filters.ChoiceFilter(choices=EventActor.Role.choices, method="filter_role", label=_("as"),
                                       empty_label=_("any role"))
    event_type = django_filters.MultipleChoiceFilter(choices=EventType.choices, distinct=False, label=_("Type"),
                                                     widget=forms.SelectMultiple(attrs={"size": 6}))
    date = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}))
    place = django_filters.ModelMultipleChoiceFilter(
        # Chosen by key (the map's links carry keys), so the lookup goes through the key too.
        field_name="place__key", queryset=Place.objects.order_by("name_en"), to_field_name="key", distinct=False,
        label=_("Place"),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    geo_precision = django_filters.MultipleChoiceFilter(choices=Event.GeoPrecision.choices, distinct=False,
                                                        label=_("Geo precision"))
    attribution = django_filters.MultipleChoiceFilter(choices=Event.Attribution.choices, distinct=False,
                                                      label=_("Attribution"))
    outlet = django_filters.CharFilter(field_name="article__outlet", lookup_expr="icontains", label=_("Outlet"))
    article = IdFilter(field_name="article_id", label=_("Article id"))
    q = django_filters.CharFilter(method="filter_text", label=_("Text in evidence"))
    review = django_filters.MultipleChoiceFilter(
        choices=Event.Review.choices, distinct=False, label=_("Review"),
        help_text=_("Rejected events are shown only when chosen here."))
    confirmed_only = django_filters.BooleanFilter(method="filter_confirmed", label=_("Confirmed only"),
                                                  widget=forms.CheckboxInput)
    incident = django_filters.NumberFilter(field_name="incident_id", label=_("Incident"))
    min_confidence = django_filters.NumberFilter(
        field_name="confidence", lookup_expr="gte", label=_("Minimum confidence"), min_value=0, max_value=1,
        widget=forms.NumberInput(attrs={"step": "0.05", "min": "0", "max": "1"}))
    # Applied last, in filter_queryset, to the events every other filter kept.
    per_incident = django_filters.BooleanFilter(method="keep", label=_("One row per incident"),
                                                widget=forms.CheckboxInput)
    sort = StableOrderingFilter(
        fields=(("date", "date"), ("event_type", "type"), ("place__name_en", "place"),
                ("confidence", "confidence"), ("killed_min", "killed")),
        label=_("Sort"),
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Actors and places are listed by their name in the page's language (a narrow list cuts a second one).
        for name in ("actor", "place"):
            field = self.form.fields[name]
            field.label_from_instance = _local_name
            if get_language_bidi():
                field.queryset = field.queryset.order_by("name_ar", "name_en")

    def filter_actor(self, queryset, name, value):
        if not value:
            return queryset
        links = EventActor.objects.filter(event=OuterRef("pk"), actor__in=value)
        if role := self.form.cleaned_data.get("role"):
            links = links.filter(role=role)
        return queryset.filter(Exists(links))

    def filter_role(self, queryset, name, value):
        # With actors chosen, the role narrows them (see filter_actor); alone, any actor in that role.
        if not value or self.form.cleaned_data.get("actor"):
            return queryset
        return queryset.filter(Exists(EventActor.objects.filter(event=OuterRef("pk"), role=value)))

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(evidence__icontains=value) | Q(place_text__icontains=value))

    def filter_confirmed(self, queryset, name, value):
        # An analyst vouched for it: confirmed, corrected, or made by hand (hand-made are confirmed).
        return queryset.filter(review__in=CONFIRMED_STATES) if value else queryset

    def keep(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.form.cleaned_data.get("per_incident"):
            # One report stands for its incident (the first one kept); events in no incident stay.
            firsts = queryset.exclude(incident=None).order_by().values("incident").annotate(first=Min("pk"))
            queryset = queryset.filter(Q(incident=None) | Q(pk__in=firsts.values("first")))
        return queryset


def _local_name(obj) -> str:
    return obj.local_name


def filter_events(data, queryset=None) -> tuple[EventFilter, object, bool]:
    """(filterset, rows, valid): invalid input gives no rows, never everything."""
    queryset = queryset if queryset is not None else Event.objects.all()
    if not (data and data.get("review")):
        queryset = queryset.exclude(review=Event.Review.REJECTED)  # shown only when asked for by name
    filterset = EventFilter(data or None, queryset=queryset)
    if filterset.is_bound and not filterset.is_valid():
        return filterset, queryset.none(), False
    return filterset, filterset.qs, True
