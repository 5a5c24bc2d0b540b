"""Split text into sentences with exact character offsets.

A rule-based splitter is enough for news prose and runs at hundreds of
articles per second; it knows common abbreviations (U.S., Mr., Gov.) and keeps
a closing quotation mark with the sentence it ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm del supt atty det st jr sr inc ltd co corp
    no vs etc jan feb mar apr jun jul aug sep sept oct nov dec ave blvd dept est fig
    u.s u.k u.n e.u d.c a.m p.m i.e e.g""".split()
)

# A sentence ends at . ! ? or … followed by optional closing quotes/brackets,
# then white space and something that can start a sentence.
_BOUNDARY = re.compile(r"""(?P<end>[.!?…]+[\"'”’»)\]]*)(?P<gap>\s+)(?=[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])""")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A date line opening a lede names where and when, not who: "WASHINGTON (AP) — ",
# "PHILADELPHIA, Aug. 24 (UPI) — ", "SELBRIDGE, England, May 14 (Coastal News Agency) - ",
# "June 12, 2031 - ", "12 June 2031 — ".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’\-]{2,}(?: [A-Z][A-Z.'’\-]+){0,3}(?:, [\w. ]{1,25}){0,2}\s*(?:\([\w. ]{1,24}\))?"
    rf"|{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}})\s*[—–-]+\s+"
    # The sentence after it starts as sentences do ("NATO - the alliance ..." is no date line).
    r"(?=[\"'“‘]?[A-Z0-9])"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the full stop ending at ``end`` belongs to an abbreviation or initial."""
    m = re.search(r"(?<![A-Za-z])([A-Za-z]+(?:\.[A-Za-z]+)*)\.$", text[max(0, end - 12) : end])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # A single capital initial ("Donald J. Trump") does not end a sentence.
    return len(word) == 1 and text[end - 2 : end - 1].isupper()


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of ``text`` without the white space at either end (empty when all of it is)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def dateline_end(text: str, start: int, hi: int) -> int:
    """Where the sentence at ``start`` begins past a date line opening it (``start`` when none)."""
    m = _DATELINE.match(text, start)  # not bounded by ``hi``: its look-ahead reads what follows
    return m.end() if m and m.end() <= hi else start


def split_paragraphs(text: str) -> list[Sentence]:
    """Non-empty lines of ``text`` with their offsets (paragraphs in news copy)."""
    out: list[Sentence] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text + "\n"):
        chunk = text[pos : m.start()]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Sentence(stripped, pos + lead, pos + lead + len(stripped)))
        pos = m.end()
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; never crosses a line break; a date line is no part of one."""
    out: list[Sentence] = []
    for para in split_paragraphs(text):
        start = dateline_end(text, para.start, para.end)
        for m in _BOUNDARY.finditer(text, para.start, para.end):
            stop = m.end("end")
            if (
                text[m.start("end")] == "."
                and len(m.group("end")) == 1
                and _is_abbreviation(text, m.start("end") + 1)
            ):
                continue
            out.append(Sentence(text[start:stop], start, stop))
            start = m.end()
        if start < para.end:
            out.append(Sentence(text[start : para.end], start, para.end))
    return out
