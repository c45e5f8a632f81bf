"""The default set-up under a real batch: 100 articles in one upload, then `reparse --all`.

As README command 1 runs it: `runserver` answering the upload and the status polls, a
real `celery -A config worker` with two processes, Redis, and SQLite (the default) or
PostgreSQL. Every article must end parsed, none parsed twice, no event doubled.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import redis
import requests
from django.conf import settings
from django.db import connection

from accounts.roles import ANALYST
from ingest.fakes import write_articles
from tests.workers import ROOT, free_port, wait_for

pytestmark = pytest.mark.pipeline

ARTICLES = 100
# A bound on a failure, not a timing: on a quiet machine each pass takes about a minute; one
# shared with other test runs has taken four (parses store one at a time, see events.incidents.lock).
PASS_DEADLINE = 600
PARSED_LINE = re.compile(r"parse_article_task\[[^\]]+\] succeeded in [0-9.]+s: 'parsed'")


class Site:
    """`manage.py` commands and `runserver` on one database, as bin/dev runs them."""

    def __init__(self, database_url: str, workdir: Path):
        self.env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": settings.CELERY_BROKER_URL,
                    "CELERY_TASK_ALWAYS_EAGER": "0", "DEBUG": "1", "AXES_ENABLED": "0"}
        self.workdir, self.server = workdir, None
        self.url = ""

    def manage(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self):
        port = free_port()
        self.log = open(self.workdir / "runserver.log", "ab")
        self.server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"], cwd=ROOT, env=self.env,
            stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{port}"
        wait_for(self._answers, 60, "runserver to answer")

    def _answers(self) -> bool:
        try:
            return requests.get(self.url + "/accounts/login/", timeout=2).status_code == 200
        except requests.ConnectionError:
            return False

    def stop(self):
        if self.server is not None:
            self.server.terminate()
            self.server.wait(20)
            self.log.close()


def log_in(site: Site, username: str, password: str) -> requests.Session:
    session = requests.Session()
    session.get(site.url + "/accounts/login/", timeout=10)
    response = session.post(site.url + "/accounts/login/", timeout=10, data={
        "username": username, "password": password, "csrfmiddlewaretoken": session.cookies["csrftoken"]})
    assert "/accounts/login/" not in response.url, "the login failed"
    return session


def upload(site: Site, session: requests.Session, paths: list[Path]) -> str:
    session.get(site.url + "/articles/upload/", timeout=10)
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in paths]
    response = session.post(site.url + "/articles/upload/", files=files, timeout=120, data={
        "published": "2024-06-01", "outlet": "Load test", "csrfmiddlewaretoken": session.cookies["csrftoken"]})
    assert response.status_code == 200, response.text[:2000]
    return response.text


def statuses(site: Site, session: requests.Session, ids: list[int]) -> dict[int, dict]:
    """What the list page's poll sees (the web process reads while the workers write)."""
    response = session.get(site.url + "/articles/status.json", params={"ids": ",".join(map(str, ids))}, timeout=30)
    return {int(pk): row for pk, row in response.json()["articles"].items()}


def all_finished(site, session, ids) -> dict[int, dict] | None:
    rows = statuses(site, session, ids)
    return rows if len(rows) == len(ids) and all(r["status"] in ("parsed", "failed") for r in rows.values()) else None


def parsed_lines(worker) -> int:
    return len(PARSED_LINE.findall(worker.log.read_text()))


@pytest.fixture
def sqlite_site(tmp_path):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    database = tmp_path / "db.sqlite3"
    site = Site(f"sqlite:///{database}", tmp_path)
    site.manage("migrate", "--noinput")

    def query(sql: str) -> list[tuple]:
        with sqlite3.connect(database, timeout=30) as db:
            return db.execute(sql).fetchall()

    yield site, query
    site.stop()


@pytest.fixture
def postgres_site(pipeline_db, tmp_path):
    db = connection.settings_dict
    site = Site(f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}", tmp_path)

    def query(sql: str) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchall()

    yield site, query
    site.stop()


def test_it_parses_100_uploaded_articles_and_reparses_them_all_once_on_sqlite(sqlite_site, start_worker, tmp_path):
    upload_and_reparse(*sqlite_site, start_worker, tmp_path)


def test_it_parses_100_uploaded_articles_and_reparses_them_all_once_on_postgres(postgres_site, start_worker,
                                                                                tmp_path):
    upload_and_reparse(*postgres_site, start_worker, tmp_path)


def upload_and_reparse(site: Site, query, start_worker, tmp_path):
    site.manage("create_user", "loader", "--role", ANALYST, "--password", "loader-password")
    worker = start_worker(concurrency=2, DATABASE_URL=site.env["DATABASE_URL"])
    site.start()
    session = log_in(site, "loader", "loader-password")

    page = upload(site, session, write_articles(tmp_path / "articles", ARTICLES))
    assert f"{ARTICLES} articles stored and queued for parsing." in page
    ids = [pk for (pk,) in query("SELECT id FROM ingest_article ORDER BY id")]
    assert len(ids) == ARTICLES
    first = wait_for(lambda: all_finished(site, session, ids), PASS_DEADLINE, "the upload to be parsed")
    assert [pk for pk, row in first.items() if row["status"] == "failed"] == [], first
    wait_for(lambda: parsed_lines(worker) >= ARTICLES, 30, "the worker to log every parse")
    assert parsed_lines(worker) == ARTICLES  # none parsed twice
    events_before = dict(query("SELECT article_id, COUNT(*) FROM events_event GROUP BY article_id"))
    assert sum(events_before.values()) > ARTICLES

    assert f"{ARTICLES} articles queued" in site.manage("reparse", "--all")
    second = wait_for(lambda: all_finished(site, session, ids), PASS_DEADLINE, "the re-parse")
    assert [pk for pk, row in second.items() if row["status"] == "failed"] == [], second
    wait_for(lambda: parsed_lines(worker) >= 2 * ARTICLES, 30, "the worker to log every re-parse")
    assert parsed_lines(worker) == 2 * ARTICLES
    assert dict(query("SELECT article_id, COUNT(*) FROM events_event GROUP BY article_id")) == events_before
