"""Article files named on the command line: folders, manifests, publication dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ingest import metadata

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}


@dataclass(frozen=True)
class ArticleFile:
    path: Path
    name: str  # as the manifest gives it, or the file name
    published: dt.date | None
    outlet: str = ""
    url: str = ""


def collect(paths: list[str], manifest: str | None = None, published: dt.date | None = None) -> list[ArticleFile]:
    """Files from `paths` (folders are walked) and from a JSON-lines manifest.

    A manifest is JSON lines of {"file": ..., "published": "YYYY-MM-DD", "outlet"?, "url"?} (or
    the same columns as CSV, see ingest.metadata); its file paths are relative to it.
    `published` overrides every date.
    """
    out: list[ArticleFile] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.is_file():
            files = [path]
        else:
            raise FileNotFoundError(f"no such file or folder: {raw}")
        out += [ArticleFile(p, p.name, published) for p in files]
    if manifest:
        out += _from_manifest(Path(manifest), published)
    return out


def _from_manifest(manifest: Path, published: dt.date | None) -> list[ArticleFile]:
    try:
        entries = metadata.parse(manifest.read_text(encoding="utf-8"))
    except metadata.MetadataError as exc:
        raise ValueError(f"{manifest}: {exc}") from exc
    return [ArticleFile((manifest.parent / e.file).resolve(), e.file, published or e.published, e.outlet, e.url)
            for e in entries]


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"not a date (YYYY-MM-DD): {value}") from exc


def from_command_line(paths: list[str], manifest: str | None, published: str | None) -> list[ArticleFile]:
    """`collect` for management commands: their arguments in, a CommandError out when they are wrong."""
    from django.core.management.base import CommandError

    try:
        articles = collect(paths, manifest, parse_date(published) if published else None)
    except (ValueError, FileNotFoundError) as exc:
        raise CommandError(str(exc)) from exc
    if not articles:
        raise CommandError("give article files, folders or --manifest")
    return articles
