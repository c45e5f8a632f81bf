"""Shared fixtures: users in each role, the shipped dictionaries, sample articles."""

from __future__ import annotations

import pytest

from accounts.roles import ANALYST, VIEWER, sync_role_groups
from events.dictionaries import load_shipped_dictionaries
from tests.workers import pipeline_db, redis_server, start_worker  # noqa: F401  (fixtures)

# Our own sample articles (fictional events) for tests; the demo folder has longer ones.
STRIKE_ARTICLE = (
    "استهدفت غارة جوية مجهولة مساء السبت مواقع لميليشيا حزب الله العراقي في قرية الهري قرب مدينة البوكمال، "
    "ما أدى إلى مقتل أربعة عناصر وإصابة عدة آخرين.\n"
    "ويعتقد أن الطائرة التي نفذت الغارة أمريكية.\n"
)
CHECKPOINT_ARTICLE = (
    "نشرت قوات الدفاع الوطني يوم الثلاثاء حواجز عسكرية جديدة عند دوار الفيحاء وسط مدينة البوكمال.\n"
    "وقالت مصادر محلية إن الحواجز تفتش السيارات القادمة من بلدة السكرية.\n"
)


@pytest.fixture
def dictionaries(db):
    """Places, actors and trigger words as a fresh install has them (transactional tests flush them)."""
    load_shipped_dictionaries()


def _user(django_user_model, name: str, role: str):
    from django.contrib.auth.models import Group

    sync_role_groups()
    user = django_user_model.objects.create_user(name, password=f"{name}-password", is_staff=role == ANALYST)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def analyst(db, django_user_model):
    return _user(django_user_model, "ana", ANALYST)


@pytest.fixture
def viewer(db, django_user_model):
    return _user(django_user_model, "vic", VIEWER)


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client
