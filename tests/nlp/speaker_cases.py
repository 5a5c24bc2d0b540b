"""The table harness of the speaker tests: each case is an invented text, what quote extraction
should read from it and why, run as a pytest param of its own (id = the case's name) so that every
case passes or fails on its own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pytest

from claims.nlp.quotes import extract_quotes


@dataclass(frozen=True)
class Case:
    """`why` says which rule the case pins down; `expected` is compared with what the table's test
    reads from `text` (one entry a quote, in text order, for the list readings)."""

    name: str
    why: str
    text: str
    expected: Any


def params(cases: Iterable[Case]) -> list[Any]:
    """The cases as pytest params of (text, expected), named so that a failure says which rule broke."""
    cases = list(cases)
    names = [case.name for case in cases]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        # pytest would number them silently; a copied case should be renamed instead.
        raise ValueError(f"case names used twice: {duplicates}")
    return [pytest.param(case.text, case.expected, id=case.name) for case in cases]


def speaker_mentions(text: str) -> list[str | None]:
    return [quote.speaker_mention for quote in extract_quotes(text)]


def first_speaker_mention(text: str) -> str | None:
    return extract_quotes(text)[0].speaker_mention


def speaker_names(text: str) -> list[str | None]:
    return [quote.speaker_name for quote in extract_quotes(text)]


def quoted_texts(text: str) -> list[str]:
    return [quote.text for quote in extract_quotes(text)]
