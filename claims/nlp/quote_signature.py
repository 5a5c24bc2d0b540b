"""A signature line under a quotation: “...” then a paragraph "- Sen. Jane Doe, at a rally."

Fact-check columns and quote boxes print the quotation as its own paragraph and
name the speaker on the next line after a dash.
"""

from __future__ import annotations

import re

from claims.nlp.attribution import Attribution
from claims.nlp.attribution_np import np_after, tokenize

_DASH_LINE = re.compile(r"\s*\n\s*[-—–]+ ?(?=[A-Z@])")


def signature_speaker(text: str, quote_end: int, para_end: int) -> Attribution | None:
    """The speaker named after the dash on the line following the quote's paragraph."""
    if text[quote_end:para_end].strip(" \"'”’»."):
        return None  # the paragraph goes on after the quote
    m = _DASH_LINE.match(text, para_end)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if re.search(r"[-—–]\W*$", text[m.end() : line_end]):
        return None  # "– A new heading –": a subheading set between dashes
    span = np_after(tokenize(text, m.end(), line_end))
    if span is None:
        return None
    return Attribution(text[span[0] : span[1]], span[0], span[1], "—")
