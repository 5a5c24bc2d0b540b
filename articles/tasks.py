"""Celery tasks: thin adapters around the services, ids on the wire."""

from celery import shared_task

from articles.fetching import TransientFetchError


@shared_task(
    bind=True, acks_late=True, reject_on_worker_lost=True,
    autoretry_for=(TransientFetchError,), retry_backoff=5, retry_backoff_max=300,
    retry_jitter=True, max_retries=5, soft_time_limit=120, time_limit=180,
)
def run_ingest_job_task(self, job_id: int) -> None:
    """Run one ingest job; a second delivery of the same id does nothing."""
    from articles.services.ingest import ingest_job_run

    ingest_job_run(job_id=job_id)


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=60, time_limit=90)
def poll_feed_task(feed_id: int) -> None:
    """Fetch one feed and submit its new entries."""
    from articles.services.feeds import feed_poll

    feed_poll(feed_id=feed_id)


@shared_task(ignore_result=True)
def poll_due_feeds_task() -> None:
    """Beat entry point: queue a poll for every feed whose time has come."""
    from articles.services.feeds import feeds_due_schedule

    for feed_id, delay in feeds_due_schedule():
        poll_feed_task.apply_async((feed_id,), countdown=delay)


@shared_task(ignore_result=True)
def purge_raw_inputs_task() -> None:
    """Beat entry point: drop raw inputs older than the retention period."""
    from articles.services.retention import raw_inputs_purge

    raw_inputs_purge()


@shared_task(ignore_result=True)
def requeue_stale_jobs_task() -> None:
    """Beat entry point: re-send jobs left queued or running too long (a lost message).

    Safe to over-send: a job is claimed with a conditional UPDATE, so a second
    message for a job already done does nothing.
    """
    from articles.services.ingest import jobs_stale

    for job_id in jobs_stale():
        run_ingest_job_task.delay(job_id)
