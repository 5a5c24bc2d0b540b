"""Benchmark HTML article extraction against the shared ground truth.

    python benchmarks/html_bench.py [PAGES_DIR] [--out OUT.json] [--gold GOLD.json]

Reads all pages first, so pages/s measures extraction only (start-up and disk
excluded), writes the predictions and prints the score of ../shared's scorer.
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

from articles.html_batch import extract_pages, page_files, read_page  # noqa: E402

SHARED = ROOT.parent / "shared" / "benchmarks"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages_dir", nargs="?", default=str(SHARED / "html" / "pages"))
    ap.add_argument("--out", default="/tmp/html_bench_pred.json")
    ap.add_argument("--gold", default=str(SHARED / "html" / "ground-truth.json"))
    ap.add_argument("--scorer", default=str(SHARED / "score_html.py"))
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the fastest is reported (shared CPUs are noisy)")
    args = ap.parse_args(argv)
    pages = {pid: read_page(path) for pid, path in page_files(args.pages_dir).items()}
    extract_pages({k: pages[k] for k in list(pages)[:3]})  # warm up lazy imports
    times = []
    errors: list[str] = []
    for _ in range(max(1, args.repeat)):
        errors.clear()
        start = time.perf_counter()
        pred = extract_pages(pages, on_error=lambda pid, exc: errors.append(f"{pid}: {exc}"))
        times.append(time.perf_counter() - start)
    elapsed = min(times)
    Path(args.out).write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(pages)} pages in {elapsed:.2f}s = {len(pages) / elapsed:.1f} pages/s; {len(errors)} errors")
    for line in errors:
        print("  error", line)
    if Path(args.scorer).exists() and Path(args.gold).exists():
        done = subprocess.run([sys.executable, args.scorer, args.gold, args.out], capture_output=True, text=True)
        print(done.stdout.strip() or done.stderr.strip())
    else:
        print("scorer or gold not found; predictions written to", args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
