"""rows_update: each row's own values in one statement, NULLs included, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Contradiction
from claims.services.bulk_writes import rows_update

pytestmark = pytest.mark.django_db


def test_rows_update_writes_each_rows_values_in_one_statement():
    claims = [Claim.objects.create(text=f"claim {n}") for n in range(3)]
    with CaptureQueriesContext(connection) as ctx:
        rows_update(Claim, ["mention_count", "source_count"], [(c.pk, n + 1, 10 * n) for n, c in enumerate(claims)])
    assert len(ctx.captured_queries) == 1
    assert list(Claim.objects.order_by("pk").values_list("mention_count", "source_count")) == [
        (1, 0), (2, 10), (3, 20)]


def test_rows_update_sets_a_column_to_null_in_every_row():
    """A column given only NULLs (a finding moved to no claim) is still typed as the column."""
    claim = Claim.objects.create(text="claim")
    findings = [Contradiction.objects.create(key=f"k{n}", kind="number", claim=claim) for n in range(2)]
    rows_update(Contradiction, ["explanation", "claim_id"], [(f.pk, f"moved {f.pk}", None) for f in findings])
    assert set(Contradiction.objects.values_list("claim_id", flat=True)) == {None}
    assert Contradiction.objects.filter(explanation__startswith="moved").count() == 2


def test_rows_update_with_no_rows_does_nothing():
    with CaptureQueriesContext(connection) as ctx:
        rows_update(Claim, ["mention_count"], [])
    assert not ctx.captured_queries


def test_rows_update_on_another_key_sets_every_row_holding_each_value():
    """Matched on a column other than the key: every row holding a value moves, the others stay."""
    a, b, c = (Claim.objects.create(text=f"claim {n}", mention_count=n) for n in (1, 1, 2))
    untouched = Claim.objects.create(text="other", mention_count=5)
    rows_update(Claim, ["mention_count"], [(1, 7), (2, 9)], key="mention_count")
    assert [Claim.objects.get(pk=x.pk).mention_count for x in (a, b, c, untouched)] == [7, 7, 9, 5]
