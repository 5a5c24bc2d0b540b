"""A scare-quoted term joins the utterance it comes from whichever report arrives first (invented reports)."""

from __future__ import annotations

import pytest

TERM_REPORT = (
    "Budget passes after long night\n\n"
    "Finance Minister Orsolya Venn won the vote by 88 votes to 71 on Thursday. Opposition leader Tomas Brevik "
    "said the tax rise would \"strangle small firms\" across the north of Velmora.\n"
)
SPEECH_REPORT = (
    "VELMORA, 4 March (Lowland Tribune) - Finance Minister Orsolya Venn's budget passed on Thursday after a "
    "long night. Opposition leader Tomas Brevik was scathing about the tax rise. \"It will strangle small "
    "firms,\" he said. \"We will undo this on our first day.\"\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize("order", [("term", "speech"), ("speech", "term")])
def test_a_term_joins_its_utterance_in_either_order(ingest, tmp_path, order, exported):
    texts = {"term": TERM_REPORT, "speech": SPEECH_REPORT}
    for name in order:
        path = tmp_path / f"{name}.txt"
        path.write_text(texts[name], encoding="utf-8")
        ingest(path)
    quotes = {x["text"]: x for x in exported()["quotes"]}
    assert quotes["strangle small firms"]["cluster"] == quotes["It will strangle small firms,"]["cluster"]
    assert quotes["We will undo this on our first day."]["cluster"] != quotes["strangle small firms"]["cluster"]
