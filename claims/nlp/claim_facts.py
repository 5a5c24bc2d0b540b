"""The plain-data bundle of one article that the claim contradiction rules read."""

from __future__ import annotations

from dataclasses import dataclass

from claims.nlp.types import ExtractedClaim, PersonMention


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article, as plain data."""

    article_id: int
    text: str
    published: str | None  # ISO date ("2025-02-26"); None when unknown
    claims: list[ExtractedClaim]
    persons: list[PersonMention]
