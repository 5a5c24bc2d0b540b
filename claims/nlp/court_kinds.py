"""One case put before two different courts by reports of one story.

"sitting at the High Court in Kirkwell" / "a ruling by the Court of Appeal in
Kirkwell", "Brackwater Crown Court" / "Brackwater Magistrates' Court": a hearing
is held by one court, so the two cannot both be right. Read conservatively:

- each report names one kind of court only (a report of an appeal that names the
  court below and the Court of Appeal above pairs with nothing);
- only courts of one tier are compared: trial courts and tribunals with each
  other, the High Court and the courts of appeal with each other. A report of an
  appeal may name only the court that convicted ("jailed at Tarrow Crown Court in
  2029") where another names only the Court of Appeal, and both are right;
- the reports are one story (``story_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.story_slots import slot_findings
from claims.nlp.types import ContradictionFinding

# Each kind of court by the ways reports write it, the more specific forms first ("Employment Appeal
# Tribunal" before "Employment Tribunal", "Court of Appeals" before "Court of Appeal").
_KINDS = (
    ("employment appeal tribunal", r"Employment Appeals? (?:Tribunal|Panel)|employment appeals? (?:tribunal|panel)"),
    ("employment tribunal", r"[Ee]mployment [Tt]ribunal"),
    ("court of appeal", r"Court of Appeals?|Appeals? Court|[Aa]ppeals? court|[Aa]ppeals? panel"),
    ("supreme court", r"Supreme Court"),
    ("constitutional court", r"Constitutional (?:Court|Tribunal)"),
    ("high court", r"High Court"),
    ("crown court", r"Crown Court"),
    ("magistrates' court", r"[Mm]agistrates[’']? [Cc]ourt"),
    ("county court", r"County Court"),
    ("family court", r"Family Court"),
    ("coroner's court", r"[Cc]oroner[’']?s[’']? [Cc]ourt"),
)
_ANY_COURT = re.compile(r"[Cc]ourt|[Tt]ribunal|[Pp]anel")
_UPPER = frozenset({"employment appeal tribunal", "court of appeal", "supreme court", "constitutional court", "high court"})
_COURT = re.compile("|".join(f"(?P<k{i}>\\b(?:{pattern})\\b)" for i, (_, pattern) in enumerate(_KINDS)))


def _courts(art: ArticleFacts) -> tuple[tuple[str, tuple[int, int]], ...]:
    return _courts_in(art.text)


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _courts_in(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """(kind, span) of every court named in ``text``."""
    if not _ANY_COURT.search(text):
        return ()  # most reports name no court: one cheap scan instead of the long alternation
    return tuple((_KINDS[int(m.lastgroup[1:])][0], m.span()) for m in _COURT.finditer(text) if m.lastgroup)


def _same_tier(a: str, b: str) -> bool:
    return (a in _UPPER) == (b in _UPPER)


# An appeal told of outside a court's own name ("won her appeal", "appealed against", "quashed their
# convictions"): the report may name the court below where another names the court above.
_APPEAL = re.compile(r"\b(?:appeal|quash|overturn|reversed)", re.I)


@lru_cache(maxsize=1024)
def _tells_of_appeal(text: str) -> bool:
    return bool(_APPEAL.search(_COURT.sub(" ", text)))


def court_kind_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One fact finding per story whose reports each name one court, not the same one; the court more
    reports name is side A."""
    pairs = set(pairs)
    if not pairs:
        return []
    said = {}
    texts = {a.article_id: a.text for a in articles}
    for art in articles:
        courts = _courts(art)
        if courts and len({kind for kind, _ in courts}) == 1:
            said[art.article_id] = (courts[0][0], [span for _, span in courts])
    # Courts of two tiers clash only where neither report tells of an appeal: "a High Court judge" and
    # "the ruling at Ardholm County Court" of one probate case are one hearing put before two courts.
    comparable = {
        (a, b) for a, b in pairs
        if a in said and b in said
        and (_same_tier(said[a][0], said[b][0]) or not (_tells_of_appeal(texts[a]) or _tells_of_appeal(texts[b])))
    }
    return slot_findings(
        said, texts, comparable, ("court-kind",),
        lambda a, b: f"The {a} in one report, the {b} in another: one hearing, one court",
    )
