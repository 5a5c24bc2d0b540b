"""schema.org ClaimReview for reviewed claims, built from plain values.

The JSON is embedded in a <script type="application/ld+json"> element, so
``<``, ``>`` and ``&`` are escaped as \\u003c etc.: a ``</script>`` inside a
quote must not end the element.
"""

from __future__ import annotations

import json

from django.utils.safestring import SafeString, mark_safe

# Verdict -> (ratingValue 1..5, alternateName shown by search engines).
RATINGS = {
    "verified": (5, "True"),
    "disputed": (3, "Disputed"),
    "misleading": (2, "Misleading"),
    "misquoted": (2, "Misquoted"),
    "false": (1, "False"),
    "unverifiable": (3, "Unverifiable"),
}

_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def claim_review_data(*, claim_text: str, url: str, verdict: str, reviewed_at: str, speaker: str | None,
                      first_seen: str | None, reviewer: str = "NewsFacts") -> dict:
    value, name = RATINGS.get(verdict, (3, verdict.title()))
    item: dict = {"@type": "Claim"}
    if speaker:
        item["author"] = {"@type": "Person", "name": speaker}
    if first_seen:
        item["datePublished"] = first_seen
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim_text,
        "datePublished": reviewed_at,
        "author": {"@type": "Organization", "name": reviewer},
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                         "alternateName": name},
    }


def dumps_for_script(data: dict) -> str:
    """JSON that is safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).translate(_ESCAPES)


def claim_review_jsonld(claim, review, url: str) -> SafeString:
    data = claim_review_data(
        claim_text=claim.text, url=url, verdict=review.verdict, reviewed_at=review.created_at.date().isoformat(),
        speaker=claim.speaker.name if claim.speaker_id else None,
        first_seen=claim.first_seen_at.date().isoformat() if claim.first_seen_at else None,
    )
    return mark_safe(dumps_for_script(data))  # noqa: S308 - escaped by dumps_for_script
