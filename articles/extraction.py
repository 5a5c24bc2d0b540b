"""HTML page -> article body and metadata. Pure: no network, no ORM.

trafilatura finds the main content; NewsFacts then removes the chrome it keeps
(articles.html_body) and recovers article paragraphs it dropped
(articles.html_recall). trafilatura only ever receives the decoded page string,
never a URL, so it cannot fetch anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from articles import html_meta
from articles import text_patterns as tp
from articles.html_body import clean_body
from articles.html_recall import recover_paragraphs
from articles.text_decode import decode_bytes
from articles.text_errors import NoArticleText

_MIN_PROSE_WORDS = 80
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlArticle:
    body: str
    title: str | None
    byline: str | None
    published: str | None
    outlet: str | None
    canonical_url: str | None
    language: str | None
    methods: dict[str, str]


def decode_html(data: bytes | str, declared: str | None = None) -> str:
    """Decode page bytes, using the page's own <meta charset> when no header says."""
    if isinstance(data, str):
        return data
    if declared is None:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    return decode_bytes(data, declared)


def _trafilatura(text: str, fast: bool) -> str:
    body = trafilatura.extract(
        text, include_comments=False, include_tables=True, favor_precision=True,
        with_metadata=False, output_format="txt", deduplicate=False, fast=fast,
    )
    return body or ""


def _looks_thin(body: str) -> bool:
    """Too little prose to be an article body: worth a second, slower try."""
    prose = [line for line in body.split("\n") if tp.is_body_paragraph(line)]
    return len(prose) < 2 or sum(len(tp.words(line)) for line in prose) < _MIN_PROSE_WORDS


def _main_text(text: str) -> tuple[str, str]:
    """(body, method). The fast pass (main-content heuristics only) is enough for
    most pages; thin results are redone with trafilatura's fallback extractors
    (readability, jusText), which costs about twice the time."""
    body = _trafilatura(text, fast=True)
    if not _looks_thin(body):
        return body, "trafilatura"
    slow = _trafilatura(text, fast=False)
    return (slow, "trafilatura+fallbacks") if len(slow) > len(body) else (body, "trafilatura")


def extract_html(html: bytes | str, url: str | None = None) -> HtmlArticle:
    """Article body and metadata of one page; raises NoArticleText if it has none."""
    text = decode_html(html)
    tree = html_meta.parse(text) if text.strip() else None
    if tree is None:
        raise NoArticleText("the page is empty or not HTML")
    meta, ld = html_meta.read_meta(tree, url)
    methods: dict[str, str] = {}
    fields = {}
    for name, (value, how) in (
        ("title", html_meta.find_title(tree, meta, ld)),
        ("outlet", html_meta.find_outlet(meta, ld)),
        ("byline", html_meta.find_byline(meta, ld)),
        ("canonical_url", html_meta.find_canonical(tree, meta, url)),
        ("language", html_meta.find_language(tree, meta, ld)),
    ):
        fields[name] = value
        if value and how:
            methods[name] = how
    raw_body, methods["body"] = _main_text(text)
    body = recover_paragraphs(tree, raw_body)
    if body != raw_body:
        methods["body"] += "+recall"
    description = meta.get("og:description") or meta.get("description")
    body = clean_body(body, fields["title"], description)
    if not body.strip():
        raise NoArticleText("no article text found on the page")
    published, how = html_meta.find_published(tree, meta, ld, text)
    if published and how:
        methods["published"] = how
    return HtmlArticle(body=body, published=published, methods=methods, **fields)
