"""find_persons: names, fullest forms and roles from invented sentences."""

from __future__ import annotations

from claims.nlp.persons import find_persons


def test_surname_mention_gets_fullest_name():
    """A later surname-only mention carries the full name used earlier."""
    people = find_persons("Anna Berg spoke first. Later Berg left the room.")
    assert [p.name for p in people] == ["Anna Berg", "Anna Berg"]
    assert people[1].surface == "Berg"


def test_title_before_name_is_the_role():
    """'former U.S. President' before a name becomes its role, not part of the name."""
    (p,) = find_persons("Yesterday former U.S. President Sam Hale arrived.")
    assert p.name == "Sam Hale" and p.role == "former U.S. President"


def test_appositive_role():
    """'Name, the foreign minister,' gives the role from the appositive."""
    (p,) = find_persons("Ivo Marek, the foreign minister, declined to comment.")
    assert p.role == "the foreign minister" or p.role == "foreign minister"


def test_sentence_initial_common_word_is_not_part_of_a_name():
    """A capitalised sentence opener the article also writes in lower case is dropped from the name."""
    people = find_persons("Ada Roth spoke. Nobody else did, and nobody asked. Nobody Roth said more.")
    assert all(p.name == "Ada Roth" for p in people)
