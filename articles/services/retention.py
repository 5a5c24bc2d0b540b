"""Retention: raw submitted inputs are kept for a while, then purged."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from articles.models import Article


def raw_inputs_purge(*, days: int | None = None) -> int:
    """Blank the raw input of articles stored more than ``days`` ago; returns how many."""
    days = settings.NEWSFACTS["RAW_RETENTION_DAYS"] if days is None else days
    cutoff = timezone.now() - timedelta(days=days)
    return Article.objects.filter(created_at__lt=cutoff).exclude(raw_input="").update(raw_input="")
