"""Real Celery workers on Redis and PostgreSQL: ingestion works, and survives workers being killed.

Each test uses its own queue name, so runs sharing the Redis server never take
each other's messages. Workers are SIGKILLed in a finally, whatever happens.
"""

from __future__ import annotations

import os
import signal
import uuid
from pathlib import Path

import pytest
import redis

from articles.analysis import analyse, prepare_bytes
from articles.models import Article, IngestJob
from articles.services.ingest import ingest_submit
from claims.models import Quote
from tests.concurrency.helpers import Worker, article_bytes, broker_configured, orphan_counts, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
STALL_APP = "tests.concurrency.stall_app"


@pytest.fixture
def queue(redis_url, settings):
    name = f"nftest-{uuid.uuid4().hex[:12]}"
    with broker_configured(redis_url, name, settings):
        yield name
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(match=f"*{name}*"):  # kombu's binding set for the queue
        client.delete(key)


def _finished(job_id: int) -> IngestJob | None:
    job = IngestJob.objects.get(pk=job_id)
    return job if job.is_finished else None


def _wait_finished(job_id: int, worker: Worker, timeout: float = 45) -> IngestJob:
    try:
        return wait_for(lambda: _finished(job_id), timeout, f"job {job_id} to finish", interval=0.2)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n--- worker log ---\n{worker.output()[-4000:]}") from None


def _submit(payload: bytes, name: str, batch: str = "") -> IngestJob:
    return ingest_submit(kind=IngestJob.Kind.FILE, source=name, payload=payload, batch=batch)


def _quote_count(payload: bytes) -> int:
    return len(analyse(prepare_bytes(payload, name="x.txt")).quotes)


def test_a_real_worker_ingests_a_batch_and_a_bad_file_fails_alone(redis_url, queue, tmp_path):
    """Jobs go through Redis to a prefork worker; the binary file between two articles fails, they are stored."""
    worker = Worker(redis_url=redis_url, queue=queue, log=tmp_path / "worker.log")
    try:
        batch = str(uuid.uuid4())
        jobs = [_submit(article_bytes(1), "one.txt", batch), _submit(PNG, "scan.txt", batch),
                _submit(article_bytes(2), "two.txt", batch)]
        finished = [_wait_finished(job.id, worker, timeout=60) for job in jobs]
        # The contradiction refresh follows as a task of its own, for the burst waiting by then.
        wait_for(lambda: not Article.objects.filter(status=Article.Status.EXTRACTED).exists(), 45,
                 "the finish task to refresh the stored articles")
    finally:
        worker.kill()
    assert [job.state for job in finished] == ["done", "failed", "done"], [job.error for job in finished]
    assert "PNG" in finished[1].error
    assert Article.objects.count() == 2
    for job, payload in ((finished[0], article_bytes(1)), (finished[2], article_bytes(2))):
        assert job.attempts == 1
        assert Quote.objects.filter(article=job.article).count() == _quote_count(payload)


def _stall(redis_url: str, queue: str, tmp_path: Path) -> tuple[Worker, Path]:
    marker = tmp_path / "stalled.pid"
    worker = Worker(redis_url=redis_url, queue=queue, log=tmp_path / "worker-a.log", app=STALL_APP,
                    env={"NEWSFACTS_TEST_STALL_MARKER": str(marker)})
    return worker, marker


def _stalled_job(marker: Path, worker: Worker) -> tuple[IngestJob, int]:
    """Submit one article and wait until a pool process is stalled inside its store transaction."""
    job = _submit(article_bytes(7), "berths.txt")
    try:
        wait_for(lambda: marker.exists() and marker.read_text(), 45, "the store to stall")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n--- worker log ---\n{worker.output()[-4000:]}") from None
    job.refresh_from_db()
    assert (job.state, job.attempts) == ("running", 1)
    assert Article.objects.count() == 0, "nothing is visible before the store commits"
    return job, int(marker.read_text())


def _assert_stored_once(job_id: int) -> None:
    job = IngestJob.objects.get(pk=job_id)
    assert job.state == "done", job.error
    assert job.attempts == 2, "the first attempt died, the second finished"
    assert Article.objects.count() == 1
    assert Quote.objects.count() == _quote_count(article_bytes(7))
    assert orphan_counts() == dict.fromkeys(orphan_counts(), 0)


def test_a_pool_process_killed_mid_store_is_redelivered_and_stored_once(redis_url, queue, tmp_path):
    """SIGKILL the pool child inside the store transaction: the message is requeued
    (acks_late + reject_on_worker_lost), the respawned child runs it, one article results."""
    worker, marker = _stall(redis_url, queue, tmp_path)
    try:
        job, child = _stalled_job(marker, worker)
        os.kill(child, signal.SIGKILL)
        _wait_finished(job.id, worker)
        assert worker.process.poll() is None, "the main worker process survives its child"
    finally:
        worker.kill()
    _assert_stored_once(job.id)


def test_a_whole_worker_killed_mid_store_is_finished_by_a_new_worker(redis_url, queue, tmp_path):
    """SIGKILL the worker and its child (a lost container): the unacknowledged message
    returns after the visibility timeout and a fresh worker stores the article once."""
    first, marker = _stall(redis_url, queue, tmp_path)
    try:
        job, _child = _stalled_job(marker, first)
    finally:
        first.kill()
    assert IngestJob.objects.get(pk=job.id).state == "running" and Article.objects.count() == 0
    second = Worker(redis_url=redis_url, queue=queue, log=tmp_path / "worker-b.log", app=STALL_APP,
                    env={"NEWSFACTS_TEST_STALL_MARKER": str(marker), "NEWSFACTS_TEST_VISIBILITY_TIMEOUT": "2"})
    try:
        _wait_finished(job.id, second)
    finally:
        second.kill()
    _assert_stored_once(job.id)


def _worker_backends() -> set[int]:
    """PostgreSQL backends connected to the test database, other than this test's own."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return {row[0] for row in cursor.fetchall()}


def test_a_worker_keeps_its_database_connection_from_task_to_task(redis_url, queue, tmp_path):
    """With CONN_MAX_AGE set, consecutive tasks share one PostgreSQL connection (Celery's Django
    fixup closed it after every task: a new backend, and its cold caches, per task)."""
    worker = Worker(redis_url=redis_url, queue=queue, log=tmp_path / "worker.log",
                    env={"DATABASE_CONN_MAX_AGE": "60", "NEWSFACTS_FINISH_DELAY_SECONDS": "0"})
    try:
        seen = []
        for n in (1, 2):
            _wait_finished(_submit(article_bytes(n), f"{n}.txt").id, worker)
            wait_for(lambda: not Article.objects.filter(status=Article.Status.EXTRACTED).exists(), 45,
                     "the finish task to refresh the stored article")
            seen.append(_worker_backends())
    finally:
        worker.kill()
    assert seen[0], "the worker's connection was closed after its tasks"
    assert seen[0] & seen[1], f"a new connection for the next tasks: {seen}"
