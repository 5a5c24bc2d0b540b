"""The plain-data bundle of one article that the claim contradiction rules read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claims.nlp.types import ExtractedClaim, PersonMention


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article, as plain data."""

    article_id: int
    text: str
    published: str | None  # ISO date ("2025-02-26"); None when unknown
    claims: list[ExtractedClaim]
    persons: list[PersonMention]


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def close_in_time(a: str | None, b: str | None, days: int) -> bool:
    """Whether two publication dates lie within ``days``; an unknown date does not rule a pair out
    (a linking run already gathers one news cycle)."""
    da, db = _day(a), _day(b)
    return da is None or db is None or abs((da - db).days) <= days
