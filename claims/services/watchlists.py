"""Following speakers, outlets and claims: follow, unfollow, mark seen, and webhook news.

watch_follow(user=u, target_type="speaker", target_id=4, webhook_url="")
watches_mark_seen(user=u, at=timezone.now())
watches_notify()  # the periodic task: POST each webhook watch's news since its last notification
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import Watch
from claims.services.audit import audit_record
from claims.services.webhooks import WebhookError, webhook_post
from claims.watchlists import WatchNews, watch_news, watch_target


class UnknownTarget(ValueError):
    pass


@transaction.atomic
def watch_follow(*, user, target_type: str, target_id: int, webhook_url: str = "") -> Watch:
    """Follow an object (idempotent: the unique constraint keeps one watch per target)."""
    target = watch_target(target_type, target_id)
    if target is None:
        raise UnknownTarget(f"No {target_type} #{target_id} to follow.")
    now = timezone.now()
    watch, created = Watch.objects.get_or_create(
        user=user, target_type=target_type, target_id=target_id,
        defaults={"last_seen_at": now, "last_notified_at": now, "webhook_url": webhook_url},
    )
    if not created and webhook_url != watch.webhook_url:
        watch.webhook_url = webhook_url
        watch.save(update_fields=["webhook_url"])
    if created or webhook_url:
        audit_record(actor=user, action="watch.follow", target=watch, summary=f"Follows {target_type} {target}",
                     data={"target_type": target_type, "target_id": target_id, "webhook": bool(webhook_url)})
    return watch


@transaction.atomic
def watch_unfollow(*, user, target_type: str, target_id: int) -> bool:
    deleted, _ = Watch.objects.filter(user=user, target_type=target_type, target_id=target_id).delete()
    return bool(deleted)


def watches_mark_seen(*, user, at: datetime) -> int:
    """Everything up to ``at`` has been shown: only later news counts as new."""
    return Watch.objects.filter(user=user, last_seen_at__lt=at).update(last_seen_at=at)


def _site_url() -> str:
    return str(getattr(settings, "NEWSFACTS", {}).get("SITE_URL", "")).rstrip("/")


def webhook_payload(watch: Watch, news: WatchNews, *, since: datetime, until: datetime) -> dict:
    """The small JSON a webhook receives: counts and links, never whole articles."""
    base = _site_url()
    target = watch.target
    return {
        "watch": watch.pk,
        "target": {"type": watch.target_type, "id": watch.target_id, "name": str(target),
                   "url": base + target.get_absolute_url()},
        "since": since.isoformat(), "until": until.isoformat(),
        "new_quotes": len(news.quotes), "new_sources": len(news.mentions),
        "new_contradictions": len(news.contradictions),
        "contradictions": [{"kind": c.kind, "explanation": c.explanation, "url": base + c.get_absolute_url()}
                           for c in news.contradictions[:10]],
    }


def watch_notify(*, watch_id: int, until: datetime | None = None) -> str:
    """POST one watch's news since its last notification; returns what happened."""
    watch = Watch.objects.get(pk=watch_id)
    watch.target = watch_target(watch.target_type, watch.target_id)
    until = until or timezone.now()
    if not watch.webhook_url or watch.target is None:
        return "skipped"
    since = watch.last_notified_at or watch.created_at
    watch.last_seen_at, seen = since, watch.last_seen_at  # news is measured from the last notification
    news = watch_news([watch], until=until)[watch.pk]
    watch.last_seen_at = seen
    if not news.total:
        return "nothing new"
    try:
        status = f"sent: HTTP {webhook_post(watch.webhook_url, webhook_payload(watch, news, since=since, until=until))}"
        Watch.objects.filter(pk=watch.pk).update(last_notified_at=until, last_webhook_status=status)
    except WebhookError as exc:
        status = f"failed: {exc}"[:300]
        Watch.objects.filter(pk=watch.pk).update(last_webhook_status=status)
    return status


def watches_notify() -> dict[int, str]:
    """Notify every watch that has a webhook; a failing hook is retried on the next run."""
    until = timezone.now()
    ids = Watch.objects.exclude(webhook_url="").values_list("pk", flat=True)
    return {pk: watch_notify(watch_id=pk, until=until) for pk in ids}
