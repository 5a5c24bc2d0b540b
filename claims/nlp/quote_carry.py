"""Speakers carried over from the sentence before a quote that has no cue of its own.

News copy often names the speaker in one sentence and quotes them in the next:
"Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans ...”",
or closes a paragraph of reported speech and opens the next one with the quote.
When the sentence right before a quote (in its paragraph, or the last one of the
paragraph before) rests on a cue, its speaker is the quote's speaker.
"""

from __future__ import annotations

import re

from claims.nlp.attribution import Attribution, find_cue_before
from claims.nlp.quote_fallback import subject_fallback
from claims.nlp.sentences import _is_abbreviation

_END = re.compile(r"[.!?:…][\"'”’)]*$")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)]*\s+(?=(?:''|``|[\"'“‘«(])?[A-Z0-9])")


def _last_sentence(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Start and end of the last sentence of text[lo:hi] (trailing space dropped)."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    start = lo
    for m in _BOUNDARY.finditer(text, lo, hi):
        if text[m.start()] == "." and _is_abbreviation(text, m.start() + 1):
            continue
        start = m.end()
    return start, hi


def _previous_sentence(text: str, para_start: int, mark_start: int) -> tuple[int, int] | None:
    """The sentence before a quote that starts a sentence; None when the quote is mid-sentence."""
    lead = text[para_start:mark_start].rstrip()
    if lead:
        if not _END.search(lead):
            return None
        return _last_sentence(text, para_start, para_start + len(lead))
    prev_end = para_start
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0:
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    return _last_sentence(text, prev_start, prev_end)


def carried_speaker(text: str, para_start: int, mark_start: int) -> Attribution | None:
    """The cue speaker of the sentence just before a sentence-initial quote."""
    span = _previous_sentence(text, para_start, mark_start)
    if span is None or span[1] - span[0] > 400:
        return None
    if re.search(r"[\"“”]", text[span[0] : span[1]]):
        return None  # a sentence with its own quotation already passed its speaker on
    found = find_cue_before(text, span[0], span[1])
    if found is None and text[span[1] - 1] == ":":
        found = subject_fallback(text, span[0], span[1])  # "He then listed the qualities:"
    if found is None and para_start == mark_start:
        found = _named_subject(text, span)
    return found


def _named_subject(text: str, span: tuple[int, int]) -> Attribution | None:
    """'Viguerie is upbeat about Cruz. ¶ “Not only can he win ...”': a quote paragraph right after
    a sentence about a named person, with no cue anywhere, continues that person's account."""
    found = subject_fallback(text, span[0], span[1])
    if (
        found is None
        or found.start != span[0]
        or not text[found.end : span[1]].strip(" .!?…")  # "Pause.": a sentence with no verb is about nobody
        or not re.fullmatch(r"(?:[A-Z][\w’'.\-]*\s?){1,4}", found.mention)
    ):
        return None
    return found
