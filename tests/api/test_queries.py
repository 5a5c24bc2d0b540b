"""Query budgets: list endpoints and the claim detail cost the same number of queries at 3 rows as at 30."""

from __future__ import annotations

import pytest

from tests.api.factories import JobFactory, disputed_claim

# Endpoint -> queries for an anonymous client (token clients add 1 for the token lookup).
LIST_BUDGETS = {
    "/api/claims/": 1,
    "/api/claims/?status=disputed&outlet=outlet-1&has_contradictions=true&q=bridge": 1,
    "/api/claims/?expand=sources,contradictions,reviews": 5,  # claims, sources, contradictions, items, reviews
    "/api/claims/export.csv": 1,
    "/api/claimreviews/": 1,
    "/api/quotes/": 1,
    "/api/speakers/": 2,  # speakers, then their aliases
    "/api/articles/": 1,
    "/api/outlets/": 1,
    "/api/contradictions/": 2,  # contradictions with decider, then items with article and outlet
    "/api/reviews/": 1,
    "/api/jobs/": 1,
}
DETAIL_BUDGET = 7  # claim, sources, contradictions, their items, reviews, 2 for quote variants


def _grow(reviewer, count: int) -> list:
    claims = [disputed_claim(outlets=2, reviewer=reviewer) for _ in range(count)]
    JobFactory.create_batch(count)
    return claims


def _get(api, url: str):
    r = api.get(url)
    assert r.status_code == 200
    if r.streaming:
        b"".join(r.streaming_content)  # the export queries while streaming
    return r


@pytest.mark.parametrize("url, budget", list(LIST_BUDGETS.items()))
def test_list_queries_do_not_grow_with_rows(anon_api, reviewer, django_assert_num_queries, url, budget):
    """The same number of queries for 3 and for 30 rows (no N+1)."""
    _grow(reviewer, 3)
    with django_assert_num_queries(budget):
        _get(anon_api, url)
    _grow(reviewer, 27)
    with django_assert_num_queries(budget):
        _get(anon_api, url)


def test_claim_detail_queries_do_not_grow_with_sources(anon_api, reviewer, django_assert_num_queries):
    """A claim with 3 or 30 sources (each with a quote and a contradiction side) costs the same queries."""
    small, large = disputed_claim(outlets=3, reviewer=reviewer), disputed_claim(outlets=30, reviewer=reviewer)
    for claim in (small, large):
        with django_assert_num_queries(DETAIL_BUDGET):
            body = _get(anon_api, f"/api/claims/{claim.pk}/").json()
        assert len(body["sources"]) == len(body["quote_variants"]) == claim.mentions.count()


def test_token_clients_pay_one_query_for_authentication(reviewer_api, reviewer, django_assert_num_queries):
    """A token-authenticated read adds only the token lookup."""
    _grow(reviewer, 3)
    with django_assert_num_queries(LIST_BUDGETS["/api/claims/"] + 1):
        _get(reviewer_api, "/api/claims/")
