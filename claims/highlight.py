"""Cut a text into plain and highlighted segments for templates (autoescaped there)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    css: str = ""  # "" for plain text
    ref: int | None = None  # the id the highlight links to
    title: str = ""


def segments(text: str, spans: list[tuple[int, int, str, int | None, str]]) -> list[Segment]:
    """Plain/highlight segments of ``text``; overlapping spans: the earlier one wins."""
    out: list[Segment] = []
    pos = 0
    for start, end, css, ref, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], css, ref, title))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def paragraphs(text: str, spans: list[tuple[int, int, str, int | None, str]]) -> list[list[Segment]]:
    """Segments grouped by line, so the template can render paragraphs."""
    result: list[list[Segment]] = []
    offset = 0
    for line in text.split("\n"):
        line_spans = [
            (max(s, offset) - offset, min(e, offset + len(line)) - offset, css, ref, title)
            for s, e, css, ref, title in spans
            if s < offset + len(line) and e > offset
        ]
        if line.strip():
            result.append(segments(line, line_spans))
        offset += len(line) + 1
    return result
