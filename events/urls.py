from django.urls import path

from events import incident_views, review_views, views

app_name = "events"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("events/", views.event_list, name="list"),
    path("events/map/", views.event_map, name="map"),
    path("events/export.csv", views.export_csv, name="export_csv"),
    path("events/export.geojson", views.export_geojson, name="export_geojson"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("events/<int:pk>/review/", review_views.event_review, name="review"),
    path("events/<int:pk>/edit/", review_views.event_edit, name="edit"),
    path("events/new/<int:article_pk>/", review_views.event_add, name="add"),
    path("events/review/", review_views.review_queue, name="queue"),
    path("incidents/", incident_views.incident_list, name="incidents"),
    path("incidents/<int:pk>/", incident_views.incident_detail, name="incident"),
    path("incidents/<int:pk>/decide/", incident_views.incident_decide, name="incident_decide"),
]
