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


def _annotated(tmp_path, docs):
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text("\n".join(json.dumps(d) for d in docs))
    return election_probe.annotated_quotes(jsonl)


def test_silver_pairs_are_one_named_speaker_saying_nearly_the_same_words_in_two_files(tmp_path):
    long = "We will rebuild the harbour wall before the winter storms arrive"
    docs = [
        {"id": "s/a_1", "text": "", "quotes": [{"text": long, "speaker": "Mayor Ilse Varga"}]},
        # cut to its first words, same surname (annotated as a possessive): one utterance
        {"id": "s/b_1", "text": "", "quotes": [{"text": "We will rebuild the harbour wall", "speaker": "Varga’s"}]},
        # the same words from a pronoun, another person, or in the same file: no pair
        {"id": "s/c_1", "text": "", "quotes": [{"text": long, "speaker": "she"},
                                                {"text": long, "speaker": "Tomas Brel"}]},
        {"id": "s/a_1", "text": "", "quotes": [{"text": long, "speaker": "Varga"}]},
    ]
    annotated = _annotated(tmp_path, docs)
    assert election_probe.silver_pairs(annotated) == [(0, 1), (1, 4)]


def test_silver_scores_count_pairs_linked_and_links_between_two_named_people(tmp_path):
    words = "We will rebuild the harbour wall before the winter storms arrive"
    annotated = _annotated(tmp_path, [
        {"id": "s/a_1", "text": "", "quotes": [{"text": words, "speaker": "Ilse Varga"}]},
        {"id": "s/b_1", "text": "", "quotes": [{"text": words, "speaker": "Varga"}]},
        {"id": "s/c_1", "text": "", "quotes": [{"text": words + " again", "speaker": "Tomas Brel"}]},
    ])
    graph = {
        "articles": [{"id": 1, "source": "a_1.txt"}, {"id": 2, "source": "b_1.txt"}, {"id": 3, "source": "c_1.txt"}],
        "quotes": [
            {"id": 10, "article": 1, "cluster": 5, "text": words},
            {"id": 11, "article": 2, "cluster": 6, "text": words},
            {"id": 12, "article": 3, "cluster": 5, "text": words + " again"},
        ],
    }
    s = election_probe.silver_scores(annotated, graph)
    assert (s["silver_pairs"], s["silver_linked"], s["silver_recall"]) == (1, 0, 0.0)
    assert (s["linked_named_pairs"], s["linked_two_people"]) == (1, 1)
