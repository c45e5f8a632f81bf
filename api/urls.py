from django.contrib.auth.decorators import login_required
from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from api import account, views

# DRF views check the token or session themselves and answer 401 (Django's login redirect is off for them).
app_name = "api"
urlpatterns = [
    path("events/", views.EventList.as_view(), name="events"),
    path("events/<int:pk>/", views.EventDetail.as_view(), name="event"),
    path("places/", views.PlaceList.as_view(), name="places"),
    path("actors/", views.ActorList.as_view(), name="actors"),
    path("articles/", views.ArticleList.as_view(), name="articles"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="article"),
    path("incidents/", views.IncidentList.as_view(), name="incidents"),
    path("incidents/<int:pk>/", views.IncidentDetail.as_view(), name="incident"),
    path("schema/", SpectacularJSONAPIView.as_view(), name="schema"),
    # Pages for people: a signed-in session (else the login page), never a token.
    path("docs/", login_required(SpectacularSwaggerSplitView.as_view(url_name="api:schema")), name="docs"),
    path("tokens/", account.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", account.revoke, name="revoke"),
]
