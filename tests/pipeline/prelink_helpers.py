"""Shared by the prelink tests: three reports of one invented event, stored through the real store,
and a hook running another worker's commits between an article's read before the lock and its linking."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from django.core.management import call_command

import claims.services.store as store
from articles.analysis import analyse, prepare_bytes
from articles.models import Article

EVENT = Path(__file__).parent / "events" / "rail_plan"
Graph = TypeVar("Graph")


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


def serial_and_interleaved(
    monkeypatch, prelink: str, graph: Callable[[], Graph], *, before: int, meanwhile: int
) -> tuple[Graph, Graph]:
    """``graph()`` after the reports are stored one by one, then after a fresh start where ``before``
    reports are stored first and ``meanwhile`` more while the last one waits between its ``prelink``
    read and the lock."""
    reports = event_reports()
    for report in reports:
        store_report(report)
    serial = graph()
    call_command("flush", interactive=False, verbosity=0)

    for report in reports[:before]:
        store_report(report)
    other_worker_meanwhile(monkeypatch, prelink, lambda: [store_report(r) for r in reports[before:before + meanwhile]])
    store_report(reports[-1])
    assert Article.objects.count() == len(reports)
    return serial, graph()


def graph_of(rows: Iterable[tuple[object, str, str]]) -> set[frozenset[tuple[str, str]]]:
    """(owner id, article source, text) rows as each owner's (article, text) pairs: a linking graph
    compared whatever ids its groups or claims got."""
    held: dict[object, set[tuple[str, str]]] = defaultdict(set)
    for owner, source, text in rows:
        held[owner].add((source, text))
    return {frozenset(pairs) for pairs in held.values()}
