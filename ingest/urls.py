from django.urls import path

from ingest import fact_views, views

app_name = "ingest"
urlpatterns = [
    path("", views.article_list, name="list"),
    path("upload/", views.upload, name="upload"),
    path("status.json", views.article_status, name="status"),
    path("reparse-failed/", views.reparse_failed, name="reparse_failed"),
    path("<int:pk>/", views.article_detail, name="article"),
    path("<int:pk>/reparse/", views.article_reparse, name="reparse"),
    path("<int:pk>/facts/", fact_views.article_facts, name="facts"),
    path("<int:pk>/date/", fact_views.article_date, name="date"),
]
