"""Speaker keys, name matching and resolution against known speakers."""

import pytest

from claims.nlp.speakers import KnownSpeaker, SpeakerIndex, names_match, resolve_speaker, speaker_key


@pytest.mark.parametrize(
    "variant", ["Oleksandr Kovalenkyy", "Oleksandr Kovalenky", "Oleksandr Kovalenkiy", "Oleksandr Kovalenkii"]
)
def test_transliterations_share_a_key(variant):
    """Romanisation variants of a surname ending fold to one key."""
    assert speaker_key(variant) == speaker_key("Oleksandr Kovalenky")


def test_diacritics_and_case_are_folded():
    """Jürgen and JURGEN are one key."""
    assert speaker_key("Jürgen Maltz") == speaker_key("JURGEN MALTZ")


@pytest.mark.parametrize(
    "titled",
    [
        "President Anna Berglund",
        "former U.S. President Anna Berglund",
        "Sen. Anna Berglund",
        "Prime Minister Anna Berglund",
        "Secretary of State Anna Berglund",
        "Dr. Anna Berglund",
        "Swedish President Anna Berglund of Sweden",
        "Anna Berglund, the foreign minister",
    ],
)
def test_titles_are_stripped(titled):
    """Titles and roles around a name do not change its key."""
    assert speaker_key(titled) == speaker_key("Anna Berglund")


def test_organisation_is_its_own_speaker():
    """'the Kremlin' keeps a key of its own and matches no person."""
    assert speaker_key("the Kremlin") == speaker_key("Kremlin")
    assert not names_match("the Kremlin", "Vladimir Kremlin")


def test_possessive_form_is_distinct():
    """The possessive form \"Berglund's campaign\" is not Anna Berglund."""
    assert not names_match("Berglund’s campaign", "Anna Berglund")


def test_surname_matches_full_name():
    """A surname alone matches the full name in another transliteration."""
    assert names_match("Kovalenky", "Oleksandr Kovalenkyy")


def test_different_given_names_do_not_match():
    """Two people sharing a surname are different speakers."""
    assert not names_match("Bill Hartley", "Hillary Hartley")


def test_nickname_and_initial_match():
    """'Bill' is 'William' and 'J.' can be 'John'."""
    assert names_match("Bill Hartley", "William Hartley")
    assert names_match("J. Hartley", "John Hartley")


def test_generational_suffix_separates():
    """'Don Pell Jr.' is not 'Don Pell'."""
    assert not names_match("Don Pell Jr.", "Don Pell")


KNOWN = [
    KnownSpeaker(1, "Anna Berglund", ("Berglund", "the Swedish leader")),
    KnownSpeaker(2, "Bill Hartley", ()),
    KnownSpeaker(3, "Hillary Hartley", ()),
    KnownSpeaker(4, "Oleksandr Kovalenkyy", ()),
]


def test_resolve_by_exact_key_and_alias():
    """Exact keys of names and aliases resolve, titles and descriptions included."""
    assert resolve_speaker("President Anna Berglund", KNOWN) == 1
    assert resolve_speaker("The Swedish leader", KNOWN) == 1


def test_resolve_by_transliteration_and_surname():
    """An unambiguous surname or transliteration resolves to the known speaker."""
    assert resolve_speaker("Kovalenkiy", KNOWN) == 4
    assert resolve_speaker("Oleksandr Kovalenky", KNOWN) == 4


def test_ambiguous_surname_is_unresolved():
    """'Hartley' could be either Hartley, so it resolves to nobody."""
    assert resolve_speaker("Hartley", KNOWN) is None


def test_unknown_name_is_unresolved():
    """A new person resolves to nobody."""
    assert SpeakerIndex(KNOWN).resolve("Marta Quist") is None


def test_display_name_drops_titles_but_keeps_a_bare_surname_titled():
    """Titles go from display names unless only the surname would be left."""
    from claims.nlp.speakers import display_name

    assert display_name("Councillor Bram Eikeland") == "Bram Eikeland"
    assert display_name("former U.S. President Donald Trump") == "Donald Trump"
    assert display_name("President Trump") == "President Trump"
