"""Feed subscriptions and polling: feedparser reads bytes NewsFacts fetched itself."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.canonical import canonicalize_url
from articles.feeds import FeedError, next_poll_interval, parse_feed
from articles.fetching import FetchError, safe_fetch
from articles.models import Feed, FeedEntry, IngestJob
from articles.services.fetch import fetch_policy
from articles.services.ingest import ingest_submit


@transaction.atomic
def feed_subscribe(*, url: str, user=None) -> Feed:
    """Subscribe to a feed (once per URL); the beat schedule polls it."""
    url = canonicalize_url(url)
    feed, _ = Feed.objects.get_or_create(url=url, defaults={"created_by": user, "next_poll_at": timezone.now()})
    if not feed.active:
        feed.active = True
        feed.save(update_fields=["active"])
    return feed


def feed_poll(*, feed_id: int) -> int:
    """Fetch one feed and submit every entry not seen before; returns how many were new."""
    feed = Feed.objects.get(pk=feed_id)
    now = timezone.now()
    try:
        result = safe_fetch(feed.url, policy=fetch_policy(), etag=feed.etag or None,
                            last_modified=feed.last_modified or None)
        parsed = None if result.not_modified else parse_feed(result.content, base_url=result.url,
                                                             content_type=result.content_type)
    except (FetchError, FeedError) as exc:
        Feed.objects.filter(pk=feed.pk).update(last_error=str(getattr(exc, "reason", exc))[:2000], last_polled_at=now,
                                               next_poll_at=now + timedelta(seconds=feed.poll_interval))
        return 0
    new = 0
    if parsed is not None:
        for entry in parsed.entries:
            new += _entry_submit(feed, entry)
        if parsed.title and not feed.title:
            feed.title = parsed.title[:500]
    feed.poll_interval = next_poll_interval(feed.poll_interval, new > 0)
    feed.etag, feed.last_modified = (result.etag or "")[:500], (result.last_modified or "")[:100]
    feed.last_polled_at, feed.last_error = now, ""
    feed.next_poll_at = now + timedelta(seconds=feed.poll_interval)
    feed.save(update_fields=["title", "poll_interval", "etag", "last_modified", "last_polled_at", "last_error",
                             "next_poll_at"])
    return new


def _entry_submit(feed: Feed, entry) -> int:
    try:
        with transaction.atomic():
            row = FeedEntry.objects.create(feed=feed, guid=entry.guid[:2000], url=entry.url[:2000],
                                           title=(entry.title or "")[:500])
            row.job = ingest_submit(kind=IngestJob.Kind.FEED, source=entry.url, feed=feed)
            row.save(update_fields=["job"])
    except IntegrityError:
        return 0  # seen before: each entry is ingested once
    return 1


def feeds_due() -> list[int]:
    return list(Feed.objects.filter(active=True, next_poll_at__lte=timezone.now()).values_list("pk", flat=True))


def feeds_due_schedule(*, min_interval: float | None = None) -> list[tuple[int, float]]:
    """Due feeds with a start delay each, so feeds on one host are polled ``min_interval`` seconds apart."""
    from articles.feeds import HostPoliteness

    interval = settings.NEWSFACTS["FEED_HOST_INTERVAL"] if min_interval is None else min_interval
    polite = HostPoliteness(interval)
    due = Feed.objects.filter(active=True, next_poll_at__lte=timezone.now()).order_by("next_poll_at", "id")
    return [(feed.pk, polite.reserve(feed.url)) for feed in due.only("id", "url")]
