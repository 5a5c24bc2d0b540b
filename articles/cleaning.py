"""Plain-text article cleaning: drop site/aggregator chrome, keep the article.

A text is read as three zones. The *head* runs up to the first line of running
prose and holds the headline, byline, captions and (on aggregator pages) the
chrome above them. The *tail* is the run of short lines after the last prose
line, where sign-up prompts, related links and copyright notices gather. The
*body* lies between. Broad prompt vocabulary is trusted only in the head and
tail; in the body only phrases that never occur in prose are dropped, so a
sentence about "NATO membership" survives while "One app. One membership."
goes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from articles import text_patterns as tp
from articles.text_decode import decode_bytes
from articles.text_errors import (
    BinaryInput,
    CleaningError,
    EmptyArticle,
    NoArticleText,
    UndecodableInput,
)

__all__ = [
    "BinaryInput",
    "CleanedText",
    "CleaningError",
    "EmptyArticle",
    "NoArticleText",
    "UndecodableInput",
    "clean_bytes",
    "clean_text",
    "decode_bytes",
    "drop_chrome_lines",
]

# Lines beyond this length are prose whatever they contain; capping the
# length also keeps the regexes linear on pathological input.
_MAX_CLASSIFIED = 2000
# Related-link blocks: after an opener, this many headline-like lines go too.
_MAX_BLOCK = 15
# A tail of chrome is a minor part of a text; a "tail" holding more is prose.
_MAX_TAIL_SHARE = 0.4


@dataclass(frozen=True)
class CleanedText:
    text: str
    title: str | None
    byline: str | None
    captions: tuple[str, ...]
    section_headings: tuple[str, ...]
    outlet: str | None
    removed: tuple[str, ...]


@dataclass
class _Lines:
    """Mutable working state: the stripped non-empty lines and their roles."""

    lines: list[str]
    removed: set[int] = field(default_factory=set)
    captions: set[int] = field(default_factory=set)
    title: int | None = None
    byline: int | None = None


def _split(raw: str) -> list[str]:
    text = raw.replace("\x00", "").lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in text.split("\n") if line.strip()]


def _first_body(lines: list[str], captions: set[int]) -> int:
    for i, line in enumerate(lines):
        if i not in captions and tp.is_body_paragraph(line[:_MAX_CLASSIFIED]):
            return i
    return len(lines)


def _find_captions(lines: list[str]) -> set[int]:
    """Credit-ending lines, plus a short name line standing right before one."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if len(line) < _MAX_CLASSIFIED and tp.is_caption_credit(line):
            found.add(i)
            prev = lines[i - 1] if i else ""
            if prev and len(tp.words(prev)) <= 5 and not tp.ends_sentence(prev) and not tp.is_prompt(prev):
                found.add(i - 1)
    return found


def _is_head_chrome(line: str) -> bool:
    return tp.is_strong_marker(line) or tp.outlet_label(line) is not None


def _is_edge_prompt(line: str) -> bool:
    """Chrome at an edge of the text: strong vocabulary, or broad vocabulary in a non-sentence."""
    return tp.is_strong_marker(line) or (tp.is_prompt(line) and not tp.ends_sentence(line))


def _mark_head(st: _Lines, head_end: int) -> None:
    """Find headline and byline in the head; drop the chrome around them."""
    for i in range(head_end):
        line = st.lines[i][:_MAX_CLASSIFIED]
        if i in st.captions:
            continue
        if st.byline is None and tp.is_byline(line):
            st.byline = i
        elif (
            st.title is None
            and tp.is_headline_like(line)
            and not (_is_head_chrome(line) or tp.is_date_line(line) or tp.is_short_label(line))
        ):
            st.title = i
    for i in range(head_end):
        if i in st.captions or i in (st.byline, st.title):
            continue
        # Above the headline there is only chrome (kickers, labels, promos).
        line = st.lines[i][:_MAX_CLASSIFIED]
        if (st.title is not None and i < st.title) or _is_head_chrome(line) or _is_edge_prompt(line):
            st.removed.add(i)
        elif tp.is_date_line(line) and not tp.ends_sentence(line):
            # "Published 3 March 2031": metadata, not article text (the date is still read from the
            # removed lines); left in, its capitalised first word passes for a name.
            st.removed.add(i)


def _mark_tail(st: _Lines, head_end: int) -> None:
    """Drop everything from the first prompt in the trailing run of short lines."""
    start = len(st.lines)
    while start > head_end and not tp.is_body_paragraph(st.lines[start - 1][:_MAX_CLASSIFIED]):
        start -= 1
    if start == head_end:  # no prose line at all: there is no tail to tell apart
        return
    for i in range(start, len(st.lines)):
        if i not in st.captions and _is_edge_prompt(st.lines[i][:_MAX_CLASSIFIED]):
            if _word_share(st.lines, i) <= _MAX_TAIL_SHARE:
                st.removed.update(range(i, len(st.lines)))
            return


def _word_share(lines: list[str], start: int) -> float:
    """Share of the text's words that lie at or after line ``start``."""
    sizes = [len(tp.words(line[:_MAX_CLASSIFIED])) for line in lines]
    return sum(sizes[start:]) / max(1, sum(sizes))


def _mark_body(st: _Lines, head_end: int) -> None:
    """Drop strong markers anywhere, and the related-link list an opener heads."""
    block = 0
    for i in range(head_end, len(st.lines)):
        line = st.lines[i][:_MAX_CLASSIFIED]
        if i in st.captions:
            block = 0
        elif tp.is_strong_marker(line):
            st.removed.add(i)
            block = _MAX_BLOCK if tp.opens_link_block(line) else 0
        elif block and _is_link_item(line):
            st.removed.add(i)
            block -= 1
        else:
            block = 0


def _is_link_item(line: str) -> bool:
    """A teaser headline in a related-links list: short, capitalised or bulleted, no sentence end."""
    starts = line[:1].isupper() or line[:1].isdigit() or line[:1] in "-•*–·>»"
    return starts and len(tp.words(line)) <= 20 and not tp.ends_sentence(line.rstrip("]) "))


def drop_chrome_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Body and tail rules only (for text that has no headline zone, e.g. HTML bodies).

    Returns (kept, removed) lines.
    """
    st = _Lines([ln.strip() for ln in lines if ln.strip()])
    st.captions = _find_captions(st.lines)
    _mark_body(st, 0)
    _mark_tail(st, 0)
    kept = [ln for i, ln in enumerate(st.lines) if i not in st.removed]
    return kept, [ln for i, ln in enumerate(st.lines) if i in st.removed]


def _headings(st: _Lines, head_end: int) -> list[str]:
    kept = [i for i in range(head_end, len(st.lines)) if i not in st.removed]
    out = []
    for pos, i in enumerate(kept[:-1]):
        line, nxt = st.lines[i][:_MAX_CLASSIFIED], st.lines[kept[pos + 1]][:_MAX_CLASSIFIED]
        if i in st.captions or i == st.byline:
            continue
        if tp.is_heading_like(line) and tp.is_body_paragraph(nxt):
            out.append(st.lines[i])
    return out


def _outlet(st: _Lines, head_end: int) -> str | None:
    """The outlet the text names as its own: an aggregator label, else a copyright line."""
    for i in range(head_end):
        name = tp.outlet_label(st.lines[i][:_MAX_CLASSIFIED])
        if name:
            return name
    for line in st.lines[: head_end + 3]:
        name = tp.outlet_date_outlet(line[:_MAX_CLASSIFIED]) or tp.wire_dateline_outlet(
            line[:_MAX_CLASSIFIED]
        )
        if name:
            return name
    for line in st.lines:
        name = tp.copyright_holder(line[:_MAX_CLASSIFIED])
        if name:
            return name
    return None


def clean_text(raw: str) -> CleanedText:
    """Split ``raw`` into article lines and chrome; never raises on any string."""
    st = _Lines(_split(raw))
    st.captions = _find_captions(st.lines)
    head_end = _first_body(st.lines, st.captions)
    _mark_head(st, head_end)
    _mark_body(st, head_end)
    _mark_tail(st, head_end)
    st.removed -= {st.title, st.byline} | st.captions
    # The headline leads the text even where a byline or kicker stood above it.
    order = ([st.title] if st.title is not None else []) + [i for i in range(len(st.lines)) if i != st.title]
    kept = [st.lines[i] for i in order if i not in st.removed]
    return CleanedText(
        text="\n".join(kept),
        title=st.lines[st.title] if st.title is not None else None,
        byline=st.lines[st.byline] if st.byline is not None else None,
        captions=tuple(st.lines[i] for i in sorted(st.captions)),
        section_headings=tuple(_headings(st, head_end)),
        outlet=_outlet(st, head_end),
        removed=tuple(ln for i, ln in enumerate(st.lines) if i in st.removed),
    )


def clean_bytes(data: bytes, declared: str | None = None) -> CleanedText:
    """Decode and clean an article file; raises EmptyArticle when nothing is left."""
    cleaned = clean_text(decode_bytes(data, declared))
    if not cleaned.text.strip():
        raise EmptyArticle("no article text left after removing boilerplate")
    return cleaned
