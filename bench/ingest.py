"""Ingest throughput: extraction alone, `ingest --sync`, and the real path with 1 and 2 worker processes.

    createdb -h 127.0.0.1 -U postgres albukamal_bench_ingest
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/albukamal_bench_ingest .venv/bin/python bench/ingest.py 1000

N articles (default 1,000) are generated from our own fictional templates (ingest.fakes),
published over a year as an archive is (a manifest gives each its date). The real path is
`manage.py ingest --manifest` queueing to Redis (REDIS_URL, default db 15)
and `celery -A config worker --concurrency=C` parsing into the database, timed from the
start of `ingest` to the last article parsed. Worker memory is read from /proc: the peak
(VmHWM) of each pool process, and its resident size when the N/10th and the Nth article
were parsed (for N = 10,000: the 1,000th and the 10,000th). Uses (and empties) the database
it is given.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")

import django  # noqa: E402

django.setup()

import redis  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

from events.models import Event  # noqa: E402
from ingest.decoding import decode_upload  # noqa: E402
from ingest.extraction import extract_events, load_default_dictionaries  # noqa: E402
from ingest.fakes import write_articles, write_manifest  # noqa: E402
from ingest.models import Article  # noqa: E402

FIRST_DAY, DAYS = dt.date(2024, 1, 1), 365
FINISHED = ("parsed", "failed")


def empty_database() -> None:
    Event.objects.all().delete()
    Article.objects.all().delete()


def extraction_alone(manifest: Path) -> float:
    dictionaries = load_default_dictionaries()
    entries = [json.loads(line) for line in manifest.read_text().splitlines()]
    start = time.perf_counter()
    for entry in entries:
        path = manifest.parent / entry["file"]
        extract_events(decode_upload(path.read_bytes(), path.name).text, dt.date.fromisoformat(entry["published"]),
                       dictionaries)
    return time.perf_counter() - start


def ingest_sync(manifest: Path) -> float:
    empty_database()
    start = time.perf_counter()
    call_command("ingest", "--manifest", str(manifest), "--sync", stdout=open(os.devnull, "w"))
    return time.perf_counter() - start


def memory_kb(pid: int, field: str) -> int:
    """VmRSS (resident now) or VmHWM (peak resident) of a process, in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def pool_processes(worker: subprocess.Popen) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(worker.pid)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def start_worker(concurrency: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "CELERY_TASK_ALWAYS_EAGER": "0"}
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO", f"--concurrency={concurrency}",
         "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while b"ready." not in log.read_bytes():
        if worker.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the worker did not start:\n{log.read_text()}")
        time.sleep(0.2)
    return worker


def real_path(manifest: Path, count: int, concurrency: int, log: Path) -> dict:
    """Seconds from `ingest` to the last article parsed, and the pool processes' memory."""
    empty_database()
    redis.Redis.from_url(settings.CELERY_BROKER_URL).flushdb()
    worker = start_worker(concurrency, log)
    try:
        early_mark, rss_early = max(count // 10, 1), {}
        start = time.perf_counter()
        call_command("ingest", "--manifest", str(manifest), stdout=open(os.devnull, "w"))
        deadline = time.monotonic() + max(600, count)
        while (done := Article.objects.filter(status__in=FINISHED).count()) < count:
            if not rss_early and done >= early_mark:
                rss_early = {pid: memory_kb(pid, "VmRSS") for pid in pool_processes(worker)}
            if time.monotonic() > deadline:
                raise SystemExit(f"only {done} of {count} parsed after the deadline; see {log}")
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        pids = pool_processes(worker)
        rss_late = {pid: memory_kb(pid, "VmRSS") for pid in pids}
        growth = [100 * (rss_late[pid] - rss_early[pid]) / rss_early[pid] for pid in pids if pid in rss_early]
        return {"seconds": seconds, "failed": Article.objects.filter(status="failed").count(),
                "peak_mb": max(memory_kb(pid, "VmHWM") for pid in pids) / 1024,
                "growth_pct": max(growth) if growth else float("nan"), "early_mark": early_mark}
    finally:
        worker.terminate()
        worker.wait(60)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    call_command("migrate", verbosity=0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        paths = write_articles(folder, count)
        manifest = write_manifest(paths, FIRST_DAY, DAYS)
        size_kb = sum(p.stat().st_size for p in paths) / count / 1024
        print(f"{count} articles of {size_kb:.1f} KB on average; database "
              f"{settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
        alone = count / extraction_alone(manifest)
        sync = count / ingest_sync(manifest)
        events = Event.objects.count()
        print(f"{'path':<28} {'articles/s':>10} {'vs extraction':>14}")
        print(f"{'extraction alone':<28} {alone:>10.1f} {1:>14.2f}")
        print(f"{'ingest --sync':<28} {sync:>10.1f} {sync / alone:>14.2f}")
        runs = {c: real_path(manifest, count, c, Path(tmp) / f"worker{c}.log") for c in (1, 2)}
        for c, run in runs.items():
            rate = count / run["seconds"]
            print(f"{f'ingest + worker x{c}':<28} {rate:>10.1f} {rate / alone:>14.2f}")
        two = count / runs[2]["seconds"]
        print(f"\n{events} events; failed: " + ", ".join(f"x{c} {run['failed']}" for c, run in runs.items()))
        print(f"target, 2 processes >= 50% of twice extraction alone: {two:.1f} vs {alone:.1f} "
              f"({100 * two / (2 * alone):.0f}%)")
        print(f"2 processes vs 1: {runs[1]['seconds'] / runs[2]['seconds']:.2f}x")
        for c, run in runs.items():
            print(f"worker x{c}: peak RSS of a pool process {run['peak_mb']:.0f} MB; growth from article "
                  f"{run['early_mark']} to {count}: {run['growth_pct']:+.1f}%")


if __name__ == "__main__":
    main()
