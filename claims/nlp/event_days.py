"""One event put on two different weekdays by reports of one story.

"the 200m butterfly final ... on Saturday night" / "Friday's final", "the vote is
on Wednesday" / "Thursday's vote": an event happens on one day, so the two cannot
both be right. Read conservatively:

- the day is tied to an event noun in the report's own words: "<day>'s <noun>"
  ("Friday's final"), or "<noun> ... on <day>" with no verb of saying between
  them and at most a few words apart ("the final at the national championships
  on Saturday night"; "Valcourt said on Sunday" dates a remark, not the event);
- each report ties that noun to one day only (a report giving the heats on
  Friday and the final on Saturday ties "final" to Saturday alone; a report
  putting one noun on two days pairs with nothing);
- the reports are one story (``story_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.finding_keys import stable_key
from claims.nlp.quote_lexicon import CUE_VERBS
from claims.nlp.types import ContradictionFinding, SpanRef

_DAY = r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EVENT = (
    r"(?P<noun>final|semi-final|race|match|game|fight|bout|derby|decider|vote|ballot|election|referendum|"
    r"hearing|trial|ruling|verdict|sentencing|inquest|meeting|debate|summit|strike|walkout|protest|march|"
    r"rally|launch|session|signing|ceremony)s?"
)
MAX_GAP_WORDS = 6  # words between the event noun and "on <day>"
_POSSESSIVE = re.compile(rf"\b{_DAY}[’']s\s+(?:[\w-]+\s+){{0,3}}?{_EVENT}\b")
_NOUN_ON_DAY = re.compile(
    rf"\b{_EVENT}\b(?P<gap>(?:[\s,]+[\w’'-]+){{0,{MAX_GAP_WORDS}}}?)\s+(?P<on>on\s+){_DAY}\b"
)
_WORD = re.compile(r"[\w’'-]+")


def _days(art: ArticleFacts) -> dict[str, list[tuple[str, int, int]]]:
    """event noun -> [(day, start, end)] of the spans that tie it to a day in the article."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for m in _POSSESSIVE.finditer(art.text):
        out.setdefault(m.group("noun").lower(), []).append((m.group("day"), m.start(), m.end()))
    for m in _NOUN_ON_DAY.finditer(art.text):
        gap = m.group("gap")
        if re.search(r"[.;:!?]", gap) or any(w.lower() in CUE_VERBS for w in _WORD.findall(gap)):
            continue  # another sentence, or "said on Sunday": the day of a remark
        out.setdefault(m.group("noun").lower(), []).append((m.group("day"), m.start("on"), m.end("day")))
    return out


def event_day_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per event noun that reports of one story put on different weekdays; the day more
    reports give is side A."""
    pairs = set(pairs)
    if not pairs:
        return []
    tied = {a.article_id: _days(a) for a in articles}
    out = []
    for noun in sorted({n for t in tied.values() for n in t}):
        said = {aid: t[noun] for aid, t in tied.items() if noun in t and len({d for d, _, _ in t[noun]}) == 1}
        clashing = {aid for a, b in pairs if a in said and b in said and said[a][0][0] != said[b][0][0] for aid in (a, b)}
        if not clashing:
            continue
        days = sorted({said[aid][0][0] for aid in clashing})
        sides = sorted(
            ({aid for aid in clashing if said[aid][0][0] == day} for day in days),
            key=lambda ids: (-len(ids), min(ids)),
        )
        items = tuple(
            SpanRef(aid, art_text[start:end], start, end, label)
            for label, ids in zip("ABCDEFG", sides, strict=False)
            for aid in sorted(ids)
            for art_text in [next(a.text for a in articles if a.article_id == aid)]
            for _, start, end in said[aid]
        )
        first_a, first_b = (next(i.text for i in items if i.side == side) for side in "AB")
        out.append(
            ContradictionFinding(
                kind="fact",
                items=items,
                explanation=f"“{first_a}” in one report, “{first_b}” in another: one {noun}, one day",
                key=stable_key("event-day", noun, *(sorted(ids) for ids in sides)),
            )
        )
    return out
