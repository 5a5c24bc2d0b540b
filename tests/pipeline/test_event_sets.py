"""Invented multi-outlet events beyond politics: the disagreements planted in them are flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import Contradiction

EVENTS = Path(__file__).parent / "events"


def _flagged(path: Path, capture) -> set[tuple[str, frozenset[str]]]:
    with capture(execute=True):
        call_command("ingest", str(path), quiet_progress=True, stdout=open("/dev/null", "w"))
    return {
        (c.kind, frozenset(i.text for i in c.items.all()))
        for c in Contradiction.objects.prefetch_related("items")
    }


@pytest.mark.django_db
def test_court_case(django_capture_on_commit_callbacks):
    flagged = _flagged(EVENTS / "court", django_capture_on_commit_callbacks)
    kinds = {kind for kind, _ in flagged}
    assert kinds == {"misquote", "fact", "number"}, flagged
    texts = set().union(*(items for _, items in flagged))
    assert any("this town" in t for t in texts) and any("this city" in t for t in texts)
    assert "said her client would not appeal" in texts and "said he would appeal against the sentence" in texts
    # The sentence and the bribe total are stated in sentences not linked as one claim.
    numbers = {items for kind, items in flagged if kind == "number"}
    assert numbers == {frozenset({"six years", "five years"}), frozenset({"£240,000", "about £24,000"})}, flagged


@pytest.mark.django_db
def test_football_match(django_capture_on_commit_callbacks):
    flagged = _flagged(EVENTS / "sport", django_capture_on_commit_callbacks)
    assert {kind for kind, _ in flagged} == {"number", "misquote"}, flagged
    numbers = {items for kind, items in flagged if kind == "number"}
    # The crowd is counted by different nouns ("a crowd of", "supporters watched") in unlinked sentences.
    assert numbers == {frozenset({"3-1", "3-2"}), frozenset({"18,200", "18,200 attended", "Around 11,000 supporters"})}


@pytest.mark.django_db
def test_budget_vote(django_capture_on_commit_callbacks):
    """The majority differs in one report, one quote changes a word; the budget total, the school money
    (£600m / £600 million), the pay rise, the protest (around 3,000 / 2,800), ages and seat counts agree
    or measure different things and are not flagged."""
    flagged = _flagged(EVENTS / "budget", django_capture_on_commit_callbacks)
    assert {kind for kind, _ in flagged} == {"number", "misquote"}, flagged
    numbers = {items for kind, items in flagged if kind == "number"}
    assert numbers == {frozenset({"34", "43"})}, flagged
    texts = set().union(*(items for kind, items in flagged if kind == "misquote"))
    assert any(t.endswith("promises on schools") for t in texts)
    assert any(t.endswith("promises on hospitals") for t in texts)
