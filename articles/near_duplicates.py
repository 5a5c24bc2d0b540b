"""Recognise reprints: the same wire story or an aggregator copy under another outlet.

A bottom-k MinHash sketch (the k word 5-grams with the smallest stable hashes)
is stored per article as index keys; two copies of one story share most of
their sketch, unrelated stories almost none, so candidates come from an indexed
lookup and only a handful of bodies are compared in full.
"""

from __future__ import annotations

import hashlib
import re

SHINGLE = 5
SKETCH = 12
MIN_SHARED = 3  # sketch keys two articles must share to be compared in full
COPY_RESEMBLANCE = 0.7  # Jaccard of word 5-gram sets above which one reprints the other

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _shingles(text: str) -> set[str]:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return {" ".join(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


def _hash(shingle: str) -> str:
    return hashlib.blake2b(shingle.encode(), digest_size=8).hexdigest()


def sketch_keys(text: str) -> list[str]:
    """The article's sketch: its SKETCH smallest shingle hashes (hex strings)."""
    return sorted({_hash(s) for s in _shingles(text)})[:SKETCH]


def resemblance(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' word 5-gram sets."""
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0
