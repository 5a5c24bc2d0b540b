"""A bounded memo for the caches ``functools.lru_cache`` cannot serve: those filled from outside
the function that reads them (results another step already computed, a batch read from the
database). A worker lives for thousands of articles, so every memo needs a bound for its memory
to level off."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedMemo(Generic[K, V]):
    """Keeps the ``limit`` entries put or read most recently; the least recently used goes first."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("a bounded memo keeps at least one entry")
        self.limit = limit
        self._entries: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The value kept for ``key`` (now the most recently used), or None."""
        if key not in self._entries:
            return None
        self._entries.move_to_end(key)
        return self._entries[key]

    def put(self, key: K, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.limit:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
