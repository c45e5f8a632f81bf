"""Articles in: create them from uploads, queue their parse, re-parse, sweep stuck ones.

Nothing here loses an article: it is stored first, and its parse is queued only
after the row is committed. When the broker is down the article simply stays
queued, and the sweeper queues it again once the broker is back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError as BrokerError

from ingest import metadata
from ingest.decoding import DecodedArticle, UploadRejected, decode_pasted, decode_upload
from ingest.extraction.text import normalise
from ingest.models import Article

log = logging.getLogger(__name__)


@dataclass
class Stored:
    article: Article
    created: bool


@dataclass
class Uploaded:
    """One file (or the pasted text, named "") of an upload: stored, or why it was not."""

    name: str
    stored: Stored | None = None
    error: str = ""
    has_arabic: bool = True


def store_upload(files, text: str, *, outlet: str = "", url: str = "", published: dt.date | None = None,
                 user=None, facts: dict[str, metadata.Facts] | None = None) -> list[Uploaded]:
    """Store each file, and the pasted text, on its own: one bad file never costs the others.

    The browser's upload page and the API both call this, so they decode, limit and refuse alike.
    `facts` (from a metadata file, by file name) wins over the batch's outlet, URL and date.
    """
    facts = facts or {}
    items = [(f.name, lambda f=f: decode_file(f)) for f in files]
    if text.strip():
        items.append(("", lambda: decode_pasted(text)))
    results = []
    for name, decode in items:
        try:
            decoded = decode()
        except UploadRejected as exc:
            results.append(Uploaded(name, error=str(exc)))
            continue
        own = facts.get(name) or metadata.Facts(name)
        stored = store_article(decoded, filename=name, outlet=own.outlet or outlet, url=own.url or url,
                               published=own.published or published, user=user)
        results.append(Uploaded(name, stored=stored, has_arabic=decoded.has_arabic))
    return results


def decode_file(uploaded) -> DecodedArticle:
    limit = settings.UPLOAD_MAX_FILE_BYTES
    if uploaded.size > limit:  # refuse before reading it into memory
        raise UploadRejected(_("The file is %(size).1f MB; the limit is %(limit).1f MB.")
                             % {"size": uploaded.size / 1e6, "limit": limit / 1e6})
    return decode_upload(uploaded.read(), uploaded.name, limit)


def store_files(batch, *, outlet: str = "", queue: bool = True) -> list[tuple[str, Stored | str]]:
    """Store a batch of article files (ingest.files.ArticleFile) in one transaction.

    Each file gives (name, Stored) or (name, why it was refused). Their parses are queued
    when the batch commits; one unreadable file never costs the others.
    """
    out: list[tuple[str, Stored | str]] = []
    with transaction.atomic():
        for item in batch:
            try:
                decoded = decode_upload(item.path.read_bytes(), item.path.name)
            except (UploadRejected, OSError) as exc:
                out.append((item.name, str(exc)))
                continue
            out.append((item.name, store_article(decoded, filename=item.name, outlet=item.outlet or outlet,
                                                 url=item.url, published=item.published, queue=queue)))
    return out


def content_hash(text: str) -> str:
    """Same article, same hash: normalised letters and collapsed whitespace, not bytes."""
    canonical = " ".join(normalise(text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def store_article(decoded: DecodedArticle, *, filename: str = "", outlet: str = "", url: str = "",
                  published: dt.date | None = None, user=None, queue: bool = True) -> Stored:
    """Save a decoded article (or find the one already stored) and queue its parse on commit.

    `queue=False` is for callers that parse in-process right away (`ingest --sync`).
    """
    outlet, url = outlet or decoded.outlet, url or decoded.url
    if not url.lower().startswith(("http://", "https://")):
        url = ""  # only web links are kept: a javascript: URL must never become a link
    digest = content_hash(decoded.text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return Stored(existing, created=False)
    if published is not None:
        date, source = published, Article.DateSource.FORM
    elif decoded.published is not None:
        date, source = decoded.published, decoded.published_source
    else:
        date, source = timezone.localdate(), Article.DateSource.UPLOAD
    try:
        with transaction.atomic():
            article = Article.objects.create(
                filename=filename[:255], title=decoded.title[:500], outlet=outlet[:200], url=url, published=date,
                published_source=source, text=decoded.text, content_hash=digest, has_arabic=decoded.has_arabic,
                uploaded_by=user if user is not None and user.is_authenticated else None,
            )
            if queue:
                transaction.on_commit(lambda: queue_parse(article.pk))
    except IntegrityError:  # the same article, uploaded at the same moment by someone else
        return Stored(Article.objects.get(content_hash=digest), created=False)
    return Stored(article, created=True)


def queue_parse(article_id: int) -> bool:
    """Send the parse task. False when the broker is unreachable (the sweeper will retry)."""
    from ingest.tasks import parse_article_task

    try:
        parse_article_task.apply_async((article_id,), retry=False)
    except (BrokerError, OSError) as exc:
        log.warning("parse of article %s not queued, broker unreachable: %s", article_id, exc)
        return False
    return True


def broker_is_reachable() -> bool:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return True
    from config.celery import app

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=0, timeout=1)
    except (BrokerError, OSError):
        return False
    return True


def request_reparse(articles) -> int:
    """Put articles back in the queue (their analyst-edited events are kept)."""
    ids = list(articles.values_list("pk", flat=True))
    with transaction.atomic():
        Article.objects.filter(pk__in=ids).update(
            status=Article.Status.QUEUED, claimed_at=None, task_id="", error="", updated=timezone.now()
        )
        for pk in ids:
            transaction.on_commit(lambda pk=pk: queue_parse(pk))
    return len(ids)


def sweep_articles(now: dt.datetime | None = None) -> dict[str, int]:
    """Requeue parses a dead worker left in processing, and queued ones the broker never got.

    Queueing an article twice is harmless: a parse claims its article first (parsing.claim).
    """
    now = now or timezone.now()
    stale = now - dt.timedelta(seconds=settings.PARSE_STALE_AFTER_SECONDS)
    waiting_since = now - dt.timedelta(seconds=settings.QUEUED_RESEND_AFTER_SECONDS)
    stuck = list(
        Article.objects.filter(status=Article.Status.PROCESSING, claimed_at__lt=stale).values_list("pk", flat=True)
    )
    Article.objects.filter(pk__in=stuck, status=Article.Status.PROCESSING).update(
        status=Article.Status.QUEUED, claimed_at=None, task_id="", updated=now
    )
    waiting = stuck + list(
        Article.objects.filter(status=Article.Status.QUEUED, updated__lt=waiting_since)
        .exclude(pk__in=stuck)
        .values_list("pk", flat=True)
    )
    sent = 0
    for pk in waiting:
        if not queue_parse(pk):
            break  # broker still down: the next sweep tries again
        Article.objects.filter(pk=pk, status=Article.Status.QUEUED).update(updated=now)
        sent += 1
    return {"stuck": len(stuck), "waiting": len(waiting), "sent": sent}
