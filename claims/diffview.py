"""Side-by-side word diffs of one utterance's versions, ready for templates."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import groupby

from claims.highlight import Segment, Span, segments
from claims.models import Quote
from claims.nlp.diff import drift_type, word_diff


@dataclass(frozen=True)
class VariantRow:
    quote: Quote
    reference: list[Segment]  # the reference wording, words this version lacks marked "del"
    version: list[Segment]  # this version, words the reference lacks marked "ins"
    drift: str


@dataclass(frozen=True)
class VariantGroup:
    group_id: int
    reference: Quote
    rows: list[VariantRow]
    distinct_wordings: int


def _marks(text: str, spans: list[tuple[int, int]], css: str) -> list[Segment]:
    return segments(text, [Span(s, e, css, 0) for s, e in spans if e > s])


def _row(reference: Quote, quote: Quote) -> VariantRow:
    ops = [op for op in word_diff(reference.text, quote.text) if op.op != "equal"]
    return VariantRow(
        quote=quote,
        reference=_marks(reference.text, [op.a_span for op in ops], "del"),
        version=_marks(quote.text, [op.b_span for op in ops], "ins"),
        drift=drift_type(reference.text, quote.text),
    )


def _wording(text: str) -> str:
    """A quote's words without case or punctuation: versions differing only there agree."""
    return " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower().replace("’", "'")))


def variant_groups(quotes: list[Quote]) -> list[VariantGroup]:
    """Groups of two or more versions; the most common wording is the reference."""
    out = []
    for group_id, members in groupby(quotes, key=lambda q: q.group_id):
        members = list(members)
        if len(members) < 2:
            continue
        wordings = Counter(_wording(q.text) for q in members)
        top = wordings.most_common(1)[0][0]
        reference = next(q for q in members if _wording(q.text) == top)
        rows = [_row(reference, q) for q in members if q.pk != reference.pk]
        out.append(VariantGroup(group_id, reference, rows, len(wordings)))
    return out
