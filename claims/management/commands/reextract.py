"""python manage.py reextract [--article ID ...] : re-extract and relink stored articles, keeping human work."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from articles.models import Article
from claims.services.reextract import articles_reextract


class Command(BaseCommand):
    help = "Run the current extractor and linker over stored articles; reviews, merges and decisions are kept."

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, action="append", dest="articles", help="Only this article id.")
        parser.add_argument("--quiet-progress", action="store_true")

    def handle(self, *args, **options):
        ids = options["articles"] or list(Article.objects.order_by("id").values_list("pk", flat=True))
        with tqdm(total=len(ids), desc="reextract", unit="article", disable=options["quiet_progress"],
                  file=self.stderr._out) as bar:
            report = articles_reextract(article_ids=ids, progress=lambda _id: bar.update(1))
        self.stdout.write(
            f"Re-extracted {report.articles} articles: quotes +{report.quotes_added} -{report.quotes_removed} "
            f"~{report.quotes_changed}; claim mentions +{report.mentions_added} -{report.mentions_removed}; "
            f"claims removed {report.claims_removed}; contradictions {report.contradictions_before} → "
            f"{report.contradictions_after}."
        )
