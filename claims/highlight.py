"""Cut a text into segments marked by the quotes and claims covering them (autoescaped in templates)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "q" (quote) or "c" (claim)
    ref: int
    title: str = ""


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)  # e.g. ["c", "q"]: a quote inside a claim sentence
    anchors: list[str] = field(default_factory=list)  # ids that start here ("q-12", "c-4")
    claim_ref: int | None = None
    title: str = ""

    @property
    def css(self) -> str:
        return " ".join(self.kinds)


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Elementary segments of ``text``: a boundary wherever a span starts or ends."""
    cuts = sorted({0, len(text)} | {min(max(s.start, 0), len(text)) for s in spans}
                  | {min(max(s.end, 0), len(text)) for s in spans})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a == b:
            continue
        covering = [s for s in spans if s.start <= a and b <= s.end]
        claim = next((s for s in covering if s.kind == "c"), None)
        quote = next((s for s in covering if s.kind == "q"), None)
        out.append(Segment(
            text=text[a:b],
            kinds=sorted({s.kind for s in covering}),
            anchors=[f"{s.kind}-{s.ref}" for s in spans if s.start == a and s.start < s.end],
            claim_ref=claim.ref if claim else None,
            title=quote.title if quote else "",
        ))
    return out


def paragraphs(text: str, spans: list[Span]) -> list[list[Segment]]:
    """Segments grouped by line, so the template can render paragraphs."""
    result: list[list[Segment]] = []
    offset = 0
    anchored: set[str] = set()
    for line in text.split("\n"):
        local = [Span(max(s.start, offset) - offset, min(s.end, offset + len(line)) - offset, s.kind, s.ref, s.title)
                 for s in spans if s.start < offset + len(line) and s.end > offset]
        if line.strip():
            result.append(segments(line, local))
            # An id names one place: a claim stated twice in the article (a paraphrase and the
            # quote it restates) or a span running on to the next line is anchored where it first starts.
            for segment in result[-1]:
                segment.anchors = [a for a in segment.anchors if a not in anchored]
                anchored.update(segment.anchors)
        offset += len(line) + 1
    return result
