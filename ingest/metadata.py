"""A batch's facts in a small file: CSV or JSON lines of file, published, outlet, url.

The upload form and `manage.py ingest --manifest` read it alike. Errors name the line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

from django.utils.translation import gettext as _

COLUMNS = ("file", "published", "outlet", "url")


@dataclass(frozen=True)
class Facts:
    file: str
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""


class MetadataError(ValueError):
    """The metadata file cannot be read; the message names the line."""


def parse(text: str) -> list[Facts]:
    """JSON lines when the first non-blank line starts with «{», else CSV with a header row."""
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    rows = _json_lines(text) if first.lstrip().startswith("{") else _csv_rows(text)
    return [_facts(number, row) for number, row in rows]


def by_file(text: str) -> dict[str, Facts]:
    """Facts keyed by file name (the last part of the path, as an upload names its files)."""
    return {facts.file.replace("\\", "/").rsplit("/", 1)[-1]: facts for facts in parse(text)}


def _json_lines(text: str):
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MetadataError(_("line %(n)s: not JSON (%(error)s)") % {"n": number, "error": exc.msg}) from exc
        if not isinstance(row, dict):
            raise MetadataError(_("line %(n)s: expected an object with file, published, outlet, url") % {"n": number})
        yield number, row


def _csv_rows(text: str):
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "file" not in header:
        raise MetadataError(_("The first line must name the columns: %(columns)s.") % {"columns": ", ".join(COLUMNS)})
    reader.fieldnames = header
    for row in reader:
        yield reader.line_num, row


def _facts(number: int, row: dict) -> Facts:
    name = str(row.get("file") or "").strip()
    if not name:
        raise MetadataError(_("line %(n)s: no file name") % {"n": number})
    published = str(row.get("published") or "").strip()
    try:
        date = dt.date.fromisoformat(published) if published else None
    except ValueError as exc:
        raise MetadataError(_("line %(n)s: «%(value)s» is not a date (YYYY-MM-DD)") % {
            "n": number, "value": published}) from exc
    return Facts(name, date, str(row.get("outlet") or "").strip()[:200], str(row.get("url") or "").strip()[:1000])
