"""A decision called unanimous in one report and split in another, in reports of one story.

"Calloway won a unanimous decision" / "beat Halvorsen on a split decision"; "a
unanimous verdict" / "a majority verdict of 10-2"; "the court's unanimous ruling"
/ "a split ruling". Judges, juries, courts and assemblies decide once, so the two
words cannot both be right. Read conservatively: each report names the decision
one way only (an article saying "not unanimous but a majority verdict" pairs
with nothing), and the reports are one story (``story_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.finding_keys import stable_key
from claims.nlp.types import ContradictionFinding, SpanRef

_DECISION = re.compile(
    r"\b(?P<how>unanimous(?:ly)?|split|majority|divided)\s+(?:\w+\s+)?"
    r"(?P<what>decision|verdict|ruling|judgment|judgement|vote)s?\b",
    re.I,
)
_WHAT = {"judgement": "judgment"}


def _kinds(art: ArticleFacts) -> dict[str, list[tuple[str, re.Match[str]]]]:
    """decision noun -> [(unanimous | divided, match)] in the article."""
    out: dict[str, list[tuple[str, re.Match[str]]]] = {}
    for m in _DECISION.finditer(art.text):
        what = m.group("what").lower()
        how = "unanimous" if m.group("how").lower().startswith("unanimous") else "divided"
        out.setdefault(_WHAT.get(what, what), []).append((how, m))
    return out


def decision_kind_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per decision noun that reports of one story call unanimous and divided; the
    wording more reports give is side A."""
    pairs = set(pairs)
    kinds = {a.article_id: _kinds(a) for a in articles}
    out = []
    for what in sorted({w for k in kinds.values() for w in k}):
        said: dict[int, tuple[str, re.Match[str]]] = {
            aid: k[what][0] for aid, k in kinds.items() if what in k and len({h for h, _ in k[what]}) == 1
        }
        clashing = {
            aid
            for a, b in pairs
            if a in said and b in said and said[a][0] != said[b][0]
            for aid in (a, b)
        }
        if not clashing:
            continue
        sides = sorted(
            ({aid for aid in clashing if said[aid][0] == how} for how in ("unanimous", "divided")),
            key=lambda ids: (-len(ids), min(ids)),
        )
        items = tuple(
            SpanRef(aid, said[aid][1].group(0), said[aid][1].start(), said[aid][1].end(), label)
            for label, ids in zip("AB", sides, strict=True)
            for aid in sorted(ids)
        )
        first_a, first_b = (next(i.text for i in items if i.side == side) for side in "AB")
        out.append(
            ContradictionFinding(
                kind="fact",
                items=items,
                explanation=f"“{first_a}” in one report, “{first_b}” in another: a {what} is unanimous or it is not",
                key=stable_key("decision-kind", what, *(sorted(ids) for ids in sides)),
            )
        )
    return out
