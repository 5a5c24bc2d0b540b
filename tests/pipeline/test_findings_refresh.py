"""Refreshing a claim's findings drops only what the run could have found again."""

from __future__ import annotations

import pytest

from articles.models import Article
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem
from claims.services.contradictions import claim_contradictions_refresh

pytestmark = pytest.mark.django_db


def _article(name: str, body: str) -> Article:
    return Article.objects.create(source=f"{name}.txt", body=body, content_hash=name)


def _finding(claim: Claim, *articles: Article) -> Contradiction:
    found = Contradiction.objects.create(key=f"k-{claim.pk}-{len(articles)}-{articles[-1].pk}", kind="number",
                                         explanation="planted", claim=claim)
    for side, article in zip("AB", articles, strict=False):
        ContradictionItem.objects.create(contradiction=found, article=article, side=side, text="12", start=0, end=2)
    return found


def test_a_stale_finding_goes_when_the_run_read_every_article_it_cites():
    """The touched claim no longer yields it, and both its articles were read: it is dropped."""
    body = "Fendle council spent 12 million pounds on roads in Ambleside in the year to March."
    first, second = _article("post", body), _article("courier", body)
    claim = Claim.objects.create(text=body)
    for article in (first, second):
        ClaimMention.objects.create(claim=claim, article=article, sentence=body, start=0, end=len(body))
    stale = _finding(claim, first, second)
    claim_contradictions_refresh(article_ids={second.pk}, claim_ids={claim.pk})
    assert not Contradiction.objects.filter(pk=stale.pk).exists()


def test_a_finding_citing_an_article_outside_the_run_is_kept():
    """A story-level finding pairs this claim with an article the run never read: it cannot be judged stale,
    even while the run re-finds the claim's other conflicts."""
    bodies = [f"Fendle council spent {n} million pounds on roads in Ambleside in the year to March." for n in (12, 21)]
    first, second = _article("post", bodies[0]), _article("courier", bodies[1])
    elsewhere = _article("herald", "An unrelated report of the Fendle budget that this run does not read.")
    claim = Claim.objects.create(text=bodies[0])
    for article, body in zip((first, second), bodies, strict=True):
        ClaimMention.objects.create(claim=claim, article=article, sentence=body, start=0, end=len(body),
                                    quantities=[{"text": body[21:38], "start": 21, "end": 38, "unit": "GBP",
                                                 "value": float(body[21:23]) * 1e6}])
    kept = _finding(claim, first, elsewhere)
    claim_contradictions_refresh(article_ids={second.pk}, claim_ids={claim.pk})
    assert Contradiction.objects.filter(pk=kept.pk).exists()
    assert Contradiction.objects.filter(claim=claim, kind="number").exclude(pk=kept.pk).exists()


def _mentioned(claim: Claim, article: Article, body: str) -> None:
    ClaimMention.objects.create(claim=claim, article=article, sentence=body, start=0, end=len(body),
                                quantities=[{"text": body[21:38], "start": 21, "end": 38, "unit": "GBP",
                                             "value": float(body[21:23]) * 1e6}])


def test_a_finding_whose_items_the_run_found_again_under_another_claim_goes():
    """A story-level finding grows or moves as reports arrive, and with it its key and owning claim: the
    earlier version, owned by a claim this run did not touch, holds no item the run's finding lacks. It is
    the same disagreement twice, so it goes; the run's finding stays."""
    bodies = [f"Fendle council spent {n} million pounds on roads in Ambleside in the year to March." for n in (12, 21)]
    post, courier, herald = _article("post", bodies[0]), _article("courier", bodies[1]), _article("herald", bodies[0])
    claim = Claim.objects.create(text=bodies[0])
    for article, body in ((post, bodies[0]), (courier, bodies[1]), (herald, bodies[0])):
        _mentioned(claim, article, body)
    earlier = Contradiction.objects.create(key="k-earlier", kind="number", explanation="planted",
                                           claim=Claim.objects.create(text="another claim"))
    for side, article, body in (("A", herald, bodies[0]), ("B", courier, bodies[1])):
        ContradictionItem.objects.create(contradiction=earlier, article=article, side=side, text=body[21:38],
                                         start=21, end=38)
    claim_contradictions_refresh(article_ids={herald.pk}, claim_ids={claim.pk})
    found = Contradiction.objects.filter(kind="number").exclude(pk=earlier.pk)
    # One finding for the one disagreement: the post's and the herald's 12 against the courier's 21.
    assert [sorted(f.items.values_list("article__source", flat=True)) for f in found] == [
        ["courier.txt", "herald.txt", "post.txt"]
    ]
    assert not Contradiction.objects.filter(pk=earlier.pk).exists()
