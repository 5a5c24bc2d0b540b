"""Linking and the contradiction refresh running at once: neither waits on the other in a cycle,
and a store the database rolls back for a deadlock runs again instead of failing its job."""

from __future__ import annotations

import threading

import psycopg
import pytest
from django.db import OperationalError, connection, transaction

import claims.services.store as store
from articles.models import Article, ArticleKey, IngestJob
from articles.services.ingest import ingest_job_run, ingest_submit
from claims.models import Quote
from tests.concurrency.helpers import article_bytes, orphan_counts


def _job(n: int) -> IngestJob:
    return ingest_submit(kind=IngestJob.Kind.FILE, source=f"berths-{n}.txt", payload=article_bytes(n), enqueue=False)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_rows_pointing_at_articles_a_burst_holds_are_written_without_waiting():
    """The burst's row locks leave foreign keys alone: an insert referencing a held article goes through."""
    ingest_job_run(job_id=_job(1).id)
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTED)
    held, release, taken = threading.Event(), threading.Event(), []

    def burst() -> None:
        try:
            with transaction.atomic():
                taken.extend(store.waiting_articles_take())
                held.set()
                release.wait(timeout=30)
        finally:
            held.set()
            connection.close()

    thread = threading.Thread(target=burst)
    thread.start()
    try:
        assert held.wait(timeout=30)
        assert taken == [article.pk]
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            ArticleKey.objects.create(article=article, key="feedfacefeedface")
    finally:
        release.set()
        thread.join(timeout=30)
    assert ArticleKey.objects.filter(article=article, key="feedfacefeedface").exists()


def _deadlock() -> OperationalError:
    """What Django raises when PostgreSQL picks this transaction as a deadlock's victim."""
    try:
        raise OperationalError("deadlock detected") from psycopg.errors.DeadlockDetected("deadlock detected")
    except OperationalError as exc:
        return exc


@pytest.mark.django_db(transaction=True)
def test_a_store_rolled_back_for_a_deadlock_runs_again_and_stores_the_article_once(monkeypatch):
    real_link, calls = store.article_link, []

    def link_losing_the_first_race(**kwargs):
        calls.append(kwargs["article"].pk)
        real_link(**kwargs)
        if len(calls) == 1:  # after writing rows, so the rollback has something to undo
            raise _deadlock()

    monkeypatch.setattr(store, "article_link", link_losing_the_first_race)
    job = ingest_job_run(job_id=_job(2).id)
    assert len(calls) == 2
    assert job.state == IngestJob.State.DONE, job.error
    article = Article.objects.get()
    assert job.article_id == article.pk
    assert Quote.objects.filter(article=article).count() == Quote.objects.count() > 0
    assert orphan_counts() == dict.fromkeys(orphan_counts(), 0)


@pytest.mark.django_db(transaction=True)
def test_a_store_that_keeps_deadlocking_fails_its_job_with_nothing_written(monkeypatch):
    calls = []

    def always_deadlocking(**kwargs):
        calls.append(1)
        raise _deadlock()

    monkeypatch.setattr(store, "article_link", always_deadlocking)
    job = ingest_job_run(job_id=_job(3).id)
    assert len(calls) == store.STORE_ATTEMPTS
    assert job.state == IngestJob.State.FAILED
    assert "deadlock" in job.error
    assert not Article.objects.exists() and not Quote.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_other_database_errors_are_not_run_again(monkeypatch):
    calls = []

    def broken(**kwargs):
        calls.append(1)
        raise OperationalError("no such column: claims_quote.nothing")

    monkeypatch.setattr(store, "article_link", broken)
    job = ingest_job_run(job_id=_job(4).id)
    assert len(calls) == 1
    assert job.state == IngestJob.State.FAILED
    assert not Article.objects.exists()
