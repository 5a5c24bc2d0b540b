"""excerpt_probe's excerpts and filtered gold (invented article; no ingestion here)."""

from __future__ import annotations

import json

from benchmarks import excerpt_probe

ARTICLE = (
    "Harbour tolls scrapped\n\n"
    "Mayor Lena Voss scrapped the harbour tolls on Tuesday, a year after they began.\n\n"
    "Voss said: “We will not charge the families of this city for a road they already paid for.”\n\n"
    "Councillor Ben Ardo called the decision “reckless” and said the budget had a £4m hole.\n\n"
    "“The money has to come from somewhere, and it will come from the schools,” Ardo said.\n\n"
    "The council meets again next month.\n"
)


def _span(text: str, part: str) -> dict:
    start = ARTICLE.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _gold() -> dict:
    q1 = "We will not charge the families of this city for a road they already paid for."
    q2 = "The money has to come from somewhere, and it will come from the schools,"
    return {
        "speakers": [{"id": "voss", "name": "Lena Voss"}, {"id": "ardo", "name": "Ben Ardo"}],
        "articles": [{"file": "a.txt", "title": "Harbour tolls scrapped", "boilerplate": []}],
        "quotes": [
            {"id": "q1", "file": "a.txt", "kind": "speech", "speaker_id": "voss", **_span(ARTICLE, q1)},
            {"id": "q2", "file": "a.txt", "kind": "speech", "speaker_id": "ardo", **_span(ARTICLE, q2)},
        ],
        "quote_clusters": [{"id": "k1", "quote_ids": ["q1"]}],
        "claims": [],
        "contradictions": [
            {
                "id": "x1",
                "kind": "fact",
                "items": [
                    {"file": "a.txt", "side": "A", **_span(ARTICLE, "Mayor Lena Voss")},
                    {"file": "a.txt", "side": "B", **_span(ARTICLE, "Councillor Ben Ardo")},
                ],
            }
        ],
    }


def test_filtered_gold_spans_point_into_the_excerpt_and_lost_sides_drop_contradictions(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = _gold()
    seen_cut_quote = False
    for seed in range(30):
        out = tmp_path / f"v{seed}"
        out.mkdir()
        excerpt_probe.write_variant(gold, tmp_path / "src", seed, out)
        text = (out / "a.txt").read_text(encoding="utf-8")
        fg = json.loads((out / "gold.json").read_text(encoding="utf-8"))
        for q in fg["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
            assert text[q["start"] - 1] in "“"  # the opening mark survives even when the end is cut
            full = next(g for g in gold["quotes"] if g["id"] == q["id"])["text"]
            seen_cut_quote |= q["text"] != full
        for c in fg["contradictions"]:
            assert {i["side"] for i in c["items"]} == {"A", "B"}
            assert all(text[i["start"] : i["end"]] == i["text"] for i in c["items"])
        kept = {q["id"] for q in fg["quotes"]}
        assert all(set(c["quote_ids"]) <= kept for c in fg["quote_clusters"])
    assert seen_cut_quote  # some seed cuts the excerpt inside a quotation


def test_sentence_cut_points_are_inside_sentences():
    text = "One two three four. Five six seven eight nine ten."
    points = excerpt_probe.sentence_cut_points(text)
    assert points and all(not text[:p].endswith(".") for p in points)
