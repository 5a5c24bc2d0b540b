"""Progress marks commit without waiting for the disk, and that relaxation stays inside their own transaction."""

from __future__ import annotations

import pytest
from django.db import connection

from articles.models import IngestJob
from articles.services import ingest
from articles.services.ingest import ingest_job_run, ingest_submit
from tests.concurrency.helpers import article_bytes

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _synchronous_commit() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        return cursor.fetchone()[0]


def test_stage_marks_relax_only_their_own_commit(monkeypatch):
    seen = []
    mark = ingest._job_stage

    def spy(job, stage):
        mark(job, stage)
        seen.append((stage, _synchronous_commit(), IngestJob.objects.get(pk=job.pk).stage))

    monkeypatch.setattr(ingest, "_job_stage", spy)
    job = ingest_submit(kind=IngestJob.Kind.FILE, source="stage.txt", payload=article_bytes(1), enqueue=False)
    ingest_job_run(job_id=job.id)
    job.refresh_from_db()
    assert job.state == IngestJob.State.DONE
    # Each mark is stored, and the connection is back to durable commits right after it:
    # the article's own transaction must never inherit the relaxed setting.
    assert [s for s, _, _ in seen] == [IngestJob.Stage.CLEANING, IngestJob.Stage.EXTRACTING, IngestJob.Stage.LINKING]
    assert all(setting == "on" and stored == stage for stage, setting, stored in seen)
