"""URL canonicalisation and content hashing: the identity keys used for article dedup (pure)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

__all__ = ["canonicalize_url", "content_hash", "url_hash", "is_tracking_param"]

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that identify a campaign, click or share, never the document.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "ocid", "cmpid", "cmp", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi",
        "mkt_tok", "smid", "smtyp", "ncid", "sr_share", "ito", "at_medium", "at_campaign",
        "at_custom1", "at_custom2", "at_custom3", "at_custom4", "ref_src", "ref_url",
        "__twitter_impression", "oly_anon_id", "oly_enc_id", "vero_id",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

# RFC 3986 unreserved characters: percent-encoding them is noise, so it is decoded.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
# Characters kept literal when re-encoding a path (already-encoded %XX survives untouched).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"

_QUOTES = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u301d": '"', "\u301e": '"', "\uff02": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'", "\u203a": "'",
        "\u2032": "'", "\u0060": "'", "\u00b4": "'", "\uff07": "'",
    }
)
_WHITESPACE = re.compile(r"\s+")


def is_tracking_param(name: str) -> bool:
    """True when a query parameter only tracks the visitor (utm_*, fbclid, ...)."""
    lowered = name.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """One spelling per document: `HTTP://Ex.com:80/a/?utm_source=x&b=2&a=1#top` -> `http://ex.com/a?a=1&b=2`.

    Lower-cases scheme and host, encodes the host as IDNA, drops default ports, the fragment and
    tracking parameters, sorts the remaining parameters and removes a trailing slash (except the
    root path). Unreserved percent-escapes are decoded, other escapes upper-cased.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = _canonical_netloc(scheme, parts)
    path = _canonical_path(parts.path)
    query = _canonical_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def url_hash(url: str) -> str:
    """sha256 hex of the canonical URL; equal for URLs that name the same document."""
    return hashlib.sha256(canonicalize_url(url).encode("utf-8")).hexdigest()


def content_hash(text: str) -> str:
    """sha256 hex of text normalised for dedup (NFKC, case-folded, quotes unified, whitespace folded).

    Two copies of one story that differ only in typography or layout hash equal.
    """
    normalised = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    normalised = _WHITESPACE.sub(" ", normalised).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _canonical_netloc(scheme: str, parts) -> str:
    host = _canonical_host(parts.hostname or "")
    try:
        port = parts.port
    except ValueError:  # a non-numeric port: keep the URL recognisable rather than fail
        port = None
    if ":" in host:  # IPv6 literal needs its brackets back
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    userinfo, sep, _ = parts.netloc.rpartition("@")
    return f"{userinfo}@{host}" if sep else host


def _canonical_host(host: str) -> str:
    host = host.rstrip(".").lower()
    if not host or host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:  # labels IDNA 2003 refuses: keep the readable form, still lower-cased
        return host


def _normalise_escapes(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else f"%{match.group(1).upper()}"

    return _PERCENT.sub(fix, text)


def _canonical_path(path: str) -> str:
    path = _normalise_escapes(quote(path, safe=_PATH_SAFE))
    path = _remove_dot_segments(path) if path else "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return path


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, so `/a/./b/../c` and `/a/c` are one URL."""
    output: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(output) > 1:
                output.pop()
        elif segment != ".":
            output.append(segment)
    if path.endswith(("/.", "/..")):
        output.append("")
    result = "/".join(output)
    return result if result.startswith("/") else "/" + result


def _canonical_query(query: str) -> str:
    pairs = [(name, value) for name, value in parse_qsl(query, keep_blank_values=True) if not is_tracking_param(name)]
    # Sort by name only: a stable sort keeps the order of repeated values (?id=2&id=1), which may matter.
    return urlencode(sorted(pairs, key=lambda pair: pair[0]), quote_via=quote, safe="-._~")
