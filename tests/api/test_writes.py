"""Writing through the API: who may do what (401 anonymous, 403 without the role), and what it changes."""

from __future__ import annotations

import pytest

from articles.models import IngestJob
from claims.models import AuditEntry, Claim, Contradiction, Review, Speaker
from tests.api.factories import ClaimFactory, ContradictionFactory, QuoteFactory, SpeakerFactory

# (client fixture, expected status) for each write; 401 needs TokenAuthentication listed first.
REVIEW_MATRIX = [("anon_api", 401), ("outsider_api", 403), ("viewer_api", 403), ("editor_api", 403),
                 ("reviewer_api", 201)]
EDITOR_MATRIX = [("anon_api", 401), ("outsider_api", 403), ("viewer_api", 403), ("reviewer_api", 403),
                 ("editor_api", 200)]


@pytest.mark.parametrize("client_name, expected", REVIEW_MATRIX)
def test_only_reviewers_can_review(request, db, client_name, expected):
    """Reviewing a claim needs the reviewer role."""
    claim = ClaimFactory()
    r = request.getfixturevalue(client_name).post(f"/api/claims/{claim.pk}/review/", {"verdict": "verified"},
                                                  format="json")
    assert r.status_code == expected
    claim.refresh_from_db()
    assert claim.status == ("verified" if expected == 201 else "unreviewed")
    assert Review.objects.filter(claim=claim).count() == (1 if expected == 201 else 0)


def test_anonymous_write_is_told_how_to_authenticate(anon_api, db):
    """The 401 carries WWW-Authenticate: Token."""
    claim = ClaimFactory()
    r = anon_api.post(f"/api/claims/{claim.pk}/review/", {"verdict": "verified"}, format="json")
    assert r["WWW-Authenticate"] == "Token"


def test_reviewer_verdict_becomes_status_and_is_audited(reviewer_api, reviewer):
    """A review is stored with note and evidence, sets the claim's status and leaves an audit entry."""
    claim = ClaimFactory()
    r = reviewer_api.post(f"/api/claims/{claim.pk}/review/",
                          {"verdict": "disputed", "note": "Wording differs", "evidence_urls": ["https://a.example/x"]},
                          format="json")
    assert r.status_code == 201
    assert r.json()["reviewer"] == "rita"
    claim.refresh_from_db()
    assert claim.status == "disputed"
    review = claim.reviews.get()
    assert (review.note, review.evidence_urls, review.reviewer) == ("Wording differs", ["https://a.example/x"],
                                                                    reviewer)
    assert AuditEntry.objects.filter(action="claim.review", target_id=claim.pk, actor=reviewer).exists()


def test_review_rejects_unknown_and_unreviewed_verdicts(reviewer_api, db):
    """'unreviewed' is a status, not a verdict: 400, nothing stored."""
    claim = ClaimFactory()
    for verdict in ("unreviewed", "maybe"):
        r = reviewer_api.post(f"/api/claims/{claim.pk}/review/", {"verdict": verdict}, format="json")
        assert r.status_code == 400
        assert "verdict" in r.json()
    assert not Review.objects.exists()


def test_review_of_missing_claim_is_404(reviewer_api, db):
    """Reviewing a claim that does not exist is a 404."""
    assert reviewer_api.post("/api/claims/999999/review/", {"verdict": "false"}, format="json").status_code == 404


@pytest.mark.parametrize("client_name, expected", EDITOR_MATRIX)
def test_only_editors_can_edit_claims(request, db, client_name, expected):
    """Editing a claim's statement needs the editor role."""
    claim = ClaimFactory(text="Old wording")
    r = request.getfixturevalue(client_name).post(f"/api/claims/{claim.pk}/edit/",
                                                  {"text": "New wording", "reason": "typo"}, format="json")
    assert r.status_code == expected
    claim.refresh_from_db()
    assert (claim.text, claim.text_edited) == (("New wording", True) if expected == 200 else ("Old wording", False))


def test_edit_rejects_blank_statement(editor_api, db):
    """A blank statement is a 400 and the claim keeps its text."""
    claim = ClaimFactory(text="Kept")
    assert editor_api.post(f"/api/claims/{claim.pk}/edit/", {"text": "   "}, format="json").status_code == 400
    claim.refresh_from_db()
    assert claim.text == "Kept"


@pytest.mark.parametrize("client_name, expected", EDITOR_MATRIX)
def test_only_editors_can_merge_speakers(request, db, client_name, expected):
    """Merging speakers needs the editor role; the merge moves quotes and claims to the target."""
    source, target = SpeakerFactory(), SpeakerFactory()
    quote, claim = QuoteFactory(speaker=source), ClaimFactory(speaker=source)
    r = request.getfixturevalue(client_name).post(f"/api/speakers/{source.pk}/merge/", {"target": target.pk},
                                                  format="json")
    assert r.status_code == expected
    source.refresh_from_db()
    quote.refresh_from_db()
    claim.refresh_from_db()
    owner = target if expected == 200 else source
    assert (quote.speaker, claim.speaker) == (owner, owner)
    assert source.merged_into == (target if expected == 200 else None)


def test_merge_answers_with_the_survivor_and_its_aliases(editor_api, db):
    """The merge's answer is the target speaker, now holding the source's aliases."""
    source, target = SpeakerFactory(name="V. Zelensky"), SpeakerFactory(name="Volodymyr Zelenskyy")
    body = editor_api.post(f"/api/speakers/{source.pk}/merge/", {"target": target.pk}, format="json").json()
    assert body["id"] == target.pk
    assert set(body["aliases"]) == {"V. Zelensky", "Volodymyr Zelenskyy"}


@pytest.mark.parametrize("case", ["self", "missing", "merged_target", "merged_source"])
def test_impossible_merges_are_400(editor_api, db, case):
    """Merging into itself, into a missing or merged speaker, or merging a merged speaker is refused."""
    source, other = SpeakerFactory(), SpeakerFactory()
    target_id = {"self": source.pk, "missing": 999999, "merged_target": SpeakerFactory(merged_into=other).pk,
                 "merged_source": other.pk}[case]
    if case == "merged_source":
        Speaker.objects.filter(pk=source.pk).update(merged_into=SpeakerFactory())
    r = editor_api.post(f"/api/speakers/{source.pk}/merge/", {"target": target_id}, format="json")
    assert r.status_code == 400
    other.refresh_from_db()
    assert other.merged_into is None


@pytest.mark.parametrize("client_name, expected", EDITOR_MATRIX)
def test_only_editors_can_decide_contradictions(request, db, client_name, expected):
    """Confirming or dismissing a contradiction needs the editor role; the decision and decider are stored."""
    contradiction = ContradictionFactory()
    r = request.getfixturevalue(client_name).post(f"/api/contradictions/{contradiction.pk}/decide/",
                                                  {"state": "dismissed", "note": "same figure"}, format="json")
    assert r.status_code == expected
    contradiction.refresh_from_db()
    if expected == 200:
        assert contradiction.state == Contradiction.State.DISMISSED
        assert contradiction.decided_by.username == "edna"
        assert r.json()["decided_by"] == "edna"
    else:
        assert (contradiction.state, contradiction.decided_by) == (Contradiction.State.OPEN, None)


def test_dismissing_updates_the_claims_contradiction_count(editor_api, db):
    """A dismissed contradiction stops counting on its claim."""
    claim = ClaimFactory(contradiction_count=1)
    contradiction = ContradictionFactory(claim=claim)
    editor_api.post(f"/api/contradictions/{contradiction.pk}/decide/", {"state": "dismissed"}, format="json")
    claim.refresh_from_db()
    assert claim.contradiction_count == 0


JOB_MATRIX = [("anon_api", 401), ("outsider_api", 403), ("viewer_api", 403), ("reviewer_api", 403),
              ("editor_api", 202)]


@pytest.mark.parametrize("client_name, expected", JOB_MATRIX)
def test_only_editors_can_submit_articles(request, db, client_name, expected):
    """Submitting an article for ingestion needs the editor role."""
    r = request.getfixturevalue(client_name).post("/api/jobs/", {"text": "Some article text."}, format="json")
    assert r.status_code == expected
    assert IngestJob.objects.count() == (1 if expected == 202 else 0)


def test_submitted_text_becomes_a_job_with_a_status_url(editor_api, editor):
    """Pasted text is queued as a job; the answer and Location point at its status URL."""
    r = editor_api.post("/api/jobs/", {"text": "Some article text.", "source": "paste"}, format="json")
    body = r.json()
    job = IngestJob.objects.get()
    assert (job.kind, job.source, job.submitted_by, bytes(job.payload)) == ("text", "paste", editor,
                                                                           b"Some article text.")
    assert body["status_url"].endswith(f"/api/jobs/{job.pk}/")
    assert r["Location"] == body["status_url"]
    assert editor_api.get(body["status_url"]).json()["state"] == "queued"


def test_submitted_file_and_url_become_jobs(editor_api, db):
    """A multipart file upload and a URL each become a job of their kind."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("story.txt", b"Body of the story.", content_type="text/plain")
    assert editor_api.post("/api/jobs/", {"file": upload}, format="multipart").status_code == 202
    assert editor_api.post("/api/jobs/", {"url": "https://news.example/a"}, format="json").status_code == 202
    assert sorted(IngestJob.objects.values_list("kind", "source")) == [("file", "story.txt"),
                                                                        ("url", "https://news.example/a")]


def test_submission_needs_exactly_one_input(editor_api, db):
    """Neither or both of text and url is a 400."""
    assert editor_api.post("/api/jobs/", {}, format="json").status_code == 400
    assert editor_api.post("/api/jobs/", {"text": "x", "url": "https://a.example/"}, format="json").status_code == 400
    assert not IngestJob.objects.exists()


def test_submitted_text_runs_through_the_pipeline(editor_api, django_capture_on_commit_callbacks):
    """With Celery eager, the queued job runs once the request commits and ends finished."""
    text = "Bridge opens\n\nThe city said on Monday that the new bridge cost 40 million euros to build."
    with django_capture_on_commit_callbacks(execute=True):
        r = editor_api.post("/api/jobs/", {"text": text}, format="json")
    job = IngestJob.objects.get(pk=r.json()["id"])
    assert (job.state, job.stage, job.error) == (IngestJob.State.DONE, IngestJob.Stage.FINISHED, "")
    assert job.article is not None


def test_session_writes_need_csrf(client, editor):
    """Signed-in browser sessions (the browsable API) must send the CSRF token."""
    from rest_framework.test import APIClient

    api = APIClient(enforce_csrf_checks=True)
    api.force_login(editor)
    claim = ClaimFactory()
    r = api.post(f"/api/claims/{claim.pk}/edit/", {"text": "x"}, format="json")
    assert r.status_code == 403
    claim.refresh_from_db()
    assert claim.text != "x"
    assert Claim.objects.count() == 1


def test_misquoted_verdict_waits_for_a_second_reviewer(reviewer_api, reviewer, anon_api, django_user_model):
    """"misquoted" is not public until another reviewer signs it off; the author cannot."""
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    claim = ClaimFactory()
    r = reviewer_api.post(f"/api/claims/{claim.pk}/review/", {"verdict": "misquoted"}, format="json")
    review_id = r.json()["id"]
    claim.refresh_from_db()
    assert claim.status == "unreviewed"
    assert anon_api.get(f"/api/reviews/?claim={claim.pk}").json()["results"] == []
    assert reviewer_api.post(f"/api/reviews/{review_id}/signoff/", {}, format="json").status_code == 409
    second = django_user_model.objects.create_user("second")
    second.groups.add(Group.objects.get(name="reviewer"))
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=second).key}")
    r = api.post(f"/api/reviews/{review_id}/signoff/", {"note": "agreed"}, format="json")
    assert r.status_code == 201 and r.json()["signed_off_by"] == "second"
    claim.refresh_from_db()
    assert claim.status == "misquoted"
    assert anon_api.post(f"/api/reviews/{review_id}/signoff/", {}, format="json").status_code == 401
