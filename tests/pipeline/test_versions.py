"""A re-fetched URL whose text changed keeps both versions and flags what the new text changed."""

from __future__ import annotations

import pytest

from articles.analysis import analyse, prepare_bytes
from articles.models import Article, ArticleVersion
from claims.models import Claim, Quote
from claims.services.signoff import claim_review_submit
from claims.services.store import article_store

URL = "https://news.example/harbour-terminal"
FIRST = (
    "Harbour board approves ferry terminal\n"
    "The Portmere harbour board on Monday approved a €48 million ferry terminal, its chair Ilse Varga said.\n"
    "“This terminal will carry two million passengers a year by 2030,” Varga told reporters after the vote.\n"
    "“We have waited twenty years for this,” she added.\n"
    "Construction is due to start in September and last three years, the board said in a statement.\n"
)
# A correction: a paragraph inserted at the top, one quote reworded, one dropped.
SECOND = (
    "Harbour board approves ferry terminal\n"
    "Correction: an earlier version of this story misstated the terminal's capacity.\n"
    "The Portmere harbour board on Monday approved a €48 million ferry terminal, its chair Ilse Varga said.\n"
    "“This terminal will carry one million passengers a year by 2030,” Varga told reporters after the vote.\n"
    "Construction is due to start in September and last three years, the board said in a statement.\n"
)


def _store(text: str):
    analysis = analyse(prepare_bytes(text.encode(), name="terminal.txt", url=URL))
    return article_store(analysis=analysis, source=URL, url=URL)


@pytest.mark.django_db
def test_changed_text_at_the_same_url_becomes_a_new_version(reviewer):
    """Both texts are kept, the article carries the new one, and the changes are flagged."""
    first = _store(FIRST)
    kept_claim = Claim.objects.filter(mentions__sentence__startswith="Construction").get()
    claim_review_submit(claim_id=kept_claim.pk, reviewer=reviewer, verdict="verified")
    second = _store(SECOND)
    assert (second.created, second.revised) == (False, True)
    assert second.article.pk == first.article.pk and Article.objects.count() == 1
    article = Article.objects.get()
    assert "Correction:" in article.body
    version = ArticleVersion.objects.get(article=article)
    assert version.body.startswith(FIRST.split("\n")[0]) and "Correction:" not in version.body
    assert [c["before"] for c in version.changes["quotes_changed"]] == [
        "This terminal will carry two million passengers a year by 2030,"]
    assert [d["text"] for d in version.changes["quotes_dropped"]] == ["We have waited twenty years for this,"]
    for quote in Quote.objects.filter(article=article):
        assert article.body[quote.start:quote.end] == quote.text  # offsets point into the new text
    kept_claim.refresh_from_db()
    assert kept_claim.status == "verified" and kept_claim.mentions.get().start == article.body.index("Construction")


@pytest.mark.django_db
def test_the_same_text_again_is_a_duplicate_not_a_version():
    _store(FIRST)
    again = _store(FIRST)
    assert (again.created, again.revised) == (False, False)
    assert not ArticleVersion.objects.exists()


@pytest.mark.django_db
def test_article_page_shows_the_earlier_version_and_its_changes(client):
    """The article page lists the earlier text's changes and a line diff."""
    _store(FIRST)
    article = _store(SECOND).article
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Earlier versions (1)" in page
    assert "<del>“We have waited twenty years for this,”</del>" in page
    assert "<ins>Correction: an earlier version of this story misstated the terminal&#x27;s capacity.</ins>" in page
