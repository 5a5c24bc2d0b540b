"""Linking quotes of one utterance across articles (invented quotes)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.nlp.quote_linking import LINK_THRESHOLD, QuoteRecord, cluster_quotes, link_quote, same_utterance

MARA = "mara osei"
TOMAS = "tomas lind"


def q(id_, article, text, speaker=MARA, kind="speech"):
    return QuoteRecord(id_, article, speaker, text, kind)


def linked(a, b):
    return same_utterance(a, b) >= LINK_THRESHOLD


def test_word_substitution_links():
    """One changed word in a truncated version still links."""
    a = q(
        1,
        1,
        "Well I’m not going to fund the harbour project beyond this year. We’re going to let the province do that.",
    )
    b = q(2, 2, "I’m not going to finance the harbour project beyond this year,")
    assert linked(a, b)


def test_a_substituted_last_word_before_a_truncation_links():
    """'the best day of my career, no doubt' / 'the best day of my life': one word differs where the
    shorter quote stops; what the longer goes on with is truncation, not a second difference."""
    assert linked(q(1, 1, "This is the best day of my career, no doubt,"), q(2, 2, "This is the best day of my life,"))
    # Both going on in different words for as long as the shorter goes: two sentences that share an opening.
    assert not linked(
        q(3, 3, "Nobody in this party wants an early election, believe me"),
        q(4, 4, "Nobody in this party wants an early deal with the unions"),
    )


def test_british_and_american_spellings_are_one_word():
    """'the last kilometre suited me' / 'the last kilometer was mine': the spelling is the outlet's style."""
    assert linked(
        q(1, 1, "I had nothing left in the legs, but I knew the last kilometre suited me,"),
        q(2, 2, "I had nothing left in the legs, but I knew the last kilometer was mine,"),
    )


def test_punctuation_and_case_variants_link():
    """'Tariffs – you can forget about.' and 'TARIFFS, you can forget about' are one utterance."""
    assert linked(q(1, 1, "Tariffs – you can forget about."), q(2, 2, "TARIFFS, you can forget about,"))


def test_short_paraphrase_of_known_speaker_links():
    """A pronoun standing for the name in a short quote of the same speaker still links."""
    assert linked(q(1, 1, "Tariffs, you can forget about,"), q(2, 2, "They should forget about it,"))


def test_short_paraphrase_needs_known_speakers():
    """Without speakers the same short paraphrase is too weak to link."""
    assert not linked(
        q(1, 1, "Tariffs, you can forget about,", None), q(2, 2, "They should forget about it,", None)
    )


def test_reported_speech_pulled_into_quote_links():
    """A different opening ('Without' / 'If we don't get') before a long shared clause links."""
    a = q(1, 1, "If we don’t get fresh water, we won’t have a harvest, nothing will grow, nothing,")
    b = q(2, 2, "Without fresh water, we won't have a harvest, nothing will grow, nothing,")
    assert linked(a, b)


def test_verbatim_sentence_inside_longer_quote_links():
    """A whole sentence quoted alone links to the longer quote that holds it."""
    a = q(1, 1, "We tried everything twice. We’re going to have the province do that.")
    assert linked(a, q(2, 2, "We’re going to have the province do that."))


def test_same_speaker_different_statements_do_not_link():
    """Shared stock phrases of one speaker do not make two statements one."""
    pairs = [
        ("We're going to win the harvest fair again.", "We're going to rebuild every bridge in the valley."),
        (
            "The people of the valley deserve better schools.",
            "The people of the valley are tired of the toll road.",
        ),
        (
            "I think you need judgment on day one to be both mayor and chief of the harbour.",
            "He is not fit to be mayor and chief of the harbour.",
        ),
        ("Harbour reform", "We passed harbour reform after a long fight with the council and the unions."),
    ]
    for i, (a, b) in enumerate(pairs):
        assert not linked(q(2 * i, 1, a), q(2 * i + 1, 2, b)), (a, b)


def test_different_known_speakers_link_only_on_a_verbatim_sentence():
    """A long sentence word for word given to two people is one utterance misattributed by an outlet
    (so the attribution conflict can be shown); short or reworded ones from different people stay apart."""
    text = "We will rebuild every bridge in the valley before winter."
    assert same_utterance(q(1, 1, text, MARA), q(2, 2, text, TOMAS)) >= LINK_THRESHOLD
    assert same_utterance(q(1, 1, "Rebuild every bridge now.", MARA), q(2, 2, "Rebuild every bridge now.", TOMAS)) == 0.0
    reworded = "We are going to repair most bridges in the valley by the spring."
    assert same_utterance(q(1, 1, text, MARA), q(2, 2, reworded, TOMAS)) == 0.0
    assert same_utterance(q(1, 1, text, MARA), q(2, 1, text, TOMAS)) == 0.0  # same article


def test_speaker_name_forms_are_compatible():
    """A surname key and a full-name key of one person may link."""
    text = "We will rebuild every bridge in the valley before winter."
    assert linked(q(1, 1, text, "osei"), q(2, 2, text, MARA))


def test_same_article_needs_near_identical():
    """In one article only a near-identical repeat (caption and body) links."""
    body = q(1, 1, "We will rebuild every bridge in the valley before winter.")
    assert linked(body, q(2, 1, "We will rebuild every bridge in the valley before winter,"))
    assert not linked(body, q(3, 1, "We will rebuild every bridge in the valley"))


def test_term_joins_but_does_not_glue():
    """A scare-quoted term joins one cluster and never merges two utterances."""
    records = [
        q(1, 1, "There is sort of automatic safety because nobody will mess with the engineers."),
        q(2, 2, "We need automatic safety rules for every mine in the valley, every single one."),
        q(3, 3, "automatic safety", kind="term"),
    ]
    clusters = cluster_quotes(records)
    assert clusters[1] != clusters[2]
    assert clusters[3] in (clusters[1], clusters[2])
    assert len(link_quote(records[2], records[:2])) == 1


def test_short_term_links_across_articles_only_with_one_known_speaker():
    """A word or two in scare quotes ("rigged") is everybody's word; it names one utterance only when
    both outlets give it to the same person. A longer term is specific enough on its own."""
    assert linked(q(1, 1, "rigged", kind="term"), q(2, 2, "rigged", kind="term"))
    assert not linked(q(1, 1, "rigged", kind="term"), q(2, 2, "rigged", speaker=None, kind="term"))
    assert not linked(q(1, 1, "rigged", speaker=None, kind="term"),
                      q(2, 2, "The whole count was rigged from the start, believe me.", speaker=None))
    assert linked(q(1, 1, "rigged", kind="term"), q(2, 2, "The whole count was rigged from the start, believe me."))
    assert linked(q(1, 1, "green river water compact", speaker=None, kind="term"),
                  q(2, 2, "We signed the green river water compact today.", speaker=None))
    assert not linked(q(1, 1, "law and order", speaker=None, kind="term"),
                      q(2, 2, "law and order", speaker=None, kind="term"))


def test_few_words_inside_a_longer_quote_need_one_known_speaker():
    """A four-word slogan inside a book title or another person's paraphrase is a stock phrase."""
    slogan = q(1, 1, "Keep the Valley Green", speaker=None)
    assert not linked(slogan, q(2, 2, "Rivers and Roads: How to Keep the Valley Green", speaker=TOMAS))
    assert linked(q(1, 1, "Keep the Valley Green"), q(2, 2, "We will keep the valley green"))


def test_identical_short_quotes_need_both_speakers_known():
    """A four-word slogan quoted whole by two outlets (on a cap, in a writer's own sentence) is one
    utterance only when both give it to the same person, as with a scare-quoted term."""
    slogan = "Keep the Valley Green!"
    assert not linked(q(1, 1, "Keep the Valley Green", speaker=None), q(2, 2, slogan, speaker=TOMAS))
    assert not linked(q(1, 1, "Keep the Valley Green", speaker=None), q(2, 2, slogan, speaker=None))
    assert linked(q(1, 1, "Keep the Valley Green", speaker=TOMAS), q(2, 2, slogan, speaker=TOMAS))


def test_long_verbatim_excerpt_given_to_another_person_links():
    """A long sentence found word for word inside another outlet's longer quote is one utterance even
    when the outlets name different speakers (one misattributed it); a shorter excerpt stays apart."""
    longer = ("She is the best friend the toll lobby ever had. They are going to every village, "
              "showing pictures of the old bridge in order to sell the new toll road to farmers.")
    excerpt = "They are going to every village, showing pictures of the old bridge in order to sell the new toll road"
    assert linked(q(1, 1, excerpt, MARA), q(2, 2, longer, TOMAS))
    assert not linked(q(1, 1, "showing pictures of the old bridge in order to sell", MARA), q(2, 2, longer, TOMAS))


def test_short_fragment_of_one_speakers_sentence_links():
    """A few words of one known speaker found verbatim inside their longer quote link when they hold
    two content words; one content word ("a harpist") or an unknown speaker is not enough."""
    longer = q(2, 2, "I am not a natural harpist, in case you haven't noticed, like my sister.")
    assert linked(q(1, 1, "not a natural harpist,"), longer)
    assert not linked(q(1, 1, "not a natural harpist,", speaker=None), longer)
    assert not linked(q(1, 1, "I am a harpist"), q(2, 2, "I am a harpist like you, neighbours, a harpist."))


def test_word_endings_at_the_edge_of_a_truncated_quote_link():
    """'... a big beneficiary of the rules. But I am working for you now. ...' and '... of the rule.' are one utterance:
    the last word differs only by its ending, and the rest is truncation."""
    a = q(1, 1, "It is something I have talked about for years despite, frankly, being a big beneficiary "
                "of the rules. But I am working for you now. I am not working for the harbour board. Believe me.")
    b = q(2, 2, "It is something I have talked about for years despite, frankly, being a big beneficiary "
                "of the rule.")
    assert linked(a, b)


def test_link_quote_returns_matching_candidate_ids():
    """link_quote lists the ids of candidates of the same utterance, ascending."""
    new = q(10, 5, "I’m not going to finance the harbour project beyond this year,")
    cands = [
        q(3, 2, "Well I’m not going to fund the harbour project beyond this year."),
        q(1, 1, "The harbour project is over budget and nobody will say so."),
        q(2, 3, "I'm not going to finance the harbour project beyond this year"),
    ]
    assert link_quote(new, cands) == [2, 3]


UTTERANCES = [
    "I’m not going to fund the harbour project beyond this year. We’re going to let the province do that.",
    "I’m not going to finance the harbour project beyond this year,",
    "We’re going to let the province do that.",
    "Tariffs, you can forget about,",
    "They should forget about it,",
    "If we don’t get fresh water, we won’t have a harvest, nothing will grow,",
    "Without fresh water, we won't have a harvest, nothing will grow,",
    "The people of the valley deserve better schools.",
    "The people of the valley are tired of the toll road.",
    "fresh water",
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(list(range(len(UTTERANCES)))))
def test_cluster_quotes_is_order_independent(order):
    """Shuffling the input gives the same clusters, each named by its smallest member id."""
    records = [
        q(i, i % 4, t, kind="term" if t == "fresh water" else "speech") for i, t in enumerate(UTTERANCES)
    ]
    expected = cluster_quotes(records)
    assert cluster_quotes([records[i] for i in order]) == expected
    for cid in expected.values():
        assert cid == min(k for k, v in expected.items() if v == cid)


def test_title_case_slogan_does_not_link_even_for_one_speaker():
    """'Keep The Valley Green' in title case is a slogan on caps and banners: neither the same slogan
    in another article nor a sentence holding it is one utterance with it, whoever is named."""
    slogan = q(1, 1, "Keep The Valley Green", speaker=TOMAS)
    assert not linked(slogan, q(2, 2, "Keep The Valley Green!", speaker=TOMAS))
    assert not linked(slogan, q(2, 2, "In our shared work to keep the valley green, I back the new mayor.", speaker=TOMAS))
    assert linked(q(1, 1, "keep the valley green", speaker=TOMAS), q(2, 2, "keep the valley green!", speaker=TOMAS))


def test_a_short_quote_one_report_left_unattributed_links_between_reports_already_linked():
    """An excerpt that opens on a short quote loses its attribution. Between two reports that already
    share an utterance it is the same remark; between unrelated reports it stays apart, and a quote
    neither report attributes stays apart even there."""
    unnamed, named = q(1, 1, "Tolls you can forget about", speaker=None), q(2, 2, "Tolls, you can forget about.")
    assert same_utterance(unnamed, named, articles_linked=True) >= LINK_THRESHOLD
    assert same_utterance(unnamed, named) < LINK_THRESHOLD
    nobody = q(3, 2, "Tolls, you can forget about.", speaker=None)
    assert same_utterance(unnamed, nobody, articles_linked=True) < LINK_THRESHOLD


def test_short_quotes_of_one_speaker_one_word_apart_link():
    """'Now the real work starts' / 'Now the hard work starts': word for word but one word, in place, and
    the same speaker: one remark, misquoted. Without a speaker, or two words apart, it is no evidence."""
    real, hard = "Now the real work starts.", "Now the hard work starts,"
    assert same_utterance(q(1, 1, real, "vane"), q(2, 2, hard, "vane")) >= LINK_THRESHOLD
    assert same_utterance(q(1, 1, real, None), q(2, 2, hard, None)) < LINK_THRESHOLD
    assert same_utterance(q(1, 1, real, "vane"), q(2, 2, "Now the hard part begins,", "vane")) < LINK_THRESHOLD


def test_a_fragment_two_words_apart_in_place_links_between_reports_of_one_occasion():
    """'on the doorstep, not on the airwaves' against 'We lost this on the doorstep, not in the polls':
    the fragment matches a stretch of the whole in place but for two words. Only for one named speaker
    in reports already sharing an utterance; a stock frame elsewhere stays apart."""
    whole, fragment = "We lost this on the doorstep, not in the polls,", "on the doorstep, not on the airwaves"
    assert same_utterance(q(1, 1, whole, "tarrant"), q(2, 2, fragment, "tarrant"), articles_linked=True) >= LINK_THRESHOLD
    assert same_utterance(q(1, 1, whole, "tarrant"), q(2, 2, fragment, "tarrant")) < LINK_THRESHOLD
    assert same_utterance(q(1, 1, whole, None), q(2, 2, fragment, "tarrant"), articles_linked=True) < LINK_THRESHOLD
    other = "on the radio, not in the papers"
    assert same_utterance(q(1, 1, whole, "tarrant"), q(2, 2, other, "tarrant"), articles_linked=True) < LINK_THRESHOLD


def test_one_speakers_remark_with_its_clauses_reordered_links():
    """'We were second best for an hour, but this group never stops' / 'This group never stops, even when
    we were second best for an hour': the same words in another order; two speakers' are not linked so."""
    a = "We were second best for an hour, but this group never stops,"
    b = "This group never stops, even when we were second best for an hour,"
    assert same_utterance(q(1, 1, a, "petra"), q(2, 2, b, "petra")) >= LINK_THRESHOLD
    assert same_utterance(q(1, 1, a, "petra"), q(2, 2, b, "bram")) < LINK_THRESHOLD


def test_a_whole_sentence_given_to_two_people_links_for_the_attribution_conflict():
    """'He has lost his name, his career and his marriage,' (counsel) / '... his marriage. He will not
    appeal.' (the solicitor): one sentence word for word, the other report quoting the next one too."""
    short = "He has lost his name, his career and his marriage,"
    longer = "He has lost his name, his career and his marriage. He will not appeal."
    assert same_utterance(q(1, 1, short, "nadia florescu"), q(2, 2, longer, "roderick gaunt")) >= LINK_THRESHOLD


def test_a_long_unattributed_statement_with_its_clauses_reordered_links():
    """'The board thanks Gareth for his commitment and wishes him well for the future' / 'The board wishes
    Gareth well for the future and thanks him for his commitment': a body's statement neither report
    gives a person; long enough to be no stock phrase. Six words unattributed are not enough."""
    a = "The board thanks Gareth for his commitment and wishes him well for the future."
    b = "The board wishes Gareth well for the future and thanks him for his commitment,"
    assert same_utterance(q(1, 1, a, None), q(2, 2, b, None)) >= LINK_THRESHOLD
    assert same_utterance(q(1, 1, "We will win it back, believe me", None), q(2, 2, "Believe me, we will win it back", None)) < LINK_THRESHOLD


def test_one_remark_given_to_two_people_links_between_reports_of_one_occasion_if_only_small_words_differ():
    """'She has earned every penny of it. ...' (trainer) / 'She has earned every penny. ...' (owner): not
    verbatim, but no content word apart; two people at one event do not say that alike. Elsewhere, or with
    a content word apart, they stay apart."""
    first = "She has earned every penny of it. She never knows when she is beaten."
    second = "She has earned every penny. She never knows when she's beaten,"
    assert same_utterance(q(1, 1, first, MARA), q(2, 2, second, TOMAS), articles_linked=True) >= LINK_THRESHOLD
    assert same_utterance(q(1, 1, first, MARA), q(2, 2, second, TOMAS)) < LINK_THRESHOLD
    reworded = "She has earned every penny. She never knows when she's tired,"
    assert same_utterance(q(1, 1, first, MARA), q(2, 2, reworded, TOMAS), articles_linked=True) < LINK_THRESHOLD


def test_one_speakers_remark_opening_alike_and_reworded_after_links_between_reports_of_one_occasion():
    """'This is a decision for the next generation, not against it' / '... for our children, not against
    them': the same opening and most of the words, for one named speaker in reports already sharing an
    utterance (so the rewording can be shown as a misquote). Elsewhere, or opening otherwise, apart."""
    first = "This is a decision for the next generation, not against it,"
    second = "This is a decision for our children, not against them,"
    assert same_utterance(q(1, 1, first, "valcourt"), q(2, 2, second, "valcourt"), articles_linked=True) >= LINK_THRESHOLD
    assert same_utterance(q(1, 1, first, "valcourt"), q(2, 2, second, "valcourt")) < LINK_THRESHOLD
    assert same_utterance(q(1, 1, first, "valcourt"), q(2, 2, second, "reyburn"), articles_linked=True) < LINK_THRESHOLD
    other = "This is a day for the whole valley to be proud of,"
    assert same_utterance(q(1, 1, first, "valcourt"), q(2, 2, other, "valcourt"), articles_linked=True) < LINK_THRESHOLD
