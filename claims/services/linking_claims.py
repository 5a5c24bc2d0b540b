"""Attach a claim mention to the Claim it states, found through indexed blocking keys."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Prefetch
from django.utils import timezone

from claims.models import Claim, ClaimKey, ClaimMention
from claims.nlp.claim_linking import SAME_CLAIM_THRESHOLD, ClaimSignature, blocking_keys, claim_signature, same_claim
from claims.nlp.types import ExtractedClaim, Quantity

MAX_CANDIDATES = 100


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


def _signature(mention: ClaimMention, claim: Claim) -> ClaimSignature:
    key = mention.speaker.key if mention.speaker_id else None
    return claim_signature(mention_as_extracted(mention, claim), speaker_key=key)


def _candidates(keys: set[str], exclude_article: int) -> list[Claim]:
    ids = list(ClaimKey.objects.filter(key__in=keys).values_list("claim_id", flat=True).distinct()[:MAX_CANDIDATES])
    mentions = ClaimMention.objects.select_related("speaker").exclude(article_id=exclude_article)
    return list(Claim.objects.filter(pk__in=ids).prefetch_related(Prefetch("mentions", queryset=mentions)))


def _best_match(sig: ClaimSignature, candidates: list[Claim]) -> Claim | None:
    best, best_score = None, SAME_CLAIM_THRESHOLD
    for claim in candidates:
        for mention in claim.mentions.all():
            score = same_claim(sig, _signature(mention, claim))
            if score >= best_score:
                best, best_score = claim, score
    return best


def claim_for_mention(*, mention: ClaimMention, extracted: ExtractedClaim) -> Claim:
    """The existing Claim this mention states, or a new one; records its blocking keys."""
    sig = claim_signature(extracted, speaker_key=mention.speaker.key if mention.speaker_id else None)
    keys = blocking_keys(sig)
    claim = _best_match(sig, _candidates(keys, mention.article_id)) if keys else None
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
