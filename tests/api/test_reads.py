"""Reading the API: every role reads, lists filter, the claim detail nests everything about a claim."""

from __future__ import annotations

import pytest

from claims.models import Claim, Contradiction
from tests.api.factories import (
    ArticleFactory,
    ClaimFactory,
    ContradictionFactory,
    JobFactory,
    MentionFactory,
    OutletFactory,
    QuoteFactory,
    ReviewFactory,
    SpeakerFactory,
    disputed_claim,
)

READERS = ["anon_api", "outsider_api", "viewer_api", "editor_api", "reviewer_api"]
LISTS = ["claims", "quotes", "speakers", "articles", "outlets", "contradictions", "reviews", "jobs", "claimreviews"]


@pytest.fixture
def graph(reviewer):
    claim = disputed_claim(outlets=2, reviewer=reviewer)
    JobFactory()
    return claim


@pytest.mark.parametrize("client_name", READERS)
@pytest.mark.parametrize("endpoint", LISTS)
def test_every_role_can_read_every_list(request, graph, client_name, endpoint):
    """Anonymous clients, outsiders and every role read every list."""
    r = request.getfixturevalue(client_name).get(f"/api/{endpoint}/")
    assert r.status_code == 200
    body = r.json()
    assert (body.get("results") or body.get("dataFeedElement"))


@pytest.mark.parametrize("client_name", READERS)
def test_every_role_can_read_a_claim(request, graph, client_name):
    """The claim detail is public."""
    r = request.getfixturevalue(client_name).get(f"/api/claims/{graph.pk}/")
    assert r.status_code == 200
    assert r.json()["id"] == graph.pk


def test_claim_detail_nests_sources_with_article_and_outlet(anon_api, graph):
    """Each source carries the sentence, its article and the article's outlet."""
    body = anon_api.get(f"/api/claims/{graph.pk}/").json()
    assert len(body["sources"]) == 2
    source = body["sources"][0]
    assert source["sentence"].startswith("The minister said")
    assert source["article"]["outlet"]["slug"].startswith("outlet-")
    assert {s["article"]["id"] for s in body["sources"]} == set(graph.mentions.values_list("article_id", flat=True))


def test_claim_detail_nests_quote_variants_contradictions_and_reviews(anon_api, graph):
    """Quote variants from every outlet, contradictions with both sides, and the reviews come with the claim."""
    body = anon_api.get(f"/api/claims/{graph.pk}/").json()
    assert len(body["quote_variants"]) == 2
    assert len({q["group"] for q in body["quote_variants"]}) == 1
    [contradiction] = body["contradictions"]
    assert {item["side"] for item in contradiction["items"]} == {"a", "b"}
    assert contradiction["items"][0]["article"]["outlet"]["name"]
    assert [r["reviewer"] for r in body["reviews"]] == ["rita"]


def test_unknown_claim_is_404(anon_api, db):
    """A missing claim answers 404, a non-numeric id too."""
    assert anon_api.get("/api/claims/999999/").status_code == 404
    assert anon_api.get("/api/claims/abc/").status_code == 404


def test_claims_filter_by_status_and_speaker(anon_api, db):
    """status and speaker narrow the claims list."""
    disputed = ClaimFactory(status=Claim.Status.DISPUTED)
    ClaimFactory(status=Claim.Status.VERIFIED)
    ids = [c["id"] for c in anon_api.get("/api/claims/?status=disputed").json()["results"]]
    assert ids == [disputed.pk]
    ids = [c["id"] for c in anon_api.get(f"/api/claims/?speaker={disputed.speaker_id}").json()["results"]]
    assert ids == [disputed.pk]


def test_claims_filter_by_outlet_once_per_claim(anon_api, db):
    """outlet keeps claims carried by that outlet, each listed once."""
    outlet = OutletFactory()
    claim = ClaimFactory()
    MentionFactory(claim=claim, article=ArticleFactory(outlet=outlet))
    MentionFactory(claim=claim, article=ArticleFactory(outlet=outlet), start=1, end=5)
    MentionFactory()
    ids = [c["id"] for c in anon_api.get(f"/api/claims/?outlet={outlet.slug}").json()["results"]]
    assert ids == [claim.pk]


def test_claims_filter_by_date_range(anon_api, db):
    """date_from/date_to keep claims reported in the window."""
    import datetime as dt


    early = MentionFactory(article=ArticleFactory(published_at=dt.datetime(2024, 1, 5, tzinfo=dt.UTC))).claim
    MentionFactory(article=ArticleFactory(published_at=dt.datetime(2024, 6, 5, tzinfo=dt.UTC)))
    ids = [c["id"] for c in anon_api.get("/api/claims/?date_from=2024-01-01&date_to=2024-02-01").json()["results"]]
    assert ids == [early.pk]


def test_claims_filter_by_contradictions(anon_api, db):
    """has_contradictions and contradiction_kind (dismissed ones ignored) narrow the list."""
    with_number = ClaimFactory(contradiction_count=1)
    ContradictionFactory(claim=with_number, kind=Contradiction.Kind.NUMBER)
    dismissed = ClaimFactory(contradiction_count=0)
    ContradictionFactory(claim=dismissed, kind=Contradiction.Kind.NUMBER, state=Contradiction.State.DISMISSED)
    plain = ClaimFactory()
    ids = {c["id"] for c in anon_api.get("/api/claims/?has_contradictions=true").json()["results"]}
    assert ids == {with_number.pk}
    ids = {c["id"] for c in anon_api.get("/api/claims/?has_contradictions=false").json()["results"]}
    assert ids == {dismissed.pk, plain.pk}
    ids = {c["id"] for c in anon_api.get("/api/claims/?contradiction_kind=number").json()["results"]}
    assert ids == {with_number.pk}


def test_claims_text_search_and_kind(anon_api, db):
    """q matches words of the statement; kind matches the claim kind."""
    hit = ClaimFactory(text="Unemployment fell to 5 percent", kind="comparison")
    ClaimFactory(text="The bridge opens in May", kind="event")
    assert [c["id"] for c in anon_api.get("/api/claims/?q=unemployment").json()["results"]] == [hit.pk]
    assert [c["id"] for c in anon_api.get("/api/claims/?kind=comparison").json()["results"]] == [hit.pk]


def test_claims_bad_filter_value_is_400(anon_api, db):
    """An unknown status or a malformed date is a 400 naming the parameter."""
    r = anon_api.get("/api/claims/?status=maybe&date_from=yesterday")
    assert r.status_code == 400
    assert set(r.json()) == {"status", "date_from"}


def test_claims_ordering_and_cursor_pagination(anon_api, db):
    """ordering sorts, and page_size with the next cursor walks every claim once."""
    claims = [ClaimFactory(source_count=n) for n in (3, 1, 2)]
    body = anon_api.get("/api/claims/?ordering=-source_count&page_size=2").json()
    assert [c["source_count"] for c in body["results"]] == [3, 2]
    rest = anon_api.get(body["next"]).json()
    assert [c["source_count"] for c in rest["results"]] == [1]
    assert {c.pk for c in claims} == {c["id"] for c in body["results"] + rest["results"]}


def test_speakers_list_hides_merged_but_detail_resolves_them(anon_api, db):
    """Merged speakers leave the list (unless include_merged) but their id still answers, pointing at the survivor."""
    survivor = SpeakerFactory()
    merged = SpeakerFactory(merged_into=survivor)
    ids = [s["id"] for s in anon_api.get("/api/speakers/").json()["results"]]
    assert ids == [survivor.pk]
    ids = {s["id"] for s in anon_api.get("/api/speakers/?include_merged=true").json()["results"]}
    assert ids == {survivor.pk, merged.pk}
    assert anon_api.get(f"/api/speakers/{merged.pk}/").json()["merged_into"] == survivor.pk


def test_quotes_and_reviews_filter(anon_api, reviewer):
    """quotes filter by speaker; reviews filter by claim and verdict."""
    quote = QuoteFactory()
    QuoteFactory()
    review = ReviewFactory(reviewer=reviewer, verdict="unverifiable")
    ReviewFactory(reviewer=reviewer)
    assert [q["id"] for q in anon_api.get(f"/api/quotes/?speaker={quote.speaker_id}").json()["results"]] == [quote.pk]
    assert [r["id"] for r in anon_api.get("/api/reviews/?verdict=unverifiable").json()["results"]] == [review.pk]
    assert [r["id"] for r in anon_api.get(f"/api/reviews/?claim={review.claim_id}").json()["results"]] == [review.pk]


def test_articles_filter_by_outlet_and_detail_has_body(anon_api, db):
    """articles filter by outlet slug; the detail carries the body."""
    article = ArticleFactory()
    ArticleFactory()
    r = anon_api.get(f"/api/articles/?outlet={article.outlet.slug}")
    assert [a["id"] for a in r.json()["results"]] == [article.pk]
    assert anon_api.get(f"/api/articles/{article.pk}/").json()["body"] == article.body


def test_claims_list_expands_sources_and_contradictions(anon_api, graph):
    """?expand=sources,contradictions nests them in every listed claim; without it they are absent."""
    [claim] = anon_api.get("/api/claims/?status=disputed&expand=sources,contradictions").json()["results"]
    assert len(claim["sources"]) == 2
    assert claim["sources"][0]["article"]["outlet"]["name"]
    assert {i["side"] for i in claim["contradictions"][0]["items"]} == {"a", "b"}
    assert "reviews" not in claim
    [plain] = anon_api.get("/api/claims/").json()["results"]
    assert not {"sources", "contradictions", "reviews"} & set(plain)


def test_claims_list_rejects_unknown_expansions(anon_api, db):
    """A misspelt expansion is a 400 naming it."""
    r = anon_api.get("/api/claims/?expand=source")
    assert r.status_code == 400
    assert "source" in r.json()["expand"][0]
