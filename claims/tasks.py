"""Celery tasks for the claims app: thin adapters, ids on the wire."""

from celery import shared_task


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=3600, time_limit=3700)
def reextract_articles_task(article_ids: list[int] | None = None) -> dict:
    """Re-extract and relink stored articles (all when no ids are given); returns the report."""
    from dataclasses import asdict

    from claims.services.reextract import articles_reextract

    return asdict(articles_reextract(article_ids=article_ids))


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=300, time_limit=330)
def notify_watches_task() -> dict:
    """POST each webhook watch's news since its last notification (run every few minutes by beat)."""
    from claims.services.watchlists import watches_notify

    return {str(k): v for k, v in watches_notify().items()}


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=120, time_limit=180)
def finish_linking_task(article_id: int) -> int:
    """Refresh the contradictions of the linked articles waiting now, in bursts: the article that
    queued the task and those linked since, which found it queued (see ``RefreshTicket``).

    A second delivery finds nothing waiting, or the articles linked since, and refreshes those.
    """
    from claims.services.store import articles_finish_queued

    return articles_finish_queued(article_id)


@shared_task(ignore_result=True)
def finish_stale_linking_task() -> None:
    """Beat entry point: finish articles whose refresh message was lost (a worker died holding it)."""
    from claims.services.store import articles_finish, articles_left_unfinished

    if articles_left_unfinished():
        articles_finish()


@shared_task(ignore_result=True)
def rebuild_claim_key_counts_task() -> None:
    """Beat entry point: recount claim key rarity (deleted claims leave their counts behind)."""
    from claims.services.linking_claims import claim_key_counts_rebuild

    claim_key_counts_rebuild()
