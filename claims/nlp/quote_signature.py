"""A signature line under a quotation: “...” then a paragraph "- Sen. Jane Doe, at a rally."

Fact-check columns and quote boxes print the quotation as its own paragraph and
name the speaker on the next line after a dash.
"""

from __future__ import annotations

import re

from claims.nlp.attribution import Attribution
from claims.nlp.attribution_np import NP_STOP_WORDS, np_after, tokenize
from claims.nlp.persons import _looks_person

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


# The line closing a pull quote: '\nJane Doe."' or '\nJane Doe, Policy Institute, on taxes."'.
_SIGNED_CLOSE = re.compile(
    r"[ \t]*\n(?P<name>[A-Z][\w’'\-]+(?: [A-Z]\.)?(?: [A-Z][\w’'\-]+){1,2})(?:, [^\n\"“”]{2,120})?\.?[\"”][ \t]*(?:\n|$)"
)


def signed_close(text: str, quote_close_mark: str | None, para_end: int) -> Attribution | None:
    """A quotation left open at its paragraph's end whose closing mark comes after a line that is
    only a person's name, maybe with an affiliation ("... a flying unicorn.\nJane Doe, Policy
    Institute."): the quote box signs itself, so that name is the speaker."""
    if quote_close_mark is not None:
        return None
    m = _SIGNED_CLOSE.match(text, para_end)
    if m is None or not _is_name(m.group("name").split()):
        return None
    return Attribution(m.group("name"), m.start("name"), m.end("name"), "—")


def _is_name(tokens: list[str]) -> bool:
    """Capitalised words that read as a person's name: no function word ("Forever And Always")."""
    return _looks_person(tokens, None) and not any(t.lower() in NP_STOP_WORDS for t in tokens)
