"""The same article submitted by 8 threads at once is stored exactly once, every time (PostgreSQL)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from articles.analysis import analyse, prepare_bytes
from articles.models import Article, IngestJob
from articles.services.ingest import ingest_job_run, ingest_submit
from claims.models import Quote
from tests.concurrency.helpers import article_bytes, orphan_counts

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

THREADS = 8
ROUNDS = 20


def _submit_and_run(payload: bytes, name: str, start: threading.Barrier, errors: list) -> None:
    """One editor's upload: record the job, wait for the others, run it; always release the connection."""
    try:
        job = ingest_submit(kind=IngestJob.Kind.FILE, source=name, payload=payload, enqueue=False)
        start.wait(timeout=30)
        ingest_job_run(job_id=job.id)
    except Exception as exc:  # surfaced by the test thread
        errors.append(exc)
    finally:
        connection.close()


def _race(payload: bytes) -> list[Exception]:
    start, errors = threading.Barrier(THREADS), []
    threads = [threading.Thread(target=_submit_and_run, args=(payload, f"upload-{i}.txt", start, errors))
               for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread is stuck"
    return errors


def test_eight_concurrent_submissions_store_one_article_twenty_times_out_of_twenty():
    """Each round: one Article, one DONE job, seven DUPLICATE jobs pointing at it, quotes stored once."""
    for n in range(1, ROUNDS + 1):
        payload = article_bytes(n)
        expected_quotes = len(analyse(prepare_bytes(payload, name="x.txt")).quotes)
        assert not _race(payload), f"round {n}"
        articles = list(Article.objects.filter(title__contains=f"approves {n} new ferry"))
        assert len(articles) == 1, f"round {n}: {len(articles)} articles"
        jobs = IngestJob.objects.filter(article=articles[0])
        states = sorted(jobs.values_list("state", flat=True))
        assert states == ["done"] + ["duplicate"] * (THREADS - 1), f"round {n}: {states}"
        assert Quote.objects.filter(article=articles[0]).count() == expected_quotes, f"round {n}"
    assert Article.objects.count() == ROUNDS
    assert IngestJob.objects.exclude(state__in=["done", "duplicate"]).count() == 0
    assert orphan_counts() == dict.fromkeys(orphan_counts(), 0)
