"""first_name_gender: a hint for pronouns, given only where the name table is sure."""

from __future__ import annotations

import pytest

from claims.nlp.first_names import first_name_gender


@pytest.mark.parametrize(("name", "gender"), [("Helena", "f"), ("Oskar", "m"), ("petra", "f"), ("Dana", "f")])
def test_names_of_one_gender_everywhere(name, gender):
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Jean", "Andrea", "Kim", "Tobiah", "Estavia"])
def test_names_used_for_both_or_unknown_say_nothing(name):
    """'Jean' is a man in France and a woman in the US; an unknown word is no name the table knows."""
    assert first_name_gender(name) is None
