"""The figures of one slot that reports of one story give, grouped where they clash and split into sides.

Shared by the readers that key a report's one figure by something it counts or is
tied to (unit_figures.py, figure_frames.py): each gives, per article, the slots it
fills with one value (``single``); this module joins the reports whose values for a
slot cannot be one and lays each group out as the sides of one finding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

from claims.nlp.claim_facts import ArticleFacts, close_in_time
from claims.nlp.types import SpanRef
from claims.nlp.union_find import UnionFind


class Figure(Protocol):
    @property
    def article_id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


F = TypeVar("F", bound=Figure)
K = TypeVar("K", bound=Hashable)


def pairs_within(articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]], days: int) -> set[tuple[int, int]]:
    """The ``pairs`` of article ids whose reports appeared within ``days`` of each other (an unknown date
    rules no pair out): figures move from day to day ("eight contests" won, four days later "nine")."""
    published = {a.article_id: a.published for a in articles}
    return {(a, b) for a, b in pairs if close_in_time(published.get(a), published.get(b), days)}


def clashing_groups(
    single: Mapping[int, Mapping[K, Sequence[F]]],
    pairs: Iterable[tuple[int, int]],
    apart: Callable[[F, F], bool],
) -> list[tuple[K, list[F]]]:
    """(slot, figures) per group of reports joined, pair by pair (``pairs`` of article ids), where their
    figures for the slot are ``apart``; ``single``: article id -> slot -> the article's figures for it."""
    joined: UnionFind[tuple[K, int]] = UnionFind()
    for a_id, b_id in sorted(pairs):
        if a_id not in single or b_id not in single:
            continue
        for slot in sorted(single[a_id].keys() & single[b_id].keys()):  # type: ignore[type-var]
            if apart(single[a_id][slot][0], single[b_id][slot][0]):
                joined.union((slot, a_id), (slot, b_id))
    components: dict[tuple[K, int], list[F]] = defaultdict(list)
    for slot, article_id in sorted(joined.parent):  # type: ignore[type-var]
        components[joined.find((slot, article_id))].extend(single[article_id][slot])
    return [(slot, figures) for (slot, _), figures in sorted(components.items())]  # type: ignore[type-var]


def figure_sides(figures: Iterable[F], same: Callable[[F, F], bool]) -> list[list[F]]:
    """The figures split into sides of agreeing figures, the side more articles give first (side A, as
    the other number rules have it)."""
    sides: list[list[F]] = []
    for f in sorted(figures, key=lambda f: (f.article_id, f.start)):
        side = next((s for s in sides if same(s[0], f)), None)
        if side is None:
            sides.append([f])
        else:
            side.append(f)
    sides.sort(key=lambda s: (-len({f.article_id for f in s}), s[0].article_id))
    return sides


def side_spans(sides: Sequence[Sequence[Figure]]) -> list[SpanRef]:
    return [
        SpanRef(f.article_id, f.text, f.start, f.end, label)
        for label, side in zip("ABCDEF", sides, strict=False)
        for f in side
    ]
