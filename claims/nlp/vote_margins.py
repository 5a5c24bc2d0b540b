"""A vote's tally and its margin that do not add up inside one report.

"passed by 104 votes to 91" and, paragraphs later, "an 11-vote margin": 104 - 91
is 13, so one of the two figures is wrong, whatever the other reports say. Read
conservatively: the report gives one tally (a result with a vote word near it)
and states a margin in votes ("an 11-vote margin", "a majority of 11").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.finding_keys import stable_key
from claims.nlp.numbers import NUMBER_WORDS, find_quantities, spelled_number
from claims.nlp.types import ContradictionFinding, SpanRef

_COUNT = rf"(?:\d{{1,3}}|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
_MARGIN = re.compile(
    rf"\b(?P<n>{_COUNT})-vote\s+(?:margin|majority)\b|\b(?:majority|margin)\s+of\s+(?P<m>{_COUNT})(?:\s+votes?)?\b"
    r"(?!\s*(?:to|-|–)\s*\w)",  # "a majority of ten to two" is a tally
    re.I,
)
_VOTE_WORD = re.compile(r"\bvot|\bballot|\bdivision\b|\bmajority\b|\bchamber\b|\bdeputies\b|\bsenators?\b", re.I)


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else spelled_number(word.lower())


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _tallies_and_margins(text: str) -> tuple[tuple[tuple[int, int, int, int], ...], tuple[tuple[int, int, int], ...]]:
    """((for, against, start, end) of each vote tally, (margin, start, end) of each stated margin)."""
    if not _MARGIN.search(text):
        return (), ()
    tallies = []
    for q in find_quantities(text):
        if q.unit != "score" or not _VOTE_WORD.search(text[max(0, q.start - 60) : q.end + 20]):
            continue
        numbers = [n for w in re.findall(r"\w+", q.text) if (n := _count(w)) is not None]
        if len(numbers) == 2:
            tallies.append((max(numbers), min(numbers), q.start, q.end))
    margins = []
    for m in _MARGIN.finditer(text):
        n = _count(m.group("n") or m.group("m"))
        if n:
            margins.append((n, m.start(), m.end()))
    return tuple(tallies), tuple(margins)


def vote_margin_findings(articles: Sequence[ArticleFacts]) -> list[ContradictionFinding]:
    """One number finding per report whose one vote tally and stated margin differ."""
    out = []
    for art in articles:
        tallies, margins = _tallies_and_margins(art.text)
        if not margins or len({(a, b) for a, b, _, _ in tallies}) != 1:
            continue
        a, b, t_start, t_end = tallies[0]
        wrong = [(n, start, end) for n, start, end in margins if n != a - b]
        if not wrong:
            continue
        items = (
            SpanRef(art.article_id, art.text[t_start:t_end], t_start, t_end, "A"),
            *(SpanRef(art.article_id, art.text[start:end], start, end, "B") for _, start, end in wrong),
        )
        out.append(
            ContradictionFinding(
                kind="number",
                items=items,
                explanation=f"“{items[0].text}” is a margin of {a - b}, yet the same report gives "
                f"“{items[1].text}”",
                key=stable_key("vote-margin", art.article_id, a, b),
            )
        )
    return out
