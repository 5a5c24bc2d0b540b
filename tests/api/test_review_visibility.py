"""A verdict awaiting sign-off is internal: staff see it everywhere, the public nowhere."""

from __future__ import annotations

import pytest

from tests.api.factories import ClaimFactory, ReviewFactory


@pytest.fixture
def claim_with_pending_verdict(reviewer):
    claim = ClaimFactory()
    ReviewFactory(claim=claim, reviewer=reviewer, verdict="verified")
    ReviewFactory(claim=claim, reviewer=reviewer, verdict="false")  # needs a second reviewer
    return claim


def _verdicts(reviews: list[dict]) -> list[str]:
    return sorted(r["verdict"] for r in reviews)


@pytest.mark.parametrize(("client_name", "expected"), [
    ("anon_api", ["verified"]),
    ("editor_api", ["false", "verified"]),
    ("reviewer_api", ["false", "verified"]),
])
def test_claim_detail_nests_only_the_reviews_the_caller_may_see(request, claim_with_pending_verdict, client_name,
                                                               expected):
    api = request.getfixturevalue(client_name)
    claim = claim_with_pending_verdict
    assert _verdicts(api.get(f"/api/claims/{claim.pk}/").json()["reviews"]) == expected
    listed = api.get(f"/api/claims/?expand=reviews&id={claim.pk}").json()["results"]
    assert [_verdicts(c["reviews"]) for c in listed if c["id"] == claim.pk] == [expected]
    assert _verdicts(api.get(f"/api/reviews/?claim={claim.pk}").json()["results"]) == expected
