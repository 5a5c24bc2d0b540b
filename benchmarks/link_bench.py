#!/usr/bin/env python3
"""Scale benchmark for quote linking with blocking keys, on synthetic quotes.

    .venv/bin/python benchmarks/link_bench.py [--sizes 1000 10000 100000] [--seed 7]

Synthetic data: invented speakers and sentences (pseudo-words from syllables,
frequent words short, as in real language; each speaker repeats a few pet
phrases across different statements), each utterance quoted 1-4 times
in different articles with variants: exact, punctuation/case/quote style,
one-word substitution, truncation, a reworded opening, an inserted word.

Linking simulates the database: an inverted index key -> quote ids (one per
speaker, one across speakers for quotes whose speaker is unknown). Each new
quote looks up its keys, keeps the candidates sharing enough keys
(``rank_candidates``), scores the best few with ``same_utterance`` and is then
indexed itself. Each size runs in its
own process so peak memory (ru_maxrss) is per size.
"""

from __future__ import annotations

import argparse
import bisect
import gc
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.nlp.quote_linking import (  # noqa: E402
    LINK_THRESHOLD,
    MAX_POSTINGS,
    QuoteRecord,
    rank_candidates,
    same_utterance,
)
from claims.nlp.similarity import blocking_keys  # noqa: E402
from claims.nlp.speakers import speaker_key  # noqa: E402

SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "ar", "en")]
FUNCTION = (
    "the a to of and in that we it is for on with they will be not you this but have "
    "are at our from by as what all so if there can going we're don't I'm it's would"
).split()
OPENINGS = ["Without", "Unless", "Given", "Because of", "Despite"]


@dataclass(frozen=True)
class Synthetic:
    record: QuoteRecord
    utterance: int


class Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self._cum: dict[int, list[float]] = {}
        self._stock: dict[str, list[list[str]]] = {}
        self.vocab = self._vocab(max(4000, n // 2))
        self.speakers = [self._name() for _ in range(max(20, n // 40))]
        self.n = n

    def _word(self, syllables: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(syllables))

    def _vocab(self, size: int) -> list[str]:
        # Zipf's law of abbreviation: the frequent (low-rank) words are the short ones.
        words = {self._word(1 + min(4, int(i**0.25) // 2)) for i in range(size * 2)}
        return sorted(words, key=lambda w: (len(w), w))[:size]

    def _name(self) -> str:
        return f"{self._word(2).title()} {self._word(3).title()}"

    def _zipf(self, size: int) -> int:
        """A Zipf rank (weight 1/(r + 100)): content words start below the ~100 function words."""
        cum = self._cum.get(size)
        if cum is None:
            cum = self._cum[size] = list(itertools.accumulate(1.0 / (r + 100) for r in range(size)))
        return bisect.bisect_left(cum, self.rng.random() * cum[-1])

    def stock_phrases(self, speaker: str) -> list[list[str]]:
        """Each speaker's pet phrases ("the American people"): shared by many different statements."""
        if speaker not in self._stock:
            self._stock[speaker] = [
                [self.rng.choice(FUNCTION)]
                + [self.vocab[self._zipf(len(self.vocab))] for _ in range(self.rng.randint(2, 3))]
                for _ in range(5)
            ]
        return self._stock[speaker]

    def sentence(self, speaker: str) -> list[str]:
        out: list[str] = []
        for _ in range(self.rng.randint(7, 24)):
            if self.rng.random() < 0.45:
                out.append(self.rng.choice(FUNCTION))
            else:
                out.append(self.vocab[self._zipf(len(self.vocab))])
        for _ in range(self.rng.choice([0, 1, 1, 2])):
            at = self.rng.randrange(len(out) + 1)
            out[at:at] = self.rng.choice(self.stock_phrases(speaker))
        return out

    def variant(self, words: list[str]) -> str:
        w = list(words)
        kind = self.rng.choice(["exact", "punct", "subst", "trunc", "prefix", "insert"])
        if kind == "subst":
            i = self.rng.randrange(len(w))
            w[i] = self.vocab[self._zipf(len(self.vocab))]
        elif kind == "trunc":
            keep = max(4, int(len(w) * self.rng.uniform(0.6, 0.9)))
            start = self.rng.randint(0, len(w) - keep)
            w = w[start : start + keep]
        elif kind == "prefix":
            w = [self.rng.choice(OPENINGS)] + w[3:]
        elif kind == "insert":
            w.insert(self.rng.randrange(1, len(w)), self.rng.choice(["really", "very", "just"]))
        text = " ".join(w)
        if kind == "punct":
            text = (
                text.replace(" and ", ", and ").replace("'", "’").upper()
                if self.rng.random() < 0.5
                else text + " –"
            )
        return text[0].upper() + text[1:] + self.rng.choice([".", ",", ""])

    def quotes(self) -> list[Synthetic]:
        out: list[Synthetic] = []
        utterance = 0
        while len(out) < self.n:
            speaker = self.speakers[self._zipf(len(self.speakers))]
            words = self.sentence(speaker)
            articles = self.rng.sample(range(self.n), self.rng.choice([1, 2, 2, 3, 4]))
            for art in articles:
                known = self.rng.random() > 0.1
                rec = QuoteRecord(len(out), art, speaker_key(speaker) if known else None, self.variant(words))
                out.append(Synthetic(rec, utterance))
            utterance += 1
        self.rng.shuffle(out)  # arrival order is not utterance order
        return out[: self.n]


class BlockIndex:
    """In-memory twin of the key table: (speaker, key) -> ids, and key -> ids across speakers."""

    def __init__(self) -> None:
        self.by_speaker: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.key_count: dict[int, int] = {}

    def candidates(self, rec: QuoteRecord, keys: set[str]) -> tuple[list[int], int]:
        hits: Counter[int] = Counter()
        touched = 0
        for key in keys:
            # Known speaker: that speaker's quotes and the unattributed ones; unknown: everyone's.
            if rec.speaker_key:
                lists = [self.by_speaker.get((rec.speaker_key, key), []), self.by_speaker.get(("", key), [])]
            else:
                lists = [self.by_key.get(key, [])]
            for ids in lists:
                if len(ids) <= MAX_POSTINGS:
                    touched += len(ids)
                    hits.update(ids)
        return rank_candidates(hits, len(keys), self.key_count), touched

    def add(self, rec: QuoteRecord, keys: set[str]) -> None:
        self.key_count[rec.id] = len(keys)  # a column of the quote row in the DB
        for key in keys:
            self.by_key[key].append(rec.id)
            self.by_speaker[(rec.speaker_key or "", key)].append(rec.id)


def run(n: int, seed: int, repeats: int) -> dict[str, float]:
    """Link all n quotes as they arrive; CPU time is the best of ``repeats`` runs (other jobs share the box)."""
    data = Generator(n, seed).quotes()
    # The index stands in for database tables; left to Python's cyclic GC, its
    # millions of live objects would make every collection (and so every quote)
    # slower as n grows, which is not a cost the real system has. Linking makes
    # no reference cycles, so nothing is leaked by pausing the collector.
    gc.freeze()
    gc.disable()
    best = float("inf")
    for _ in range(repeats):
        elapsed, stats = _link_all(data)
        best = min(best, elapsed)
    gold = _gold_pairs(data)
    return {
        "quotes": n,
        "us_per_quote": round(best / n * 1e6, 1),
        "candidates_per_quote": round(stats["scored"] / n, 2),
        "postings_per_quote": round(stats["touched"] / n, 1),
        "link_precision": round(stats["right"] / stats["links"], 4) if stats["links"] else 0.0,
        "link_recall": round(stats["right"] / gold, 4) if gold else 0.0,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _link_all(data: list[Synthetic]) -> tuple[float, dict[str, int]]:
    by_id = {s.record.id: s for s in data}
    index = BlockIndex()
    scored = touched = links = right = 0
    start = time.process_time()
    for s in data:
        keys = blocking_keys(s.record.text)
        cands, t = index.candidates(s.record, keys)
        touched += t
        scored += len(cands)
        for cid in cands:
            other = by_id[cid]
            if (
                other.record.article_id != s.record.article_id
                and same_utterance(s.record, other.record) >= LINK_THRESHOLD
            ):
                links += 1
                right += other.utterance == s.utterance
        index.add(s.record, keys)
    elapsed = time.process_time() - start
    return elapsed, {"scored": scored, "touched": touched, "links": links, "right": right}


def _gold_pairs(data: list[Synthetic]) -> int:
    """Cross-article pairs of one utterance whose speakers do not conflict (what linking could find)."""
    groups: dict[int, list[QuoteRecord]] = defaultdict(list)
    for s in data:
        groups[s.utterance].append(s.record)
    return sum(
        1
        for recs in groups.values()
        for i, a in enumerate(recs)
        for b in recs[i + 1 :]
        if a.article_id != b.article_id
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run(args.one, args.seed, repeats=3 if args.one <= 10_000 else 1)))
        return
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(out))
    cols = list(rows[0])
    print("  ".join(f"{c:>20}" for c in cols))
    for r in rows:
        print("  ".join(f"{r[c]:>20}" for c in cols))
    base = rows[0]["us_per_quote"]
    for r in rows[1:]:
        print(f"per-quote cost at {r['quotes']}: {r['us_per_quote'] / base:.2f}x that at {rows[0]['quotes']}")


if __name__ == "__main__":
    main()
