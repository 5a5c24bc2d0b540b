"""A quote cut off by its article's end (an excerpt stopping mid-quotation) joins the quote it opens,
in another article of the same occasion (invented articles and quotes)."""


import pytest

from claims.nlp.quote_linking import QuoteRecord, cluster_quotes, completed_cut_quotes, cut_at_text_end

BRENN = "talia brenn"
OKAFOR = "jude okafor"
TENDER = "The contract was signed after an open tender and every bid was published online."
AUDIT = "We’re going to have the auditors look at it before the council votes."


def q(id_, article, text, speaker=BRENN, cut=False, kind="speech"):
    return QuoteRecord(id_, article, speaker, text, kind, cut=cut)


def test_a_quote_is_cut_when_nothing_but_space_or_an_ellipsis_follows_it():
    body = "Brenn said: “We’re going to have"
    assert cut_at_text_end(body, len(body))
    assert cut_at_text_end(body + " […]\n", len(body))
    assert cut_at_text_end(body + "…", len(body))
    assert not cut_at_text_end(body + "”\n", len(body))  # closed at the very end: whole
    assert not cut_at_text_end(body + " more,” she said.", len(body))


def test_a_cut_quote_joins_the_one_quote_of_the_other_article_it_opens():
    ours = [q(1, 1, TENDER), q(2, 1, "We’re going to have", speaker=None, cut=True)]
    theirs = [q(3, 2, TENDER), q(4, 2, AUDIT), q(5, 2, "The port has never been busier,")]
    assert completed_cut_quotes(ours, theirs) == [(2, 4)]
    assert completed_cut_quotes(theirs, ours) == [(2, 4)]


def test_a_cut_quote_that_opens_two_different_quotes_stays_alone():
    ours = [q(1, 1, "We’re going to have", cut=True)]
    theirs = [q(3, 2, AUDIT), q(4, 2, "We’re going to have a new ferry by spring,")]
    assert completed_cut_quotes(ours, theirs) == []


def test_only_a_compatible_speaker_and_enough_words_complete_a_cut_quote():
    theirs = [q(3, 2, AUDIT)]
    assert completed_cut_quotes([q(1, 1, "We’re going to have", speaker=OKAFOR, cut=True)], theirs) == []
    assert completed_cut_quotes([q(1, 1, "We’re going", cut=True)], theirs) == []
    assert completed_cut_quotes([q(1, 1, "We’re going to have", cut=False)], theirs) == []


def test_a_cut_quote_may_stop_mid_word_and_may_open_another_cut_quote():
    assert completed_cut_quotes([q(1, 1, "We’re going to have the audi", cut=True)], [q(3, 2, AUDIT)]) == [(1, 3)]
    both_cut = completed_cut_quotes([q(1, 1, "We’re going to", cut=True)], [q(3, 2, "We’re going to have", cut=True)])
    assert both_cut == [(1, 3)]


def test_cluster_quotes_completes_cut_quotes_only_between_articles_of_one_occasion():
    records = [
        q(1, 1, TENDER),
        q(2, 1, "We’re going to have", cut=True),
        q(3, 2, TENDER),
        q(4, 2, AUDIT),
        q(5, 3, "We’re going to have", cut=True),  # another story: nothing else in common
    ]
    clusters = cluster_quotes(records)
    assert clusters[1] == clusters[3]
    assert clusters[2] == clusters[4]
    assert clusters[5] == 5


FULL = (
    "Harbour minister defends dredging deal\n\n"
    "Harbour minister Talia Brenn defended the Kessport dredging contract on Tuesday. "
    f"“{TENDER}” Brenn told reporters at the port office.\n\n"
    f"“{AUDIT}” she said.\n"
)
EXCERPT = (
    "KESSPORT (AP) — Harbour minister Talia Brenn defended the Kessport dredging contract on Tuesday, "
    "telling reporters that it “was signed after an open tender and every bid was published online.”\n\n"
    "“We’re going to have …\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize("order", [("full", "excerpt"), ("excerpt", "full")])
def test_the_pipeline_links_a_cut_quote_to_the_quote_it_opens_in_either_order(ingest, tmp_path, order, exported):
    texts = {"full": FULL, "excerpt": EXCERPT}
    for name in order:
        path = tmp_path / f"{name}.txt"
        path.write_text(texts[name], encoding="utf-8")
        ingest(path)
    quotes = exported()["quotes"]
    cut = next(x for x in quotes if x["text"].startswith("We’re going to have") and "auditors" not in x["text"])
    full = next(x for x in quotes if "auditors" in x["text"])
    assert cut["cluster"] == full["cluster"]


def test_a_cut_quote_may_open_a_later_sentence_of_the_other_quote_if_only_one():
    both = "The contract was signed after an open tender. We’re going to have the auditors look at it."
    assert completed_cut_quotes([q(1, 1, "We’re going to have", cut=True)], [q(3, 2, both)]) == [(1, 3)]
    twice = "We’re going to have a new ferry by spring. We’re going to have the auditors look at it."
    assert completed_cut_quotes([q(1, 1, "We’re going to have", cut=True)], [q(3, 2, twice)]) == []
