"""Shared by the prelink tests: three reports of one invented event, stored through the real store,
and a hook running another worker's commits between an article's read before the lock and its linking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import claims.services.store as store
from articles.analysis import analyse, prepare_bytes
from articles.models import Article

EVENT = Path(__file__).parent / "events" / "rail_plan"


def event_reports():
    files = sorted(EVENT.glob("*.txt"))[:3]
    return [(f.name, analyse(prepare_bytes(f.read_bytes(), content_type="text/plain", name=f.name))) for f in files]


def store_report(report) -> Article:
    source, analysis = report
    return store.article_store(analysis=analysis, source=source).article


def other_worker_meanwhile(monkeypatch, prelink: str, other_worker: Callable[[], object]) -> None:
    """Run ``other_worker`` once, right after the next article's ``prelink`` (a function of the store
    module: ``claims_prelink`` or ``quotes_prelink``) read its candidates, before it links."""
    real, ran = getattr(store, prelink), []

    def read_then_others_commit(*args, **kwargs):
        result = real(*args, **kwargs)
        if not ran:
            ran.append(True)
            other_worker()
        return result

    monkeypatch.setattr(store, prelink, read_then_others_commit)
