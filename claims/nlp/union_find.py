"""Disjoint sets for grouping whatever pairs a rule joins (quotes of one passage, reports of one story)."""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")  # hashable and ordered: ids, (article, offset) pairs


class UnionFind(Generic[K]):
    """Groups joined pair by pair; each group's root is its smallest member, so the groups and their
    roots are the same whatever order the pairs come in."""

    def __init__(self) -> None:
        self.parent: dict[K, K] = {}  # every member seen, in the order first seen

    def find(self, x: K) -> K:
        root = x
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # type: ignore[type-var]
