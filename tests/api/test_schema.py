"""The OpenAPI schema validates, and the docs page runs from our own static files."""

from __future__ import annotations

import json

from django.core.management import call_command
from django.urls import reverse
from drf_spectacular.validation import validate_schema

from events.fakes import make_fake_events


def test_the_schema_validates_with_no_generation_warnings(tmp_path, db):
    # --fail-on-warn: a filter or field drf-spectacular could not type would fail here.
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json",
                 "--file", str(tmp_path / "schema.json"))
    schema = json.loads((tmp_path / "schema.json").read_text())
    events = schema["paths"]["/api/events/"]["get"]
    assert {"actor", "role", "event_type", "date_after", "place", "q", "cursor", "page_size", "format"} <= {
        p["name"] for p in events["parameters"]}
    assert set(events["responses"]["200"]["content"]) == {"application/json", "text/csv", "application/geo+json"}
    assert schema["components"]["securitySchemes"]["token"] == {"type": "http", "scheme": "bearer"}


def test_the_served_schema_is_valid_and_promises_what_the_api_sends(viewer_api, dictionaries):
    make_fake_events(5)
    response = viewer_api.get(reverse("api:schema"))
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    components = schema["components"]["schemas"]
    event = viewer_api.get(reverse("api:events")).json()["results"][0]
    assert set(event) == set(components["Event"]["properties"])
    detail = viewer_api.get(reverse("api:event", args=[event["id"]])).json()
    assert set(detail) == set(components["EventDetail"]["properties"])
    assert set(detail["article"]) == set(components["Article"]["properties"])


def test_the_docs_page_loads_swagger_ui_from_our_static_files(viewer_client):
    page = viewer_client.get(reverse("api:docs"))
    html = page.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "https://" not in html and "<script>" not in html  # no CDN, no inline script
    assert "script-src 'self';" in page["Content-Security-Policy"]
    script = viewer_client.get(reverse("api:docs"), {"script": ""})
    assert script["Content-Type"].startswith("application/javascript")
    assert reverse("api:schema") in script.content.decode()
