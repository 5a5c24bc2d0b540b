#!/usr/bin/env python3
"""End-to-end ingestion speed through the real pipeline, on the synthetic corpus.

    # (a) SQLite, tasks in-process (a fresh database file under /tmp)
    .venv/bin/python benchmarks/pipeline_bench.py inprocess --articles 300
    # (b) PostgreSQL + Redis + `celery -A newsfacts worker -c 2` started here and stopped at the end
    .venv/bin/python benchmarks/pipeline_bench.py celery --articles 600 \
        --database-url postgres://postgres@127.0.0.1:5432/newsfacts_bench --fresh
    # the same as a steady stream, 5 articles a second (also prints the workers' CPU per article)
    .venv/bin/python benchmarks/pipeline_bench.py celery --articles 300 --rate 5 \
        --database-url postgres://postgres@127.0.0.1:5432/newsfacts_bench --fresh
    # per-article cost on an already seeded store (see `manage.py seed_bulk`)
    .venv/bin/python benchmarks/pipeline_bench.py sample --articles 100 \
        --database-url postgres://postgres@127.0.0.1:5432/newsfacts_bench

Each mode feeds ``corpus_gen`` articles through ``ingest_submit`` and the ingest
task. ``sample`` runs in-process and splits each article's time into analysis
and store+link (``article_store``), so growth with the store's size shows where
it comes from. Timings are wall clock on a shared machine: compare medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus_gen import CorpusGenerator, Document  # noqa: E402

DEFAULT_BROKER = "redis://127.0.0.1:6379/14"
SQLITE_URL = "sqlite:////tmp/newsfacts_pipeline_bench.sqlite3"


def django_setup(database_url: str, broker: str = "") -> None:
    """Point Django at the benchmark database (never the dev one) and start it."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["CELERY_BROKER_URL"] = broker
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsfacts.settings")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    # Measured as a worker runs in production: with DEBUG on, Django keeps the
    # last 9,000 queries' SQL per connection, which costs time and tens of MB.
    os.environ.setdefault("DJANGO_DEBUG", "False")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-not-a-secret")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    import django

    django.setup()


def fresh_database(database_url: str) -> None:
    """Empty the benchmark database: delete the SQLite file or recreate the PostgreSQL database."""
    if database_url.startswith("sqlite"):
        path = Path(database_url.split("sqlite:///", 1)[1])
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    base, name = database_url.rsplit("/", 1)
    if "bench" not in name:
        raise SystemExit(f"refusing to recreate {name!r}: benchmark databases have 'bench' in their name")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def corpus(n: int, first_story: int, seed: int) -> list[Document]:
    return list(CorpusGenerator(seed).documents(n, first_story))


def submit(doc: Document, batch: str):
    from articles.services.ingest import ingest_submit

    return ingest_submit(kind="file", source=doc.name, payload=doc.text.encode("utf-8"),
                         content_type="text/plain", batch=batch)


def job_states(batch: str) -> dict[str, int]:
    from django.db.models import Count

    from articles.models import IngestJob

    rows = IngestJob.objects.filter(batch=batch).values("state").annotate(n=Count("id"))
    return {r["state"]: r["n"] for r in rows}


def run_inprocess(docs: list[Document]) -> dict:
    """Submit every document with tasks running eagerly (no broker): one process does everything."""
    start = time.perf_counter()
    for doc in docs:
        submit(doc, "bench-inprocess")
    elapsed = time.perf_counter() - start
    return {"articles": len(docs), "seconds": elapsed, "states": job_states("bench-inprocess")}


def _worker(database_url: str, broker: str, concurrency: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url, "CELERY_BROKER_URL": broker, "DJANGO_LOG_LEVEL": "WARNING"}
    cmd = [str(Path(sys.executable).parent / "celery"), "-A", "newsfacts", "worker", "-c", str(concurrency),
           "--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def unfinished() -> bool:
    """Articles stored and linked whose contradiction refresh has not run yet (a worker runs it in bursts)."""
    from articles.models import Article

    return Article.objects.filter(status=Article.Status.EXTRACTED).exists()


def _wait(batch: str, total: int, timeout: float) -> bool:
    """Until every job of the batch has finished and every article it stored is fully linked."""
    from articles.services.ingest import jobs_pending

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if jobs_pending(batch=batch) == 0 and sum(job_states(batch).values()) == total and not unfinished():
            return True
        time.sleep(0.05)
    return False


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (the worker's pool), from /proc (Linux)."""
    total, pending = 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while pending:
        p = pending.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            pending += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def run_celery(docs: list[Document], database_url: str, broker: str, concurrency: int, timeout: float,
               rate: float = 0.0) -> dict:
    """Start a worker, warm it up with one job, then time the batch from first submit to last job done.

    ``rate``: submit that many articles per second (a steady stream) instead of all at once.
    """
    worker = _worker(database_url, broker, concurrency)
    try:
        warm = corpus(1, 10**7, 99)[0]
        submit(warm, "bench-warmup")
        if not _wait("bench-warmup", 1, 120):
            raise SystemExit("worker did not finish the warm-up job in 120 s")
        cpu = _cpu_seconds(worker.pid)
        start = time.perf_counter()
        for i, doc in enumerate(docs):
            if rate:
                time.sleep(max(0.0, start + i / rate - time.perf_counter()))
            submit(doc, "bench-celery")
        submitted = time.perf_counter()
        finished = _wait("bench-celery", len(docs), timeout)
        elapsed = time.perf_counter() - start
        cpu = _cpu_seconds(worker.pid) - cpu
    finally:
        worker.terminate()  # warm shutdown: the worker finishes its current task and exits
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()
    return {"articles": len(docs), "seconds": elapsed, "finished": finished, "states": job_states("bench-celery"),
            "worker_cpu": cpu, "after_last_submit": elapsed - (submitted - start)}


def run_sample(docs: list[Document]) -> dict:
    """Per-article wall time in-process, with the store+link part timed on its own."""
    import claims.services.store as store

    real_store, store_times = store.article_store, []

    def timed_store(**kwargs):
        t0 = time.perf_counter()
        try:
            return real_store(**kwargs)
        finally:
            store_times.append(time.perf_counter() - t0)

    store.article_store = timed_store
    totals, batch = [], f"bench-sample-{uuid.uuid4().hex[:8]}"
    try:
        for doc in docs:
            t0 = time.perf_counter()
            submit(doc, batch)
            totals.append(time.perf_counter() - t0)
    finally:
        store.article_store = real_store
    return {"articles": len(docs), "total_ms": _ms(totals), "store_ms": _ms(store_times),
            "states": job_states(batch)}


def _ms(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    return {"median": 1000 * statistics.median(ordered), "p90": 1000 * ordered[int(0.9 * (len(ordered) - 1))],
            "mean": 1000 * statistics.fmean(ordered)}


def store_size() -> dict[str, int]:
    from articles.models import Article
    from claims.models import Claim, ClaimKey, Quote, QuoteKey

    return {m.__name__: m.objects.count() for m in (Article, Quote, QuoteKey, Claim, ClaimKey)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["inprocess", "celery", "sample"])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--database-url", default=None, help=f"default: {SQLITE_URL} (inprocess), required otherwise")
    ap.add_argument("--broker", default=DEFAULT_BROKER)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--fresh", action="store_true", help="recreate the benchmark database first")
    ap.add_argument("--first-story", type=int, default=None, help="default: 0, or past the seeded stories (sample)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--rate", type=float, default=0.0,
                    help="celery: submit this many articles per second (a steady stream); default all at once")
    args = ap.parse_args(argv)
    url = args.database_url or (SQLITE_URL if args.mode == "inprocess" else None)
    if not url:
        ap.error("--database-url is required for this mode")
    if args.fresh or (args.mode == "inprocess" and not args.database_url):
        fresh_database(url)
    django_setup(url, args.broker if args.mode == "celery" else "")
    migrate()
    return report(args, url)


def report(args: argparse.Namespace, url: str) -> int:
    first = args.first_story if args.first_story is not None else (5_000_000 if args.mode == "sample" else 0)
    docs = corpus(args.articles, first, args.seed)
    words = sum(len(d.text.split()) for d in docs)
    print(f"mode={args.mode} db={url.split('@')[-1]} articles={len(docs)} words/article={words / len(docs):.0f}")
    if args.mode == "sample":
        print(f"store before: {store_size()}")
        r = run_sample(docs)
        print(f"per article (ms): total {_fmt(r['total_ms'])}; store+link {_fmt(r['store_ms'])}; jobs {r['states']}")
        return 0
    if args.mode == "inprocess":
        r = run_inprocess(docs)
    else:
        r = run_celery(docs, url, args.broker, args.concurrency, args.timeout, args.rate)
    print(f"{r['articles']} articles in {r['seconds']:.1f}s = {r['articles'] / r['seconds']:.1f} articles/s; "
          f"jobs {r['states']}{'' if r.get('finished', True) else ' (TIMED OUT)'}")
    if "worker_cpu" in r:
        print(f"worker CPU {1000 * r['worker_cpu'] / r['articles']:.0f} ms/article; "
              f"done {r['after_last_submit']:.1f}s after the last submission")
    print(f"store after: {store_size()}")
    return 0


def _fmt(ms: dict[str, float]) -> str:
    return " ".join(f"{k} {v:.0f}" for k, v in ms.items())


if __name__ == "__main__":
    raise SystemExit(main())
