"""Number and fact/title contradictions between claims, across or within articles.

Entry point, called by the Django service once per linking run::

    findings = claim_findings(articles, claim_groups)

- ``articles``: one :class:`ArticleFacts` per article of the run (plain data:
  id, text, ISO publication date, extracted claims and persons).
- ``claim_groups`` (optional): ``{group_id: [(article_id, claim_index), ...]}``,
  the claims the linker put in one Claim, ``claim_index`` indexing
  ``ArticleFacts.claims``; when None, claims are compared with
  ``claim_linking.same_claim`` directly.
- returns :class:`ContradictionFinding` values whose ``SpanRef`` offsets point
  into ``ArticleFacts.text``; each has a stable ``key`` built from article ids
  and the normalised disagreeing words, so a relink finds it again.

Three rules, each conservative (a finding is shown to a reviewer):

- number (number_rules.py): one claim, amounts that cannot be the same
  figure ("$350 billion" vs "roughly half of that amount"); approximations,
  bounds and ranges are respected.
- fact / title: one article gives a person a "former" office that other
  articles of the same few days give them as sitting (roles.py).
- fact / denial: an outlet writes that one statement contradicts, refutes or
  rejects a named party's claim that ... (within one article).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.number_rules import number_findings, stable_key
from claims.nlp.roles import RoleMention, find_roles
from claims.nlp.types import ContradictionFinding, SpanRef

__all__ = ["ArticleFacts", "claim_findings", "denial_findings", "title_findings", "number_findings"]

TITLE_WINDOW_DAYS = 3


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _close_in_time(a: str | None, b: str | None, days: int) -> bool:
    """Unknown dates do not rule a pair out: the run already groups one news cycle."""
    da, db = _day(a), _day(b)
    return da is None or db is None or abs((da - db).days) <= days


def _title_finding(
    key: str, office: str, former: list[tuple[int, RoleMention]], current: list[tuple[int, RoleMention]]
) -> ContradictionFinding:
    items = [SpanRef(aid, r.text, r.start, r.end, "A") for aid, r in former]
    items += [SpanRef(aid, r.text, r.start, r.end, "B") for aid, r in current]
    person = former[0][1].person
    return ContradictionFinding(
        kind="fact",
        items=tuple(items),
        explanation=f"{person} is called a former {office} in one report but the sitting {office} in others "
        "of the same days",
        key=stable_key("title", key, office, sorted({a for a, _ in former}), sorted({a for a, _ in current})),
    )


def title_findings(
    articles: Sequence[ArticleFacts], window_days: int = TITLE_WINDOW_DAYS
) -> list[ContradictionFinding]:
    """A person given a "former" office in one article and the same office as sitting in others."""
    roles: dict[tuple[str, str], list[tuple[ArticleFacts, RoleMention]]] = {}
    for art in articles:
        for r in find_roles(art.text):
            roles.setdefault((r.key, r.office), []).append((art, r))
    out = []
    for (key, office), mentions in sorted(roles.items()):
        former = [(a, r) for a, r in mentions if r.tense == "former"]
        former_ids = {a.article_id for a, _ in former}
        current = [
            (a, r)
            for a, r in mentions
            if r.tense == "current"
            and a.article_id not in former_ids
            and any(_close_in_time(a.published, f.published, window_days) for f, _ in former)
            and all(r.country is None or f.country is None or r.country == f.country for _, f in former)
        ]
        if former and current:
            out.append(
                _title_finding(
                    key,
                    office,
                    [(a.article_id, r) for a, r in former],
                    [(a.article_id, r) for a, r in current],
                )
            )
    return out


_CONTRA_CUE = (
    r"contradict(?:ing|s|ed)?|refut(?:ing|es|ed)|rebut(?:ting|s|ted)|disput(?:ing|es|ed)|den(?:ying|ies|ied)|"
    r"dismiss(?:ing|es|ed)|reject(?:ing|s|ed)|at odds with|contrary to|undercut(?:ting|s)?|belying|belied"
)
_DENIAL = re.compile(
    rf"(?P<cue>\b(?:{_CONTRA_CUE}))\s+(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+(?:\w+\s+)?"
    r"(?P<noun>claims?|assertions?|statements?|suggestions?|remarks?|comments?|insistence|allegations?)"
    r"(?:\s+(?:earlier|last|this|on)\s+\w+(?:\s+\w+)?)?\s+that\s+(?P<claim>[^.;:!?]+)"
)
_REJECTION_NP = re.compile(
    r"(?:[A-Z][\w-]*[’']s\s+)?(?:\w+\s+)?(?:rejection|denial|dismissal|refusal|opposition|rebuttal)\s+of\s+[^,;.]+"
)


def _denial_side(sentence: str, cue_at: int) -> tuple[int, int] | None:
    """Offsets (in the sentence) of the denying statement before the cue."""
    main = sentence[:cue_at].rstrip(" ,—–-")
    nps = list(_REJECTION_NP.finditer(main))
    if nps:
        np = nps[-1]  # the rejection nearest the cue is the one it qualifies
        return np.start(), np.end()
    return (0, len(main)) if len(main.split()) >= 4 else None


def denial_findings(art: ArticleFacts) -> list[ContradictionFinding]:
    """An outlet pairs a named party's claim with a statement that contradicts or rejects it."""
    out = []
    for claim in art.claims:
        for m in _DENIAL.finditer(claim.sentence):
            claim_text = m.group("claim").rstrip(' ,”"’')
            side_b = _denial_side(claim.sentence, m.start("cue"))
            if side_b is None or len(claim_text.split()) < 3:
                continue
            a_start = claim.start + m.start("claim")
            b_start, b_end = claim.start + side_b[0], claim.start + side_b[1]
            items = (
                SpanRef(art.article_id, claim_text, a_start, a_start + len(claim_text), "A"),
                SpanRef(art.article_id, art.text[b_start:b_end], b_start, b_end, "B"),
            )
            out.append(
                ContradictionFinding(
                    kind="fact",
                    items=items,
                    explanation=f"The report says {m.group('owner')}'s {m.group('noun')} that "
                    f"“{claim_text}” is contradicted ({m.group('cue')})",
                    key=stable_key("denial", art.article_id, claim_text),
                )
            )
    return out


def claim_findings(
    articles: list[ArticleFacts], claim_groups: dict[int, list[tuple[int, int]]] | None = None
) -> list[ContradictionFinding]:
    """All number, title and denial findings of one linking run, de-duplicated by key."""
    found = number_findings(articles, claim_groups) + title_findings(articles)
    for art in articles:
        found += denial_findings(art)
    seen: set[str] = set()
    out = []
    for f in found:
        if f.key not in seen:
            seen.add(f.key)
            out.append(f)
    return out
