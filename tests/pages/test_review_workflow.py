"""Verdicts, edits and decisions from the pages: who may do what, and the history it leaves."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import AuditEntry, Claim, Contradiction, Review


@pytest.fixture
def claim(demo_graph) -> Claim:
    return Claim.objects.order_by("-mention_count", "id").first()


def _review(client, claim, verdict="misquoted", note="NYT wording differs"):
    return client.post(reverse("claims:review", args=[claim.pk]), {"verdict": verdict, "note": note,
                                                                    "evidence_urls": "https://example.org/a"})


@pytest.mark.django_db
def test_reviewer_can_mark_a_claim_and_the_history_shows_it(reviewer_client, reviewer, claim):
    """A verdict needing no sign-off becomes the claim's status, a Review row and an audit entry; the page lists it."""
    response = _review(reviewer_client, claim, "disputed")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == "disputed"
    review = claim.reviews.get()
    assert (review.reviewer, review.note, review.evidence_urls) == (reviewer, "NYT wording differs",
                                                                     ["https://example.org/a"])
    assert AuditEntry.objects.filter(action="claim.review", target_id=claim.pk, actor=reviewer).exists()
    page = reviewer_client.get(claim.get_absolute_url()).content.decode()
    assert "NYT wording differs" in page and "application/ld+json" in page


@pytest.mark.django_db
def test_a_changed_verdict_is_a_new_review_and_nothing_is_overwritten(reviewer_client, claim):
    """Two verdicts leave two reviews; the latest is the status."""
    _review(reviewer_client, claim, "disputed", "first look")
    _review(reviewer_client, claim, "verified", "checked the recording")
    claim.refresh_from_db()
    assert claim.status == "verified"
    assert list(claim.reviews.order_by("id").values_list("verdict", flat=True)) == ["disputed", "verified"]


@pytest.mark.django_db
def test_anonymous_visitor_cannot_review(client, claim):
    """An anonymous POST is sent to the login page and changes nothing."""
    response = _review(client, claim)
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert not Review.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["outsider_client", "editor_client", "viewer_client"])
def test_users_without_the_reviewer_role_cannot_review(request, persona, claim):
    """Signed-in users without the role get 403 and no review is stored."""
    response = _review(request.getfixturevalue(persona), claim)
    assert response.status_code == 403
    assert not Review.objects.exists()


@pytest.mark.django_db
def test_invalid_verdict_is_refused_with_a_message(reviewer_client, claim):
    """An unknown verdict stores nothing and says why."""
    response = reviewer_client.post(reverse("claims:review", args=[claim.pk]), {"verdict": "lies"}, follow=True)
    assert response.status_code == 200
    assert not Review.objects.exists()
    assert b"not saved" in response.content


@pytest.mark.django_db
def test_editor_dismissal_holds_when_articles_are_ingested_again(editor_client, demo_graph, demo_dir,
                                                                 django_capture_on_commit_callbacks):
    """A dismissed contradiction stays dismissed after its articles are re-submitted."""
    contradiction = Contradiction.objects.filter(kind="misquote").first()
    response = editor_client.post(reverse("claims:contradiction-decide", args=[contradiction.pk]),
                                  {"state": "dismissed", "note": "house style"})
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(demo_dir), quiet_progress=True, stdout=open("/dev/null", "w"))
    contradiction.refresh_from_db()
    assert contradiction.state == "dismissed"
    assert AuditEntry.objects.filter(action="contradiction.dismissed").exists()


@pytest.mark.django_db
def test_editor_can_edit_a_claim_statement_and_reviewer_cannot(editor_client, claim, reviewer, client):
    """Editing is an editor's write; the old text is kept in the audit trail."""
    before = claim.text
    assert editor_client.post(reverse("claims:edit", args=[claim.pk]), {"text": "Edited statement"}).status_code == 302
    claim.refresh_from_db()
    assert claim.text == "Edited statement" and claim.text_edited
    assert AuditEntry.objects.get(action="claim.edit").data["before"] == before
    client.force_login(reviewer)
    assert client.post(reverse("claims:edit", args=[claim.pk]), {"text": "x"}).status_code == 403
