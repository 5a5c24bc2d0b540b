"""Article highlighting: every claim and quote gets one anchor, where it first starts."""

from __future__ import annotations

from claims.highlight import Span, paragraphs


def _anchors(text: str, spans: list[Span]) -> list[str]:
    return [a for line in paragraphs(text, spans) for seg in line for a in seg.anchors]


def test_a_claim_stated_twice_in_one_article_is_anchored_once():
    text = "Mayor Ada Lund said the ferry would stay.\n“The ferry stays,” Lund said."
    second = text.index("“")
    spans = [Span(0, 41, "c", 7), Span(second, len(text), "c", 7), Span(second, second + 18, "q", 3)]
    anchors = _anchors(text, spans)
    assert anchors.count("c-7") == 1 and anchors.count("q-3") == 1
    first_line = paragraphs(text, spans)[0]
    assert first_line[0].anchors == ["c-7"]  # the link to the claim lands on its first statement


def test_a_span_running_over_two_lines_is_anchored_where_it_starts():
    text = "Lund said the berths\nwould open in May."
    spans = [Span(0, len(text), "c", 2)]
    lines = paragraphs(text, spans)
    assert [seg.anchors for line in lines for seg in line] == [["c-2"], []]
    assert all("c" in seg.kinds for line in lines for seg in line)
