"""quotes_link reads the articles around a term quote: one word in two stories is two utterances (invented)."""

from __future__ import annotations

import pytest

from articles.models import Article
from claims.models import Quote, Speaker
from claims.services.linking import quotes_link

pytestmark = pytest.mark.django_db

STORIES = {
    "inquiry-a": ("Osei told the harbour inquiry on Monday that the dredging contract was \u201crigged\u201d and "
                  "that the tender documents had been altered before the council vote."),
    "inquiry-b": ("At the harbour inquiry, Osei called the dredging contract \u201crigged\u201d and said tender "
                  "documents were changed ahead of the council vote."),
    "festival": ("Speaking at the lantern festival in Brackwater, Osei said the ticket lottery was \u201crigged\u201d "
                 "and promised refunds to families who queued overnight."),
}


def _term(name: str, speaker: Speaker) -> Quote:
    body = STORIES[name]
    article = Article.objects.create(source=f"{name}.txt", body=body, content_hash=name)
    start = body.index("rigged")
    return Quote.objects.create(article=article, speaker=speaker, text="rigged", start=start, end=start + 6,
                                kind=Quote.Kind.TERM)


def test_a_term_joins_the_same_story_and_not_another_occasion():
    speaker = Speaker.objects.create(name="Mara Osei", key="mara osei")
    first = _term("inquiry-a", speaker)
    quotes_link(quotes=[first])
    other = _term("festival", speaker)
    quotes_link(quotes=[other])
    same = _term("inquiry-b", speaker)
    quotes_link(quotes=[same])
    groups = {q.pk: q.group_id for q in Quote.objects.all()}
    assert groups[same.pk] == groups[first.pk]
    assert groups[other.pk] != groups[first.pk]
