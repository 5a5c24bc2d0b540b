"""A takedown removes an article and what it alone supports, and leaves an audit entry."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from articles.models import Article
from claims.models import AuditEntry, Claim, ClaimMention, Contradiction, ContradictionItem, Quote
from claims.services.takedown import article_takedown


@pytest.fixture
def graph(db, demo_dir, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(demo_dir), quiet_progress=True, stdout=open("/dev/null", "w"))


@pytest.mark.django_db
def test_takedown_removes_the_text_and_its_derived_rows(graph, editor):
    """No quote, mention or contradiction item of the article survives; the audit keeps no text."""
    article = Article.objects.get(source="02_abn-news.txt")
    body_start = article.body.split("\n")[-1][:60]  # a body paragraph (the headline stays as metadata)
    summary = article_takedown(article_id=article.pk, user=editor, reason="legal request")
    assert not Article.objects.filter(pk=article.pk).exists()
    assert not Quote.objects.filter(article_id=article.pk).exists()
    assert not ClaimMention.objects.filter(article_id=article.pk).exists()
    assert not ContradictionItem.objects.filter(article_id=article.pk).exists()
    entry = AuditEntry.objects.get(action="article.takedown")
    assert entry.actor == editor and entry.data["reason"] == "legal request"
    assert body_start not in str(entry.data)
    assert summary["quotes"] > 0


@pytest.mark.django_db
def test_claims_other_outlets_support_stay_and_are_recounted(graph, editor):
    """A claim carried by several outlets loses one source; a claim only the article made goes."""
    article = Article.objects.get(source="02_abn-news.txt")
    shared = Claim.objects.filter(mentions__article=article, source_count__gte=2).first()
    only_here = [c.pk for c in Claim.objects.filter(mentions__article=article) if c.mentions.count() == 1]
    before = shared.source_count
    article_takedown(article_id=article.pk, user=editor, reason="legal request")
    shared.refresh_from_db()
    assert shared.source_count == before - 1
    assert not Claim.objects.filter(pk__in=only_here).exists()


@pytest.mark.django_db
def test_the_misquote_goes_when_its_only_deviant_version_goes(graph, editor):
    """Without the 'deliver' version nobody contradicts 'provide'."""
    assert Contradiction.objects.filter(kind="misquote", explanation__contains="deliver").exists()
    article_takedown(article_id=Article.objects.get(source="02_abn-news.txt").pk, user=editor, reason="test")
    assert not Contradiction.objects.filter(kind="misquote", explanation__contains="deliver").exists()


@pytest.mark.django_db
def test_takedown_needs_a_reason(graph, editor):
    with pytest.raises(ValueError):
        article_takedown(article_id=Article.objects.first().pk, user=editor, reason=" ")
