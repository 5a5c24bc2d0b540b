"""The review workflow: verdicts, second-reviewer sign-off, and which verdict is public.

The rule: a verdict that accuses an outlet or a speaker ("false",
"misleading", "misquoted") is public only once a second reviewer has signed
it off; other verdicts are public at once. ``Claim.status`` always holds the
public status (the latest public review's verdict), so lists, filters, the
API and the JSON-LD agree without recomputing it. A verdict awaiting sign-off
is shown to signed-in staff only.

claim_review_submit(claim_id=7, reviewer=rita, verdict="misquoted", note="...")
review_signoff(review_id=12, user=sam)
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist
from django.db import IntegrityError, transaction
from django.db.models import Max

from claims.models import Claim, Review, ReviewSignoff
from claims.services.audit import audit_record
from claims.services.reviews import VERDICTS, InvalidVerdict

# Verdicts a single reviewer may not publish alone.
SIGNOFF_VERDICTS = frozenset({Claim.Status.FALSE, Claim.Status.MISLEADING, Claim.Status.MISQUOTED})


class SignoffRefused(ValueError):
    """The sign-off breaks a rule (own review, not needed, superseded, already done)."""


def verdict_needs_signoff(verdict: str) -> bool:
    return verdict in SIGNOFF_VERDICTS


def signoff_of(review: Review) -> ReviewSignoff | None:
    """The review's sign-off or None; free of queries when selected with ``signoff``."""
    try:
        return review.signoff
    except ObjectDoesNotExist:
        return None


def review_is_public(review: Review) -> bool:
    return not verdict_needs_signoff(review.verdict) or signoff_of(review) is not None


@transaction.atomic
def claim_review_submit(*, claim_id: int, reviewer, verdict: str, note: str = "",
                        evidence_urls: list[str] | None = None) -> Review:
    """Record a verdict as a new Review; it becomes the public status now or once signed off."""
    if verdict not in VERDICTS:
        raise InvalidVerdict(f"Unknown verdict {verdict!r}; choose one of {', '.join(VERDICTS)}.")
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    review = Review.objects.create(claim=claim, reviewer=reviewer, verdict=verdict, note=note.strip(),
                                   evidence_urls=list(evidence_urls or []))
    previous, pending = claim.status, verdict_needs_signoff(verdict)
    if not pending:
        claim.status = verdict
        claim.save(update_fields=["status", "updated_at"])
    summary = f"{previous} → {verdict}" + (" (awaiting a second reviewer's sign-off)" if pending else "")
    audit_record(actor=reviewer, action="claim.review", target=claim, summary=summary,
                 data={"review": review.pk, "note": review.note, "evidence_urls": review.evidence_urls,
                       "pending_signoff": pending})
    return review


@transaction.atomic
def review_signoff(*, review_id: int, user, note: str = "") -> ReviewSignoff:
    """A second reviewer agrees with the claim's latest verdict, which becomes its public status."""
    review = Review.objects.select_related("reviewer").get(pk=review_id)
    claim = Claim.objects.select_for_update().get(pk=review.claim_id)
    if review.reviewer_id == user.pk:
        raise SignoffRefused("A reviewer cannot sign off their own verdict.")
    if not verdict_needs_signoff(review.verdict):
        raise SignoffRefused(f"“{review.get_verdict_display()}” is public without a sign-off.")
    latest = Review.objects.filter(claim_id=claim.pk).order_by("-created_at", "-id").values_list("pk", flat=True)[0]
    if latest != review.pk:
        raise SignoffRefused("A newer verdict replaced this one; sign off the newest verdict instead.")
    try:
        with transaction.atomic():  # the one-to-one makes a second, concurrent sign-off fail here
            signoff = ReviewSignoff.objects.create(review=review, signed_off_by=user, note=note.strip())
    except IntegrityError as exc:
        raise SignoffRefused("This verdict is already signed off.") from exc
    previous = claim.status
    claim.status = review.verdict
    claim.save(update_fields=["status", "updated_at"])
    audit_record(actor=user, action="review.signoff", target=claim,
                 summary=f"Signed off {review.verdict} by {review.reviewer.get_username()}: {previous} → {review.verdict}",
                 data={"review": review.pk, "note": signoff.note})
    return signoff


def reviews_for_claim(*, claim_id: int) -> list[Review]:
    """The claim's reviews, newest first, with reviewer and sign-off in one query."""
    return list(Review.objects.filter(claim_id=claim_id)
                .select_related("reviewer", "signoff__signed_off_by").order_by("-created_at", "-id"))


def public_review(reviews: list[Review]) -> Review | None:
    """The newest review that is public: what anonymous readers and the JSON-LD see."""
    return next((r for r in reviews if review_is_public(r)), None)


def pending_review(reviews: list[Review]) -> Review | None:
    """The newest review when it still awaits sign-off (older pending ones are superseded)."""
    if reviews and not review_is_public(reviews[0]):
        return reviews[0]
    return None


def reviews_awaiting_signoff(limit: int = 20) -> list[Review]:
    """Pending verdicts that are their claim's newest review, for the reviewers' queue."""
    candidates = (Review.objects.filter(verdict__in=SIGNOFF_VERDICTS, signoff__isnull=True)
                  .select_related("claim__speaker", "reviewer").order_by("-created_at", "-id")[: limit * 3])
    candidates = list(candidates)
    # Review ids grow with created_at, so the highest id per claim is its newest review.
    newest = dict(Review.objects.filter(claim_id__in={r.claim_id for r in candidates})
                  .values("claim_id").annotate(newest=Max("id")).values_list("claim_id", "newest"))
    return [r for r in candidates if newest.get(r.claim_id) == r.pk][:limit]


def review_states(reviews: list[Review]) -> list[Review]:
    """Label each review (newest first) "public", "pending" (awaits sign-off) or "superseded"."""
    for i, review in enumerate(reviews):
        if review_is_public(review):
            review.workflow_state = "public"
        else:
            review.workflow_state = "pending" if i == 0 else "superseded"
    return reviews
