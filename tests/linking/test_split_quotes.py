"""A quote split by its attribution links to the version quoted whole (invented quotes)."""

from claims.nlp.quote_linking import LINK_THRESHOLD, QuoteRecord, same_utterance

WHOLE = "That was never an accident. It was a scheme, run for a decade."


def test_first_sentence_of_a_split_quote_links_to_the_whole():
    """'"That was never an accident," he said, adding: "It was a scheme ..."': the first part is short,
    with one content word, but it is word for word a whole sentence of the other report's quote."""
    split = QuoteRecord(1, 1, "ida vorn", "That was never an accident,")
    assert same_utterance(split, QuoteRecord(2, 2, "ida vorn", WHOLE)) >= LINK_THRESHOLD


def test_short_stock_sentences_stay_apart():
    """The same few words inside a sentence of the longer quote, or said by different people, or under
    five words, are no evidence of one utterance."""
    whole = QuoteRecord(2, 2, "ida vorn", WHOLE)
    inside = QuoteRecord(1, 1, "ida vorn", "was never an accident")
    other_speaker = QuoteRecord(3, 3, "bo hart", "That was never an accident,")
    too_short = QuoteRecord(4, 4, "ida vorn", "It was a scheme.")
    longer = QuoteRecord(5, 5, "ida vorn", "It was a scheme. We found it far too late for the pensioners.")
    assert same_utterance(inside, whole) < LINK_THRESHOLD
    assert same_utterance(other_speaker, whole) < LINK_THRESHOLD
    assert same_utterance(too_short, longer) < LINK_THRESHOLD
