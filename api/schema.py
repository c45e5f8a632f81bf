"""What drf-spectacular cannot see for itself: how tokens are sent, and what the events list answers."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field


class BearerTokenScheme(OpenApiAuthenticationExtension):
    """So the docs page offers an "Authorize" box for a personal token."""

    target_class = "api.tokens.BearerTokenAuthentication"
    name = "token"

    def get_security_definition(self, auto_schema):
        return build_bearer_security_scheme_object(header_name="Authorization", token_prefix="Bearer")


class EventListSchema(AutoSchema):
    """The events list answers JSON pages or, by format=, one CSV or GeoJSON file.

    drf-spectacular guesses "list" from the first response it is given; with several media types
    it would pick GeoJSON and drop the filter and cursor parameters, so say it is a list.
    """

    def _is_list_view(self, serializer=None) -> bool:
        return True if serializer is None else super()._is_list_view(serializer)


def annotate_event_filter() -> None:
    """The `actor` and `place` filters take slugs and gazetteer keys: strings that drf-spectacular
    cannot read off django-filter's model choices, so say so (an annotation; the filter is unchanged)."""
    from events.filters import EventFilter

    for name in ("actor", "place"):
        extend_schema_field(OpenApiTypes.STR)(EventFilter.base_filters[name])


annotate_event_filter()
