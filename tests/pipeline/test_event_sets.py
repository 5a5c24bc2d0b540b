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
    assert kinds == {"misquote", "fact"}, flagged
    texts = set().union(*(items for _, items in flagged))
    assert any("this town" in t for t in texts) and any("this city" in t for t in texts)
    assert "said her client would not appeal" in texts and "said he would appeal against the sentence" in texts


@pytest.mark.django_db
def test_football_match(django_capture_on_commit_callbacks):
    flagged = _flagged(EVENTS / "sport", django_capture_on_commit_callbacks)
    assert ("number", frozenset({"3-1", "3-2"})) in flagged
    assert {kind for kind, _ in flagged} == {"number", "misquote"}, flagged
