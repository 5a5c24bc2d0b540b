"""One share of one thing given two sizes by reports of one story.

"35 per cent of the song's future royalties" in one report and "a quarter of
future royalties" in another: a share written as a percentage or as a fraction
word, of the same thing, and not the same size. Read conservatively:

- the share is of a named thing: "<share> of [the/its/...] <words> <noun>", and the
  thing is its last noun ("royalties"), never a group of people or a vote ("half
  of voters", "52 per cent of the vote": one story gives many such shares);
- each report gives one share of that thing (a report with two pairs with nothing);
- sizes written loosely ("about a third", "nearly 40 per cent") match within five
  points; exact ones must be equal; sizes more than threefold apart are two shares
  ("more than half of the delegates" / "4 percent of the delegates");
- the reports are one story (``story_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.story_slots import stated_slot_findings
from claims.nlp.types import ContradictionFinding

LOOSE_POINTS = 5.0  # how far a loosely written share may be from another and still agree
MAX_RATIO = 3.0  # shares further apart than this are of two things

_FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0,
    "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
    "two thirds": 200 / 3, "two-thirds": 200 / 3,
    "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
    "three quarters": 75.0, "three-quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0,
    "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0,
}
# Words no name of a thing holds: "half of his sentence before being eligible", "a quarter of a million".
_NOT_THING = r"(?:a|an|the|before|after|being|between|next|than|with|by|from|in|on|at|to|million|billion|thousand)"
_LOOSE = r"(?P<loose>about|around|roughly|nearly|almost|some|approximately|more than|less than|over|under|just over|just under)\s+"
_SHARE = re.compile(
    rf"\b(?:{_LOOSE})?(?:(?P<pct>\d{{1,2}}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
    rf"|(?P<frac>{'|'.join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))})\b)"
    r"\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?-i:[A-Z][\w-]*[’']s\s+)?"
    rf"(?-i:(?P<thing>(?:(?!{_NOT_THING}\b)[a-z][\w’'-]*\s+){{0,2}}?(?P<noun>[a-z]+)))\b"
    r"(?=\s*[.,;:!?)]|\s+(?:from|in|for|to|on|at|and|was|were|is|are|would|will|had|has|after|under|that)\b)",
    re.I,
)
# Shares of people or of a vote: one story gives many ("half of voters", "52 per cent of the vote").
_GROUPS = frozenset(
    """people voters respondents adults residents members americans britons workers staff employees
    students children women men those them us it this that vote votes ballots seats electorate public
    population country nation time cases""".split()
)


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _shares_in(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(thing, "<size in per cent>|<~ if loosely written, else =>", start, end) of each share of a thing."""
    if " of " not in text:
        return ()
    out = []
    for m in _SHARE.finditer(text):
        noun = m.group("noun").lower()
        if noun in _GROUPS:
            continue
        size = float(m.group("pct")) if m.group("pct") else _FRACTIONS[re.sub(r"\s+", " ", m.group("frac").lower())]
        out.append((noun, f"{size:.2f}|{'~' if m.group('loose') else '='}", m.start(), m.end()))
    return tuple(out)


def _clash(a: str, b: str) -> bool:
    """Sizes that cannot be one share, yet near enough to be two newsrooms' sizes of one ("35 per cent" /
    "a quarter"); "more than half of the delegates" and "4 percent of the delegates" are two shares."""
    (size_a, loose_a), (size_b, loose_b) = _parse(a), _parse(b)
    apart = abs(size_a - size_b) > (LOOSE_POINTS if loose_a or loose_b else 0.01)
    return apart and max(size_a, size_b) <= MAX_RATIO * min(size_a, size_b)


def _parse(value: str) -> tuple[float, bool]:
    size, loose = value.split("|")
    return float(size), loose == "~"


def share_findings(articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]) -> list[ContradictionFinding]:
    """One number finding per thing whose share reports of one story (``pairs``) give different sizes."""
    return stated_slot_findings(
        articles, pairs, _shares_in, "share",
        lambda noun, a, b: f"“{a}” in one report, “{b}” in another: one share of the {noun}",
        clash=_clash,
        kind="number",
    )
