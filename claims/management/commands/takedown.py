"""python manage.py takedown ARTICLE_ID --reason "..." : remove an article and what derives from it."""

from django.core.management.base import BaseCommand, CommandError

from articles.models import Article
from claims.services.takedown import article_takedown


class Command(BaseCommand):
    help = "Take an article down: its text, quotes, claim mentions and contradictions go; an audit entry stays."

    def add_arguments(self, parser):
        parser.add_argument("article_id", type=int)
        parser.add_argument("--reason", required=True)

    def handle(self, *args, **options):
        try:
            summary = article_takedown(article_id=options["article_id"], user=None, reason=options["reason"])
        except Article.DoesNotExist as exc:
            raise CommandError(f"No article #{options['article_id']}.") from exc
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Took down #{summary['article']} “{summary['title']}”: {summary['quotes']} quotes, "
                          f"{summary['claims_removed']} claims only it supported.")
