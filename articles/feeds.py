"""RSS/Atom parsing of already-fetched bytes, adaptive poll intervals and per-host politeness (pure).

feedparser can fetch URLs and read local files by itself; both are SSRF holes, so it is only ever
handed an in-memory stream of bytes that `articles.fetching.safe_fetch` fetched.
"""

from __future__ import annotations

import io
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import feedparser

from articles.canonical import canonicalize_url

__all__ = ["FeedEntry", "FeedError", "HostPoliteness", "ParsedFeed", "next_poll_interval", "parse_feed"]


@dataclass(frozen=True)
class FeedEntry:
    guid: str  # the entry's identity: its guid/id, else its canonical link
    url: str  # absolute http(s) link to the article
    title: str
    published: datetime | None  # timezone-aware UTC
    summary: str  # plain text, tags stripped


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[FeedEntry]


class FeedError(ValueError):
    """The bytes are not an RSS/Atom feed; `reason` is a short human message."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def parse_feed(content: bytes, base_url: str, *, content_type: str | None = None) -> ParsedFeed:
    """Parse fetched feed bytes: `parse_feed(result.content, result.url, content_type=...)`.

    Relative links resolve against `base_url`. Entries without any usable http(s) link are skipped,
    because there is nothing to ingest. Raises FeedError when the bytes are not a feed.
    """
    if not isinstance(content, bytes | bytearray):
        # A str would be taken as a URL or a file name by feedparser and fetched or opened.
        raise TypeError("parse_feed takes the fetched bytes, never a URL or a path")
    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(bytes(content)), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FeedError(f"not a feed: {problem}" if problem else "not a feed")
    entries = [entry for raw in parsed.entries if (entry := _entry(raw, base_url)) is not None]
    return ParsedFeed(title=_field(parsed.feed, "title"), entries=entries)


def _entry(raw: dict, base_url: str) -> FeedEntry | None:
    guid = (raw.get("id") or "").strip()
    url = _http_url(raw.get("link"), base_url) or _http_url(guid, base_url)
    if url is None:
        return None
    return FeedEntry(
        guid=guid or canonicalize_url(url),
        url=url,
        title=_field(raw, "title"),
        published=_published(raw),
        summary=_field(raw, "summary"),
    )


def _http_url(value: str | None, base_url: str) -> str | None:
    """An absolute http(s) URL, or None (a `javascript:` or `mailto:` link is not an article)."""
    if not value or not value.strip():
        return None
    url = urljoin(base_url, value.strip())
    return url if urlsplit(url).scheme.lower() in ("http", "https") and urlsplit(url).hostname else None


def _published(raw: dict) -> datetime | None:
    # feedparser normalises every date format it knows to a UTC struct_time.
    stamp = raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
    if not stamp:
        return None
    try:
        return datetime(*stamp[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _field(raw: dict, name: str) -> str:
    """Plain text of a feed field, whitespace folded. Only markup fields lose their tags, so a plain
    title such as "a <b" keeps its text."""
    value = raw.get(name) or ""
    if (raw.get(f"{name}_detail") or {}).get("type", "text/html") in ("text/html", "application/xhtml+xml"):
        collector = _TextCollector()
        collector.feed(value)
        collector.close()
        value = "".join(collector.parts)
    return " ".join(value.split())


def next_poll_interval(previous: float, had_new_entries: bool, min_s: float = 300, max_s: float = 6 * 3600) -> float:
    """Seconds until the next poll: halve after new entries, grow x1.5 after none, clamp to [min_s, max_s].

    Busy feeds converge on min_s (5 min) and quiet ones back off to max_s (6 h).
    """
    if not math.isfinite(previous) or previous <= 0:
        return float(min_s)
    proposed = previous / 2 if had_new_entries else previous * 1.5
    return float(min(max(proposed, min_s), max_s))


class HostPoliteness:
    """Spaces requests to one host at least `min_interval` seconds apart (in-process; clock injectable).

    `reserve(host)` books the next free slot and returns how long to wait before using it, so
    concurrent callers get staggered slots rather than all firing when one slot frees up.
    """

    def __init__(self, min_interval: float, clock: Callable[[], float] = time.monotonic):
        self.min_interval = min_interval
        self._clock = clock
        self._next_slot: dict[str, float] = {}

    def wait_time(self, host: str) -> float:
        """Seconds until a request to `host` would be polite; 0 when it may go now."""
        return max(0.0, self._next_slot.get(_host_key(host), 0.0) - self._clock())

    def reserve(self, host: str) -> float:
        """Book the next slot for `host`; returns the delay in seconds before it starts."""
        now = self._clock()
        key = _host_key(host)
        slot = max(now, self._next_slot.get(key, now))
        self._next_slot[key] = slot + self.min_interval
        self._forget_idle(now)
        return slot - now

    def try_acquire(self, host: str) -> bool:
        """Take the slot for `host` only if it is free now."""
        if self.wait_time(host) > 0:
            return False
        self.reserve(host)
        return True

    def _forget_idle(self, now: float) -> None:
        # Hosts whose next slot has passed carry no information; dropping them bounds memory.
        if len(self._next_slot) > 1024:
            self._next_slot = {host: slot for host, slot in self._next_slot.items() if slot > now}


def _host_key(host_or_url: str) -> str:
    """`https://Example.com/a` and `example.com` share one politeness budget."""
    if "//" in host_or_url:
        return (urlsplit(host_or_url).hostname or "").rstrip(".")
    return host_or_url.strip().lower().rstrip(".")
