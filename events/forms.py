"""The analyst's event form: every field of an event, the place from the gazetteer or a map point."""

from __future__ import annotations

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from events.models import Event, EventActor, Place


class EventForm(forms.ModelForm):
    place = forms.ModelChoiceField(queryset=Place.objects.order_by("name_en"), required=False,
                                   label=_("Place (gazetteer)"), empty_label=_("— none —"))
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, label=_("…or a point: latitude"),
                           widget=forms.NumberInput(attrs={"step": "any"}))
    lon = forms.FloatField(required=False, min_value=-180, max_value=180, label=_("longitude"),
                           widget=forms.NumberInput(attrs={"step": "any"}))
    point_name = forms.CharField(required=False, max_length=200, label=_("name of the point"))

    class Meta:
        model = Event
        fields = ["event_type", "date", "date_precision", "place", "place_text", "geo_precision", "attribution",
                  "killed_min", "killed_max", "injured_min", "injured_max"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        labels = {
            "event_type": _("Type"), "date": _("Date"), "date_precision": _("Date precision"),
            "place_text": _("Place as written"), "geo_precision": _("Geo precision"),
            "attribution": _("Attribution"), "killed_min": _("Killed, at least"), "killed_max": _("Killed, at most"),
            "injured_min": _("Injured, at least"), "injured_max": _("Injured, at most"),
        }

    def clean(self):
        data = super().clean()
        lat, lon = data.get("lat"), data.get("lon")
        if (lat is None) != (lon is None):
            self.add_error(None, _("Give both latitude and longitude for a point, or neither."))
        for low, high, what in (("killed_min", "killed_max", _("killed")), ("injured_min", "injured_max",
                                                                          _("injured"))):
            if data.get(low) is not None and data.get(high) is not None and data[high] < data[low]:
                self.add_error(high, _("The most %(what)s cannot be below the least.") % {"what": what})
            if data.get(high) is not None and data.get(low) is None:
                self.add_error(low, _("Give the least number too (the same number when it is exact)."))
        return data

    @property
    def point(self) -> tuple[float, float, str] | None:
        data = self.cleaned_data
        if data.get("lat") is None:
            return None
        return data["lat"], data["lon"], data.get("point_name", "")


ActorFormSet = inlineformset_factory(
    Event, EventActor, fields=["actor", "role"], extra=2, can_delete=True,
    labels={"actor": _("Actor"), "role": _("Role")},
)


class EvidenceForm(forms.Form):
    """Where the hand-made event's evidence is in the article (from the text selection)."""

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    selected = forms.CharField(max_length=5000, widget=forms.HiddenInput)
