import datetime as dt

import pytest

from ingest.extraction import extract_events, load_default_dictionaries

PUBLISHED = dt.date(2024, 11, 9)  # a Saturday


@pytest.fixture(scope="session")
def shipped():
    return load_default_dictionaries()


@pytest.fixture
def extract(shipped):
    def run(text: str, published: dt.date = PUBLISHED):
        return extract_events(text, published, shipped)
    return run
