"""The seed gold quotes (../shared) through linking and misquote detection, scored as score_graph.py does."""

import importlib.util
import json
from pathlib import Path

import pytest

from claims.nlp.quote_contradictions import QuoteWithSpan, attribution_findings, misquote_findings
from claims.nlp.quote_linking import QuoteRecord, cluster_quotes
from claims.nlp.speakers import KnownSpeaker, SpeakerIndex, names_match, speaker_key

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"
SCORER = SHARED / "benchmarks" / "score_graph.py"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def gold():
    if not GOLD.exists() or not SCORER.exists():
        pytest.skip(f"gold data not found at {SHARED} (read-only reference data lives next to the repo)")
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scorer(gold):
    spec = importlib.util.spec_from_file_location("score_graph", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def prediction(gold):
    """Run the gold quotes (text, article, offsets, speaker name) through linking and findings."""
    files = sorted({a["file"] for a in gold["articles"]})
    texts = {f: (GOLD.parent / gold["texts_dir"] / f).read_text(encoding="utf-8") for f in files}
    names = {s["id"]: s["name"] for s in gold["speakers"]}
    quotes = []
    for n, gq in enumerate(gold["quotes"]):
        key = speaker_key(names[gq["speaker_id"]]) if gq.get("speaker_id") else None
        quotes.append(
            QuoteWithSpan(n, files.index(gq["file"]), gq["text"], gq["start"], gq["end"], key, gq["kind"])
        )
    clusters = cluster_quotes(
        [QuoteRecord(q.quote_id, q.article_id, q.speaker_key, q.text, q.kind) for q in quotes]
    )
    members = {}
    for q in quotes:
        members.setdefault(clusters[q.quote_id], []).append(q)
    findings = [f for group in members.values() if len(group) > 1 for f in misquote_findings(group)]
    findings += attribution_findings(quotes)
    pred = {
        "articles": [
            {"id": i, "source": f, "outlet": None, "title": None, "text": texts[f]}
            for i, f in enumerate(files)
        ],
        "speakers": [],
        "quotes": [
            {
                "id": q.quote_id,
                "article": q.article_id,
                "text": q.text,
                "speaker": None,
                "cluster": clusters[q.quote_id],
            }
            for q in quotes
        ],
        "contradictions": [
            {
                "id": n,
                "kind": f.kind,
                "note": f.explanation,
                "items": [{"article": i.article_id, "text": i.text} for i in f.items],
            }
            for n, f in enumerate(findings)
        ],
    }
    return {
        "pred": pred,
        "findings": findings,
        "quotes": quotes,
        "texts": texts,
        "files": files,
        "clusters": clusters,
    }


def test_cross_article_linking_is_exact(gold, scorer, prediction):
    """Every gold cross-article pair is linked and no wrong pair is (neutral pairs aside)."""
    result = scorer.score(gold, prediction["pred"])["quote_linking"]
    assert (result["precision"], result["recall"]) == (1.0, 1.0), result


def test_gold_misquotes_are_found(gold, scorer, prediction):
    """x03, x04 and x05 are found, as misquotes."""
    result = scorer.score(gold, prediction["pred"])["contradictions"]
    assert {"x03", "x04", "x05"} <= set(result["found"]), result
    assert result["kind_agreement"] == 1.0


def test_no_finding_beyond_the_gold_misquotes(gold, prediction):
    """Verbatim clusters (identical wording, excerpts, terms) give no misquote: one finding per variant cluster."""
    variant_clusters = [c for c in gold["quote_clusters"] if c["variant"]]
    assert len(prediction["findings"]) == len(variant_clusters)
    flagged = {gold["quotes"][i.quote_id]["id"] for f in prediction["findings"] for i in f.items}
    for c in gold["quote_clusters"]:
        if not c["variant"]:
            assert not flagged & set(c["quote_ids"]) - {
                q for v in variant_clusters for q in v["quote_ids"]
            }, c["id"]


def test_finding_items_are_exact_spans(prediction):
    """Every item's offsets cut its text out of the article."""
    for f in prediction["findings"]:
        for item in f.items:
            text = prediction["texts"][prediction["files"][item.article_id]]
            assert text[item.start : item.end] == item.text


def _is_name(form):
    """Aliases that are names (capitalised words only), not descriptions like 'the Ukrainian leader'."""
    words = form.replace(".", "").split()
    return all(w[:1].isupper() for w in words) and not form.lower().startswith("the ")


def test_gold_name_aliases_resolve_to_their_speaker(gold):
    """Every name-form alias of a gold speaker resolves to it when only canonical names are known."""
    known = [KnownSpeaker(s["id"], s["name"], ()) for s in gold["speakers"]]
    index = SpeakerIndex(known)
    for s in gold["speakers"]:
        for alias in s["aliases"]:
            if _is_name(alias):
                assert index.resolve(alias) == s["id"], (alias, s["id"])


def test_gold_speakers_are_told_apart(gold):
    """No alias of one gold speaker matches another gold speaker's name."""
    for a in gold["speakers"]:
        for b in gold["speakers"]:
            if a["id"] != b["id"]:
                assert not any(names_match(x, b["name"]) for x in a["aliases"]), (a["id"], b["id"])
