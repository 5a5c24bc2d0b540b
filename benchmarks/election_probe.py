#!/usr/bin/env python3
"""Precision probe on real coverage: ingest the 630 dev election articles together and count links.

    .venv/bin/python benchmarks/election_probe.py [--jsonl ../shared/benchmarks/quotes/dev.jsonl]
                                                  [--out /tmp/election_graph.json] [--sample 30]

The dev quote set is seven US outlets' 2015-16 election coverage, so the same
people are quoted again and again across articles: the ground on which
over-eager linking (different utterances of one speaker glued together,
courtesy titles read as conflicts, poll figures read as disputes) shows. There
is no gold for links here, so the probe prints counts to watch between
versions and a random sample of cross-article quote pairs to judge by eye:

- cross-article quote pairs in one group, by kind (speech / term) and by
  whether both, one or neither side has a known speaker;
- contradictions by kind; claims by number of mentions.

Runs the real pipeline (`manage.py ingest`, `export_graph`) on a fresh SQLite
file, so it also measures the pipeline on real text (~5 minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSONL = ROOT.parent / "shared" / "benchmarks" / "quotes" / "dev.jsonl"


def write_texts(jsonl: Path, folder: Path) -> int:
    """One .txt file per document, named after its id (outlet and date are in the id)."""
    n = 0
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        name = re.sub(r"[^A-Za-z0-9_-]", "_", doc["id"].split("/", 1)[-1])[:80]
        (folder / f"{name}.txt").write_text(doc["text"], encoding="utf-8")
        n += 1
    return n


def cross_article_pairs(graph: dict) -> list[tuple[dict, dict]]:
    """Every pair of quotes from different articles that the graph puts in one group."""
    groups: dict[object, list[dict]] = defaultdict(list)
    for q in graph.get("quotes", []):
        if q.get("cluster") is not None:
            groups[q["cluster"]].append(q)
    return [(a, b) for members in groups.values() for a, b in combinations(members, 2)
            if a["article"] != b["article"]]


def summarise(graph: dict) -> dict:
    pairs = cross_article_pairs(graph)
    by_kind: Counter = Counter()
    for a, b in pairs:
        kinds = "/".join(sorted((a.get("kind", "speech"), b.get("kind", "speech"))))
        known = sum(1 for q in (a, b) if q.get("speaker"))
        by_kind[(kinds, ("neither", "one", "both")[known])] += 1
    mentions = Counter(len(c.get("mentions", [])) for c in graph.get("claims", []))
    return {
        "articles": len(graph.get("articles", [])),
        "quotes": len(graph.get("quotes", [])),
        "cross_article_pairs": len(pairs),
        "pairs_by_kind": dict(sorted(by_kind.items())),
        "contradictions": dict(Counter(c["kind"] for c in graph.get("contradictions", []))),
        "claims": len(graph.get("claims", [])),
        "claims_by_mentions": dict(sorted(mentions.items())),
    }


def run_pipeline(texts: Path, out: Path) -> float:
    db = Path(tempfile.mkdtemp(prefix="election_probe_")) / "db.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "CELERY_BROKER_URL": "",
           "NEWSFACTS_DATA_DIR": str(db.parent), "DJANGO_LOG_LEVEL": "WARNING"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], check=True, env=env, cwd=ROOT)
    started = time.perf_counter()
    subprocess.run([*manage, "ingest", "--quiet-progress", str(texts)], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    subprocess.run([*manage, "export_graph", "-o", str(out)], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", type=Path, default=DEFAULT_JSONL)
    parser.add_argument("--out", type=Path, default=Path("/tmp/election_graph.json"))
    parser.add_argument("--sample", type=int, default=0, help="print this many random cross-article pairs")
    args = parser.parse_args(argv)
    if not args.jsonl.exists():
        print(f"{args.jsonl} not found (it lives in ../shared)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        n = write_texts(args.jsonl, Path(folder))
        elapsed = run_pipeline(Path(folder), args.out)
    graph = json.loads(args.out.read_text(encoding="utf-8"))
    summary = summarise(graph)
    print(f"{n} documents ingested in {elapsed:.0f}s ({n / elapsed:.1f} articles/s, SQLite, in-process)")
    for key, value in summary.items():
        print(f"{key:>20}: {value}")
    if args.sample:
        speakers = {s["id"]: s["name"] for s in graph.get("speakers", [])}
        pairs = cross_article_pairs(graph)
        for a, b in random.Random(1).sample(pairs, min(args.sample, len(pairs))):
            print(f"--- {speakers.get(a.get('speaker'))} | {speakers.get(b.get('speaker'))}")
            print(f"    {a['text'][:160]}\n    {b['text'][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
