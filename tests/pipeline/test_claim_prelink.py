"""Claim candidates are read and scored before the linking lock: what other workers link or take
down in between is seen all the same, as if the article had waited for the lock to read."""

from __future__ import annotations

import pytest
from django.core.management import call_command

import claims.services.store as store
from articles.models import Article
from claims.models import Claim, ClaimMention
from claims.services.takedown import article_takedown

from .prelink_helpers import (
    event_reports,
    graph_of,
    other_worker_meanwhile,
    serial_and_interleaved,
    store_report,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _claims() -> set[frozenset[tuple[str, str]]]:
    """Each claim as the (article, sentence) pairs it holds."""
    return graph_of(ClaimMention.objects.values_list("claim_id", "article__source", "sentence"))


@pytest.mark.parametrize("before, meanwhile", [(0, 2), (1, 1), (2, 0)], ids=["new-claims", "grown-claims", "none"])
def test_reports_linked_between_the_read_and_the_lock_are_joined_as_if_read_after_them(monkeypatch, before, meanwhile):
    """``before`` reports are stored first, ``meanwhile`` more while the last one waits for the lock."""
    serial, interleaved = serial_and_interleaved(monkeypatch, "claims_prelink", _claims, before=before,
                                                 meanwhile=meanwhile)
    assert any(len({source for source, _ in claim}) == 3 for claim in serial), "the reports share no claim"
    assert interleaved == serial


def test_claims_taken_down_between_the_read_and_the_lock_are_not_joined(monkeypatch):
    first, second, _third = event_reports()
    store_report(second)
    alone = _claims()
    call_command("flush", interactive=False, verbosity=0)

    stored = store_report(first)
    first_claims = set(Claim.objects.values_list("pk", flat=True))
    other_worker_meanwhile(
        monkeypatch, "claims_prelink", lambda: article_takedown(article_id=stored.pk, user=None, reason="legal")
    )
    store_report(second)  # its read saw the first report's claims; they are gone when it links
    assert not Claim.objects.filter(pk__in=first_claims).exists()
    assert _claims() == alone


def test_a_resubmitted_report_is_not_read_for_linking(monkeypatch):
    report = event_reports()[0]
    store_report(report)
    reads = []
    real = store.claims_prelink
    monkeypatch.setattr(store, "claims_prelink", lambda *a, **kw: reads.append(1) or real(*a, **kw))
    again = store.article_store(analysis=report[1], source="again.txt")
    assert not again.created and not reads
    assert Article.objects.count() == 1
