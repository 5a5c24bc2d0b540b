"""Article metadata from a parsed HTML page: JSON-LD first, then meta tags, then markup.

Each reader returns (value, method) so callers can record how a field was found.
Dates fall back to htmldate (no network: it only reads the string it is given).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin

from lxml import html as lxml_html

_ARTICLE_TYPES = re.compile(r"article|posting|report|news|blog", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·•]\s+[^|\-–—]{2,60}$")
_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
)

Found = tuple[str | None, str | None]


def parse(text: str) -> lxml_html.HtmlElement | None:
    # lxml refuses str input that carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text, count=1)
    try:
        return lxml_html.document_fromstring(text)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def _meta_map(tree: lxml_html.HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        val = (el.get("content") or "").strip()
        if key and val and key not in out:
            out[key] = val
    return out


def _walk(node: object) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        yield from _walk(node.get("@graph", []))
        yield from _walk(node.get("mainEntity", []))


def json_ld_article(tree: lxml_html.HtmlElement) -> dict:
    """The first JSON-LD object whose @type is an article kind (empty dict if none)."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            kind = obj.get("@type", "")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                return obj
    return {}


def _name(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def iso_date(value: str | None) -> str | None:
    m = _DATE.search(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def find_title(tree, meta: dict[str, str], ld: dict) -> Found:
    for value, how in ((_name(ld.get("headline")), "json-ld"), (meta.get("og:title"), "og:title"),
                       (meta.get("twitter:title"), "twitter:title")):
        if value:
            return value, how
    h1 = tree.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        return " ".join(h1.text_content().split()), "h1"
    title = tree.findtext(".//title")
    if title and title.strip():
        return _TITLE_SUFFIX.sub("", " ".join(title.split())), "title"
    return None, None


def find_outlet(meta: dict[str, str], ld: dict) -> Found:
    for value, how in ((meta.get("og:site_name"), "og:site_name"),
                       (_name(ld.get("publisher")), "json-ld publisher"),
                       (meta.get("application-name"), "application-name")):
        if value and not value.lower().startswith(("http", "www.")):
            return value, how
    return None, None


def find_byline(meta: dict[str, str], ld: dict) -> Found:
    for value, how in ((_name(ld.get("author")), "json-ld author"), (meta.get("author"), "meta author"),
                       (meta.get("article:author"), "article:author"), (meta.get("byl"), "meta byl")):
        if value and "://" not in value:
            return value, how
    return None, None


def find_published(tree, meta: dict[str, str], ld: dict, text: str) -> Found:
    value = iso_date(_name(ld.get("datePublished")) or _name(ld.get("dateCreated")))
    if value:
        return value, "json-ld"
    for key in _DATE_META:
        value = iso_date(meta.get(key))
        if value:
            return value, key
    stamp = tree.xpath("//time[@datetime]/@datetime")
    if stamp and iso_date(stamp[0]):
        return iso_date(stamp[0]), "time[datetime]"
    return _htmldate(text), "htmldate"


def _htmldate(text: str) -> str | None:
    from htmldate import find_date  # imported late: it is slow to import and rarely needed

    try:
        return iso_date(find_date(text, extensive_search=False, original_date=True))
    except (ValueError, TypeError):
        return None


def find_canonical(tree, meta: dict[str, str], url: str | None) -> Found:
    href = tree.xpath('//link[@rel="canonical"]/@href')
    if href and href[0].strip():
        return urljoin(url or "", href[0].strip()), "link[rel=canonical]"
    if meta.get("og:url"):
        return urljoin(url or "", meta["og:url"]), "og:url"
    return (url, "given url") if url else (None, None)


def find_language(tree, meta: dict[str, str], ld: dict) -> Found:
    for value, how in ((tree.get("lang"), "html[lang]"), (meta.get("content-language"), "content-language"),
                       (meta.get("og:locale"), "og:locale"), (_name(ld.get("inLanguage")), "json-ld")):
        if value and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", value.strip()):
            return value.strip().replace("_", "-").lower(), how
    return None, None


def read_meta(tree, url: str | None) -> tuple[dict[str, str], dict]:
    return _meta_map(tree), json_ld_article(tree)
