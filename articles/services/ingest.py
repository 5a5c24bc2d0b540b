"""Ingestion: submit a document, run its job, store the article once.

A job runs in three steps. ``_job_claim`` takes the job with a conditional
UPDATE (a second worker or a redelivered message finds nothing to do).
Analysis (decode, clean, extract) is pure CPU and runs outside any
transaction. ``article_store`` then writes the article and everything derived
from it in one transaction, so a failure never leaves half an article.
"""

from __future__ import annotations

import logging
import uuid

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from articles.analysis import ArticleAnalysis, analyse, prepare_bytes
from articles.cleaning import CleaningError
from articles.fetching import FetchError, TransientFetchError
from articles.models import IngestJob

logger = logging.getLogger(__name__)

FINISHED = (IngestJob.State.DONE, IngestJob.State.DUPLICATE, IngestJob.State.FAILED)


class IngestRejected(ValueError):
    """The submission itself is unusable (too large, empty, no source)."""


def _limits() -> dict:
    return settings.NEWSFACTS


def ingest_submit(
    *,
    kind: str,
    source: str,
    payload: bytes = b"",
    content_type: str = "",
    user=None,
    batch: str = "",
    feed=None,
    enqueue: bool = True,
) -> IngestJob:
    """Record one submission as a job and queue it once the transaction commits.

    ingest_submit(kind="file", source="story.txt", payload=data, user=request.user)
    """
    from articles.tasks import run_ingest_job_task

    source = (source or "").strip()[:2000]
    if not source:
        raise IngestRejected("Every submission needs a source: a file name, a URL or a label.")
    job = IngestJob(kind=kind, source=source, content_type=content_type[:100], submitted_by=user,
                    batch=batch or str(uuid.uuid4()), feed=feed)
    limit = _limits()["MAX_INPUT_BYTES"]
    if len(payload) > limit:
        # Keep a record of the refusal, but not the bytes.
        job.state, job.stage = IngestJob.State.FAILED, IngestJob.Stage.FINISHED
        job.error = f"Too large: {len(payload) / 1e6:.1f} MB, the limit is {limit / 1e6:.0f} MB."
        job.finished_at = timezone.now()
        job.save()
        return job
    job.payload = payload
    job.save()
    if enqueue:
        run_ingest_job_task.delay_on_commit(job.id)
    return job


def _job_claim(job_id: int) -> IngestJob | None:
    """Take the job for this worker, or None when it is finished or gone."""
    claimed = IngestJob.objects.filter(pk=job_id, state__in=[IngestJob.State.QUEUED, IngestJob.State.RUNNING]).update(
        state=IngestJob.State.RUNNING, attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    if not claimed:
        return None
    job = IngestJob.objects.get(pk=job_id)
    if job.attempts > _limits()["MAX_JOB_ATTEMPTS"]:
        # A message that keeps killing its worker is redelivered forever under
        # reject_on_worker_lost; the attempt counter stops it.
        _job_finish(job, IngestJob.State.FAILED, error=f"Gave up after {job.attempts - 1} attempts.")
        return None
    return job


def _job_stage(job: IngestJob, stage: str) -> None:
    """Show the job's progress. A stage is a progress mark, not a record: on PostgreSQL its commit
    does not wait for the disk (three such commits per article cost as much as linking a quote),
    so a server crash can lose the last marks, never an article or a job's outcome."""
    job.stage = stage
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        IngestJob.objects.filter(pk=job.pk).update(stage=stage, updated_at=timezone.now())
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        IngestJob.objects.filter(pk=job.pk).update(stage=stage, updated_at=timezone.now())


def _job_finish(job: IngestJob, state: str, *, error: str = "", note: str = "", article=None) -> None:
    job.state, job.error, job.note, job.stage = state, error[:2000], note[:500], IngestJob.Stage.FINISHED
    job.finished_at = timezone.now()
    fields = ["state", "error", "note", "stage", "finished_at", "updated_at"]
    if article is not None:
        job.article = article
        fields.append("article")
    if state != IngestJob.State.FAILED or job.kind != IngestJob.Kind.TEXT:
        # The article keeps its own raw copy; failed pasted text is kept so
        # the editor can see what was submitted.
        job.payload = b""
        fields.append("payload")
    job.save(update_fields=fields)


def _job_input(job: IngestJob) -> tuple[bytes, str, str | None]:
    """The bytes to analyse, their content type and the URL they came from."""
    if job.kind in (IngestJob.Kind.URL, IngestJob.Kind.FEED):
        from articles.services.fetch import fetch_for_job

        _job_stage(job, IngestJob.Stage.FETCHING)
        result = fetch_for_job(job.source)
        return result.content, result.content_type, result.url
    return bytes(job.payload), job.content_type, None


def _analyse_job(job: IngestJob) -> tuple[ArticleAnalysis, bytes, str | None]:
    data, content_type, url = _job_input(job)
    _job_stage(job, IngestJob.Stage.CLEANING)
    prepared = prepare_bytes(data, content_type=content_type, name=job.source, url=url)
    _job_stage(job, IngestJob.Stage.EXTRACTING)
    return analyse(prepared), data, url


def ingest_job_run(*, job_id: int) -> IngestJob | None:
    """Run one job to its end; safe to call twice (the second call does nothing).

    Transient fetch errors propagate so the task retries them; every other
    failure ends the job with a message an editor can act on.
    """
    from claims.services.store import article_store

    job = _job_claim(job_id)
    if job is None:
        return None
    try:
        analysis, data, url = _analyse_job(job)
        _job_stage(job, IngestJob.Stage.LINKING)
        stored = article_store(analysis=analysis, source=job.source, url=url or "",
                               raw_input=data, submitted_at=job.created_at)
    except TransientFetchError as exc:
        if job.attempts >= _limits()["MAX_JOB_ATTEMPTS"]:
            _job_finish(job, IngestJob.State.FAILED, error=f"Gave up after {job.attempts} attempts: {exc}")
            return job
        IngestJob.objects.filter(pk=job.pk).update(
            state=IngestJob.State.QUEUED, stage=IngestJob.Stage.WAITING, error=f"Retrying: {exc}"
        )
        raise
    except (CleaningError, FetchError) as exc:
        _job_finish(job, IngestJob.State.FAILED, error=str(getattr(exc, "reason", "") or exc))
        return job
    except Exception as exc:  # a bug must not wedge the job or hide the article
        logger.exception("ingest job %s failed", job.pk)
        _job_finish(job, IngestJob.State.FAILED, error=f"Internal error while processing: {type(exc).__name__}: {exc}")
        return job
    if stored.created:
        _job_finish(job, IngestJob.State.DONE, article=stored.article)
    elif stored.revised:
        version = stored.article.versions.first()
        _job_finish(job, IngestJob.State.DONE, article=stored.article,
                    note=f"New version: the text changed since it was stored ({_changes_line(version)}).")
    else:
        _job_finish(job, IngestJob.State.DUPLICATE, article=stored.article,
                    note=f"Already stored as article #{stored.article.pk}: {stored.article}")
    return job


def _changes_line(version) -> str:
    c = version.changes if version else {}
    return (f"{len(c.get('quotes_changed', []))} quotes changed, {len(c.get('quotes_dropped', []))} dropped, "
            f"{len(c.get('claims_changed', []))} claims changed, {len(c.get('claims_dropped', []))} dropped")


def jobs_pending(*, batch: str) -> int:
    return IngestJob.objects.filter(batch=batch).exclude(state__in=FINISHED).count()


@transaction.atomic
def job_retry(*, job_id: int, user=None) -> IngestJob:
    """Put a failed job back in the queue (editors, from the jobs list)."""
    from articles.tasks import run_ingest_job_task

    job = IngestJob.objects.select_for_update().get(pk=job_id)
    if job.state == IngestJob.State.FAILED:
        job.state, job.stage, job.error, job.attempts = IngestJob.State.QUEUED, IngestJob.Stage.WAITING, "", 0
        job.save(update_fields=["state", "stage", "error", "attempts", "updated_at"])
        run_ingest_job_task.delay_on_commit(job.id)
    return job


def jobs_stale(*, minutes: int = 30) -> list[int]:
    """Jobs queued or running for longer than ``minutes`` without progress."""
    from datetime import timedelta

    cutoff = timezone.now() - timedelta(minutes=minutes)
    return list(IngestJob.objects.filter(state__in=[IngestJob.State.QUEUED, IngestJob.State.RUNNING],
                                         updated_at__lt=cutoff).values_list("pk", flat=True)[:500])
