"""A headline figure its own report's body contradicts.

"Oduro-Brandt clears 5.05m for world record" over a body that says "5.03m" twice:
a headline sums up its body, so a figure there that the body gives otherwise is
one of the two wrong. Read conservatively, inside one report:

- the headline is the report's first line, short and with no closing stop;
- the body gives the headline's unit (metres, a currency, per cent, a counted
  noun) a figure written to the same precision ("5.03" for "5.05", not "£2.4m"
  for "£2.45m": a rounded headline is no error) near it (within a tenth: a slip
  or a misprint, not another figure of the story); the nearest such figure is
  the one the headline sums up;
- the body never gives the headline's figure itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.nlp.finding_keys import stable_key
from claims.nlp.numbers import text_quantities, unit_key
from claims.nlp.quote_coref import body_start
from claims.nlp.types import ContradictionFinding, Quantity, SpanRef

NEAR = 0.10  # a body figure this close to the headline's is its figure, told otherwise
# "5.05m", "£2bn": a figure with its scale or unit letters and no noun (a height, a sum).
_SCALED = re.compile(r"\d(?:m|bn|k|km|cm|kg)\b")


def _decimals(q: Quantity) -> int:
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", q.text)
    return len(digits.group(1) or "") if digits else -1


def _same(head: Quantity, q: Quantity) -> bool:
    """The body's figure is the headline's, written alike or within its bound ("more than 5,000" /
    "5,200"); no rounding margin: the headline's figure is as exact as the body's."""
    low, high = head.value, head.value  # type: ignore[assignment]
    if head.bound == "lower":
        high = float("inf")
    elif head.bound == "upper":
        low = 0.0
    return low - 1e-9 * abs(low) <= q.value <= high + 1e-9 * abs(high)  # type: ignore[operator]


@lru_cache(maxsize=1024)
def headline_figure_findings(article_id: int, text: str) -> tuple[ContradictionFinding, ...]:
    start = body_start(text)
    if not start:
        return ()
    figures = [
        q for q in text_quantities(text)
        if q.value and (q.unit or _SCALED.search(q.text)) and q.relative_factor is None and not q.approx
    ]
    out = []
    for head in (q for q in figures if q.end <= start):
        body = [q for q in figures if q.start >= start and unit_key(q.unit) == unit_key(head.unit)]
        if any(_same(head, q) for q in body):
            continue
        near = sorted(
            (q for q in body if _decimals(q) == _decimals(head) and abs(q.value - head.value) <= NEAR * head.value),  # type: ignore[operator]
            key=lambda q: abs(q.value - head.value),  # type: ignore[operator]
        )
        if not near:
            continue
        # the body's nearest figure, given however often; a figure as near on the other side is a tie
        near = [q for q in near if q.value == near[0].value]
        if any(abs(q.value - head.value) == abs(near[0].value - head.value) and q.value != near[0].value for q in body):  # type: ignore[operator]
            continue
        items = (
            *(SpanRef(article_id, q.text, q.start, q.end, "A") for q in near),
            SpanRef(article_id, head.text, head.start, head.end, "B"),
        )
        out.append(
            ContradictionFinding(
                kind="number",
                items=items,
                explanation=f"The headline gives “{head.text}”, the report’s body “{near[0].text}”",
                key=stable_key("headline-figure", article_id, head.start),
            )
        )
    return tuple(out)
