"""Celery tasks: thin wrappers that load by id and call one service function."""

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings

from ingest import parsing, services


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True,
             max_retries=settings.PARSE_MAX_RETRIES)
def parse_article_task(self, article_id: int) -> str:
    try:
        return parsing.parse_article(article_id, task_id=self.request.id or "eager")
    except parsing.TRANSIENT_ERRORS as exc:
        # The article stays "processing" until the retries are spent: a locked database is not a failure.
        if self.request.retries >= self.max_retries:
            parsing.give_up(article_id, self.request.id or "eager", exc)
            return "failed"
        # Full jitter, so workers that collided on a lock do not collide again on the retry.
        delay = get_exponential_backoff_interval(settings.PARSE_RETRY_BACKOFF_SECONDS, self.request.retries,
                                                 settings.PARSE_RETRY_BACKOFF_MAX_SECONDS, full_jitter=True)
        raise self.retry(exc=exc, countdown=delay) from exc


@shared_task(ignore_result=True)
def sweep_articles() -> dict:
    return services.sweep_articles()
