"""Normalisation, blocking keys, word diff and drift types."""

from hypothesis import given
from hypothesis import strategies as st

from claims.nlp.diff import drift_type, word_diff
from claims.nlp.similarity import MAX_KEYS, blocking_keys, normalize, tokenize


def test_normalize_folds_quotes_dashes_case_and_punctuation():
    """Curly apostrophes, dashes, case and punctuation do not change the words."""
    assert normalize("We’re done – DONE, “really”.") == normalize("we're done done really")


def test_tokens_point_into_the_text():
    """Every token's offsets cut its surface word out of the original text."""
    text = "Well, I’m not — U.S. cease-fire, 1,000 times…"
    for t in tokenize(text):
        assert text[t.start : t.end].strip()
    assert [t.norm for t in tokenize(text)] == ["well", "i'm", "not", "us", "ceasefire", "1,000", "times"]


def test_blocking_keys_are_few_and_deterministic():
    """Keys are capped and do not depend on the process (no salted hash)."""
    text = " ".join(f"word{i} plank{i}" for i in range(40))
    keys = blocking_keys(text)
    assert 0 < len(keys) <= MAX_KEYS
    assert keys == blocking_keys(text)
    assert "b:" in next(iter(keys))


def test_blocking_keys_shared_by_reworded_variant():
    """A truncated, reworded version shares a key with the full quote."""
    full = "We will not sign any treaty that hands the northern valleys to the cartel, never."
    variant = "we won't sign any treaty that gives the northern valleys to the cartel"
    assert blocking_keys(full) & blocking_keys(variant)


def test_blocking_keys_ignore_function_word_bigrams():
    """Quotes sharing only 'we're going to' share no key."""
    assert not blocking_keys("We're going to win the harvest fair") & blocking_keys(
        "We're going to rebuild bridges"
    )


@given(st.text(max_size=80), st.text(max_size=80))
def test_word_diff_round_trips(a, b):
    """Concatenating each side's words over the diff gives back that side's words."""
    ops = word_diff(a, b)
    assert [w for op in ops for w in op.a_words] == [a[t.start : t.end] for t in tokenize(a)]
    assert [w for op in ops for w in op.b_words] == [b[t.start : t.end] for t in tokenize(b)]
    ta, tb = tokenize(a), tokenize(b)
    for op in ops:  # each span covers exactly its side's words
        assert (
            tuple(a[t.start : t.end] for t in ta if op.a_span[0] <= t.start and t.end <= op.a_span[1])
            == op.a_words
        )
        assert (
            tuple(b[t.start : t.end] for t in tb if op.b_span[0] <= t.start and t.end <= op.b_span[1])
            == op.b_words
        )


def test_word_diff_keeps_surface_words():
    """The diff shows each side's own spelling and marks the substitution."""
    ops = word_diff("I’m going to make guarantees", "I'm going to provide guarantees")
    assert [o.op for o in ops] == ["equal", "replace", "equal"]
    assert ops[0].a_words[0] == "I’m" and ops[0].b_words[0] == "I'm"
    assert ops[1].a_words == ("make",) and ops[1].b_words == ("provide",)


def test_drift_types():
    """Each kind of drift is told apart."""
    base = "We will build the bridge before winter, believe me."
    assert drift_type(base, base) == "identical"
    assert drift_type(base, "we will build the bridge before winter — believe me") == "punctuation"
    assert drift_type(base, "We will build the bridge before winter") == "truncation"
    assert drift_type(base, "We will build the tunnel before winter, believe me.") == "substitution"
    assert drift_type(base, "We will build the big bridge before winter, believe me.") == "insertion"
    assert drift_type(base, "Without a bridge before winter there is nothing, believe me.") == "paraphrase"


def test_words_added_after_a_whole_quoted_sentence_are_an_insertion():
    """'... held to ransom.' quotes a sentence to its full stop; '... held to ransom by anyone' adds words to
    it. A partial quote ('held to ransom.', lower case) or a further sentence is quoting less or more."""
    whole = "I regret it, but this council will not be held to ransom."
    assert drift_type(whole, "I regret it, but this council will not be held to ransom by anyone,") == "insertion"
    assert drift_type("will not be held to ransom.", "will not be held to ransom by anyone") == "truncation"
    assert drift_type(whole, whole + " We will govern.") == "truncation"


def test_a_coordinated_clause_after_a_whole_quoted_sentence_is_quoting_more():
    """'Oskar has served with distinction.' / '..., and I thank him for it.': one outlet stopped at the
    clause boundary and closed the sentence there; the other quoted the next clause too."""
    short = "Oskar has served this country with distinction."
    assert drift_type(short, "Oskar has served this country with distinction, and I thank him for it.") == "truncation"
    assert drift_type(short, "Oskar has served this country with distinction and honour.") == "insertion"


def test_a_short_tag_after_a_comma_at_the_end_is_quoting_more():
    """'She was better on the last two days.' / '..., simple as that,': the tag after the comma is an
    afterthought one outlet left off; a longer run after the comma adds to the sentence."""
    short = "She was better on the last two days."
    assert drift_type(short, "She was better on the last two days, simple as that,") == "truncation"
    assert drift_type(short, "She was better on the last two days, when the wind turned against us all,") == "insertion"


def test_marked_elision_is_not_a_difference():
    """Words left out where an ellipsis stands are a marked cut."""
    assert drift_type("We came, we saw the valley, we won.", "We came … we won.") == "truncation"
