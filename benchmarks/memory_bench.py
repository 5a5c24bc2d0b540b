#!/usr/bin/env python3
"""Does a worker's memory stay flat while it ingests many articles?

    .venv/bin/python benchmarks/memory_bench.py [--articles 10000] [--every 500] [--database-url URL]

One process submits synthetic articles (benchmarks/corpus_gen.py) with tasks
running in-process, i.e. the same ``ingest_job_run`` service the Celery task
calls, and prints current and peak RSS every ``--every`` articles. Default
database: a fresh SQLite file under /tmp.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus_gen import CorpusGenerator  # noqa: E402
from benchmarks.pipeline_bench import (  # noqa: E402
    SQLITE_URL,
    django_setup,
    fresh_database,
    migrate,
    submit,
)


def rss_mb() -> float:
    """Current resident set size of this process (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PROJECT_MODULES = ("claims.", "articles.", "newsfacts.")


def bounded_caches() -> list[tuple[str, int, int]]:
    """(name, entries held, bound) of every bounded cache in the project's loaded modules.

    Memory grows while these fill and must stop growing once they are full;
    printing how full they are tells filling caches from a leak.
    """
    from claims.nlp.bounded import BoundedMemo

    seen, out = set(), []
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith(PROJECT_MODULES):
            continue
        for attr, obj in list(vars(module).items()):
            if id(obj) in seen:
                continue
            if isinstance(obj, BoundedMemo):
                seen.add(id(obj))
                out.append((f"{module_name}.{attr}", len(obj), obj.limit))
            elif callable(getattr(obj, "cache_info", None)):
                info = obj.cache_info()
                if info.maxsize:
                    seen.add(id(obj))
                    out.append((f"{module_name}.{attr}", info.currsize, info.maxsize))
    return sorted(out)


def caches_shrink(factor: int, prefixes: tuple[str, ...] = PROJECT_MODULES) -> int:
    """Divide every bounded cache's bound by ``factor`` (to no fewer than 16 entries); returns how many.

    With caches that fill within the first few hundred articles, a run of a
    couple of thousand shows whether anything else grows per article: the
    leak test that a 10,000-article run at full bounds gives only at its end.
    Call after one article has run, so the modules imported on first use are
    loaded; every module attribute naming a cached function gets the new one.
    """
    import functools

    from claims.nlp.bounded import BoundedMemo

    modules = [m for name, m in list(sys.modules.items()) if name.startswith(prefixes) and m is not None]
    replaced: dict[int, object] = {}
    for module in modules:
        for obj in list(vars(module).values()):
            if id(obj) in replaced:
                continue
            if isinstance(obj, BoundedMemo):
                obj.limit = min(obj.limit, max(16, obj.limit // factor))
                replaced[id(obj)] = obj
            elif callable(getattr(obj, "cache_info", None)) and obj.cache_info().maxsize:
                bound = obj.cache_info().maxsize
                replaced[id(obj)] = functools.lru_cache(maxsize=min(bound, max(16, bound // factor)))(
                    obj.__wrapped__)
    for module in modules:
        for attr, obj in list(vars(module).items()):
            if id(obj) in replaced and replaced[id(obj)] is not obj:
                setattr(module, attr, replaced[id(obj)])
    return len(replaced)


def caches_full_share() -> float:
    """Entries held in all bounded caches over their summed bounds."""
    caches = bounded_caches()
    return sum(held for _, held, _ in caches) / max(1, sum(bound for _, _, bound in caches))


def run(n: int, every: int, first_story: int = 0, seed: int = 7, report=None) -> list[tuple[int, float, float, float]]:
    """(articles done, seconds, RSS MB, peak RSS MB) after each ``every`` articles; ``report`` sees each as it comes."""
    series = []
    start = time.perf_counter()
    for i, doc in enumerate(CorpusGenerator(seed).documents(n, first_story), 1):
        submit(doc, "bench-memory")
        if i % every == 0 or i == n:
            series.append((i, time.perf_counter() - start, rss_mb(), peak_mb()))
            if report:
                report(*series[-1])
    return series


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--every", type=int, default=500)
    ap.add_argument("--database-url", default=SQLITE_URL)
    ap.add_argument("--shrink-caches", type=int, default=1, metavar="FACTOR",
                    help="divide every bounded cache's bound by FACTOR after the first article (leak test)")
    args = ap.parse_args(argv)
    fresh_database(args.database_url)
    django_setup(args.database_url)
    migrate()
    print(f"RSS after start-up: {rss_mb():.1f} MB")
    first_story = 0
    if args.shrink_caches > 1:
        run(1, 1, first_story=10**6)  # a story of its own, so the measured run starts as usual
        print(f"{caches_shrink(args.shrink_caches)} bounded caches shrunk {args.shrink_caches}-fold")
    print(f"{'articles':>8} {'seconds':>8} {'rss_mb':>8} {'peak_mb':>8} {'caches':>7}")
    run(args.articles, args.every, first_story,
        report=lambda done, secs, rss, peak: print(
            f"{done:8d} {secs:8.0f} {rss:8.1f} {peak:8.1f} {100 * caches_full_share():6.1f}%", flush=True))
    print("bounded caches at the end (entries / bound):")
    for name, held, bound in bounded_caches():
        print(f"  {name:<60} {held:>7} / {bound}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
