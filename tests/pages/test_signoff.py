"""Second-reviewer sign-off: accusing verdicts are public only once another reviewer agrees."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from claims.models import AuditEntry, Claim, Review, ReviewSignoff


@pytest.fixture
def claim(demo_graph) -> Claim:
    return Claim.objects.order_by("-mention_count", "id").first()


@pytest.fixture
def second_reviewer(db, django_user_model):
    user = django_user_model.objects.create_user(username="sam", password="pw-sam")
    user.groups.add(Group.objects.get(name="reviewer"))
    return user


def _review(client, claim, verdict="misquoted", note="wording differs"):
    return client.post(reverse("claims:review", args=[claim.pk]), {"verdict": verdict, "note": note})


def _signoff(client, review):
    return client.post(reverse("claims:review-signoff", args=[review.pk]), {"note": "agreed"})


def _jsonld(html: str) -> dict | None:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1)) if match else None


@pytest.mark.django_db
@pytest.mark.parametrize("verdict", ["false", "misleading", "misquoted"])
def test_accusing_verdict_waits_for_signoff(reviewer_client, claim, verdict):
    """The review is stored, but the public status does not change until a second reviewer signs it off."""
    _review(reviewer_client, claim, verdict)
    claim.refresh_from_db()
    assert claim.status == "unreviewed"
    assert claim.reviews.get().verdict == verdict
    assert AuditEntry.objects.get(action="claim.review").data["pending_signoff"] is True


@pytest.mark.django_db
def test_anonymous_readers_do_not_see_a_pending_verdict(reviewer_client, claim, client):
    """Readers see neither the pending review nor a ClaimReview for it; staff see it marked as awaiting."""
    _review(reviewer_client, claim, "false", note="secret-draft-note")
    staff_page = reviewer_client.get(claim.get_absolute_url()).content.decode()
    assert "Awaiting sign-off" in staff_page and "secret-draft-note" in staff_page
    client.logout()
    public_page = client.get(claim.get_absolute_url()).content.decode()
    assert "secret-draft-note" not in public_page
    assert _jsonld(public_page) is None


@pytest.mark.django_db
def test_second_reviewer_sign_off_publishes_the_verdict(reviewer_client, reviewer, claim, client, second_reviewer):
    """After a sign-off the status, the JSON-LD and the history show the verdict and both names."""
    _review(reviewer_client, claim, "misquoted")
    review = claim.reviews.get()
    client.force_login(second_reviewer)
    assert _signoff(client, review).status_code == 302
    claim.refresh_from_db()
    assert claim.status == "misquoted"
    signoff = ReviewSignoff.objects.get(review=review)
    assert signoff.signed_off_by == second_reviewer and signoff.note == "agreed"
    assert AuditEntry.objects.filter(action="review.signoff", actor=second_reviewer, target_id=claim.pk).exists()
    client.logout()
    page = client.get(claim.get_absolute_url()).content.decode()
    assert _jsonld(page)["reviewRating"]["alternateName"] == "Misquoted"
    assert "Signed off by <strong>sam</strong>" in page and "<strong>rita</strong>" in page


@pytest.mark.django_db
def test_reviewer_cannot_sign_off_their_own_verdict(reviewer_client, claim):
    """Signing off one's own review is refused with a message and changes nothing."""
    _review(reviewer_client, claim, "false")
    response = reviewer_client.post(reverse("claims:review-signoff", args=[claim.reviews.get().pk]), follow=True)
    assert b"cannot sign off their own" in response.content
    assert not ReviewSignoff.objects.exists()
    claim.refresh_from_db()
    assert claim.status == "unreviewed"


@pytest.mark.django_db
def test_only_the_newest_verdict_can_be_signed_off(reviewer_client, claim, client, second_reviewer):
    """A verdict replaced by a newer one cannot be published by signing it off later."""
    _review(reviewer_client, claim, "false")
    old = claim.reviews.get()
    _review(reviewer_client, claim, "disputed")
    client.force_login(second_reviewer)
    _signoff(client, old)
    claim.refresh_from_db()
    assert claim.status == "disputed" and not ReviewSignoff.objects.exists()


@pytest.mark.django_db
def test_a_verdict_is_signed_off_once(reviewer_client, claim, client, second_reviewer, django_user_model):
    """A second sign-off of the same review is refused (the database keeps one)."""
    _review(reviewer_client, claim, "misleading")
    review = claim.reviews.get()
    client.force_login(second_reviewer)
    _signoff(client, review)
    third = django_user_model.objects.create_user(username="tom", password="x")
    third.groups.add(Group.objects.get(name="reviewer"))
    client.force_login(third)
    response = client.post(reverse("claims:review-signoff", args=[review.pk]), follow=True)
    assert b"already signed off" in response.content
    assert ReviewSignoff.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("persona, expected", [("anon_client", 302), ("editor_client", 403), ("viewer_client", 403)])
def test_only_reviewers_can_sign_off(request, reviewer, claim, persona, expected):
    """Anonymous users go to the login page; signed-in non-reviewers get 403; nothing is stored."""
    review = Review.objects.create(claim=claim, reviewer=reviewer, verdict="false")
    response = _signoff(request.getfixturevalue(persona), review)
    assert response.status_code == expected
    if expected == 302:
        assert reverse("login") in response["Location"]
    assert not ReviewSignoff.objects.exists()


@pytest.mark.django_db
def test_dashboard_lists_verdicts_awaiting_sign_off(reviewer_client, claim, client, second_reviewer):
    """Reviewers find pending verdicts on the dashboard; the list empties once signed off."""
    _review(reviewer_client, claim, "misquoted")
    client.force_login(second_reviewer)
    assert "Awaiting your sign-off" in client.get(reverse("dashboard")).content.decode()
    _signoff(client, claim.reviews.get())
    assert "Awaiting your sign-off" not in client.get(reverse("dashboard")).content.decode()
