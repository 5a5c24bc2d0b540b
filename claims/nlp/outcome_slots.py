"""One proposal or request given opposite outcomes by reports of one story, and one charge two verdicts.

"An amendment exempting delivery vans was defeated." in one report and
"councillors accepted a last-minute amendment" in another: an amendment, a bid,
an appeal or an application is accepted or turned down, not both. Read
conservatively:

- the outcome is tied to its noun in the report's own words, in one clause: the
  verb on the noun ("accepted a last-minute amendment", "dismissed his appeal") or
  the noun before its passive verb ("the appeal was dismissed", "An amendment ...
  was defeated");
- each report names that noun once only, in the singular: a report of several
  amendments, or of an appeal heard twice, says nothing of which one another
  report means;
- the reports are one story (``story_pairs``).

A charge is acquitted of or convicted of, not both: "acquitted him of assault
occasioning actual bodily harm" / "also found guilty of assault occasioning actual
bodily harm", the charge known by its first three words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.story_slots import stated_slot_findings
from claims.nlp.types import ContradictionFinding

_NOUNS = (
    "amendment|appeal|application|bid|motion|petition|proposal|request|challenge|objection|complaint|"
    "claim|recommendation|nomination|offer"
)
_YES = "accepted|approved|granted|upheld|allowed|backed|endorsed|carried|adopted|passed"
_NO = "rejected|refused|dismissed|defeated|denied|turned down|thrown out|threw out|voted down|overturned"
_VERB = rf"(?P<verb>{_YES}|{_NO})"
_DET = r"(?:an?|the|its|his|her|their|this|that|[A-Z][\w-]*[’']s)\s+"
_ACTIVE = re.compile(rf"\b{_VERB}\s+{_DET}(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_NOUNS})\b(?!s)", re.I)
_PASSIVE = re.compile(
    rf"\b{_DET}(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_NOUNS})\b(?!s)[^.;:!?]{{0,60}}?\b(?:was|were|had been|has been|is)\s+{_VERB}\b",
    re.I,
)
_YES_WORDS = frozenset(_YES.split("|"))


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _outcomes_in(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(noun, "accepted" | "turned down", start, end) of each outcome tied to a noun named once in ``text``."""
    found = []
    for pattern in (_ACTIVE, _PASSIVE):
        for m in pattern.finditer(text):
            noun = m.group("noun").lower()
            outcome = "accepted" if m.group("verb").lower() in _YES_WORDS else "turned down"
            found.append((noun, outcome, m.start(), m.end()))
    named_once = {
        noun for noun in {f[0] for f in found}
        if len(re.findall(rf"\b{noun}s?\b", text, re.I)) == 1
    }
    return tuple(f for f in found if f[0] in named_once)


# A verdict on one charge: "acquitted him of assault occasioning actual bodily harm" / "also found guilty
# of assault occasioning actual bodily harm", "cleared him of disobeying a lawful command".
_VERDICT = re.compile(
    r"\b(?P<verb>acquitted|cleared|found\s+not\s+guilty|convicted|found\s+guilty)\s+"
    r"(?:(?:him|her|them|[A-Z][\w’'-]+)\s+)?(?:also\s+)?of\s+(?P<charge>[a-z][a-z -]{3,80}?)"
    r"(?=\s*[,.;:]|\s+(?:and|but|after|on|at|in|by|for|when|while|because)\b)"
)
_NOT_CHARGE = frozenset("a an the his her their its of to and or any all both".split())
KEY_WORDS = 3  # a charge is known by its first words ("assault occasioning actual ...")


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _verdicts_in(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(charge, "guilty" | "not guilty", start, end) of each verdict on a named charge in ``text``."""
    out = []
    for m in _VERDICT.finditer(text):
        words = [w for w in m.group("charge").split() if w not in _NOT_CHARGE][:KEY_WORDS]
        if len(words) < 2:
            continue  # "cleared of all" / "convicted of both": no charge named
        verdict = "not guilty" if m.group("verb").startswith(("acquitted", "cleared", "found not")) else "guilty"
        out.append((" ".join(words), verdict, m.start(), m.end()))
    return tuple(out)


def verdict_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per charge that reports of one story (``pairs``) give opposite verdicts on."""
    return stated_slot_findings(
        articles, pairs, _verdicts_in, "verdict",
        lambda charge, a, b: f"“{a}” in one report, “{b}” in another: one verdict on {charge} …",
    )


def outcome_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per noun whose outcome reports of one story (``pairs``) give both ways."""
    return stated_slot_findings(
        articles, pairs, _outcomes_in, "outcome",
        lambda noun, a, b: f"“{a}” in one report, “{b}” in another: the {noun} went one way",
    )
