#!/usr/bin/env python3
"""Score the invented event sets that carry a gold file through the whole pipeline.

    .venv/bin/python benchmarks/event_sets.py [SET ...] [--scorer ../shared/benchmarks/score_graph.py]

Each folder under tests/pipeline/events/ with a gold.json (short multi-outlet
excerpts written for this, see the README there) is ingested into its own fresh
SQLite database (manage.py migrate, ingest, export_graph) and the exported graph
is scored by the shared scorer, score_graph.py, whose figures are printed per
set. The scorer lives outside this repository (../shared/benchmarks); when it is
absent the script says so and stops.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "tests" / "pipeline" / "events"
DEFAULT_SCORER = ROOT.parent / "shared" / "benchmarks" / "score_graph.py"


def load_scorer(path: Path) -> ModuleType | None:
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score_graph", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sets() -> list[Path]:
    return sorted(p.parent for p in EVENTS.glob("*/gold.json"))


def export_graph(folder: Path) -> dict:
    """Ingest one folder into a fresh SQLite database and return the exported graph."""
    with tempfile.TemporaryDirectory(prefix="event_sets_") as tmp:
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp}/db.sqlite3", NEWSFACTS_DATA_DIR=f"{tmp}/data")
        out = Path(tmp) / "graph.json"
        for args in (["migrate", "-v0"], ["ingest", "--quiet-progress", str(folder)], ["export_graph", "-o", str(out)]):
            subprocess.run(
                [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
            )
        return json.loads(out.read_text(encoding="utf-8"))


def figures(result: dict) -> dict:
    """The figures the event sets are judged by, from one score_graph result."""
    c = result["contradictions"]
    return {
        "quotes_p": result["quotes"]["precision"],
        "quotes_r": result["quotes"]["recall"],
        "speaker_accuracy": result["speaker_accuracy"],
        "linking_p": result["quote_linking"]["precision"],
        "linking_r": result["quote_linking"]["recall"],
        "contradictions_p": c["precision"],
        "contradictions_r": c["recall"],
        "contradictions_missed": c["missed"],
    }


def score_set(folder: Path, scorer: ModuleType) -> dict:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return scorer.score(gold, export_graph(folder))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (folders under tests/pipeline/events); default: all with gold")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--json", action="store_true", help="print the full scorer output per set")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer)
    if scorer is None:
        print(f"score_graph.py not found at {args.scorer}: nothing scored (pass --scorer PATH).")
        return 2
    folders = [EVENTS / name for name in args.sets] if args.sets else gold_sets()
    for folder in folders:
        result = score_set(folder, scorer)
        if args.json:
            print(json.dumps({folder.name: result}, indent=1))
            continue
        f = figures(result)
        print(
            f"{folder.name:<12} quotes P {f['quotes_p']:.3f} R {f['quotes_r']:.3f} | speaker {f['speaker_accuracy']:.3f}"
            f" | linking P {f['linking_p']:.3f} R {f['linking_r']:.3f}"
            f" | contradictions P {f['contradictions_p']:.3f} R {f['contradictions_r']:.3f}"
            f" (missed: {', '.join(f['contradictions_missed']) or '-'})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
