"""Formats: CSV export, ClaimReview JSON-LD, the OpenAPI schema, tokens and throttling."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command

from claims.models import Claim
from tests.api.factories import ClaimFactory, ReviewFactory, SpeakerFactory, disputed_claim


def _csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_streams_every_filtered_claim(anon_api, db):
    """export.csv streams all matching claims (no pagination) with the list's filters."""
    disputed = [ClaimFactory(status="disputed") for _ in range(3)]
    ClaimFactory(status="verified")
    rows = _csv(anon_api.get("/api/claims/export.csv?status=disputed&page_size=1"))
    assert sorted(int(r["id"]) for r in rows) == sorted(c.pk for c in disputed)
    assert rows[0]["page_url"].startswith("http://testserver/claims/")


def test_format_csv_on_the_list_is_the_export(anon_api, db):
    """?format=csv on the list gives the same CSV."""
    claim = ClaimFactory(status="false")
    rows = _csv(anon_api.get("/api/claims/?format=csv&status=false"))
    assert [(int(r["id"]), r["text"], r["speaker"]) for r in rows] == [(claim.pk, claim.text, claim.speaker.name)]


def test_csv_neutralises_spreadsheet_formulas(anon_api, db):
    """A statement starting with '=' is written with a leading apostrophe."""
    ClaimFactory(text="=HYPERLINK(\"http://evil.example\")")
    [row] = _csv(anon_api.get("/api/claims/export.csv"))
    assert row["text"].startswith("'=")


def test_csv_export_reports_bad_filters_as_400(anon_api, db):
    """A bad filter on the export is a 400 in CSV."""
    r = anon_api.get("/api/claims/export.csv?status=maybe")
    assert r.status_code == 400
    assert r["Content-Type"].startswith("text/csv")
    assert b"status" in r.content


def test_claimreview_jsonld_for_a_reviewed_claim(anon_api, reviewer, django_user_model):
    """A reviewed claim's ClaimReview names the claim, its speaker and the latest public verdict:
    a "false" verdict counts only once a second reviewer signed it off."""
    from django.contrib.auth.models import Group

    from claims.services.signoff import review_signoff

    claim = ClaimFactory(speaker=SpeakerFactory(name="Ana Example"))
    ReviewFactory(claim=claim, reviewer=reviewer, verdict="verified")
    pending = ReviewFactory(claim=claim, reviewer=reviewer, verdict="false")
    assert anon_api.get(f"/api/claims/{claim.pk}/claimreview/").json()["reviewRating"]["alternateName"] == "True"
    second = django_user_model.objects.create_user("second-reviewer")
    second.groups.add(Group.objects.get(name="reviewer"))
    review_signoff(review_id=pending.pk, user=second)
    r = anon_api.get(f"/api/claims/{claim.pk}/claimreview/")
    assert r.status_code == 200
    assert r["Content-Type"].startswith("application/ld+json")
    data = r.json()
    assert (data["@type"], data["claimReviewed"], data["url"]) == (
        "ClaimReview", claim.text, f"http://testserver/claims/{claim.pk}/")
    assert data["itemReviewed"]["author"]["name"] == "Ana Example"
    assert data["reviewRating"]["alternateName"] == "False"


def test_claimreview_of_unreviewed_claim_is_404(anon_api, db):
    """No review, no ClaimReview."""
    assert anon_api.get(f"/api/claims/{ClaimFactory().pk}/claimreview/").status_code == 404


def test_claimreview_feed_lists_reviewed_claims_newest_review_first(anon_api, reviewer):
    """The DataFeed holds one ClaimReview per reviewed claim, latest review first, with cursor links."""
    older, newer = disputed_claim(reviewer=reviewer), disputed_claim(reviewer=reviewer)
    ClaimFactory()  # unreviewed: not in the feed
    body = anon_api.get("/api/claimreviews/?page_size=1").json()
    assert (body["@type"], len(body["dataFeedElement"])) == ("DataFeed", 1)
    assert body["dataFeedElement"][0]["url"].endswith(f"/claims/{newer.pk}/")
    rest = anon_api.get(body["next"]).json()
    assert [e["url"].rsplit("/", 2)[-2] for e in rest["dataFeedElement"]] == [str(older.pk)]
    assert rest["next"] is None


def test_schema_is_valid_and_without_warnings(db):
    """The OpenAPI schema validates and drf-spectacular emits no warnings."""
    out = io.StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=out)
    schema = out.getvalue()
    for path in ("/api/claims/{id}/review/", "/api/claims/export/", "/api/claimreviews/",
                 "/api/speakers/{id}/merge/", "/api/contradictions/{id}/decide/", "/api/jobs/"):
        assert f"  {path}:" in schema


def test_docs_page_is_served(anon_api, db):
    """The interactive docs answer."""
    assert anon_api.get("/api/docs/").status_code == 200


def test_api_token_command_creates_then_repeats_the_token(editor):
    """api_token prints the same token twice and a new one with --rotate; the token authenticates."""
    first, again, rotated = io.StringIO(), io.StringIO(), io.StringIO()
    call_command("api_token", "edna", stdout=first)
    call_command("api_token", "edna", stdout=again)
    call_command("api_token", "edna", "--rotate", stdout=rotated)
    assert first.getvalue() == again.getvalue() != rotated.getvalue()
    from rest_framework.test import APIClient

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {rotated.getvalue().strip()}")
    claim = ClaimFactory()
    assert api.post(f"/api/claims/{claim.pk}/edit/", {"text": "Via token"}, format="json").status_code == 200


def test_api_token_command_rejects_unknown_user(db):
    """An unknown username is an error."""
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("api_token", "nobody")


def test_invalid_token_is_401_even_for_reads(db):
    """A wrong token is refused rather than treated as anonymous."""
    from rest_framework.test import APIClient

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert api.get("/api/claims/").status_code == 401


def test_anonymous_clients_are_throttled(anon_api, db, monkeypatch):
    """Past the anonymous rate the API answers 429 with Retry-After."""
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "2/min", "user": "100/min"})
    codes = [anon_api.get("/api/claims/").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert Claim.objects.count() == 0


def test_browsable_api_renders_for_signed_in_browsers(editor_client, db):
    """A browser session gets the HTML browsable API, including the claim list."""
    ClaimFactory()
    r = editor_client.get("/api/claims/", HTTP_ACCEPT="text/html")
    assert r.status_code == 200
    assert r["Content-Type"].startswith("text/html")
