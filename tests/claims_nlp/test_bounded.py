"""The bounded memo behind the persons and signature caches of linking: it keeps its bound and drops
the entry used least recently."""

from __future__ import annotations

import pytest

from claims.nlp.bounded import BoundedMemo


def test_keeps_no_more_than_its_limit():
    memo: BoundedMemo[int, str] = BoundedMemo(3)
    for n in range(10):
        memo.put(n, str(n))
    assert len(memo) == 3
    assert [memo.get(n) for n in (6, 7, 8, 9)] == [None, "7", "8", "9"]


def test_a_read_keeps_an_entry_over_later_ones():
    """Reading 'a' makes 'b' the least recently used, so 'b' goes when 'c' comes."""
    memo: BoundedMemo[str, int] = BoundedMemo(2)
    memo.put("a", 1)
    memo.put("b", 2)
    assert memo.get("a") == 1
    memo.put("c", 3)
    assert (memo.get("a"), memo.get("b"), memo.get("c")) == (1, None, 3)


def test_putting_a_kept_key_again_replaces_its_value_without_growing():
    memo: BoundedMemo[str, int] = BoundedMemo(2)
    memo.put("a", 1)
    memo.put("a", 2)
    assert (len(memo), memo.get("a")) == (1, 2)


def test_a_memo_keeps_at_least_one_entry():
    with pytest.raises(ValueError):
        BoundedMemo(0)
