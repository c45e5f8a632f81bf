from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """What analysts look at: gazetteer, actors, trigger words, events, filters, maps, exports."""

    name = "events"
    verbose_name = _("Dictionaries and events")
