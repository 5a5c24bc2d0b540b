"""One slot, two values: reports of one story that each say one thing about it, and not the same thing.

The shape several fact rules share: each report gives a slot one value (a decision
unanimous or split, the weekday of a final, the court that heard a case), and two
reports of one story (``story_pairs``) give it values that cannot both be right.
The rule reads the values; this module gathers the clashing reports into one
finding per story, the value more reports give on side A.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence

from claims.nlp.finding_keys import stable_key
from claims.nlp.types import ContradictionFinding, ContradictionKind, SpanRef
from claims.nlp.union_find import UnionFind

Said = tuple[str, Sequence[tuple[int, int]]]  # a report's value for the slot, and the spans that say it


def slot_findings(
    said: Mapping[int, Said],
    texts: Mapping[int, str],
    pairs: Iterable[tuple[int, int]],
    key: tuple[str, ...],
    explain: Callable[[str, str], str],
    clash: Callable[[str, str], bool] = operator.ne,
    kind: ContradictionKind = "fact",
) -> list[ContradictionFinding]:
    """Fact findings for the reports (``said``: article id -> value and spans) whose values clash within
    ``pairs`` of reports of one story: one finding per group of reports joined by clashes. ``key`` opens
    each finding's stable key; ``explain`` words it from the first span of sides A and B."""
    joined: UnionFind[int] = UnionFind()
    for a, b in sorted(pairs):
        if a in said and b in said and clash(said[a][0], said[b][0]):
            joined.union(a, b)
    stories: dict[int, set[int]] = {}
    for aid in sorted(joined.parent):
        stories.setdefault(joined.find(aid), set()).add(aid)
    out = []
    for ids in stories.values():
        sides = sorted(
            ({aid for aid in ids if said[aid][0] == value} for value in sorted({said[aid][0] for aid in ids})),
            key=lambda side: (-len(side), min(side)),
        )
        items = tuple(
            SpanRef(aid, texts[aid][start:end], start, end, label)
            for label, side in zip("ABCDEFG", sides, strict=False)
            for aid in sorted(side)
            for start, end in said[aid][1]
        )
        first_a, first_b = (next(i.text for i in items if i.side == label) for label in "AB")
        out.append(
            ContradictionFinding(
                kind=kind,
                items=items,
                explanation=explain(first_a, first_b),
                key=stable_key(*key, *(sorted(side) for side in sides)),
            )
        )
    return out

