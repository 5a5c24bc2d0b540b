"""One slot, two values: reports of one story that each say one thing about it, and not the same thing.

The shape several fact rules share: each report gives a slot one value (a decision
unanimous or split, the weekday of a final, the court that heard a case), and two
reports of one story (``story_pairs``) give it values that cannot both be right.
The rule reads the values; this module gathers the clashing reports into one
finding per story, the value more reports give on side A.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from claims.nlp.claim_facts import ArticleFacts
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


Stated = tuple[str, str, int, int]  # what one article's text says: (slot, value, start, end of its words)


def stated_slot_findings(
    articles: Sequence[ArticleFacts],
    pairs: Iterable[tuple[int, int]],
    read: Callable[[str], Sequence[Stated]],
    name: str,
    explain: Callable[[str, str, str], str],
    clash: Callable[[str, str], bool] = operator.ne,
    kind: ContradictionKind = "fact",
    skip: Collection[str] = (),
) -> list[ContradictionFinding]:
    """``slot_findings`` for each slot a reader finds in the articles' texts (``read``: a text's
    statements, slot first): the reports giving a slot one value, however often, are compared within
    ``pairs``; a report giving it two values says nothing of it. ``explain(slot, a, b)`` words a finding;
    slots in ``skip`` are left out."""
    pairs = set(pairs)
    if not pairs:
        return []
    stated = {a.article_id: read(a.text) for a in articles}
    texts = {a.article_id: a.text for a in articles}
    out = []
    for slot in sorted({st[0] for found in stated.values() for st in found} - set(skip)):
        said: dict[int, Said] = {}
        for aid, found in stated.items():
            theirs = [st for st in found if st[0] == slot]
            if theirs and len({st[1] for st in theirs}) == 1:
                said[aid] = (theirs[0][1], [(st[2], st[3]) for st in theirs])
        out += slot_findings(
            said, texts, pairs, (name, slot), lambda a, b, slot=slot: explain(slot, a, b), clash, kind
        )
    return out
