"""Real parts for the pipeline and browser tests: Redis servers and `celery -A config worker` processes.

The workers are separate processes reading the test database, so these tests use
transactional databases (rows must be committed to be seen) and wait for
conditions (an article's status) with a deadline, never for a fixed time.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection
from kombu import pools as kombu_pools

from config.celery import app as celery_app
from events.dictionaries import load_shipped_dictionaries

ROOT = Path(__file__).resolve().parents[1]


def wait_for(condition, timeout: float = 90, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """A redis-server of our own on a spare port, so a test may stop and start it."""

    def __init__(self, port: int, workdir: Path):
        self.port, self.workdir, self.process = port, workdir, None
        self.url = f"redis://127.0.0.1:{port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.ping, 20, "redis-server to answer")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        wait_for(lambda: not self.ping(), 10, "redis-server to stop")

    def ping(self) -> bool:
        try:
            return redis.Redis(port=self.port, socket_connect_timeout=0.5).ping()
        except redis.RedisError:
            return False


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(free_port(), tmp_path)
    server.start()
    with use_broker(server.url):
        yield server
    server.stop()


@contextlib.contextmanager
def use_broker(url: str):
    """Point this process's Celery app (the web side that queues parses) at `url`."""
    old = celery_app.conf.broker_url
    _switch_broker(url)
    try:
        yield
    finally:
        _switch_broker(old)


def _switch_broker(url: str) -> None:
    celery_app.conf.broker_url = url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    kombu_pools.reset()  # kombu caches producer pools per connection, process-wide


class Worker:
    """`celery -A config worker` in its own process group, on the test database."""

    def __init__(self, broker_url: str, log: Path, concurrency: int = 1, **env):
        self.broker_url, self.log, self.env, self.process = broker_url, log, env, None
        self.concurrency = concurrency

    def start(self):
        db = connection.settings_dict
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
            "REDIS_URL": self.broker_url, "CELERY_TASK_ALWAYS_EAGER": "0", **self.env,
        }
        self.handle = open(self.log, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO", f"--concurrency={self.concurrency}",
             "--pool=prefork", "--without-gossip", "--without-mingle", "--without-heartbeat"],
            cwd=ROOT, env=env, stdout=self.handle, stderr=subprocess.STDOUT, start_new_session=True)
        wait_for(lambda: b"ready." in self.log.read_bytes() or self.process.poll() is not None, 60,
                 "the worker to be ready")
        assert self.process.poll() is None, self.log.read_text()
        return self

    def children(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]

    def kill(self):
        """SIGKILL the whole worker: main process and pool children, no chance to clean up."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
        self.handle.close()


@pytest.fixture
def start_worker(tmp_path):
    """Start workers on demand; all are stopped at the end of the test."""
    workers: list[Worker] = []

    def start(broker_url: str | None = None, concurrency: int = 1, **env) -> Worker:
        worker = Worker(broker_url or settings.CELERY_BROKER_URL, tmp_path / f"worker{len(workers)}.log",
                        concurrency, **env)
        workers.append(worker)
        return worker.start()

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def pipeline_db(transactional_db):
    """A committed database with the shipped dictionaries, and an empty test queue."""
    load_shipped_dictionaries()
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
