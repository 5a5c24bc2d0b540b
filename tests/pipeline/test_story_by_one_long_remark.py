"""Two reports that share one long remark and little else are one story for the number rules."""

from __future__ import annotations

import pytest

REPORT_A = (
    "A former harbour treasurer who took £3.2m from the port fund has been jailed for seven years and six "
    "months.\n\nNadia Ferro KC, defending, said her client was a broken man. \"He has lost his name, his "
    "career and his marriage,\" she said.\n"
)
REPORT_B = (
    "eight years and six months behind bars, reduced because of his guilty plea, the judge said.\n\n"
    "Outside court, his solicitor, Roland Gaunt, said: \"He has lost his name, his career and his marriage. "
    "He will not appeal.\"\n"
)


@pytest.mark.django_db
def test_one_long_shared_remark_makes_two_reports_one_story(ingest, tmp_path, exported):
    for name, text in (("a.txt", REPORT_A), ("b.txt", REPORT_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        ingest(tmp_path / name)  # one at a time, as a stream of articles arrives
    found = exported()["contradictions"]
    numbers = [sorted(i["text"] for i in c["items"]) for c in found if c["kind"] == "number"]
    assert numbers == [["eight years and six months", "seven years and six months"]]
