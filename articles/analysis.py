"""Turn submitted bytes into an analysed article: plain data, no database.

This is the CPU-heavy half of ingestion (decode, clean, extract quotes,
persons and claims). It runs outside any transaction so two workers analyse in
parallel; only storing and linking the result takes the database lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from articles.cleaning import NoArticleText, clean_bytes, clean_text
from articles.extraction import extract_html
from articles.text_dates import find_published
from claims.nlp.claims import extract_claims
from claims.nlp.persons import find_persons
from claims.nlp.quotes import extract_quotes
from claims.nlp.types import ExtractedClaim, ExtractedQuote, PersonMention

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class PreparedArticle:
    """A cleaned article: ``text`` holds headline, body and captions in reading order."""

    text: str
    title: str = ""
    byline: str = ""
    outlet: str | None = None
    published: date | None = None
    canonical_url: str | None = None
    language: str = ""
    captions: tuple[str, ...] = ()
    section_headings: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    methods: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleAnalysis:
    prepared: PreparedArticle
    quotes: list[ExtractedQuote]
    persons: list[PersonMention]
    claims: list[ExtractedClaim]


def looks_like_html(data: bytes, content_type: str = "", name: str = "") -> bool:
    if content_type.split(";")[0].strip().lower() in HTML_TYPES:
        return True
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def prepare_bytes(data: bytes, *, content_type: str = "", name: str = "", url: str | None = None) -> PreparedArticle:
    """Decode and clean one submitted document (plain text or an HTML page)."""
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip() or None
    if looks_like_html(data, content_type, name):
        page = extract_html(data, url=url)
        cleaned = clean_text(f"{page.title}\n\n{page.body}" if page.title else page.body)
        if not page.body.strip() or not cleaned.text.strip():
            raise NoArticleText("the page has no article text")
        return PreparedArticle(
            text=cleaned.text,
            title=page.title or cleaned.title or "",
            byline=page.byline or cleaned.byline or "",
            outlet=page.outlet or cleaned.outlet,
            published=_parse_date(page.published) or find_published(cleaned.text, "\n".join(cleaned.removed)),
            canonical_url=page.canonical_url,
            language=page.language or "",
            captions=cleaned.captions,
            section_headings=cleaned.section_headings,
            removed=cleaned.removed,
            methods=dict(page.methods),
        )
    cleaned = clean_bytes(data, charset)
    return PreparedArticle(
        text=cleaned.text,
        title=cleaned.title or "",
        byline=cleaned.byline or "",
        outlet=cleaned.outlet,
        # Date lines are often cut from the body as boilerplate ("Outlet | 14 March 2031"): look there too.
        published=find_published(cleaned.text, "\n".join(cleaned.removed)),
        captions=cleaned.captions,
        section_headings=cleaned.section_headings,
        removed=cleaned.removed,
        methods={"outlet": "text"} if cleaned.outlet else {},
    )


def analyse(prepared: PreparedArticle) -> ArticleAnalysis:
    """Extract quotes, persons and check-worthy claims from a cleaned article."""
    quotes = extract_quotes(prepared.text)
    persons = find_persons(prepared.text)
    claims = extract_claims(prepared.text, quotes, persons)
    return ArticleAnalysis(prepared=prepared, quotes=quotes, persons=persons, claims=claims)
