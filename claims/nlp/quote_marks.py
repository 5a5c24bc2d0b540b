"""Find quoted spans in text: pair quotation marks, paragraph by paragraph.

Handles curly “ ” and straight " doubles, the `` '' pairs of some archives
(and '' used for both ends), « » and „ “, and single marks ‘ ’ / ' both as
quotes inside quotes and as the outer quotes of UK outlets. Single marks are
the hard part: ’ and ' are mostly apostrophes (don’t, Ukraine’s, voters’,
’90s), so a single mark only counts as a quote when it flanks words like a
quotation mark does and finds its partner inside the same paragraph.

Pairing never crosses a paragraph. A double quote left open at the end of a
paragraph runs to the end of that paragraph (the newspaper convention for a
quotation continued over several paragraphs: each one opens with a mark and
only the last one closes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.nlp.sentences import split_paragraphs, trim_span

# Runs of straight apostrophes are tokenised as a whole so '' and ''' can be
# split by context; `` is the TeX/archive opening double mark.
_MARK = re.compile(r"``|'+|[`“”\"«»„‹›‘’]")
_OPENING_PUNCT = frozenset("([{—–-/:;,")
_CLOSING_PUNCT = frozenset(".,;:!?)]}—–-…/")
_CONTINUED = re.compile(r"\s*\n\s*[‘']")  # the next paragraph opens on a single mark
_QUOTE_CHARS = frozenset("`'“”\"«»„‹›‘’")
# Leading apostrophes that are elisions, not opening quotes: 'em, 'til, 'n', '90s.
_ELISION = re.compile(r"(?:em|til|cause|n|tis|twas|bout|round)\b|\d\ds?\b", re.IGNORECASE)

DOUBLE, SINGLE = "d", "s"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Content of one outermost quotation (marks excluded, whitespace trimmed)."""

    start: int
    end: int
    open_mark: str
    close_mark: str | None  # None when the quote runs to the end of its paragraph
    para_start: int
    para_end: int
    mark_start: int  # where the opening mark starts
    mark_end: int  # just after the closing mark (the paragraph end when unclosed)


@dataclass(slots=True)
class _Open:
    level: str  # DOUBLE or SINGLE
    mark: str
    pos: int  # index just after the opening mark


def _flanks(text: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can open, can close) for a mark at text[start:end] inside paragraph [lo, hi)."""
    left = text[start - 1] if start > lo else " "
    right = text[end] if end < hi else " "
    opens = not right.isspace() and (left.isspace() or left in _OPENING_PUNCT or left in _QUOTE_CHARS)
    closes = not left.isspace() and (right.isspace() or right in _CLOSING_PUNCT or right in _QUOTE_CHARS)
    return opens, closes


class _Pairer:
    """Stack machine pairing the marks of one paragraph."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.stack: list[_Open] = []
        self.spans: list[tuple[int, int, str, str | None, int]] = []

    def has(self, level: str) -> bool:
        return any(o.level == level for o in self.stack)

    def single_open(self) -> bool:
        """True when a single quote is open inside the innermost double (or at top level)."""
        return bool(self.stack) and self.stack[-1].level == SINGLE

    def push(self, level: str, mark: str, end: int) -> None:
        self.stack.append(_Open(level, mark, end))

    def close(self, level: str, mark: str, start: int) -> None:
        # Pop to the nearest open of this level; inner opens left dangling were apostrophes.
        while self.stack:
            top = self.stack.pop()
            if top.level == level:
                if not self.stack:
                    self.spans.append((top.pos, start, top.mark, mark, start + len(mark)))
                return

    def feed(self, start: int, end: int) -> None:
        mark = self.text[start:end]
        if mark.startswith("'") and len(mark) >= 3:
            self._apostrophe_run(start, end)
            return
        opens, closes = _flanks(self.text, start, end, self.lo, self.hi)
        if mark in ("“", "«", "„", "``", "‹") or (
            mark == "”" and ((opens and not closes) or self._opens_paragraph(start)) and not self.has(DOUBLE)
        ):
            if mark == "“" and self.has(DOUBLE) and (self.stack[-1].mark == "„" or (closes and not opens)):
                self.close(DOUBLE, mark, start)  # German „...“, or “ typed for ”
            else:
                self.push(DOUBLE, mark, end)
        elif mark in ("”", "»", "›"):
            if self.has(DOUBLE):
                self.close(DOUBLE, mark, start)
        elif mark in ('"', "''"):
            self._ambiguous_double(mark, start, end, opens, closes)
        else:
            self._single(mark, start, end, opens, closes)

    def _opens_paragraph(self, start: int) -> bool:
        """'” … the train has left,” wrote Time': a ” typed for “ as the paragraph's first character."""
        return not self.text[self.lo : start].strip() and bool(self.text[start + 1 : self.hi].strip())

    def _ambiguous_double(self, mark: str, start: int, end: int, opens: bool, closes: bool) -> None:
        if self.has(DOUBLE):
            self.close(DOUBLE, mark, start)
        elif opens or not closes:
            self.push(DOUBLE, mark, end)

    def _single(self, mark: str, start: int, end: int, opens: bool, closes: bool) -> None:
        text = self.text
        left = text[start - 1] if start > self.lo else " "
        right = text[end] if end < self.hi else " "
        if left.isalnum() and right.isalnum():
            return  # don’t, O'Brien
        if mark in ("‘", "`") or (mark == "'" and opens and not closes):
            if opens and not _ELISION.match(text, end, self.hi):
                self.push(SINGLE, mark, end)
            return
        if closes and self.single_open() and not self._possessive(start, left):
            self.close(SINGLE, mark, start)

    def _possessive(self, start: int, left: str) -> bool:
        """A ’ after an s (voters’) closes a quote only if no later mark can close it."""
        if left not in "sS" or self.text[start + 1 : start + 2] not in ("", " "):
            return False
        for m in _MARK.finditer(self.text, start + 1, self.hi):
            if m.group() in ("’", "'"):
                _o, c = _flanks(self.text, m.start(), m.end(), self.lo, self.hi)
                if c:
                    return True
            elif m.group() in ("”", '"', "''", "‘", "“"):
                return False
        return False

    def _apostrophe_run(self, start: int, end: int) -> None:
        # ''' is '' + ' or ' + '' depending on whether a single quote is open.
        if self.single_open():
            self.feed(start, start + 1)
            self.feed(start + 1, start + 3)
        else:
            self.feed(start, start + 2)
            self.feed(start + 2, start + 3)

    def finish(self) -> tuple[int, str] | None:
        """The outermost double quote still open at paragraph end, if any; a single one too in the text's
        last paragraph (an excerpt cut inside a quotation in single marks, British style: "'Planned? No. I
        had nothing left in the legs, so") or when the next paragraph reopens it (a quotation running on:
        "‘You are punishing the very families ...¶‘Nobody in this chamber ...’")."""
        if self.stack and self.stack[0].level == DOUBLE:
            return self.stack[0].pos, self.stack[0].mark
        if self.stack and self.stack[0].level == SINGLE and (
            not self.text[self.hi :].strip() or _CONTINUED.match(self.text, self.hi)
        ):
            return self.stack[0].pos, self.stack[0].mark
        return None


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Outermost quoted spans of ``text`` in document order."""
    out: list[QuoteSpan] = []
    for para in split_paragraphs(text):
        pairer = _Pairer(text, para.start, para.end)
        for m in _MARK.finditer(text, para.start, para.end):
            pairer.feed(m.start(), m.end())
        found = list(pairer.spans)
        dangling = pairer.finish()
        if dangling is not None:
            found.append((dangling[0], para.end, dangling[1], None, para.end))
        for s, e, om, cm, after in sorted(found):
            mark_start = s - len(om)
            if mark_start > 0 and text[mark_start - 1] == "=":
                continue  # an attribute value in leftover markup (tweet-date="..."), not a quote
            s, e = trim_span(text, s, e)
            if s < e:
                out.append(QuoteSpan(s, e, om, cm, para.start, para.end, mark_start, after))
    return out
