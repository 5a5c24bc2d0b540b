"""Which pronoun a first name usually takes, so that "she said" is not given to a man named last.

The table is gender-guesser's (PyPI ``gender-guesser``: Jörg Michael's list of ~48,000 first names
from Europe, the Americas, Asia and Africa, with the countries each is used in). Only names the
table gives one gender in every country count: "Helena" and "Oskar" do; "Jean" (a man in France, a
woman in the US), "Andrea", "Kim" and names it does not know say nothing. It is a hint for
resolving pronouns and nothing else: a title or honorific written in the article ("Ms", "Lord")
always wins over it, and a person whose name says nothing stays open to either pronoun.

Licence note: gender-guesser's code is GPLv3 and its data GFDL; it is imported, not copied.
"""

from __future__ import annotations

from functools import lru_cache

_GENDERS = {
    frozenset({"male"}): "m",
    frozenset({"male", "mostly_male"}): "m",
    frozenset({"female"}): "f",
    frozenset({"female", "mostly_female"}): "f",
}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """First name (lower case) -> "m" / "f" for the names the table is sure of (~37,000; read once a process)."""
    from gender_guesser.detector import Detector

    names = Detector(case_sensitive=False).names
    return {name: g for name, by_gender in names.items() if (g := _GENDERS.get(frozenset(by_gender)))}


def first_name_gender(first_name: str) -> str | None:
    """ "m" or "f" when the name takes one gender wherever it is used, else None."""
    return _table().get(first_name.lower())


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    from gender_guesser.detector import Detector

    return frozenset(Detector(case_sensitive=False).names)


def is_first_name(word: str) -> bool:
    """Whether the table knows ``word`` as a first name of either gender ("Mary", "Jean", "Kirsty")."""
    return word.lower() in _known()
