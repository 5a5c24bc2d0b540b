"""Quoted spans that are not quotations: headlines, titles of works, section headings.

A headline quotes in shorthand (often a clipped or paraphrased version of a
body quote), so keeping it would only add a near-duplicate that disagrees with
the real quotation. Titles of shows, books and films ("on CNN’s “State of the
Union”") are names, not speech. Both are recognised from their form and the
words in front of them, never from what they say.
"""

from __future__ import annotations

import re

from claims.nlp.quote_marks import QuoteSpan
from claims.nlp.sentences import dateline_end

_SMALL = frozenset("a an the of and or in on at to for with by from is as vs".split())
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
# Nouns and prepositions that introduce the title of a work or a broadcast.
_WORK_NOUNS = frozenset(
    """show shows program programme podcast book books memoir autobiography novel movie film series
    documentary song album column newsletter broadcast episode sitcom musical""".split()
)
# Verbs whose object is a work, not words: "Hulu paid to stream “Seinfeld”", "the network
# canceled “Minority Report”", "Scribner is set to publish “Trump Revealed”".
_WORK_VERBS = frozenset(
    """publish publishes published self-published stream streams streamed air airs aired cancel
    cancels canceled cancelled canceling cancelling renew renews renewed license licenses licensed
    premiere premieres premiered""".split()
)
_WORK_LEAD = re.compile(r"(?:\b([\w\-]+)|[A-Z][\w.&\-]*[’']s)\s*,?\s*$")
_BROADCAST_PREPS = frozenset(("on", "told", "with"))


def title_case(content: str) -> bool:
    """Every word except short function words starts with a capital ("Game of Thrones")."""
    words = [w for w in _WORD.findall(content) if w.lower() not in _SMALL]
    return bool(words) and all(w[0].isupper() for w in words)


def is_headline(text: str, q: QuoteSpan) -> bool:
    """The quote sits in the opening line of the text when that line is a short one-sentence title."""
    if q.para_start > 0 and text[: q.para_start].strip():
        return False
    line = text[q.para_start : q.para_end]
    if not text[q.para_end :].strip() or _opens_body(text, q):
        return False
    if len(line.split()) <= 30 and title_case(line):
        return True  # "Senator Blasts Critics for ‘Fake’ Claims": a headline written in Title Case
    if len(line.split()) > 20:
        return False
    # A sentence break, a past-tense "said" or a quote split by its cue (“...,” she said)
    # mark prose (a short lede), not a title: headlines say "says" and quote after a colon.
    # The next sentence may open with the quotation itself ('... tolls. “We will ...”').
    return not (
        re.search(r"[.!?][\"'”’]*\s+[\"“‘']?[A-Z]", line) or re.search(r"\bsaid\b|,[\"'”’]\s+[a-z]", line)
    )


def _opens_body(text: str, q: QuoteSpan) -> bool:
    """The opening line is body copy, not a title, however short: it opens on a wire date line
    ("LONDON (Wire) — “...”"), or it is one whole quoted sentence in double marks closing on a full
    stop (an excerpt that starts on a quotation and lost the lede before it; headlines drop the stop
    and set a quote after the speaker's name and a colon)."""
    if dateline_end(text, q.para_start, q.para_end) > q.para_start:
        return True
    line = text[q.para_start : q.para_end].strip()
    return q.open_mark in "“\"" and line == text[q.mark_start : q.mark_end] and text[q.start : q.end].endswith(".")


def is_work_title(text: str, q: QuoteSpan) -> bool:
    """A Title Case name after a work noun or a broadcaster's possessive: 'on MSNBC’s “Morning Joe”'."""
    content = text[q.start : q.end]
    if len(content.split()) > 16 or not title_case(content):
        return False
    lead = _WORK_LEAD.search(text, max(q.para_start, q.mark_start - 40), q.mark_start)
    if lead is None:
        return False
    word = (lead.group(1) or "").lower()
    return lead.group(1) is None or word in _WORK_NOUNS or word in _BROADCAST_PREPS or word in _WORK_VERBS


# Nouns whose "of" phrase names a work: "the author of “Going Viral”", "a host of “The Five”".
_WORK_OF_NOUNS = frozenset(
    """author authors co-author coauthor host co-host cohost star stars heroine hero creator
    producer publisher editor revival version chapter edition sequel remake reboot broadcast
    season episode cast set""".split()
)
_OF_LEAD = re.compile(r"\b([\w\-]+)\s+of\s+(?:the\s+)?$")


def is_named_work(text: str, q: QuoteSpan) -> bool:
    """A Title Case quote after '<author / host / version ...> of': "the co-author of “Going Viral”"."""
    content = text[q.start : q.end]
    if len(content.split()) > 8 or not title_case(content):
        return False
    lead = _OF_LEAD.search(text, max(q.para_start, q.mark_start - 40), q.mark_start)
    return lead is not None and lead.group(1).lower() in _WORK_OF_NOUNS


def is_heading(text: str, q: QuoteSpan) -> bool:
    """A whole line in capitals ("“DIVISIVE, STUPID AND WRONG”"), or a short line in single
    marks ("‘A really tough decision.’"): a section heading that picks up a quote of the text."""
    content = text[q.start : q.end]
    line = text[q.para_start : q.para_end]
    if len(line) - len(content) > 4:
        return False
    if q.open_mark in ("‘", "'") and len(content.split()) <= 8:
        return True
    return content.isupper() and len(content.split()) >= 2


_NICK_BEFORE = re.compile(r"[A-Z][\w.’'\-]*\s+$")
_NICK_AFTER = re.compile(r"\s+[A-Z]")


def is_nickname(text: str, q: QuoteSpan) -> bool:
    """A capitalised word or two quoted inside a name: Gov. C.L. “Butch” Otter."""
    words = text[q.start : q.end].split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w[-1].isalnum() for w in words):
        return False
    before = _NICK_BEFORE.search(text, max(q.para_start, q.mark_start - 30), q.mark_start)
    return before is not None and _NICK_AFTER.match(text, q.mark_end) is not None


_BYLINE_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
_BYLINE_BEFORE = re.compile(r"[,\"”']\s+by\s+[^:\"“”]{2,60}:\s*$")


def is_byline(text: str, q: QuoteSpan) -> bool:
    """A cited headline with its byline ('“Title,” by the Post’s Jane Doe: “excerpt”'): both the
    title and the excerpt after the byline quote an article, not a speaker."""
    if text[q.end - 1 : q.end] == "," and q.close_mark and _BYLINE_AFTER.match(text, q.mark_end):
        return True
    return _BYLINE_BEFORE.search(text, max(q.para_start, q.mark_start - 80), q.mark_start) is not None


def is_label(text: str, q: QuoteSpan) -> bool:
    """A link label ("“Related:”") or a transcript's stage direction ("“(CROSSTALK.)”")."""
    content = text[q.start : q.end].strip()
    if content.endswith(":") and len(content.split()) <= 3:
        return True
    return content.startswith("(") and content.rstrip(".").endswith(")") and ")" not in content[:-2]


def not_a_quotation(text: str, q: QuoteSpan) -> bool:
    return (
        is_headline(text, q)
        or is_work_title(text, q)
        or is_named_work(text, q)
        or is_heading(text, q)
        or is_nickname(text, q)
        or is_byline(text, q)
        or is_label(text, q)
    )
