"""The pieces of a quote split by its attribution, matched to another report's whole (invented)."""

from claims.nlp.split_quotes import Piece, pieces_matched, split_pairs


def placed(body: str, article: int, speaker: str | None, *texts: str) -> list[Piece]:
    out = []
    for n, text in enumerate(texts):
        start = body.index(text)
        out.append(Piece(article * 100 + n, article, speaker, text, start, start + len(text)))
    return out


def test_two_pieces_word_for_word_inside_the_whole_quote_both_belong_to_it():
    body = "Reinholt was candid. “It’s not the way you want to win,” he said, “but I’ll take it.”"
    pieces = placed(body, 1, "tomas reinholt", "It’s not the way you want to win,", "but I’ll take it.")
    whole = Piece(9, 2, "tomas reinholt", "It's not the way you want to win, but I'll take it.", 0, 0)
    pairs = split_pairs(pieces, body)
    assert pairs == [tuple(pieces)]
    assert pieces_matched(pairs, [whole]) == [(100, 9), (101, 9)]


def test_a_reworded_piece_next_to_a_word_for_word_sentence_is_that_sentence():
    body = "Lorrain was unrepentant. ‘She slammed the door on me,’ he said. ‘There was nowhere to go.’"
    pieces = placed(body, 1, "matteo lorrain", "She slammed the door on me,", "There was nowhere to go.")
    whole = Piece(9, 2, "matteo lorrain", "She just closed the door. There was nowhere to go,", 0, 0)
    assert pieces_matched(split_pairs(pieces, body), [whole]) == [(100, 9), (101, 9)]


def test_pieces_that_are_not_one_stretch_of_speech_are_left_alone():
    """Quotes apart by more than an attribution, another speaker's quote, or words unlike the sentence."""
    apart = "“We will appeal,” she said after the hearing ended late on Friday. “It was wrong.”"
    assert split_pairs(placed(apart, 1, "ana roe", "We will appeal,", "It was wrong."), apart) == []
    body = "‘The pitch was poor,’ he said. ‘There was nowhere to go.’"
    pieces = placed(body, 1, "matteo lorrain", "The pitch was poor,", "There was nowhere to go.")
    whole = Piece(9, 2, "matteo lorrain", "She just closed the door. There was nowhere to go,", 0, 0)
    other = Piece(9, 2, "ana roe", "She just closed the door. There was nowhere to go,", 0, 0)
    assert pieces_matched(split_pairs(pieces, body), [whole]) == []
    assert pieces_matched(split_pairs(pieces, body), [other]) == []


def test_pieces_splitting_one_sentence_belong_to_the_whole_sentence_reworded_after_the_split():
    """ "The harm to the landscape is real," she wrote, "but it is not decisive." against the whole sentence
    with "in the end" put in: the first piece opens the sentence word for word, the second is worded like
    the rest of it. The same with the second piece word for word closing it."""
    body = "Osei-Lund struck out three. “The harm to the landscape is real,” she wrote, “but it is not decisive.”"
    pieces = placed(
        body, 1, "margit osei-lund", "The harm to the landscape is real,", "but it is not decisive."
    )
    whole = Piece(
        9,
        2,
        "margit osei-lund",
        "The harm to the landscape is real, but it is not, in the end, decisive.",
        0,
        0,
    )
    assert pieces_matched(split_pairs(pieces, body), [whole]) == [(100, 9), (101, 9)]
    reworded_head = Piece(
        9, 2, "margit osei-lund", "The harm to the landscape is great, but it is not decisive.", 0, 0
    )
    assert pieces_matched(split_pairs(pieces, body), [reworded_head]) == [(100, 9), (101, 9)]
    unlike = Piece(
        9, 2, "margit osei-lund", "The harm to the landscape is real, and the eagles will leave.", 0, 0
    )
    assert pieces_matched(split_pairs(pieces, body), [unlike]) == []


def test_a_long_attribution_with_a_title_and_full_name_still_joins_the_pieces():
    """'"because she made protected disclosures," Employment Judge Rowan Mattock wrote in the judgment,
    "and for no other reason."': one stretch of speech, matched to the other report's whole."""
    body = (
        'Varga was dismissed "because she made protected disclosures," Employment Judge Rowan Mattock wrote in'
        ' the judgment, "and for no other reason."'
    )
    pieces = placed(body, 1, "rowan mattock", "because she made protected disclosures,", "and for no other reason.")
    whole = Piece(9, 2, "rowan mattock", "because she made protected disclosures, and for no other reason", 0, 0)
    assert pieces_matched(split_pairs(pieces, body), [whole]) == [(100, 9), (101, 9)]
