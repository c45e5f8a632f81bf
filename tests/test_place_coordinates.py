"""A place's coordinates are checked on save: one point off the globe broke the map for everyone."""

import math

import pytest
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.urls import reverse

from events.models import Place


def change(client, place: Place, **values):
    data = {k: ("" if v is None else v) for k, v in model_to_dict(place).items()}
    return client.post(reverse("admin:events_place_change", args=[place.pk]), {**data, **values})


@pytest.fixture
def hari(dictionaries):
    return Place.objects.get(key="al-hari")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("lat", "95", "Latitude must be between -90 and 90 degrees."),
    ("lon", "-181", "Longitude must be between -180 and 180 degrees."),
])
def test_the_admin_refuses_coordinates_off_the_globe(analyst_client, hari, field, value, message):
    before = (hari.lat, hari.lon)
    response = change(analyst_client, hari, **{field: value})
    assert response.status_code == 200 and message in response.content.decode()
    hari.refresh_from_db()
    assert (hari.lat, hari.lon) == before
    assert analyst_client.get(reverse("events:map")).status_code == 200


def test_the_admin_saves_coordinates_on_the_globe(analyst_client, hari):
    response = change(analyst_client, hari, lat="34.47", lon="40.95")
    assert response.status_code == 302
    hari.refresh_from_db()
    assert (hari.lat, hari.lon) == (34.47, 40.95)


@pytest.mark.parametrize(("lat", "lon"), [(91, 40), (34, 200), (math.nan, 40), (34, math.inf)])
def test_no_code_path_saves_a_point_off_the_globe(hari, lat, lon):
    hari.lat, hari.lon = lat, lon
    with pytest.raises(ValidationError):
        hari.save()
