"""Link a newly stored article into the graph: quote groups, claims, contradictions.

Candidates come from indexed blocking keys (QuoteKey, ClaimKey), so linking one
article costs about the same with 100k articles stored as with 1k. Runs inside
``article_store``'s transaction, under the linking lock.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Q

from articles.models import Article
from claims.models import Claim, ClaimMention, Quote, QuoteGroup, QuoteKey
from claims.nlp.quote_linking import QuoteRecord, link_quote, rank_candidates
from claims.nlp.similarity import blocking_keys as quote_blocking_keys
from claims.nlp.types import ExtractedClaim
from claims.services.contradictions import claim_contradictions_refresh, group_contradictions_refresh
from claims.services.linking_claims import claim_for_mention
from claims.services.postings import shared_key_counts


def _record(quote: Quote) -> QuoteRecord:
    speaker_key = quote.speaker.key if quote.speaker_id else None
    return QuoteRecord(id=quote.pk, article_id=quote.article_id, speaker_key=speaker_key, text=quote.text, kind=quote.kind)


def _groups_merge(group_ids: set[int]) -> int:
    """Fold several groups into the oldest one and return its id."""
    target = min(group_ids)
    others = group_ids - {target}
    if others:
        Quote.objects.filter(group_id__in=others).update(group_id=target)
        from claims.models import Contradiction

        Contradiction.objects.filter(group_id__in=others).update(group_id=target)
        QuoteGroup.objects.filter(pk__in=others).delete()
    return target


def _quote_candidates(quote: Quote, keys: set[str]) -> list[Quote]:
    """The quotes worth scoring against ``quote``: those sharing most of its keys.

    Keys held by very many quotes (stock phrases) are skipped, and each key's
    postings are read only up to a cap, so the lookup costs the same however
    many articles are stored.
    """
    shared = shared_key_counts(QuoteKey, "quote_id", keys, exclude=quote.pk)
    top = dict(sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:200])
    own = dict(Quote.objects.filter(pk__in=top).values_list("pk", "key_count"))
    ranked = rank_candidates(top, len(keys), own)
    found = Quote.objects.select_related("speaker").in_bulk(ranked)
    return [found[i] for i in ranked if i in found]


def quotes_link(*, quotes: list[Quote]) -> set[int]:
    """Give each new quote a group, merging with groups of the same utterance; returns touched group ids."""
    groups = QuoteGroup.objects.bulk_create([QuoteGroup(speaker_id=q.speaker_id) for q in quotes])
    keys_by_quote = {q.pk: quote_blocking_keys(q.text) for q in quotes}
    for quote, group in zip(quotes, groups, strict=True):
        quote.group_id, quote.key_count = group.pk, len(keys_by_quote[quote.pk])
    Quote.objects.bulk_update(quotes, ["group", "key_count"])
    QuoteKey.objects.bulk_create(
        [QuoteKey(quote_id=qid, key=k) for qid, keys in keys_by_quote.items() for k in keys], ignore_conflicts=True
    )
    for quote in quotes:
        quote.refresh_from_db(fields=["group"])  # an earlier merge may have moved it
        candidates = _quote_candidates(quote, keys_by_quote[quote.pk])
        matched = set(link_quote(_record(quote), [_record(c) for c in candidates]))
        _groups_merge({c.group_id for c in candidates if c.pk in matched and c.group_id} | {quote.group_id})
    current = dict(Quote.objects.filter(pk__in=[q.pk for q in quotes]).values_list("pk", "group_id"))
    for quote in quotes:
        quote.group_id = current[quote.pk]  # later merges may have moved earlier quotes
    return set(current.values())


def claims_link(*, article: Article, mentions: list[ClaimMention], claims: list[ExtractedClaim],
                quotes: list[Quote] = ()) -> set[int]:
    """Attach each mention to the Claim it states (new or existing); returns touched claim ids."""
    touched: set[int] = set()
    for mention, extracted in zip(mentions, claims, strict=True):
        claim = claim_for_mention(mention=mention, extracted=extracted, quotes=quotes)
        mention.claim = claim
        touched.add(claim.pk)
    ClaimMention.objects.bulk_create(mentions)
    return touched


def claim_counters_refresh(claim_ids: set[int]) -> None:
    """Recount independent outlets, mentions and open contradictions for these claims."""
    if not claim_ids:
        return
    rows = (
        Claim.objects.filter(pk__in=claim_ids)
        .annotate(
            n_mentions=Count("mentions", distinct=True),
            n_contradictions=Count("contradictions", filter=~Q(contradictions__state="dismissed"), distinct=True),
        )
        .values("pk", "n_mentions", "n_contradictions")
    )
    sources = _independent_sources(claim_ids)
    for row in rows:
        Claim.objects.filter(pk=row["pk"]).update(
            mention_count=row["n_mentions"], contradiction_count=row["n_contradictions"],
            source_count=sources.get(row["pk"], 0),
        )


def _independent_sources(claim_ids: set[int]) -> dict[int, int]:
    """Outlets carrying each claim, counting a reprint (copy_of) with its original."""
    seen: dict[int, set[str]] = defaultdict(set)
    mentions = ClaimMention.objects.filter(claim_id__in=claim_ids).values_list(
        "claim_id", "article_id", "article__outlet_key", "article__copy_of_id", "article__copy_of__outlet_key"
    )
    for claim_id, article_id, outlet_key, original_id, original_outlet in mentions:
        # A reprint counts as its original; an unnamed outlet counts per article.
        if original_id:
            article_id, outlet_key = original_id, original_outlet
        seen[claim_id].add(outlet_key or f"a{article_id}")
    return {cid: len(keys) for cid, keys in seen.items()}


def article_link(*, article: Article, quotes: list[Quote], mentions: list[ClaimMention], claims: list[ExtractedClaim]) -> None:
    """Link one stored article: quotes into groups, mentions into claims, then contradictions."""
    touched_groups = quotes_link(quotes=quotes) if quotes else set()
    touched_claims = claims_link(article=article, mentions=mentions, claims=claims, quotes=quotes) if mentions else set()
    contradictions_refresh(article=article, group_ids=touched_groups, claim_ids=touched_claims)


def contradictions_refresh(*, article: Article, group_ids: set[int], claim_ids: set[int]) -> None:
    """Re-run every contradiction rule over the groups and claims an article touched, then recount them."""
    claim_ids = set(claim_ids)
    for group_id in group_ids:
        owner = group_contradictions_refresh(group_id=group_id)
        if owner:
            claim_ids.add(owner)
    claim_contradictions_refresh(article=article, claim_ids=claim_ids)
    claim_counters_refresh(claim_ids)
