"""The short-excerpt event sets scored through the whole pipeline against their gold files.

Ingest, export and the shared scorer (score_graph.py, outside this repository in
../shared/benchmarks; the scoring tests skip when it is absent) as in
benchmarks/event_sets.py. The floors sit just under the figures reached, so a
regression in cleaning, quote extraction, speakers, linking or the
contradiction rules on excerpts fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from benchmarks.event_sets import DEFAULT_SCORER, EVENTS, figures, load_scorer
from claims.exports import graph_export

SCORER = load_scorer(DEFAULT_SCORER)
SETS = ("rail_plan", "care_fraud", "cup_final")

# Floors per set: quotes P/R, speaker accuracy, quote linking P/R, contradictions P/R.
FLOORS = {
    name: {
        "quotes_p": 0.99,
        "quotes_r": 0.99,
        "speaker_accuracy": 0.99,
        "linking_p": 0.99,
        "linking_r": 0.99,
        "contradictions_p": 0.99,
        "contradictions_r": 0.99,
    }
    for name in SETS
}


@pytest.mark.parametrize("name", SETS)
def test_gold_offsets_are_exact(name):
    """Every span of the gold file is the text at its offsets: the scorer's figures rest on it."""
    gold = json.loads((EVENTS / name / "gold.json").read_text(encoding="utf-8"))
    texts = {a["file"]: (EVENTS / name / a["file"]).read_text(encoding="utf-8") for a in gold["articles"]}
    assert set(texts) == {p.name for p in (EVENTS / name).glob("*.txt")}
    spans = [(q["file"], q["text"], q["start"], q["end"]) for q in gold["quotes"]]
    spans += [(m["file"], m["sentence"], m["start"], m["end"]) for c in gold["claims"] for m in c["mentions"]]
    spans += [(i["file"], i["text"], i["start"], i["end"]) for c in gold["contradictions"] for i in c["items"]]
    assert [s for s in spans if texts[s[0]][s[2] : s[3]] != s[1]] == []


def _scored(folder: Path, capture) -> dict:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    with capture(execute=True):
        call_command("ingest", str(folder), quiet_progress=True, stdout=open("/dev/null", "w"))
    return figures(SCORER.score(gold, graph_export()))


@pytest.mark.skipif(SCORER is None, reason=f"score_graph.py not found at {DEFAULT_SCORER}")
@pytest.mark.django_db
@pytest.mark.parametrize("name", SETS)
def test_event_set_scores(name, django_capture_on_commit_callbacks):
    got = _scored(EVENTS / name, django_capture_on_commit_callbacks)
    below = {k: (got[k], floor) for k, floor in FLOORS[name].items() if got[k] < floor}
    assert below == {}, got
    assert got["contradictions_missed"] == [], got
