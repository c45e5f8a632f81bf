"""The incident map: a Folium map of events aggregated per place, served as its own page.

Cost grows with places, not events: the database counts events per place and
layer, and each popup lists only a place's latest events. Every asset comes from
our static files (Folium's CDN links are replaced on the instances), and the
markers are drawn by static/js/event-map.js from a JSON blob, so nothing from an
article is ever spliced into HTML or JavaScript source.
"""

from __future__ import annotations

import json
from collections import defaultdict

import folium
from branca.element import MacroElement
from django.conf import settings
from django.db.models import Count
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language_bidi, gettext_lazy, pgettext, pgettext_lazy
from django.utils.translation import gettext as _
from folium.plugins import HeatMap, MarkerCluster
from jinja2 import Template

from events.models import EventType, Place

# Layers the analyst toggles, each with its colour (also used by the legend and the dashboard).
LAYERS = [
    ("strikes", gettext_lazy("Strikes (air, drone, shelling)"), "#c0392b", {"airstrike", "shelling"}),
    ("attacks", gettext_lazy("Attacks, explosions, violence against civilians"), "#8e44ad",
     {"armed_clash", "explosion", "violence_against_civilians"}),
    ("checkpoints", gettext_lazy("Checkpoints"), "#d35400", {"checkpoint"}),
    ("crossings", gettext_lazy("Crossings and smuggling"), "#16a085", {"crossing", "smuggling"}),
    ("other", gettext_lazy("Deployments, meetings, recruitment, arrests"), "#2c3e50",
     {"deployment", "meeting", "recruitment", "arrest"}),
]
LAYER_OF_TYPE = {t: key for key, _, _, types in LAYERS for t in types}
REFERENCE_KINDS = {"border crossing", "river crossing", "military base", "airport", "station", "oil field"}
# Named on the map itself, so it can be read with no tile server.
LABELLED_KINDS = {"city", "town"}
_ROLE_NAMES = {"actor1": pgettext_lazy("short role", "actor1"), "actor2": pgettext_lazy("short role", "actor2")}
# How many of a place's events its popup lists (the rest are one click away in the table).
POPUP_EVENTS = 8
CENTRE = (34.45, 40.95)  # Albukamal


def build_map(events, filter_query: str = "") -> str:
    """Full HTML page of the map for a filtered event queryset, in the active language."""
    rtl = get_language_bidi()
    # Controls sit where the page's direction puts them: mirrored on an Arabic page.
    start, end = ("right", "left") if rtl else ("left", "right")
    fmap = folium.Map(location=CENTRE, zoom_start=10, tiles=None, control_scale=True, prefer_canvas=True,
                      maxZoom=18, minZoom=4, zoom_control=f"top{start}")
    _serve_assets_locally(fmap)
    if settings.MAP_TILE_URL:
        folium.TileLayer(settings.MAP_TILE_URL, attr=settings.MAP_TILE_ATTRIBUTION or "tiles", name=_("Tiles"),
                         max_zoom=18).add_to(fmap)
    places = _places_with_counts(events)
    layer_vars = {}
    for key, label, colour, _types in LAYERS:
        group = folium.FeatureGroup(name=f'<span style="color:{colour}">●</span> {label}', show=True)
        cluster = MarkerCluster(name=str(label), control=False, options={"maxClusterRadius": 30})
        _serve_plugin_locally(cluster)
        cluster.add_to(group)
        group.add_to(fmap)
        layer_vars[key] = cluster.get_name()
    reference = folium.FeatureGroup(name=_("Gazetteer sites (crossings, bases, airports)"), show=True)
    reference.add_to(fmap)
    if places:
        heat = HeatMap([[p["lat"], p["lon"], p["total"]] for p in places], name=_("Heatmap of events"),
                       show=False, radius=30, min_opacity=0.3)
        heat.default_js = [("leaflet-heat.js", static("vendor/leaflet.heat/leaflet-heat.js"))]
        heat.add_to(fmap)
    payload = {
        "layers": {key: {"label": str(label), "colour": colour} for key, label, colour, _types in LAYERS},
        "places": places,
        "sites": _reference_sites(),
        "tableUrl": reverse("events:list"),
        "filterQuery": filter_query,
        "worldAtlas": static("vendor/world-atlas/countries-50m.json"),
        "rtl": rtl,
    }
    _EventMarkers(layer_vars, reference.get_name(), payload).add_to(fmap)
    folium.LayerControl(collapsed=False, position=f"top{end}").add_to(fmap)
    return fmap.get_root().render()


def _serve_assets_locally(fmap: folium.Map) -> None:
    # Set on the instance: add_js_link() would change the class-wide list for every map.
    fmap.default_js = [("leaflet", static("vendor/leaflet/leaflet.js"))]
    fmap.default_css = [("leaflet_css", static("vendor/leaflet/leaflet.css")),
                        ("event_map_css", static("css/event-map.css"))]


def _serve_plugin_locally(cluster: MarkerCluster) -> None:
    cluster.default_js = [("markercluster", static("vendor/leaflet.markercluster/leaflet.markercluster.js"))]
    cluster.default_css = [
        ("markercluster_css", static("vendor/leaflet.markercluster/MarkerCluster.css")),
        ("markercluster_default_css", static("vendor/leaflet.markercluster/MarkerCluster.Default.css")),
    ]


def _places_with_counts(events) -> list[dict]:
    """One entry per place: counts per layer and its latest events."""
    counts = events.exclude(place=None).values("place_id", "event_type").annotate(n=Count("id")).order_by()
    per_place: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in counts:
        per_place[row["place_id"]][LAYER_OF_TYPE[row["event_type"]]] += row["n"]
    if not per_place:
        return []
    places = Place.objects.in_bulk(list(per_place))
    labels = {value: str(label) for value, label in EventType.choices}
    out = []
    for place_id, layers in per_place.items():
        place = places[place_id]
        # One small query per place on the (place, date) index, on purpose: a single window
        # query ranking every event would make the map's cost grow with events, not places.
        latest = (
            events.filter(place_id=place_id).order_by("-date", "-id")
            .prefetch_related("event_actors__actor")[:POPUP_EVENTS]
        )
        out.append({
            "key": place.key, "name": place.local_name, "otherName": place.other_name, "lat": place.lat, "lon": place.lon,
            "approximate": place.is_approximate, "counts": dict(layers), "total": sum(layers.values()),
            "events": [
                {"url": e.get_absolute_url(), "date": e.date.isoformat(), "type": labels[e.event_type],
                 "actors": pgettext("list separator", ", ").join(
                     f"{a.actor.local_name} ({_ROLE_NAMES[a.role]})" for a in e.event_actors.all())}
                for e in latest
            ],
        })
    return out


def _reference_sites() -> list[dict]:
    """Gazetteer sites and towns (not GeoNames fallbacks): a reference layer, towns labelled."""
    return [
        {"name": p.local_name, "otherName": p.other_name, "kind": str(p.kind_display), "lat": p.lat,
         "lon": p.lon,
         "approximate": p.is_approximate, "label": p.kind in LABELLED_KINDS, "city": p.kind == "city"}
        for p in Place.objects.filter(kind__in=REFERENCE_KINDS | LABELLED_KINDS).exclude(key__startswith="geonames:")
    ]


def _json_for_script(value) -> str:
    """JSON safe inside a <script> element: no '</script>' or HTML comment can close it."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace(
        "&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class _EventMarkers(MacroElement):
    """Calls static/js/event-map.js with the map, the cluster layers and the data."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <script src="{{ this.script_url }}"></script>
        <script src="{{ this.topojson_url }}"></script>
        <script src="{{ this.catalog_url }}"></script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        drawEventMap({{ this._parent.get_name() }}, {
            {% for key, var in this.layer_vars.items() %}"{{ key }}": {{ var }},{% endfor %}
        }, {{ this.reference_var }}, {{ this.payload }});
        {% endmacro %}
    """)

    def __init__(self, layer_vars: dict[str, str], reference_var: str, payload: dict):
        super().__init__()
        self._name = "EventMarkers"
        self.layer_vars = layer_vars
        self.reference_var = reference_var
        self.payload = _json_for_script(payload)
        self.script_url = static("js/event-map.js")
        self.topojson_url = static("vendor/topojson-client/topojson-client.min.js")
        self.catalog_url = reverse("javascript-catalog")
