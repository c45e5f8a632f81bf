"""Store article files (or folders of them) and queue their parse, or parse in-process with --sync."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from ingest import files, parsing
from ingest.decoding import UploadRejected, decode_upload
from ingest.services import store_article


class Command(BaseCommand):
    help = "Ingest article files: store each and queue its parse (or parse now with --sync)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*")
        parser.add_argument("--manifest", help="JSON-lines file of {file, published, outlet?, url?}")
        parser.add_argument("--published", help="publication date (YYYY-MM-DD) for every file")
        parser.add_argument("--outlet", default="", help="outlet for every file without one in the manifest")
        parser.add_argument("--sync", action="store_true", help="parse in this process instead of the worker")

    def handle(self, paths, manifest, published, outlet, sync, **options):
        articles = files.from_command_line(paths, manifest, published)
        counts = {"stored": 0, "already stored": 0, "rejected": 0, "parsed": 0, "failed": 0}
        for article in tqdm(articles, unit="file", disable=len(articles) < 20 or not self.stdout.isatty()):
            try:
                decoded = decode_upload(article.path.read_bytes(), article.path.name)
            except (UploadRejected, OSError) as exc:
                self.stderr.write(f"{article.name}: rejected: {exc}")
                counts["rejected"] += 1
                continue
            stored = store_article(decoded, filename=article.name, outlet=article.outlet or outlet,
                                   url=article.url, published=article.published, queue=not sync)
            counts["stored" if stored.created else "already stored"] += 1
            if sync and stored.created:
                result = parsing.parse_article(stored.article.pk, task_id=f"sync-{stored.article.pk}")
                counts[result] = counts.get(result, 0) + 1
        self.stdout.write(", ".join(f"{n} {k}" for k, n in counts.items() if n or k == "stored"))
