"""Filters of the API's lists: the events use the table's own filter; articles get a small one."""

import django_filters
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation

from events.filters import filter_events
from events.models import Incident
from ingest.models import Article


class ArticleFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=Article.Status.choices, distinct=False)
    outlet = django_filters.CharFilter(lookup_expr="icontains")
    published = django_filters.DateFromToRangeFilter()

    class Meta:
        model = Article
        fields: list[str] = []


class IncidentFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=Incident.Status.choices, distinct=False)
    date = django_filters.DateFromToRangeFilter(field_name="date_first", label="First reported")

    class Meta:
        model = Incident
        fields: list[str] = []


class EventFilterBackend(DjangoFilterBackend):
    """The table's own entry point, filter_events, so the API can never drift from the table and map.

    Invalid values answer 400 with the reasons (the table shows the same reasons and no rows).
    """

    def filter_queryset(self, request, queryset, view):
        filterset, events, valid = filter_events(request.query_params, queryset)
        if not valid:
            raise translate_validation(filterset.errors)
        return events
