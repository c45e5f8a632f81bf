from django.urls import path

from events import views

app_name = "events"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("events/", views.event_list, name="list"),
    path("events/map/", views.event_map, name="map"),
    path("events/export.csv", views.export_csv, name="export_csv"),
    path("events/export.geojson", views.export_geojson, name="export_geojson"),
    path("events/<int:pk>/", views.event_detail, name="event"),
]
