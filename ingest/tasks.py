"""Celery tasks: thin wrappers that load by id and call one service function."""

from celery import shared_task

from ingest import parsing, services


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def parse_article_task(self, article_id: int) -> str:
    return parsing.parse_article(article_id, task_id=self.request.id or "eager")


@shared_task(ignore_result=True)
def sweep_articles() -> dict:
    return services.sweep_articles()
