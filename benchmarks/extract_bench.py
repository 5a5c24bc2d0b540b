#!/usr/bin/env python3
"""Extraction speed in one process: the quote extractor alone and the full analysis.

    .venv/bin/python benchmarks/extract_bench.py [IN.jsonl] [--repeat 5] [--limit N]

Reads ``{id, text}`` lines (default: the quote benchmark's dev set in ../shared)
and times, over the same texts, (1) ``claims.nlp.quotes.extract_quotes`` and
(2) ``articles.analysis.analyse`` (quotes + persons + claims). Each is run
``--repeat`` times; best and median are printed, because the machine is shared
and single runs are noisy. No database, no Django settings needed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.analysis import PreparedArticle, analyse  # noqa: E402
from claims.nlp.quotes import extract_quotes  # noqa: E402

DEFAULT_IN = ROOT.parent / "shared" / "benchmarks" / "quotes" / "dev.jsonl"


def load_texts(path: str | Path, limit: int | None = None) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def time_runs(fn: Callable[[str], object], texts: list[str], repeat: int) -> list[float]:
    """Wall time of each pass of ``fn`` over all texts."""
    runs = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        runs.append(time.perf_counter() - start)
    return runs


def full_analysis(text: str) -> object:
    return analyse(PreparedArticle(text=text))


def measure(texts: list[str], repeat: int) -> dict[str, dict[str, float]]:
    """articles/s and words/s (best and median run) for both stages."""
    words = sum(len(t.split()) for t in texts)
    full_analysis(texts[0])  # warm lazy imports and regex caches before timing
    out = {}
    for name, fn in (("extract_quotes", extract_quotes), ("analyse", full_analysis)):
        runs = time_runs(fn, texts, repeat)
        best, median = min(runs), statistics.median(runs)
        out[name] = {
            "articles": len(texts), "words": words, "runs": len(runs),
            "best_articles_s": len(texts) / best, "median_articles_s": len(texts) / median,
            "best_words_s": words / best, "median_words_s": words / median,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=str(DEFAULT_IN))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not Path(args.input).exists():
        print(f"input not found: {args.input}")
        return 1
    texts = load_texts(args.input, args.limit)
    results = measure(texts, args.repeat)
    words = results["analyse"]["words"]
    print(f"{len(texts)} articles, {words:,} words, {args.repeat} runs each (best / median)")
    for name, r in results.items():
        print(f"  {name:15s} {r['best_articles_s']:7.1f} / {r['median_articles_s']:7.1f} articles/s   "
              f"{r['best_words_s']:9,.0f} / {r['median_words_s']:9,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
