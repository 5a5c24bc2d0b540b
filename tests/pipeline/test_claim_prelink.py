"""Claim candidates are read and scored before the linking lock: what other workers link or take
down in between is seen all the same, as if the article had waited for the lock to read."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from django.core.management import call_command

import claims.services.store as store
from articles.analysis import analyse, prepare_bytes
from articles.models import Article
from claims.models import Claim, ClaimMention
from claims.services.takedown import article_takedown

EVENT = Path(__file__).parent / "events" / "rail_plan"
pytestmark = pytest.mark.django_db(transaction=True)


def _reports():
    files = sorted(EVENT.glob("*.txt"))[:3]
    return [(f.name, analyse(prepare_bytes(f.read_bytes(), content_type="text/plain", name=f.name))) for f in files]


def _store(report) -> Article:
    source, analysis = report
    return store.article_store(analysis=analysis, source=source).article


def _claims() -> set[frozenset[tuple[str, str]]]:
    """Each claim as the (article, sentence) pairs it holds: graphs compared whatever their ids."""
    held = defaultdict(set)
    for claim_id, source, sentence in ClaimMention.objects.values_list("claim_id", "article__source", "sentence"):
        held[claim_id].add((source, sentence))
    return {frozenset(pairs) for pairs in held.values()}


def _meanwhile(monkeypatch, other_worker) -> None:
    """Run ``other_worker`` once, between the next article's read before the lock and its linking."""
    real, ran = store.claims_prelink, []

    def read_then_others_commit(*args, **kwargs):
        prelink = real(*args, **kwargs)
        if not ran:
            ran.append(True)
            other_worker()
        return prelink

    monkeypatch.setattr(store, "claims_prelink", read_then_others_commit)


@pytest.mark.parametrize("before, meanwhile", [(0, 2), (1, 1), (2, 0)], ids=["new-claims", "grown-claims", "none"])
def test_reports_linked_between_the_read_and_the_lock_are_joined_as_if_read_after_them(monkeypatch, before, meanwhile):
    """``before`` reports are stored first, ``meanwhile`` more while the last one waits for the lock."""
    reports = _reports()
    for report in reports:
        _store(report)
    serial = _claims()
    assert any(len({source for source, _ in claim}) == 3 for claim in serial), "the reports share no claim"
    call_command("flush", interactive=False, verbosity=0)

    for report in reports[:before]:
        _store(report)
    _meanwhile(monkeypatch, lambda: [_store(r) for r in reports[before:before + meanwhile]])
    _store(reports[-1])
    assert Article.objects.count() == 3
    assert _claims() == serial


def test_claims_taken_down_between_the_read_and_the_lock_are_not_joined(monkeypatch):
    first, second, _third = _reports()
    _store(second)
    alone = _claims()
    call_command("flush", interactive=False, verbosity=0)

    stored = _store(first)
    first_claims = set(Claim.objects.values_list("pk", flat=True))
    _meanwhile(monkeypatch, lambda: article_takedown(article_id=stored.pk, user=None, reason="legal"))
    _store(second)  # its read saw the first report's claims; they are gone when it links
    assert not Claim.objects.filter(pk__in=first_claims).exists()
    assert _claims() == alone


def test_a_resubmitted_report_is_not_read_for_linking(monkeypatch):
    report = _reports()[0]
    _store(report)
    reads = []
    real = store.claims_prelink
    monkeypatch.setattr(store, "claims_prelink", lambda *a, **kw: reads.append(1) or real(*a, **kw))
    again = store.article_store(analysis=report[1], source="again.txt")
    assert not again.created and not reads
    assert Article.objects.count() == 1
