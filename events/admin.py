"""Dictionaries and events in the admin: analysts extend aliases here (events are reviewed on their pages)."""

from django.contrib import admin
from django.utils import timezone

from events.models import Actor, Event, EventActor, Place, TriggerWord


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("name_en", "name_ar", "kind", "lat", "lon", "confidence", "country")
    list_filter = ("kind", "confidence", "country")
    search_fields = ("name_en", "name_ar", "aliases_ar", "key")


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("name_en", "slug", "name_ar", "kind")
    search_fields = ("name_en", "name_ar", "aliases_ar", "slug")
    readonly_fields = ("updated",)

    def get_readonly_fields(self, request, obj=None):
        # The slugs are what exports and the evaluation use: fixed once created.
        return ("slug", "updated") if obj else ("updated",)


@admin.register(TriggerWord)
class TriggerWordAdmin(admin.ModelAdmin):
    list_display = ("phrase", "kind", "event_type", "note")
    list_filter = ("kind", "event_type")
    search_fields = ("phrase", "note")


class EventActorInline(admin.TabularInline):
    model = EventActor
    extra = 1
    autocomplete_fields = ("actor",)


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("date", "event_type", "place", "attribution", "article", "review", "machine_made")
    list_filter = ("event_type", "attribution", "review", "machine_made", "geo_precision")
    search_fields = ("evidence", "place_text")
    raw_id_fields = ("article",)
    autocomplete_fields = ("place",)
    readonly_fields = ("incident_key", "created", "review", "reviewed_by", "reviewed_at")
    inlines = [EventActorInline]

    def save_model(self, request, obj, form, change):
        # An analyst's correction survives re-parsing, as one made on the event's own page does.
        obj.review = Event.Review.EDITED
        obj.reviewed_by, obj.reviewed_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)
