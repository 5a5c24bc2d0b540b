"""One role that only one person holds, given to two people by reports of one story.

"beating top seed Anouk Dressler" in one report and "Lisbet Varga, the top seed"
in another: a draw has one top seed, a title one defending champion, a ranking
one world number one. Read conservatively:

- the role is written right before a full or last name ("top seed Anouk
  Dressler") or in apposition after one ("Lisbet Varga, the top seed");
- people are compared by surname; each report gives the role to one person only;
- the reports are one story (``story_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.story_slots import stated_slot_findings
from claims.nlp.types import ContradictionFinding

_ROLES = {
    "top seed": "top seed",
    "number one seed": "top seed",
    "no. 1 seed": "top seed",
    "first seed": "top seed",
    "defending champion": "defending champion",
    "reigning champion": "defending champion",
    "title holder": "defending champion",
    "world number one": "world number one",
    "world no. 1": "world number one",
}
_ROLE = "|".join(sorted((re.escape(r) for r in _ROLES), key=len, reverse=True))
_NAME = r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
_BEFORE_NAME = re.compile(rf"\b(?P<role>(?i:{_ROLE}))\s+{_NAME}")
_NOT_NOW = re.compile(r"\b(?:former|ex-|previous|one-time|then)\s*$", re.I)
_AFTER_NAME = re.compile(rf"{_NAME},\s+(?P<role>(?i:the\s+(?:{_ROLE})))\b")


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _roles_in(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(role, surname, start, end) of each unique role given to a named person in ``text``."""
    out = []
    for pattern in (_BEFORE_NAME, _AFTER_NAME):
        for m in pattern.finditer(text):
            if _NOT_NOW.search(text, max(0, m.start() - 14), m.start("role") if pattern is _BEFORE_NAME else m.start()):
                continue  # "former top seed Eva Lind": another time
            name = re.sub(r"[’']s$", "", m.group("name"))
            role = _ROLES[re.sub(r"^the |\s+", lambda w: "" if w.group().startswith("the") else " ", m.group("role").lower())]
            out.append((role, name.split()[-1].lower(), m.start(), m.end()))
    return tuple(out)


def unique_role_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per unique role that reports of one story (``pairs``) give to different people."""
    return stated_slot_findings(
        articles, pairs, _roles_in, "unique-role",
        lambda role, a, b: f"“{a}” in one report, “{b}” in another: one {role}",
    )
