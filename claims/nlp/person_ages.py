"""One person given two ages by reports of one story.

"Varga, 21, had been seeded second" in one report and "The 19-year-old, seeded
second" in another: a person has one age on the day of the story. Read
conservatively:

- an age is tied to a person in the forms news copy uses: "Lisbet Varga, 21,",
  "the 19-year-old Lisbet Varga", and "The 19-year-old" standing for a person the
  sentences before name (resolved as a speaker description is, ``quote_coref``);
- people are compared by surname, so two reports that name the person in full
  and by surname only meet; a surname two people of the story share ("Lydia
  Brightwater, 47" and "Rosa Brightwater, 22", mother and daughter) is left out;
- a report giving one person two ages pairs with nothing;
- the reports are one story (``story_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.persons import scan_names
from claims.nlp.quote_coref import Resolver
from claims.nlp.story_slots import stated_slot_findings
from claims.nlp.types import ContradictionFinding

_NAME = r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
_AGE_AFTER = re.compile(_NAME + r", (?P<age>\d{1,2}),")
# "the 81-year-old widow Edna Marchbank", not "an 81-year-old man in Saint-Ambrin"
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,2})-year-old (?:(?!(?:in|of|from|at|for|on|to|and|with)\b)[a-z]+ ){0,2}" + _NAME)
_AGED = re.compile(r"\b[Tt]he\s+(?P<age>\d{1,2})-year-old\b(?!\s+(?:[a-z]+\s+){0,2}[A-Z])")
_ANY_AGE = re.compile(r"-year-old\b|,\s+\d{1,2},")

Aged = tuple[str, str, int, int]  # (surname of the person as resolved, age, start, end of the words)


@lru_cache(maxsize=1024)  # whole article texts: a run reads its related articles again and again
def _ages_in(text: str) -> tuple[Aged, ...]:
    if not _ANY_AGE.search(text):
        return ()
    names = scan_names(text)
    resolver = Resolver(text, names)
    people = {n.tokens[-1].lower() for n in names if n.person}
    out: list[Aged] = []
    for pattern in (_AGE_AFTER, _AGE_BEFORE):
        for m in pattern.finditer(text):
            who = resolver.resolve(m.group("name"), m.start("name"), m.end("name"), cue_subject=False)
            if who and _surname(who) in people:
                out.append((_surname(who), m.group("age"), m.start(), m.end()))
    for m in _AGED.finditer(text):
        who = resolver.resolve(m.group(0), m.start(), m.end(), cue_subject=False)
        if who and _surname(who) in people:  # "The 52-year-old" resolved to "Lawmakers" says nothing
            out.append((_surname(who), m.group("age"), m.start(), m.end()))
    return tuple(out)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def person_age_findings(
    articles: Sequence[ArticleFacts], pairs: Iterable[tuple[int, int]]
) -> list[ContradictionFinding]:
    """One number finding per person whose age reports of one story (``pairs``) give differently."""
    return stated_slot_findings(
        articles, pairs, _ages_in, "person-age",
        lambda surname, a, b: f"“{a}” in one report, “{b}” in another: one person, one age",
        kind="number",
        skip=_shared_surnames(articles),
    )


def _shared_surnames(articles: Sequence[ArticleFacts]) -> set[str]:
    """Surnames the reports give two people (first names) who are named with ages: those say nobody."""
    first_names: dict[str, set[str]] = {}
    for a in articles:
        for surname, first in _full_names_in(a.text) if _ages_in(a.text) else ():
            first_names.setdefault(surname, set()).add(first)
    return {surname for surname, names in first_names.items() if len(names) > 1}


@lru_cache(maxsize=1024)  # read again in every refresh that reads the article
def _full_names_in(text: str) -> frozenset[tuple[str, str]]:
    """(surname, first name) of each person the text names in full, lower-cased."""
    return frozenset((n.tokens[-1].lower(), n.tokens[0].lower()) for n in scan_names(text) if n.person and len(n.tokens) > 1)
