"""Smoke tests: each benchmark script's core function runs on a tiny input. Nothing here is timed."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from benchmarks import extract_bench, memory_bench, pipeline_bench, web_bench
from benchmarks.corpus_gen import CorpusGenerator


def test_corpus_is_deterministic_per_seed():
    """The same seed gives the same articles, whatever prefix length is asked for."""
    a = [d.text for d in CorpusGenerator(3).documents(5)]
    b = [d.text for d in CorpusGenerator(3).documents(8)][:5]
    assert a == b


def test_corpus_spans_point_at_their_text():
    """Every recorded quote and claim span is the exact text at its offsets."""
    for doc in CorpusGenerator(1).documents(12):
        for span in doc.quotes + doc.claims:
            assert doc.text[span.start:span.end] == span.text


def test_stories_are_told_by_several_outlets():
    """A story is reported by at least two different outlets."""
    docs = CorpusGenerator(2).story(0)
    assert len({d.outlet.name for d in docs}) >= 2


def test_extract_bench_measures_both_stages():
    """extract_bench reports articles/s for the quote extractor and the full analysis."""
    texts = [d.text for d in CorpusGenerator(4).documents(2)]
    out = extract_bench.measure(texts, repeat=1)
    assert set(out) == {"extract_quotes", "analyse"} and all(r["best_articles_s"] > 0 for r in out.values())


def test_wrk_output_is_parsed():
    """web_bench reads requests/s and the p50/p99 latencies from wrk's --latency output."""
    sample = "  Latency Distribution\n     50%    3.10ms\n     75%    4.00ms\n     90%    5.00ms\n     99%   12.50ms\n" \
             "Requests/sec:    321.50\n"
    r = web_bench.parse_wrk(sample)
    assert (r["p50_ms"], r["p99_ms"], r["rps"]) == (3.1, 12.5, 321.5)


@pytest.mark.django_db(transaction=True)  # jobs are queued on commit
def test_pipeline_sample_runs_articles_through_ingestion():
    """pipeline_bench's sample mode ingests the articles and times the store step of each."""
    docs = pipeline_bench.corpus(2, 0, 5)
    r = pipeline_bench.run_sample(docs)
    assert r["states"] == {"done": 2} and r["store_ms"]["median"] > 0


@pytest.mark.django_db(transaction=True)
def test_memory_bench_samples_rss():
    """memory_bench records one RSS sample per interval and one at the end."""
    series = memory_bench.run(3, every=2)
    assert [s[0] for s in series] == [2, 3] and all(s[2] > 0 for s in series)


def test_memory_bench_shrinks_every_bounded_cache_and_rebinds_its_names(monkeypatch):
    """The leak test divides each bound, never below 16 or above the old one, wherever the cache is named."""
    import functools
    import sys
    import types

    from claims.nlp.bounded import BoundedMemo

    @functools.lru_cache(maxsize=1000)
    def squared(n: int) -> int:
        return n * n

    owner, user = types.ModuleType("claims._probe_owner"), types.ModuleType("claims._probe_user")
    owner.squared = user.squared = squared  # `from owner import squared` in another module
    owner.memo, owner.tiny = BoundedMemo(500), functools.lru_cache(maxsize=4)(abs)
    monkeypatch.setitem(sys.modules, owner.__name__, owner)
    monkeypatch.setitem(sys.modules, user.__name__, user)

    assert memory_bench.caches_shrink(10, prefixes=("claims._probe",)) == 3
    assert owner.squared is user.squared and owner.squared.cache_info().maxsize == 100
    assert owner.squared(7) == 49 and owner.memo.limit == 50 and owner.tiny.cache_info().maxsize == 4
    names = {name for name, _, _ in memory_bench.bounded_caches()}
    assert {"claims._probe_owner.squared", "claims._probe_owner.memo"} <= names


@pytest.mark.django_db
def test_seed_bulk_fills_every_table():
    """seed_bulk writes articles, grouped quotes with keys and claims with keys and mentions."""
    from articles.models import Article
    from claims.models import ClaimKey, ClaimKeyCount, ClaimMention, Quote, QuoteKey

    call_command("seed_bulk", articles=6, batch=4, stdout=open("/dev/null", "w"))
    assert Article.objects.count() == 6
    assert Quote.objects.filter(group__isnull=False).exists() and QuoteKey.objects.exists()
    assert ClaimMention.objects.exists() and ClaimKey.objects.exists()
    # Key rarity counts are rebuilt from the keys written in bulk.
    assert sum(ClaimKeyCount.objects.values_list("claims", flat=True)) == ClaimKey.objects.count()


def test_pipeline_bench_counts_the_cpu_of_a_worker_and_its_pool():
    """The Celery mode's CPU figure adds the worker's forked pool processes to the worker itself."""
    import os
    import subprocess
    import sys
    import time

    burn = ("import sys, time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass\n"
            "print('ready', flush=True)\ntime.sleep(30)")
    child = subprocess.Popen([sys.executable, "-c", burn], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        own = time.process_time()
        assert pipeline_bench._cpu_seconds(os.getpid()) >= own + 0.25
    finally:
        child.kill()
        child.wait()


def test_seed_orders_says_when_the_seeds_are_absent(tmp_path, capsys):
    """Without ../shared (a user's clone) the order benchmark names what is missing and scores nothing."""
    from benchmarks import seed_orders

    assert seed_orders.main(["--seeds", str(tmp_path / "none"), "--gold", str(tmp_path / "g.json")]) == 2
    assert "not found: nothing scored" in capsys.readouterr().out
