"""Run the quote extractor over a benchmark JSONL, write predictions, time it, score it.

Usage: python benchmarks/quotes_bench.py [IN.jsonl] [--out PRED.jsonl] [--errors N]

Unattributed terms (scare quotes, titles of works with no speaker) are left out
of the PRED file: the benchmark annotates attribution relations only, so an
unattributed label is never a gold quotation. Everything else is written.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.nlp.quote_export import quote_records  # noqa: E402

DEFAULT_IN = ROOT.parent / "shared" / "benchmarks" / "quotes" / "dev.jsonl"
SCORER = ROOT.parent / "shared" / "benchmarks" / "score_quotes.py"


def predict(doc: dict) -> dict:
    return {"id": doc["id"], "quotes": quote_records(doc["text"])}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", default=str(DEFAULT_IN))
    ap.add_argument("--out", default="quotes_pred.jsonl")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    docs = [json.loads(line) for line in open(args.input, encoding="utf-8") if line.strip()]
    words = sum(len(d["text"].split()) for d in docs)
    t0 = time.perf_counter()
    preds = [predict(d) for d in docs]
    elapsed = time.perf_counter() - t0
    with open(args.out, "w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles in {elapsed:.2f}s: {len(docs) / elapsed:.0f} articles/s, "
          f"{words / elapsed:,.0f} words/s")
    cmd = [sys.executable, str(SCORER), args.input, args.out, "--partial", "gold"]
    if args.errors:
        cmd += ["--errors", str(args.errors)]
    if SCORER.exists():
        return subprocess.call(cmd)
    print(f"scorer not found at {SCORER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
