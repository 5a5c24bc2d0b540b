"""The graph export gives a clause-level claim mention as the sentence it stands in."""

import pytest

from articles.models import Article
from claims.exports import graph_export
from claims.models import Claim, ClaimMention

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
