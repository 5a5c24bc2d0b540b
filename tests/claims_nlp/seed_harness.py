"""Run the claim pipeline over the seed articles and score it with the shared scorer.

    .venv/bin/python -m tests.claims_nlp.seed_harness      (from the repo root)

Reads ../shared (seeds, gold, benchmarks/score_graph.py); nothing of it is
copied into the repo. Quotes and persons come from the real extractors when
they exist, otherwise from the gold quotes (speaker names only), so the claim
figures can be measured before the quote extractor lands.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path

from claims.nlp.claim_contradictions import ArticleFacts, claim_findings
from claims.nlp.claim_linking import link_claims
from claims.nlp.claims import extract_claims
from claims.nlp.sentences import Sentence, split_sentences
from claims.nlp.types import ExtractedClaim, ExtractedQuote, PersonMention

SHARED = Path(__file__).resolve().parents[3] / "shared"
# Seeds carry no publication date in the text; all four report the same day.
SEED_DATE = "2025-02-26"


def shared_available() -> bool:
    return (SHARED / "gold" / "seeds.json").exists() and (SHARED / "benchmarks" / "score_graph.py").exists()


def load_gold() -> dict:
    return json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))


def _scorer():
    spec = importlib.util.spec_from_file_location("score_graph", SHARED / "benchmarks" / "score_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_quotes(gold: dict, file: str) -> list[ExtractedQuote]:
    names = {s["id"]: s["name"] for s in gold["speakers"]}
    return [
        ExtractedQuote(
            q["text"],
            q["start"],
            q["end"],
            q["kind"],
            bool(q.get("partial")),
            q.get("speaker_mention"),
            names.get(q.get("speaker_id")),
            q.get("cue"),
        )
        for q in gold["quotes"]
        if q["file"] == file
    ]


def _extractors():
    try:
        quotes = importlib.import_module("claims.nlp.quotes").extract_quotes
    except (ImportError, AttributeError):
        quotes = None
    try:
        persons = importlib.import_module("claims.nlp.persons").find_persons
    except (ImportError, AttributeError):
        persons = None
    return quotes, persons


def article_facts(gold: dict, use_gold_quotes: bool = False) -> list[ArticleFacts]:
    extract_quotes, find_persons = _extractors()
    facts = []
    for i, a in enumerate(gold["articles"]):
        text = (SHARED / "seeds" / a["file"]).read_text(encoding="utf-8")
        quotes = (
            _gold_quotes(gold, a["file"])
            if use_gold_quotes or extract_quotes is None
            else extract_quotes(text)
        )
        persons: list[PersonMention] = find_persons(text) if find_persons else []
        claims = extract_claims(text, quotes, persons)
        facts.append(ArticleFacts(i, text, SEED_DATE, claims, persons))
    return facts


def _sentence_around(sentences: list[Sentence], claim: ExtractedClaim) -> str:
    for s in sentences:
        if s.start <= claim.start < s.end and claim.end <= s.end:
            return s.text
    return claim.sentence


def run(use_gold_quotes: bool = False) -> dict:
    """Score claims, claim linking and contradictions on the seeds."""
    gold = load_gold()
    facts = article_facts(gold, use_gold_quotes)
    groups = link_claims([(f.article_id, c) for f in facts for c in f.claims])
    pred_claims: dict[int, dict] = {}
    flat = [(f.article_id, c) for f in facts for c in f.claims]
    # A clause-level claim is exported as the sentence it stands in, as the app's export does.
    sentences = {f.article_id: split_sentences(f.text) for f in facts}
    for (aid, claim), gids in zip(flat, groups, strict=True):
        for gid in gids:
            entry = pred_claims.setdefault(
                gid, {"id": gid, "text": claim.sentence, "speaker": None, "mentions": []}
            )
            entry["mentions"].append({"article": aid, "text": _sentence_around(sentences[aid], claim)})
    findings = claim_findings(facts)
    pred = {
        "articles": [
            {
                "id": f.article_id,
                "source": gold["articles"][f.article_id]["file"],
                "outlet": None,
                "title": None,
                "text": f.text,
            }
            for f in facts
        ],
        "speakers": [],
        "quotes": [],
        "claims": list(pred_claims.values()),
        "contradictions": [
            {
                "id": i,
                "kind": x.kind,
                "note": x.explanation,
                "items": [{"article": it.article_id, "text": it.text} for it in x.items],
            }
            for i, x in enumerate(findings)
        ],
    }
    result = _scorer().score(gold, pred)
    result["_pred"] = pred
    return result


def main() -> int:
    if not shared_available():
        print("../shared is absent")
        return 1
    for use_gold in (False, True):
        r = run(use_gold)
        print("gold quotes" if use_gold else "extracted quotes (or gold when no extractor)")
        for key in ("claim_mentions", "claim_linking", "contradictions"):
            m = r[key]
            print(
                f"  {key:<15} P {m['precision']:.3f} R {m['recall']:.3f} (tp {m['tp']}, pred {m['predicted']}, gold {m['gold']})"
            )
        print("  found", r["contradictions"]["found"], "missed", r["contradictions"]["missed"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
