"""The README's pandas examples, run against a live server with a token from the account page."""

from __future__ import annotations

import pandas as pd
import requests

from api.tokens import create_token
from events.fakes import make_fake_events
from events.models import Event


def test_the_readme_pandas_examples_load_the_filtered_events(live_server, dictionaries, viewer):
    make_fake_events(1_500, seed=7)
    _, token = create_token(viewer, "notebook")
    api = f"{live_server.url}/api"

    events = pd.read_csv(f"{api}/events/?actor=islamic_state&format=csv", encoding="utf-8-sig",
                         storage_options={"Authorization": f"Bearer {token}"})
    expected = Event.objects.filter(event_actors__actor__slug="islamic_state").distinct()
    assert len(events) == expected.count() > 0
    assert set(events["event_id_cnty"]) == {f"ABK{pk}" for pk in expected.values_list("pk", flat=True)}

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    rows, url = [], f"{api}/events/?event_type=airstrike&page_size=1000"
    while url:
        page = session.get(url).json()
        rows, url = rows + page["results"], page["next"]
    strikes = pd.DataFrame(rows)
    assert len(strikes) == Event.objects.filter(event_type="airstrike").count() > 0
    assert set(strikes["event_type"]) == {"airstrike"} and strikes["id"].is_unique
