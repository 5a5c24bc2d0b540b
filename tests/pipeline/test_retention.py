"""Raw inputs are purged after the retention period; the cleaned article stays."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article
from articles.services.retention import raw_inputs_purge


@pytest.mark.django_db
def test_raw_inputs_older_than_the_retention_period_are_blanked(demo_dir, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(demo_dir), quiet_progress=True, stdout=open("/dev/null", "w"))
    old = Article.objects.order_by("id").first()
    Article.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=100))
    assert raw_inputs_purge(days=90) == 1
    old.refresh_from_db()
    assert old.raw_input == "" and old.body
    assert Article.objects.exclude(pk=old.pk).exclude(raw_input="").count() == Article.objects.count() - 1
