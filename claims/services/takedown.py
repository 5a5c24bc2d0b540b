"""Takedowns: remove an article and everything derived from it, keeping an audit entry.

Claims and quote groups that other articles still support stay, recounted;
what only this article supported goes with it. The audit entry records what
was removed and why, but not the text.
"""

from __future__ import annotations

from django.db import transaction

from articles.models import Article
from claims.models import Claim, Contradiction, Quote, QuoteGroup
from claims.services.audit import audit_record
from claims.services.contradictions import groups_contradictions_refresh
from claims.services.linking import claim_counters_refresh
from claims.services.locks import linking_lock


def article_takedown(*, article_id: int, user, reason: str) -> dict:
    """Delete one article and its derived rows; returns what was removed.

    article_takedown(article_id=12, user=request.user, reason="legal request #481")
    """
    if not reason.strip():
        raise ValueError("A takedown needs a reason for the audit trail.")
    with transaction.atomic():
        linking_lock()
        article = Article.objects.select_for_update().get(pk=article_id)
        claim_ids = set(article.claim_mentions.values_list("claim_id", flat=True))
        group_ids = set(article.quotes.exclude(group__isnull=True).values_list("group_id", flat=True))
        contradiction_ids = set(article.contradiction_items.values_list("contradiction_id", flat=True))
        summary = {"article": article.pk, "title": article.title, "source": article.source, "url": article.url,
                   "outlet": article.outlet.name if article.outlet else None, "content_hash": article.content_hash,
                   "quotes": article.quotes.count(), "claim_mentions": len(claim_ids), "reason": reason}
        audit_record(actor=user, action="article.takedown", target=article,
                     summary=f"Took down “{article}”: {reason}"[:500], data=summary)
        article.delete()  # cascades to quotes, mentions, keys, roles and contradiction items
        orphans = Claim.objects.filter(pk__in=claim_ids, mentions__isnull=True)
        summary["claims_removed"] = orphans.count()
        orphans.delete()
        _groups_tidy(group_ids)
        _one_sided_contradictions_remove(contradiction_ids)
        claim_counters_refresh(set(Claim.objects.filter(pk__in=claim_ids).values_list("pk", flat=True)))
    return summary


def _groups_tidy(group_ids: set[int]) -> None:
    empty = QuoteGroup.objects.filter(pk__in=group_ids, quotes__isnull=True)
    Contradiction.objects.filter(group__in=empty).delete()
    empty.delete()
    groups_contradictions_refresh(set(Quote.objects.filter(group_id__in=group_ids).values_list("group_id", flat=True)))


def _one_sided_contradictions_remove(contradiction_ids: set[int]) -> None:
    """A contradiction needs two sides; one that lost a side with the article has no case left.

    (A within-article fact finding keeps both sides in one article, so it went with it.)
    """
    lonely = [c.pk for c in Contradiction.objects.filter(pk__in=contradiction_ids).prefetch_related("items")
              if len({i.side for i in c.items.all()}) < 2]
    Contradiction.objects.filter(pk__in=lonely).delete()
