"""Idempotency-Key: a repeated POST returns the first answer without doing the work twice."""

from __future__ import annotations

from articles.models import IngestJob
from claims.models import Review
from tests.api.factories import ClaimFactory, SpeakerFactory


def _review(api, claim, key, verdict="disputed"):
    return api.post(f"/api/claims/{claim.pk}/review/", {"verdict": verdict}, format="json",
                    HTTP_IDEMPOTENCY_KEY=key)


def test_repeated_review_with_same_key_is_stored_once(reviewer_api, db):
    """The repeat gets the same status and body, marked as replayed, and no second Review exists."""
    claim = ClaimFactory()
    first, again = _review(reviewer_api, claim, "k-1"), _review(reviewer_api, claim, "k-1")
    assert (again.status_code, again.json()) == (first.status_code, first.json()) == (201, first.json())
    assert again["Idempotent-Replayed"] == "true"
    assert not first.has_header("Idempotent-Replayed")
    assert Review.objects.filter(claim=claim).count() == 1


def test_different_keys_do_the_work_each_time(reviewer_api, db):
    """Two keys are two requests."""
    claim = ClaimFactory()
    _review(reviewer_api, claim, "k-1")
    _review(reviewer_api, claim, "k-2", verdict="verified")
    assert Review.objects.filter(claim=claim).count() == 2
    claim.refresh_from_db()
    assert claim.status == "verified"


def test_no_key_means_no_deduplication(reviewer_api, db):
    """Without the header every POST acts."""
    claim = ClaimFactory()
    for _ in range(2):
        reviewer_api.post(f"/api/claims/{claim.pk}/review/", {"verdict": "false"}, format="json")
    assert Review.objects.filter(claim=claim).count() == 2


def test_reused_key_with_other_body_is_422(reviewer_api, db):
    """A key reused with a different body is refused and nothing is stored."""
    claim = ClaimFactory()
    _review(reviewer_api, claim, "k-1")
    r = _review(reviewer_api, claim, "k-1", verdict="false")
    assert r.status_code == 422
    claim.refresh_from_db()
    assert claim.status == "disputed"
    assert Review.objects.filter(claim=claim).count() == 1


def test_keys_are_per_user(reviewer_api, django_user_model, db):
    """Another user's request with the same key is a new request."""
    from django.contrib.auth.models import Group

    from tests.conftest import _api

    other = django_user_model.objects.create_user(username="rob")
    other.groups.add(Group.objects.get(name="reviewer"))
    claim = ClaimFactory()
    _review(reviewer_api, claim, "shared")
    assert _review(_api(other), claim, "shared").status_code == 201
    assert Review.objects.filter(claim=claim).count() == 2


def test_failed_request_is_not_remembered(reviewer_api, db):
    """A 400 is not stored: the corrected repeat with the same key goes through."""
    claim = ClaimFactory()
    assert _review(reviewer_api, claim, "k-1", verdict="maybe").status_code == 400
    assert _review(reviewer_api, claim, "k-1").status_code == 201
    assert Review.objects.filter(claim=claim).count() == 1


def test_request_still_running_with_same_key_is_409(reviewer_api, db, monkeypatch):
    """While the first request holds the key's lock, a repeat is told 409 and does nothing."""
    from django.core.cache import cache

    from newsfacts import idempotency

    claim = ClaimFactory()
    real_add = cache.add
    monkeypatch.setattr(cache, "add", lambda key, *a, **k: False if key.endswith(":lock") else real_add(key, *a, **k))
    r = _review(reviewer_api, claim, "k-1")
    assert r.status_code == 409
    assert r["Retry-After"] == "1"
    assert not Review.objects.exists()
    assert idempotency.LOCK_SECONDS < idempotency.TTL_SECONDS


def test_repeated_job_submission_creates_one_job(editor_api, db):
    """Resubmitting an article with the same key returns the same job."""
    first = editor_api.post("/api/jobs/", {"text": "Article"}, format="json", HTTP_IDEMPOTENCY_KEY="job-1")
    again = editor_api.post("/api/jobs/", {"text": "Article"}, format="json", HTTP_IDEMPOTENCY_KEY="job-1")
    assert again.status_code == 202
    assert again.json()["id"] == first.json()["id"]
    assert again["Location"] == first["Location"]
    assert IngestJob.objects.count() == 1


def test_repeated_file_upload_with_same_key_creates_one_job(editor_api, db):
    """Multipart uploads are fingerprinted by content: same file and key, one job."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    for _ in range(2):
        upload = SimpleUploadedFile("story.txt", b"Body.", content_type="text/plain")
        r = editor_api.post("/api/jobs/", {"file": upload}, format="multipart", HTTP_IDEMPOTENCY_KEY="up-1")
        assert r.status_code == 202
    assert IngestJob.objects.count() == 1


def test_repeated_merge_is_replayed(editor_api, db):
    """A repeated merge answers as the first one did."""
    source, target = SpeakerFactory(), SpeakerFactory()
    url = f"/api/speakers/{source.pk}/merge/"
    first = editor_api.post(url, {"target": target.pk}, format="json", HTTP_IDEMPOTENCY_KEY="m-1")
    again = editor_api.post(url, {"target": target.pk}, format="json", HTTP_IDEMPOTENCY_KEY="m-1")
    assert (first.status_code, again.status_code) == (200, 200)
    assert again.json() == first.json()


def test_overlong_key_is_400(reviewer_api, db):
    """Keys longer than 255 characters are refused."""
    claim = ClaimFactory()
    assert _review(reviewer_api, claim, "x" * 256).status_code == 400
    assert not Review.objects.exists()


def test_key_does_not_bypass_permissions(viewer_api, db):
    """A viewer's keyed write is still 403, and nothing is remembered for it."""
    claim = ClaimFactory()
    assert _review(viewer_api, claim, "k-1").status_code == 403
    assert _review(viewer_api, claim, "k-1").status_code == 403
    assert not Review.objects.exists()
