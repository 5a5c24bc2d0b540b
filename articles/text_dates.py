"""The publication date written at the top of a plain-text article.

Pasted and uploaded texts carry no metadata, but most start with a date line:
"26 February 2025", "Outlet | Wed 26 Feb 2025 15.30 GMT", "February 26, 2025",
"2025-02-26", "WASHINGTON, Feb. 26, 2025 (Wire) -". Only a full date (day, month
and year) counts: a wire dateline without a year ("March 14 (Reuters)") or a
copyright year says too little to place the article in time.
"""

from __future__ import annotations

import re
from datetime import date

HEAD_CHARS = 600  # a date line further down is a date in the story, not the article's

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = (
    re.compile(rf"\b{_YEAR}-(?P<month_n>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
)


def _date_of(m: re.Match[str]) -> date | None:
    parts = m.groupdict()
    month = int(parts["month_n"]) if parts.get("month_n") else _MONTHS[parts["month"].lower().rstrip(".")]
    try:
        return date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None


def find_published(*heads: str) -> date | None:
    """The first full date in the first ``HEAD_CHARS`` characters of the first head that has one."""
    for head in heads:
        text = head[:HEAD_CHARS]
        found = [
            (m.start(), d) for pattern in _PATTERNS for m in pattern.finditer(text) if (d := _date_of(m))
        ]
        if found:
            return min(found)[1]
    return None
