#!/usr/bin/env python3
"""Claim linking on the seed articles in every ingest order (issue #4).

    .venv/bin/python benchmarks/seed_orders.py [--seeds ../shared/seeds] [--gold ../shared/gold/seeds.json]

Linking is incremental, so which claims a sentence joins can depend on the order the
articles arrive in. Each of the 4! orders is ingested into a fresh SQLite file
(manage.py migrate, ingest, export_graph) and scored with the shared scorer
(../shared/benchmarks/score_graph.py, read at run time); the script prints claim-linking
precision and recall per order and their mean, min and max (~2 minutes).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def score_order(files: tuple[Path, ...], gold: Path, scorer: Path, work: Path) -> dict:
    db, graph = work / "orders.sqlite3", work / "graph.json"
    db.unlink(missing_ok=True)
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{db}", CELERY_BROKER_URL="")
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
    subprocess.run([*manage, "ingest", "--quiet-progress", *map(str, files)], env=env, check=True, capture_output=True)
    subprocess.run([*manage, "export_graph", "-o", str(graph)], env=env, check=True, capture_output=True)
    out = subprocess.run(
        [sys.executable, str(scorer), "--json", str(gold), str(graph)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)["claim_linking"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "seeds.json")
    ap.add_argument("--scorer", type=Path, default=SHARED / "benchmarks" / "score_graph.py")
    args = ap.parse_args(argv)
    files = sorted(args.seeds.glob("*.txt"))
    if not files or not args.gold.is_file() or not args.scorer.is_file():
        print(f"seeds ({args.seeds}), gold or scorer not found: nothing scored.")
        return 2
    rows = []
    with tempfile.TemporaryDirectory(prefix="seed_orders_") as tmp:
        for order in itertools.permutations(files):
            result = score_order(order, args.gold, args.scorer, Path(tmp))
            rows.append((result["precision"], result["recall"]))
            print(f"P {result['precision']:.3f} R {result['recall']:.3f}  " + " ".join(f.name[:3] for f in order))
    ps, rs = [p for p, _ in rows], [r for _, r in rows]
    print(
        f"{len(rows)} orders: mean P {sum(ps) / len(ps):.3f} R {sum(rs) / len(rs):.3f}; "
        f"R min {min(rs):.3f} max {max(rs):.3f}; R >= 0.8 in {sum(r >= 0.8 for r in rs)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
