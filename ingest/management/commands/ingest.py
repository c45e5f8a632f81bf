"""Store article files (or folders of them) and queue their parse, or parse in-process with --sync."""

from collections import Counter

from django.core.management.base import BaseCommand
from django.db import reset_queries
from tqdm import tqdm

from ingest import files, parsing
from ingest.services import Stored, store_files


class Command(BaseCommand):
    help = "Ingest article files: store each and queue its parse (or parse now with --sync)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*")
        parser.add_argument("--manifest", help="JSON-lines file of {file, published, outlet?, url?}")
        parser.add_argument("--published", help="publication date (YYYY-MM-DD) for every file")
        parser.add_argument("--outlet", default="", help="outlet for every file without one in the manifest")
        parser.add_argument("--sync", action="store_true", help="parse in this process instead of the worker")
        parser.add_argument("--batch-size", type=int, default=100,
                            help="files stored per transaction (their parses are queued when it commits)")

    def handle(self, paths, manifest, published, outlet, sync, batch_size, **options):
        articles = files.from_command_line(paths, manifest, published)
        counts = Counter(stored=0)
        with tqdm(total=len(articles), unit="file", disable=len(articles) < 20 or not self.stderr.isatty()) as bar:
            for start in range(0, len(articles), max(batch_size, 1)):
                batch = articles[start:start + max(batch_size, 1)]
                for name, outcome in store_files(batch, outlet=outlet, queue=not sync):
                    if not isinstance(outcome, Stored):
                        self.stderr.write(f"{name}: rejected: {outcome}")
                        counts["rejected"] += 1
                        continue
                    counts["stored" if outcome.created else "already stored"] += 1
                    if sync and outcome.created:
                        counts[parsing.parse_article(outcome.article.pk, task_id=f"sync-{outcome.article.pk}")] += 1
                reset_queries()  # with DEBUG on, Django keeps every query: memory would grow with the folder
                bar.update(len(batch))
        order = ["stored", "already stored", "rejected", "parsed", "failed", "skipped"]
        self.stdout.write(", ".join(f"{counts[k]} {k}" for k in order if counts[k] or k == "stored"))
