"""Reviewers' verdicts and editors' claim edits: each a new row, nothing overwritten."""

from __future__ import annotations

from django.db import transaction

from claims.models import Claim, Review
from claims.services.audit import audit_record

VERDICTS = [v for v in Claim.Status.values if v != Claim.Status.UNREVIEWED]


class InvalidVerdict(ValueError):
    pass


@transaction.atomic
def claim_review(*, claim_id: int, reviewer, verdict: str, note: str = "", evidence_urls: list[str] | None = None) -> Review:
    """Record a verdict as a new Review and make it the claim's status.

    claim_review(claim_id=7, reviewer=user, verdict="misquoted", note="NYT says 'provide'")
    """
    if verdict not in VERDICTS:
        raise InvalidVerdict(f"Unknown verdict {verdict!r}; choose one of {', '.join(VERDICTS)}.")
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    review = Review.objects.create(claim=claim, reviewer=reviewer, verdict=verdict, note=note.strip(),
                                   evidence_urls=list(evidence_urls or []))
    previous = claim.status
    claim.status = verdict
    claim.save(update_fields=["status", "updated_at"])
    audit_record(actor=reviewer, action="claim.review", target=claim, summary=f"{previous} → {verdict}",
                 data={"review": review.pk, "note": note, "evidence_urls": review.evidence_urls})
    return review


@transaction.atomic
def claim_edit(*, claim_id: int, editor, text: str, reason: str = "") -> Claim:
    """An editor rewrites a claim's statement; relinking keeps the edited text."""
    text = text.strip()
    if not text:
        raise ValueError("A claim needs a statement.")
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    before = claim.text
    claim.text, claim.text_edited = text[:5000], True
    claim.save(update_fields=["text", "text_edited", "updated_at"])
    audit_record(actor=editor, action="claim.edit", target=claim, summary="Edited the statement",
                 data={"before": before, "after": claim.text, "reason": reason})
    return claim
