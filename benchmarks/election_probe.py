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

- silver pairs: two annotated quotes of different articles whose annotated
  speaker is one named person and whose words are nearly the same (one holds
  the other, at least ``SILVER_MIN_WORDS`` words, or ~80 % of the words
  shared) are almost surely one utterance; the share of them the graph puts in
  one group estimates linking recall on real text. Linked pairs whose annotated
  speakers are two different named people estimate wrong links.

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


SILVER_MIN_WORDS = 6
# Annotated speakers that name nobody: a pronoun or a description says nothing about who it is.
_NOT_NAMES = {"he", "she", "they", "it", "we", "i", "you", "who", "his", "her", "their", "him", "them"}


def file_name(doc_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", doc_id.split("/", 1)[-1])[:80] + ".txt"


def write_texts(jsonl: Path, folder: Path) -> int:
    """One .txt file per document, named after its id (outlet and date are in the id)."""
    n = 0
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        (folder / file_name(doc["id"])).write_text(doc["text"], encoding="utf-8")
        n += 1
    return n


def words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", text.lower()))


def _person(speaker: str | None) -> str | None:
    """The annotated speaker's surname, or None when it names nobody (a pronoun, 'the official')."""
    tokens = words(re.sub(r"[’']s\b", "", speaker or ""))  # "Comey's" names Comey
    if not tokens or tokens[-1] in _NOT_NAMES or not (speaker or "")[:1].isupper():
        return None
    return tokens[-1]


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def nearly_same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One utterance however cut: one holds the other, or ~80 % of their words are shared."""
    if min(len(a), len(b)) < SILVER_MIN_WORDS:
        return False
    short, long = sorted((a, b), key=len)
    if _contains(long, short):
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= 0.8


def annotated_quotes(jsonl: Path) -> list[tuple[str, tuple[str, ...], str | None]]:
    """(file name, words, speaker's surname or None) of every annotated quote, partial ones too."""
    out = []
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for q in [*doc.get("quotes", []), *doc.get("partial_quotes", [])]:
            out.append((file_name(doc["id"]), words(q["text"]), _person(q.get("speaker"))))
    return out


def silver_pairs(annotated: list[tuple[str, tuple[str, ...], str | None]]) -> list[tuple[int, int]]:
    """Pairs of annotated quotes (indexes) from different files, one named speaker, nearly the same words."""
    by_person: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, person) in enumerate(annotated):
        if person:
            by_person[person].append(i)
    return [
        (i, j)
        for members in by_person.values()
        for i, j in combinations(members, 2)
        if annotated[i][0] != annotated[j][0] and nearly_same_words(annotated[i][1], annotated[j][1])
    ]


def _predicted_of(annotated, graph: dict) -> list[int | None]:
    """For each annotated quote, the graph quote of its file sharing most of its words (None: not found)."""
    files = {a["id"]: a.get("source", "") for a in graph.get("articles", [])}
    by_file: dict[str, list[tuple[dict, tuple[str, ...]]]] = defaultdict(list)
    for q in graph.get("quotes", []):
        by_file[files.get(q["article"], "")].append((q, words(q["text"])))
    out: list[int | None] = []
    for file, gold_words, _ in annotated:
        best, best_shared = None, 0
        for q, predicted_words in by_file.get(file, ()):
            shared = len(set(gold_words) & set(predicted_words))
            if shared > best_shared and shared >= 0.6 * len(set(gold_words)):
                best, best_shared = q["id"], shared
        out.append(best)
    return out


def silver_scores(annotated, graph: dict) -> dict:
    """Silver pairs linked, and linked cross-article pairs whose annotated speakers are two named people."""
    predicted = _predicted_of(annotated, graph)
    cluster = {q["id"]: q.get("cluster") for q in graph.get("quotes", [])}
    pairs = silver_pairs(annotated)
    found = [(i, j) for i, j in pairs if predicted[i] and predicted[j]]
    linked = [(i, j) for i, j in found
              if predicted[i] == predicted[j] or
              (cluster[predicted[i]] is not None and cluster[predicted[i]] == cluster[predicted[j]])]
    person_of = {}
    for (_, _, person), q in zip(annotated, predicted, strict=True):
        if q is not None and person:
            person_of.setdefault(q, person)
    two_people = [
        (a, b) for a, b in cross_article_pairs(graph)
        if person_of.get(a["id"]) and person_of.get(b["id"]) and person_of[a["id"]] != person_of[b["id"]]
    ]
    named_pairs = [
        (a, b) for a, b in cross_article_pairs(graph) if person_of.get(a["id"]) and person_of.get(b["id"])
    ]
    return {
        "silver_pairs": len(pairs),
        "silver_extracted": len(found),
        "silver_linked": len(linked),
        "silver_recall": round(len(linked) / len(found), 3) if found else None,
        "linked_named_pairs": len(named_pairs),
        "linked_two_people": len(two_people),
    }


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
    parser.add_argument("--graph", type=Path, help="score this exported graph instead of ingesting again")
    args = parser.parse_args(argv)
    if not args.jsonl.exists():
        print(f"{args.jsonl} not found (it lives in ../shared)", file=sys.stderr)
        return 2
    if args.graph:
        args.out = args.graph
    else:
        with tempfile.TemporaryDirectory() as folder:
            n = write_texts(args.jsonl, Path(folder))
            elapsed = run_pipeline(Path(folder), args.out)
        print(f"{n} documents ingested in {elapsed:.0f}s ({n / elapsed:.1f} articles/s, SQLite, in-process)")
    graph = json.loads(args.out.read_text(encoding="utf-8"))
    summary = summarise(graph)
    summary.update(silver_scores(annotated_quotes(args.jsonl), graph))
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
