"""Attach a claim mention to the Claim it states, found through indexed blocking keys."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from django.db.models import Prefetch, Q
from django.utils import timezone

from claims.models import Claim, ClaimKey, ClaimMention, Quote
from claims.nlp.claim_linking import (
    SAME_CLAIM_THRESHOLD,
    ClaimSignature,
    blocking_keys,
    claim_signature,
    same_claim,
)
from claims.nlp.types import ExtractedClaim, Quantity
from claims.services.postings import shared_key_counts

MAX_CANDIDATES = 100
MAX_MENTIONS_COMPARED = 8  # a claim's first mentions describe it; comparing more only costs time
MIN_QUOTE_WORDS = 4  # shorter quotes (terms, fragments) are too common to tie claims together


def _quantity(data: dict) -> Quantity:
    return Quantity(**{k: data.get(k) for k in ("text", "start", "end", "value", "unit", "low", "high",
                                                "relative_factor")},
                    approx=bool(data.get("approx")), bound=data.get("bound") or "exact")


def mention_as_extracted(mention: ClaimMention, claim: Claim) -> ExtractedClaim:
    return ExtractedClaim(
        sentence=mention.sentence, start=mention.start, end=mention.end,
        speaker_name=mention.speaker.name if mention.speaker_id else None, kind=claim.kind,
        score=claim.checkworthiness, quantities=tuple(_quantity(q) for q in mention.quantities),
    )


# A stored mention's signature never changes; linking compares each new mention
# with up to MAX_CANDIDATES claims' mentions, so computing them once saves most of the work.
_signature_of = lru_cache(maxsize=50_000)(claim_signature)


def _signature(mention: ClaimMention, claim: Claim) -> ClaimSignature:
    key = mention.speaker.key if mention.speaker_id else None
    return _signature_of(mention_as_extracted(mention, claim), speaker_key=key)


def _candidates(keys: set[str], exclude_article: int) -> list[Claim]:
    """Claims sharing most blocking keys with the new mention (stop keys skipped, reads bounded)."""
    shared = shared_key_counts(ClaimKey, "claim_id", keys)
    ids = [cid for cid, _n in sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))[:MAX_CANDIDATES]]
    mentions = ClaimMention.objects.select_related("speaker").exclude(article_id=exclude_article)
    return list(Claim.objects.filter(pk__in=ids).prefetch_related(Prefetch("mentions", queryset=mentions)))


def _claim_sharing_quotes(mention: ClaimMention, quotes: list[Quote]) -> Claim | None:
    """The claim whose mentions elsewhere carry the same utterances as this sentence.

    Two outlets quoting one sentence of one speaker state the same claim, however
    differently they frame it; the quote groups already say which quotes those are.
    """
    groups = {q.group_id for q in quotes if q.group_id and q.kind == "speech" and len(q.text.split()) >= MIN_QUOTE_WORDS
              and q.article_id == mention.article_id and mention.start <= q.start and q.end <= mention.end}
    if not groups:
        return None
    inside = Q()
    for article_id, start, end in (Quote.objects.filter(group_id__in=groups).exclude(article_id=mention.article_id)
                                   .values_list("article_id", "start", "end")[:50]):
        inside |= Q(article_id=article_id, start__lte=start, end__gte=end)
    if not inside:
        return None
    votes = Counter(ClaimMention.objects.filter(inside).values_list("claim_id", flat=True))
    return Claim.objects.filter(pk=votes.most_common(1)[0][0]).first() if votes else None


def _best_match(sig: ClaimSignature, candidates: list[Claim]) -> Claim | None:
    """The candidate whose mentions are, on average, most like the new one.

    Average rather than best-of linkage: a claim grows by one loosely similar
    sentence at a time otherwise, and drifts into an unrelated claim.
    """
    best, best_score = None, SAME_CLAIM_THRESHOLD
    for claim in candidates:
        mentions = list(claim.mentions.all())[:MAX_MENTIONS_COMPARED]
        if not mentions:
            continue
        score = sum(same_claim(sig, _signature(m, claim)) for m in mentions) / len(mentions)
        if score >= best_score:
            best, best_score = claim, score
    return best


def claim_for_mention(*, mention: ClaimMention, extracted: ExtractedClaim, quotes: list[Quote] = ()) -> Claim:
    """The existing Claim this mention states, or a new one; records its blocking keys."""
    sig = claim_signature(extracted, speaker_key=mention.speaker.key if mention.speaker_id else None)
    keys = blocking_keys(sig)
    claim = _claim_sharing_quotes(mention, list(quotes))
    if claim is None and keys:
        claim = _best_match(sig, _candidates(keys, mention.article_id))
    if claim is None:
        claim = Claim.objects.create(
            text=extracted.sentence[:5000], speaker=mention.speaker, kind=extracted.kind[:32],
            checkworthiness=extracted.score, first_seen_at=mention.article.published_at or timezone.now(),
        )
    elif extracted.score > claim.checkworthiness:
        Claim.objects.filter(pk=claim.pk).update(checkworthiness=extracted.score)
    ClaimKey.objects.bulk_create([ClaimKey(claim=claim, key=k[:40]) for k in keys], ignore_conflicts=True)
    return claim


def mentions_by_claim(claim_ids: set[int]) -> dict[int, list[ClaimMention]]:
    out: dict[int, list[ClaimMention]] = defaultdict(list)
    for m in ClaimMention.objects.filter(claim_id__in=claim_ids).select_related("speaker", "claim", "article"):
        out[m.claim_id].append(m)
    return out
