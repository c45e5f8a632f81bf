"""Queue articles for parsing again (after a dictionary change or a parser upgrade)."""

from django.core.management.base import BaseCommand, CommandError

from ingest import files
from ingest.models import Article
from ingest.services import request_reparse


class Command(BaseCommand):
    help = "Re-parse articles: --all, --since DATE (uploaded on or after), or article ids."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int)
        parser.add_argument("--all", action="store_true")
        parser.add_argument("--since", help="articles uploaded on or after this date (YYYY-MM-DD)")

    def handle(self, ids, all, since, **options):
        if not (ids or all or since):
            raise CommandError("say which articles: --all, --since DATE or ids")
        articles = Article.objects.all()
        if ids:
            articles = articles.filter(pk__in=ids)
        if since:
            try:
                articles = articles.filter(created__date__gte=files.parse_date(since))
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
        self.stdout.write(f"{request_reparse(articles)} articles queued for parsing")
