"""A link resting on little (a scare-quoted term, a short stock line) needs the articles' context to agree
(invented articles and quotes)."""

from claims.nlp.quote_context import contexts_agree, quote_context, shared_context
from claims.nlp.quote_linking import LINK_THRESHOLD, QuoteRecord, cluster_quotes, same_utterance

MARA = "mara osei"

# One remark reported by two outlets: both tell the story of the harbour inquiry around it.
INQUIRY_A = ("Osei told the harbour inquiry on Monday that the dredging contract was {q} and that the "
             "tender documents had been altered before the council vote.")
INQUIRY_B = ("At the harbour inquiry, Osei called the dredging contract {q} and said tender documents "
             "were changed ahead of the council vote.")
# The same word used by her on another occasion, about something else.
FESTIVAL = ("Speaking at the lantern festival in Brackwater, Osei said the ticket lottery was {q} and "
            "promised refunds to families who queued overnight.")
SCHOOL = ("In a radio interview about the school canteen budget, Osei said {q} and blamed the catering "
          "supplier for the late payments to cooks.")


def ctx(template: str, quote: str) -> frozenset[str]:
    body = template.format(q=f"\u201c{quote}\u201d")
    start = body.index(quote)
    return quote_context(body, start, start + len(quote))


def rec(id_, article, text, template=None, kind="term", speaker=MARA):
    return QuoteRecord(id_, article, speaker, text, kind, ctx(template, text) if template else None)


def test_quote_context_holds_the_words_around_the_quote_not_the_quote():
    words = ctx(INQUIRY_A, "rotten to the core")
    assert {"harbor", "inquiry", "dredging", "tender", "council"} <= words  # words folded to one spelling
    assert "rotten" not in words and "core" not in words
    assert "the" not in words  # function words say nothing about the occasion


def test_shared_context_drops_the_quoted_words_and_the_speakers_name():
    a = frozenset({"osei", "harbour", "rigged", "inquiry"})
    b = frozenset({"osei", "harbour", "rigged", "festival"})
    assert shared_context(a, b, {"rigged"}, (MARA,)) == {"harbour"}


def test_contexts_agree_needs_several_shared_words_and_unknown_context_is_no_evidence():
    assert contexts_agree(ctx(INQUIRY_A, "rigged"), ctx(INQUIRY_B, "rigged"), {"rigged"}, (MARA,))
    assert not contexts_agree(ctx(INQUIRY_A, "rigged"), ctx(FESTIVAL, "rigged"), {"rigged"}, (MARA,))
    assert contexts_agree(None, ctx(FESTIVAL, "rigged"), {"rigged"}, (MARA,))


def test_a_scare_quoted_term_links_only_where_both_articles_tell_one_story():
    one = rec(1, 1, "rigged", INQUIRY_A)
    assert same_utterance(one, rec(2, 2, "rigged", INQUIRY_B)) >= LINK_THRESHOLD
    assert same_utterance(one, rec(3, 3, "rigged", FESTIVAL)) < LINK_THRESHOLD


def test_a_term_joins_a_speech_quote_only_in_like_context():
    term = rec(1, 1, "rotten to the core", INQUIRY_A)
    speech_same = rec(2, 2, "That contract is rotten to the core, and everyone on the council knows it.",
                      INQUIRY_B, kind="speech")
    speech_other = rec(3, 3, "That lottery is rotten to the core, and everyone in Brackwater knows it.",
                       FESTIVAL, kind="speech")
    assert same_utterance(term, speech_same) >= LINK_THRESHOLD
    assert same_utterance(term, speech_other) < LINK_THRESHOLD


def test_a_short_stock_line_of_one_speaker_needs_like_context():
    """'We are going to fix the bridge' is said at every stop: the words alone do not make one utterance."""
    line = "We are going to fix the bridge,"
    inquiry = rec(1, 1, line, INQUIRY_A, kind="speech")
    assert same_utterance(inquiry, rec(2, 2, line, INQUIRY_B, kind="speech")) >= LINK_THRESHOLD
    assert same_utterance(inquiry, rec(3, 3, line, FESTIVAL, kind="speech")) < LINK_THRESHOLD
    # Without context (unknown), the words decide as before.
    assert same_utterance(rec(4, 1, line, kind="speech"), rec(5, 3, line, kind="speech")) >= LINK_THRESHOLD


def test_a_long_shared_sentence_needs_no_context():
    text = "The dredging contract was signed in a hurry, the tender was altered and the council was misled."
    assert same_utterance(rec(1, 1, text, INQUIRY_A, kind="speech"),
                          rec(2, 3, text, FESTIVAL, kind="speech")) >= LINK_THRESHOLD


def test_articles_that_already_share_an_utterance_link_a_short_line_without_like_context():
    """Two articles reporting one long sentence cover one occasion: a short line both give links too."""
    long_ = "The dredging contract was signed in a hurry, the tender was altered and the council was misled."
    short = "We are going to fix the bridge,"
    records = [
        rec(1, 1, long_, INQUIRY_A, kind="speech"),
        rec(2, 1, short, INQUIRY_A, kind="speech"),
        rec(3, 2, long_, FESTIVAL, kind="speech"),
        rec(4, 2, short, FESTIVAL, kind="speech"),
        rec(5, 3, short, SCHOOL, kind="speech"),  # shares no other utterance with the others
    ]
    assert same_utterance(records[1], records[3], articles_linked=True) >= LINK_THRESHOLD
    clusters = cluster_quotes(records)
    assert clusters[1] == clusters[3]
    assert clusters[2] == clusters[4]
    assert clusters[5] == 5


def test_a_possessive_in_one_story_is_the_same_context_word_as_the_bare_name_in_the_other():
    """One outlet writes "the port authority's dredging plan", the other "the port authority": one occasion."""
    line = "We are going to fix the bridge,"
    possessive = "Halvard's port authority pressed Osei on the dredging plan. {q} she replied."
    bare = "In Halvard, Osei answered the port authority's questions on dredging. {q} she said."
    a = rec(1, 1, line, possessive, kind="speech")
    b = rec(2, 2, line, bare, kind="speech")
    assert shared_context(a.context, b.context, {"bridge", "fix"}, (MARA,)) == {"halvard", "port", "authority", "dredging"}
    assert same_utterance(a, b) >= LINK_THRESHOLD


def test_a_word_of_one_quote_set_around_the_other_quote_is_shared_context():
    """ "Tolls, you can forget about" and "They should forget about it": one outlet's quote names the
    tolls, the other report names them around its own quote; that is the same story, not a stock line."""
    named = "Osei went on to address the tolls in Halvard. {q} she said, calling the ferry subsidy unfair."
    around = "Osei ruled out tolls, a long-held demand of the Halvard ferry union. {q} she said."
    a = rec(1, 1, "Tolls, you can forget about,", named, kind="speech")
    b = rec(2, 2, "They should forget about it,", around, kind="speech")
    # Without "tolls" (a word of one quote only), the two stories share only "halvard" and "ferry".
    assert shared_context(a.context, b.context, {"forget", "about"}, (MARA,)) == {"tolls", "halvard", "ferry"}
    assert same_utterance(a, b) >= LINK_THRESHOLD
    # The same words set around a quote on another occasion do not tie the two.
    other = rec(3, 3, "They should forget about it,", SCHOOL, kind="speech")
    assert same_utterance(a, other) == 0.0
