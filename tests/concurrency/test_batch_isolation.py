"""One bad document in a batch fails alone; the rest of the batch is stored."""

from __future__ import annotations

import uuid

import pytest

import articles.services.ingest as ingest
from articles.models import Article, IngestJob
from articles.services.ingest import ingest_job_run, ingest_submit, jobs_pending
from tests.concurrency.helpers import article_bytes, orphan_counts

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def _batch(payloads: list[tuple[str, bytes]]) -> list[IngestJob]:
    batch = str(uuid.uuid4())
    jobs = [ingest_submit(kind=IngestJob.Kind.FILE, source=name, payload=data, batch=batch, enqueue=False)
            for name, data in payloads]
    for job in jobs:
        ingest_job_run(job_id=job.id)
    assert jobs_pending(batch=batch) == 0
    for job in jobs:
        job.refresh_from_db()
    return jobs


def test_binary_file_in_the_middle_of_a_batch_fails_alone():
    jobs = _batch([("a.txt", article_bytes(1)), ("b.txt", article_bytes(2)), ("scan.png", PNG),
                   ("c.txt", article_bytes(3)), ("d.txt", article_bytes(4))])
    states = [job.state for job in jobs]
    assert states == ["done", "done", "failed", "done", "done"]
    assert "PNG" in jobs[2].error
    assert Article.objects.count() == 4


def test_a_crash_inside_one_job_fails_that_job_only(monkeypatch):
    """An unexpected exception (a bug) ends its job as FAILED with the cause; the next job still runs."""
    real = ingest.prepare_bytes

    def exploding(data, **kwargs):
        if b"approves 2 new" in data:
            raise RuntimeError("simulated bug")
        return real(data, **kwargs)

    monkeypatch.setattr(ingest, "prepare_bytes", exploding)
    jobs = _batch([("a.txt", article_bytes(1)), ("b.txt", article_bytes(2)), ("c.txt", article_bytes(3))])
    assert [job.state for job in jobs] == ["done", "failed", "done"]
    assert "RuntimeError: simulated bug" in jobs[1].error
    assert Article.objects.count() == 2
    assert orphan_counts() == dict.fromkeys(orphan_counts(), 0)


def test_a_crash_while_linking_rolls_the_whole_article_back(monkeypatch):
    """A failure after quotes are written but before commit leaves no article, quote or claim behind."""
    import claims.services.store as store
    from claims.models import Claim, Quote

    def broken_link(**_kwargs):
        raise RuntimeError("linking failed")

    monkeypatch.setattr(store, "article_link", broken_link)
    [job] = _batch([("a.txt", article_bytes(1))])
    assert job.state == "failed" and "linking failed" in job.error
    assert (Article.objects.count(), Quote.objects.count(), Claim.objects.count()) == (0, 0, 0)
