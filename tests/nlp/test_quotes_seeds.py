"""Quote extraction on the four seed articles against their hand-checked gold.

The articles are read from ../shared (never copied into the repo); the test
skips when that folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.nlp.quotes import extract_quotes

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "seeds.json"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold/seeds.json not available"),
]


def _load() -> tuple[dict, dict[str, list[dict]], dict[str, str]]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    speakers = {s["id"]: s for s in gold["speakers"]}
    by_file: dict[str, list[dict]] = {}
    for q in gold["quotes"]:
        by_file.setdefault(q["file"], []).append(q)
    texts = {f: (GOLD.parent / gold["texts_dir"] / Path(f).name).read_text(encoding="utf-8") for f in by_file}
    return speakers, by_file, texts


def _same_person(predicted: str | None, speaker: dict) -> bool:
    """Surname match against the gold name and aliases (spellings differ: Zelensky / Zelenskyy)."""
    if not predicted:
        return False
    last = predicted.split()[-1].lower().rstrip("y")
    names = [speaker["name"], *speaker.get("aliases", [])]
    return any(n.split()[-1].lower().rstrip("y") == last for n in names)


def test_every_gold_quote_found_with_exact_offsets():
    """Strict recall is 1.0: each gold quote (speech and term) is extracted with its exact offsets."""
    _speakers, by_file, texts = _load()
    missing = []
    for f, quotes in by_file.items():
        spans = {(q.start, q.end) for q in extract_quotes(texts[f])}
        missing += [(f, g["text"]) for g in quotes if (g["start"], g["end"]) not in spans]
    assert missing == []


def test_predicted_quotes_are_gold_quotes():
    """Precision >= 0.95: nearly every extracted quote is a gold quote."""
    _speakers, by_file, texts = _load()
    total = wrong = 0
    for f, quotes in by_file.items():
        gold = {(g["start"], g["end"]) for g in quotes}
        for q in extract_quotes(texts[f]):
            total += 1
            wrong += (q.start, q.end) not in gold
    assert total and 1 - wrong / total >= 0.95


def test_speakers_resolve_to_gold_person():
    """For >= 97% of attributed gold quotes, speaker_name is the gold speaker."""
    speakers, by_file, texts = _load()
    checked = right = 0
    failures = []
    for f, quotes in by_file.items():
        found = {(q.start, q.end): q for q in extract_quotes(texts[f])}
        for g in quotes:
            if not g["speaker_id"]:
                continue
            checked += 1
            q = found.get((g["start"], g["end"]))
            ok = q is not None and _same_person(q.speaker_name, speakers[g["speaker_id"]])
            right += ok
            if not ok:
                failures.append((g["text"][:40], g["speaker_id"], q.speaker_name if q else None))
    assert checked and right / checked >= 0.97, failures
