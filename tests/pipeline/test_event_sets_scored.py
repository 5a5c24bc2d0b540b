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
SETS = tuple(sorted(p.parent.name for p in EVENTS.glob("*/gold.json")))

# Floors per set: quotes P/R, speaker accuracy, quote linking P/R, contradictions P/R; 0.99 unless
# a set's figures reached less (the sets written blind, see events/README.md), then just under them.
BELOW_ONE = {
    # Rounds 1 and 2 (docs/benchmarks.md).
    "court_extradition_vesk": {"speaker_accuracy": 0.89},
    "courts_meridale_fraud": {"speaker_accuracy": 0.84},  # its gold names the barrister "Julian Strake KC" only
    "courts_norvalia_dataruling": {"speaker_accuracy": 0.94},
    "pol_coalition_collapse": {"contradictions_r": 0.49},
    "pol_senate_referendum": {"linking_p": 0.74, "contradictions_p": 0.74},
    "politics_estavia_budget": {"quotes_r": 0.89, "linking_r": 0.89},
    "sport_cycling_calvera_stage9": {"contradictions_r": 0.66},
    "sport_westmarch_cupfinal": {"quotes_r": 0.93, "linking_r": 0.77, "contradictions_r": 0.66},
    # Round 3, scored once as it came (docs/benchmarks.md).
    "courts_stadium_crush_inquiry": {"linking_r": 0.86},
    "politics_cabinet_reshuffle": {"contradictions_r": 0.74},
    "politics_mayoral_recount": {"speaker_accuracy": 0.88},
    "sport_basketball_final": {"contradictions_r": 0.74},
    "sport_corravale_marathon": {"speaker_accuracy": 0.91},
    # Rounds 4 and 5: round 4 was scored once as it came, then used to find failures; round 5 was
    # scored once as it came (docs/benchmarks.md), then looked at.
    "court_sarvonia_data_ruling": {"speaker_accuracy": 0.88},
    "pol_rennick_bay_byelection": {"quotes_r": 0.92, "speaker_accuracy": 0.91, "linking_r": 0.77,
                                   "contradictions_r": 0.74},
    "pol_velmora_budget_vote": {"quotes_r": 0.93, "speaker_accuracy": 0.92, "linking_r": 0.66},
    "sport_esterhal_marathon": {"contradictions_r": 0.66},
    "sport_kestrel_cup_final": {"speaker_accuracy": 0.91},
    "aldermark_stage_fourteen": {"speaker_accuracy": 0.9, "contradictions_r": 0.74},
    "cardenne_ambulance_resignation": {"speaker_accuracy": 0.9},
    "ferrowby_manager_sacked": {"speaker_accuracy": 0.57, "contradictions_r": 0.74},
    "orrin_seven_appeal": {"linking_r": 0.49, "contradictions_r": 0.74},
    "ostreva_saldane_fisheries_pact": {"contradictions_r": 0.74},
    # Round 6 (two writers): scored once as it came (docs/benchmarks.md), then used to find failures.
    "inquest_grain_silo": {"quotes_r": 0.94, "speaker_accuracy": 0.93, "linking_r": 0.84,
                           "contradictions_r": 0.79},
    "pol_commonweal_leadership": {"quotes_p": 0.94, "quotes_r": 0.94, "speaker_accuracy": 0.83,
                                  "linking_r": 0.86},
    "politics_council_merger": {"speaker_accuracy": 0.93, "contradictions_r": 0.79},
    "sport_skarvik_grand_prix": {"speaker_accuracy": 0.88, "contradictions_r": 0.79},
    "sport_title_fight": {"linking_r": 0.84},
    # Round 7 (two more writers, the same session): scored once as it came (docs/benchmarks.md), then
    # looked at; politics_holiday_lets' gold quotes a two-paragraph quotation as one quote (we keep two).
    "politics_holiday_lets": {"quotes_p": 0.93, "speaker_accuracy": 0.93, "linking_r": 0.77,
                              "contradictions_r": 0.59},
    "courts_museum_arson": {"speaker_accuracy": 0.76, "contradictions_r": 0.79},
    "sport_golf_playoff": {"speaker_accuracy": 0.85, "contradictions_r": 0.59},
    "brackenmoor_water_inquiry": {"quotes_r": 0.94, "speaker_accuracy": 0.82, "linking_r": 0.84},
    "corvid_air_tribunal": {"speaker_accuracy": 0.92, "linking_r": 0.87, "contradictions_p": 0.74,
                            "contradictions_r": 0.59},
    "marrowby_golf_playoff": {"speaker_accuracy": 0.94, "contradictions_r": 0.59},
    # Round 8 (two more writers): scored once with that session's final code, as it came; used to find
    # failures in the next session.
    "courts_quarry_review": {"quotes_r": 0.93, "speaker_accuracy": 0.85, "contradictions_r": 0.79},
    "sport_swimming_dq": {"speaker_accuracy": 0.93},
    "pol_harrowgate_mine": {"speaker_accuracy": 0.92, "linking_r": 0.87, "contradictions_r": 0.49},
    "sport_kilbrannock_gold_cup": {"contradictions_r": 0.59},
    # Round 9 (two more writers): scored once with the session-start code and once with that session's
    # final rules, as it came (docs/benchmarks.md), then looked at.
    "courts_orchestra_tribunal": {"contradictions_r": 0.66},
    "sport_aldmoor_snooker_final": {"contradictions_r": 0.49},
    "pol_bramholt_port_strike": {"speaker_accuracy": 0.92, "contradictions_r": 0.66},
    "courts_dravenmouth_negligence": {"speaker_accuracy": 0.81, "linking_r": 0.59, "contradictions_r": 0.33},
    "sport_selkirra_sailing": {"contradictions_r": 0.66},
    # Round 10 (two more writers, the same session): scored once with that session's final code, as it
    # came (docs/benchmarks.md); the next session's held-out start, then used to find failures.
    "pol_brecklow_congestion_charge": {"contradictions_r": 0.83},
    "courts_wind_farm_appeal": {"speaker_accuracy": 0.91, "linking_r": 0.66, "contradictions_r": 0.85},
    "sport_ski_jumping_world_cup": {"speaker_accuracy": 0.9, "contradictions_r": 0.66},
    "pol_governor_impeachment": {"linking_r": 0.85, "contradictions_r": 0.66},
    "courts_bandmates_copyright": {"contradictions_r": 0.83},
    "sport_table_tennis_final": {"contradictions_r": 0.83},
    # Round 11 (two more writers, the next session): scored as it came with that session's starting code
    # and with its rules once round 10 was worked through (docs/benchmarks.md), then looked at.
    # Here, with the tasks run as each commit is captured, the vote tally clash is found twice (as figures of
    # one story, then as one linked claim's) where `manage.py ingest` finds it once: left for a later session.
    "pol_orsland_media_veto": {"speaker_accuracy": 0.94, "contradictions_p": 0.83, "contradictions_r": 0.83},
    "sport_calmsund_chess_final": {"linking_r": 0.66, "contradictions_r": 0.49},
    "pol_vellaine_filibuster": {"speaker_accuracy": 0.82, "contradictions_r": 0.71},
    "courts_calthorpe_leak_court_martial": {"speaker_accuracy": 0.83, "linking_r": 0.78,
                                            "contradictions_p": 0.83, "contradictions_r": 0.83},
    "sport_brinmoor_curling_final": {"speaker_accuracy": 0.93, "linking_r": 0.88, "contradictions_r": 0.28},
    # Round 12 (two more writers, the same session): scored once with its starting and final code, as it
    # came (docs/benchmarks.md); the next session's held-out start (the same figures), then used to find failures.
    "pol_veskaria_deputies_suspended": {"linking_r": 0.91, "contradictions_r": 0.71},
    "courts_ardholm_probate_will": {"speaker_accuracy": 0.93, "contradictions_r": 0.66},
    "sport_halvard_pole_vault_record": {"speaker_accuracy": 0.86, "contradictions_r": 0.71},
    "pol_lessemar_formateur": {"contradictions_r": 0.66},
    "courts_harrowfold_church_court": {"speaker_accuracy": 0.81, "linking_r": 0.71, "contradictions_r": 0.57},
    "sport_hvitmark_sled_race": {"contradictions_r": 0.57},
    # Round 13 (two more writers, commissioned at the next session's start): scored once with that session's
    # starting and final code, as it came (docs/benchmarks.md); not looked at beyond the figures.
    "courts_vessby_ferry_engineer_dismissal": {"speaker_accuracy": 0.93, "contradictions_p": 0.49,
                                               "contradictions_r": 0.16},
    "courts_veyhaven_licence_appeal": {"speaker_accuracy": 0.92, "linking_r": 0.79, "contradictions_r": 0.49},
    "pol_orrinford_planning": {"linking_r": 0.54, "contradictions_r": 0.42},
    "pol_orvenland_citizens_assembly": {"speaker_accuracy": 0.94, "contradictions_p": 0.74,
                                        "contradictions_r": 0.37},
    "sport_port_velmora_darts_final": {"speaker_accuracy": 0.87, "linking_r": 0.79, "contradictions_p": 0.74,
                                       "contradictions_r": 0.42},
    "sport_selmouth_regatta": {"contradictions_r": 0.42},
}
_KEYS = ("quotes_p", "quotes_r", "speaker_accuracy", "linking_p", "linking_r", "contradictions_p", "contradictions_r")
FLOORS = {
    name: {
        key: floor for key in _KEYS if (floor := BELOW_ONE.get(name, {}).get(key, 0.99)) is not None
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
    if name not in BELOW_ONE:
        assert got["contradictions_missed"] == [], got
