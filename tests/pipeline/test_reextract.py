"""Re-extracting stored articles keeps what people decided."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from claims.models import Claim, Contradiction, Quote, Speaker
from claims.services.contradictions import contradiction_decide
from claims.services.reextract import articles_reextract
from claims.services.reviews import claim_edit
from claims.services.signoff import claim_review_submit as claim_review
from claims.services.speakers import speaker_merge


@pytest.fixture
def graph(db, demo_dir, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(demo_dir), quiet_progress=True, stdout=open("/dev/null", "w"))


@pytest.mark.django_db
def test_reextract_with_an_unchanged_extractor_changes_nothing(graph):
    """Running twice in a row reports no additions or removals."""
    before = sorted(Quote.objects.values_list("id", "group_id", "speaker_id"))
    report = articles_reextract()
    assert (report.quotes_added, report.quotes_removed, report.mentions_added, report.mentions_removed) == (0, 0, 0, 0)
    assert sorted(Quote.objects.values_list("id", "group_id", "speaker_id")) == before


@pytest.mark.django_db
def test_reextract_restores_missing_rows_and_keeps_human_work(graph, editor, reviewer):
    """Reviews, edits, dismissals and merges survive; a quote the old run missed comes back."""
    claim = Claim.objects.order_by("-mention_count", "id").first()
    claim_review(claim_id=claim.pk, reviewer=reviewer, verdict="disputed", note="checking")
    claim_edit(claim_id=claim.pk, editor=editor, text="Edited by an editor")
    contradiction = Contradiction.objects.filter(kind="misquote").first()
    contradiction_decide(contradiction_id=contradiction.pk, state="dismissed", user=editor)
    speakers = list(Speaker.objects.filter(name__endswith="Marsh").order_by("id"))
    if len(speakers) == 2:
        speaker_merge(source_id=speakers[1].pk, target_id=speakers[0].pk, user=editor)
    lost = Quote.objects.filter(group__isnull=False).order_by("id").last()
    lost_span = (lost.article_id, lost.start, lost.end)
    lost.delete()  # as if an older extractor had missed it

    report = articles_reextract()

    assert report.quotes_added == 1
    assert Quote.objects.filter(article_id=lost_span[0], start=lost_span[1], end=lost_span[2]).exists()
    claim.refresh_from_db()
    assert (claim.text, claim.status, claim.reviews.count()) == ("Edited by an editor", "disputed", 1)
    contradiction.refresh_from_db()
    assert contradiction.state == "dismissed"
    assert not Contradiction.objects.filter(kind="misquote", state="open", group_id=contradiction.group_id).exists()
    if len(speakers) == 2:
        assert not Quote.objects.filter(speaker=speakers[1]).exists()


@pytest.mark.django_db
def test_a_quote_an_editor_deleted_stays_deleted(graph, editor):
    """Re-extraction does not bring back a quote deleted as spurious."""
    from claims.services.editing import quote_delete

    quote = Quote.objects.order_by("id").first()
    span = (quote.article_id, quote.start, quote.end)
    quote_delete(quote_id=quote.pk, user=editor, reason="not a quotation")
    report = articles_reextract()
    assert report.quotes_added == 0
    assert not Quote.objects.filter(article_id=span[0], start=span[1], end=span[2]).exists()
