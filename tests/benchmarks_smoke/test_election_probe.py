"""election_probe's summary of an exported graph (no ingestion here)."""

from __future__ import annotations

import json

from benchmarks import election_probe


def test_summary_counts_cross_article_pairs_by_kind_and_speakers():
    graph = {
        "articles": [{"id": 1}, {"id": 2}],
        "quotes": [
            {"id": 1, "article": 1, "cluster": 7, "kind": "speech", "speaker": 3, "text": "a"},
            {"id": 2, "article": 2, "cluster": 7, "kind": "speech", "speaker": None, "text": "a"},
            {"id": 3, "article": 2, "cluster": 7, "kind": "term", "speaker": 3, "text": "a"},
            {"id": 4, "article": 1, "cluster": 9, "kind": "speech", "speaker": 3, "text": "b"},
        ],
        "claims": [{"mentions": [{}, {}]}, {"mentions": [{}]}],
        "contradictions": [{"kind": "misquote"}],
    }
    s = election_probe.summarise(graph)
    assert s["cross_article_pairs"] == 2  # 1-2 and 1-3; 2-3 share an article
    assert s["pairs_by_kind"] == {("speech/speech", "one"): 1, ("speech/term", "both"): 1}
    assert s["contradictions"] == {"misquote": 1} and s["claims_by_mentions"] == {1: 1, 2: 1}


def test_texts_are_written_one_file_per_document(tmp_path):
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text("\n".join(json.dumps({"id": f"src/outlet_2016-01-0{i}_x", "text": f"T{i}"}) for i in (1, 2)))
    assert election_probe.write_texts(jsonl, tmp_path) == 2
    assert sorted(p.read_text() for p in tmp_path.glob("*.txt")) == ["T1", "T2"]
