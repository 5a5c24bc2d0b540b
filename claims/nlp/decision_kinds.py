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
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.story_slots import slot_findings
from claims.nlp.types import ContradictionFinding

_DECISION = re.compile(
    r"\b(?P<how>unanimous(?:ly)?|split|majority|divided)\s+(?:\w+\s+)?"
    r"(?P<what>decision|verdict|ruling|judgment|judgement|vote)s?\b",
    re.I,
)
_WHAT = {"judgement": "judgment"}


def _kinds(art: ArticleFacts) -> dict[str, list[tuple[str, tuple[int, int]]]]:
    """decision noun -> [(unanimous | divided, span)] in the article."""
    out: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for what, how, span in _kinds_in(art.text):
        out.setdefault(what, []).append((how, span))
    return out


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _kinds_in(text: str) -> tuple[tuple[str, str, tuple[int, int]], ...]:
    out = []
    for m in _DECISION.finditer(text):
        what = m.group("what").lower()
        how = "unanimous" if m.group("how").lower().startswith("unanimous") else "divided"
        out.append((_WHAT.get(what, what), how, m.span()))
    return tuple(out)


def decision_kind_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per decision noun and story whose reports call it unanimous and divided; the
    wording more reports give is side A."""
    pairs = set(pairs)
    kinds = {a.article_id: _kinds(a) for a in articles}
    texts = {a.article_id: a.text for a in articles}
    out = []
    for what in sorted({w for k in kinds.values() for w in k}):
        said = {
            aid: (k[what][0][0], [k[what][0][1]])
            for aid, k in kinds.items()
            if what in k and len({how for how, _ in k[what]}) == 1
        }
        out += slot_findings(
            said, texts, pairs, ("decision-kind", what),
            lambda a, b, what=what: f"“{a}” in one report, “{b}” in another: a {what} is unanimous or it is not",
        )
    return out
