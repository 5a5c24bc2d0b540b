"""Attribution rules of round 3: datelines, clause-opening adverbials and participles,
coordinated reports after a quote, post-modified speaker phrases, subject fallback after an
opening adverbial clause, and cited headlines with bylines (invented text)."""

from __future__ import annotations

from claims.nlp.quote_export import quote_records
from claims.nlp.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_mention for q in extract_quotes(text)]


def test_dateline_is_not_the_subject():
    """'SPRINGFIELD (AP) — Mayor Jane Roe on Monday vetoed ... “...”': the dateline is skipped."""
    text = "SPRINGFIELD (AP) — Mayor Jane Roe on Monday vetoed the plan as “a reckless gamble with our money.”"
    assert _speakers(text) == ["Mayor Jane Roe"]


def test_opening_time_adverbial_is_not_the_subject():
    """'Hours later, Okafor ..., telling reporters, “...”': the subject follows the adverbial."""
    text = "Hours later, Okafor returned the favor, telling reporters, “She is a fine colleague and a friend.”"
    assert _speakers(text) == ["Okafor"]


def test_opening_participle_clause_is_not_the_subject():
    """'Reached by phone, Baker denied ..., explaining that he was “...”': Baker is the speaker."""
    text = "Reached by phone, Baker denied the report, explaining that he was “on vacation all week.”"
    assert _speakers(text) == ["Baker"]


def test_coordinated_report_after_quote_keeps_the_earlier_speaker():
    """'Roe said the video did not give “...,” but he said that ...': the new clause is a new report."""
    text = (
        "Chief Ann Roe said that the footage did not give “clear and final proof of anything at all,” "
        "but he said that the other evidence was strong."
    )
    assert _speakers(text)[0] == "Chief Ann Roe"


def test_speaker_noun_with_prepositional_modifier_before_cue():
    """'a columnist for the site Pando said ... “...”': the speaker phrase starts at the noun."""
    text = "Later, a columnist for the news site Pando said he was “utterly ashamed of it.”"
    assert _speakers(text) == ["a columnist for the news site Pando"]


def test_post_modified_speaker_resolves_to_no_name_inside_the_modifier():
    """'the senator from Vermont said': the modifier's place name is not the speaker's name."""
    quotes = extract_quotes("The senator from Vermont said the system was “rigged and corrupt.”")
    assert quotes[0].speaker_mention == "The senator from Vermont"
    assert quotes[0].speaker_name != "Vermont"


def test_fallback_subject_after_opening_adverbial_clause():
    """'Asked whether ..., Mr. Okafor shot back: “...”': no cue verb, the clause subject speaks."""
    text = "Asked whether the team would apologize, Mr. Okafor shot back: “That would be good for everyone.”"
    assert _speakers(text) == ["Mr. Okafor"]


def test_cited_headline_with_byline_is_not_a_quotation():
    """'—“Title,” by the Post’s Jane Doe: “excerpt”': a link list cites articles, nobody speaks."""
    text = (
        "Intro paragraph of the newsletter.\n\n"
        "—“Museum to close at the end of the year,” by the Post’s Jane Doe: “The museum, a small "
        "venue on the river, will close its doors in December.” http://example.com/x"
    )
    assert quote_records(text) == []
