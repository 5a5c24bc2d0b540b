"""Verdict names and editors' claim edits; verdicts themselves are recorded by claims.services.signoff."""

from __future__ import annotations

from django.db import transaction

from claims.models import Claim
from claims.services.audit import audit_record

VERDICTS = [v for v in Claim.Status.values if v != Claim.Status.UNREVIEWED]


class InvalidVerdict(ValueError):
    pass


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
