"""Quote candidates are read and matched before the linking lock: what other workers link, merge or
take down in between is seen all the same, as if the article had waited for the lock to read."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from claims.models import Quote, QuoteGroup
from claims.services.takedown import article_takedown

from .prelink_helpers import (
    event_reports,
    graph_of,
    other_worker_meanwhile,
    serial_and_interleaved,
    store_report,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _groups() -> set[frozenset[tuple[str, str]]]:
    """Each quote group as the (article, quote) pairs it holds."""
    return graph_of(Quote.objects.values_list("group_id", "article__source", "text"))


@pytest.mark.parametrize("before, meanwhile", [(0, 2), (1, 1), (2, 0)], ids=["new-groups", "grown-groups", "none"])
def test_reports_linked_between_the_read_and_the_lock_are_joined_as_if_read_after_them(monkeypatch, before, meanwhile):
    """``before`` reports are stored first, ``meanwhile`` more while the last one waits for the lock:
    the quotes they stored are read under the lock, and the groups they merged are followed."""
    serial, interleaved = serial_and_interleaved(monkeypatch, "quotes_prelink", _groups, before=before,
                                                 meanwhile=meanwhile)
    assert any(len({source for source, _ in group}) == 3 for group in serial), "the reports share no quote"
    assert interleaved == serial


def test_quotes_taken_down_between_the_read_and_the_lock_are_not_joined(monkeypatch):
    first, second, _third = event_reports()
    store_report(second)
    alone = _groups()
    call_command("flush", interactive=False, verbosity=0)

    stored = store_report(first)
    other_worker_meanwhile(
        monkeypatch, "quotes_prelink", lambda: article_takedown(article_id=stored.pk, user=None, reason="legal")
    )
    store_report(second)
    assert _groups() == alone


def test_candidates_moved_to_another_group_meanwhile_are_joined_in_the_group_they_are_in_now(monkeypatch):
    """Another worker's merge moves stored quotes to an older group while this article waits for the
    lock: the candidates read before are followed to their group now, not the one they were in."""
    first, _second, third = event_reports()
    store_report(first)
    store_report(third)
    serial = _groups()
    call_command("flush", interactive=False, verbosity=0)

    store_report(first)

    def regroup_first():
        for group in QuoteGroup.objects.filter(quotes__article__source=first[0]).distinct():
            moved_to = QuoteGroup.objects.create(speaker_id=group.speaker_id)
            Quote.objects.filter(group=group).update(group=moved_to)

    other_worker_meanwhile(monkeypatch, "quotes_prelink", regroup_first)
    store_report(third)
    assert _groups() == serial
