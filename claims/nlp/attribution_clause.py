"""The subject of the clause nearest to a quote, in a sentence cut into comma-separated parts.

"At an event in Ames, Iowa, on Sunday, Clinton expanded on it, saying “...”": the parts
before the clause ("At an event in Ames", "Iowa", "on Sunday") are openers, places and
appositives; the clause that carries the report is the nearest part whose opening noun
phrase is followed by a verb.
"""

from __future__ import annotations

import re

from claims.nlp.attribution_np import Word, is_cap, np_leading, tokenize
from claims.nlp.quote_lexicon import PRONOUNS

_SUBJECT_OPENERS = PRONOUNS | {"the", "a", "an", "even", "one", "another"}
# Lowercase words after a noun phrase that do not make it a subject: prepositions,
# conjunctions and the nouns of time phrases ("Twenty-two years ago, ...").
_NOT_VERBS = frozenset(
    """of for at from with in on to during among about by and or but as than that which who
    years days weeks months hours minutes decades ago later earlier""".split()
)
_SEPARATORS = frozenset((",", ";", ":", "—", "–"))


def _parts(words: list[Word]) -> list[list[Word]]:
    parts: list[list[Word]] = [[]]
    for w in words:
        if w[0] in _SEPARATORS:
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def _subject_with_verb(part: list[Word]) -> tuple[int, int] | None:
    if part[0][0].lower() == "with" and len(part) > 2:
        # "..., with Jane Doe tweeting that ... and asking": the absolute clause has its own subject.
        span = _subject_with_verb(part[1:])
        after = next((w[0] for w in part if w[1] >= span[1]), "") if span else ""
        return span if after.endswith("ing") else None
    span = np_leading(part)
    if span is None or span[1] >= part[-1][1]:
        return None
    first = next(w[0] for w in part if w[1] == span[0])
    after = next(w[0] for w in part if w[1] >= span[1])
    # "Mrs. Clinton tried ...": a title abbreviation opens a name too.
    opens = (
        is_cap(first)
        or first.lower() in _SUBJECT_OPENERS
        or re.fullmatch(r"[A-Z][a-z]{1,4}\.", first) is not None
    )
    if after in _INTENSIFIERS:
        # "Pence himself released ...": the intensifier belongs to the subject it stresses.
        words = [w for w in part if w[1] >= span[1]]
        if len(words) < 2:
            return None
        span, after = (span[0], words[0][2]), words[1][0]
    if opens and re.fullmatch(r"[a-z]+", after) and after not in _NOT_VERBS:
        return span
    return None


_INTENSIFIERS = frozenset("himself herself itself themselves".split())


def clause_subject(words: list[Word]) -> tuple[int, int] | None:
    """Subject of the nearest part (from the end of ``words``) that opens with a noun phrase
    followed by a verb; None when no part does."""
    parts = _parts(words)
    for k in range(len(parts) - 1, -1, -1):
        span = _subject_with_verb(parts[k]) or _subject_before_appositive(parts, k)
        if span:
            return span
    return None


_SUBORDINATORS = frozenset("while whereas although though and but".split())


def _subject_before_appositive(parts: list[list[Word]], k: int) -> tuple[int, int] | None:
    """'..., while Ann Lee, the former governor, proposed we “...”': a part opening with a verb
    after an appositive part; its subject is the name that opens the clause before them."""
    if k < 2 or not re.fullmatch(r"[a-z]+", parts[k][0][0]) or parts[k][0][0] in _NOT_VERBS:
        return None
    appositive, head = parts[k - 1], parts[k - 2]
    if appositive[0][0].lower() not in ("the", "a", "an"):
        return None
    if head[0][0].lower() in _SUBORDINATORS:
        head = head[1:]
    span = np_leading(head) if head else None
    if span is None or span[1] != head[-1][2] or not is_cap(head[-1][0]):
        return None
    return span


def nearest_clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    return clause_subject(tokenize(text, lo, hi))
