from django.apps import AppConfig


class EventsConfig(AppConfig):
    """What analysts look at: gazetteer, actors, trigger words, events, filters, maps, exports."""

    name = "events"
