"""The graph export gives a clause-level claim mention as the sentence it stands in."""

import pytest

from articles.models import Article
from claims.exports import graph_export
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote

pytestmark = pytest.mark.django_db

FIRST = "The Tarnby council met on Monday."
SECOND = (
    "Mayor Odile Franck said the ferry terminal would open in the spring, "
    "but the port authority would not pay for the extra dredging work."
)


def test_clause_mention_is_exported_as_its_sentence():
    body = f"{FIRST} {SECOND}"
    article = Article.objects.create(source="tarnby.txt", content_hash="x", body=body)
    clause = "but the port authority would not pay for the extra dredging work."
    start = body.index(clause)
    claim = Claim.objects.create(text=clause)
    ClaimMention.objects.create(
        claim=claim, article=article, sentence=clause, start=start, end=start + len(clause)
    )
    whole = Claim.objects.create(text=FIRST)
    ClaimMention.objects.create(claim=whole, article=article, sentence=FIRST, start=0, end=len(FIRST))

    texts = {c["id"]: [m["text"] for m in c["mentions"]] for c in graph_export()["claims"]}
    assert texts[claim.pk] == [SECOND]
    assert texts[whole.pk] == [FIRST]


def test_a_misquotes_side_is_exported_as_the_quotation_with_the_differing_words():
    """The scorer and readers see each side as the quotation the outlet printed; the words that differ
    within it (what the claim page highlights) come along as ``words``."""
    body = "“This is a government renewing itself, not one in retreat,” she said."
    article = Article.objects.create(source="gazette.txt", content_hash="y", body=body)
    text = "This is a government renewing itself, not one in retreat,"
    quote = Quote.objects.create(article=article, text=text, start=1, end=1 + len(text))
    words = "not one in retreat"
    x = Contradiction.objects.create(kind=Contradiction.Kind.MISQUOTE, key="k", explanation="e")
    at = body.index(words)
    ContradictionItem.objects.create(contradiction=x, article=article, quote=quote, side="B", text=words,
                                     start=at, end=at + len(words))
    (item,) = graph_export()["contradictions"][0]["items"]
    assert item == {"article": article.pk, "text": text, "words": words, "side": "B"}
