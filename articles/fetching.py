"""SSRF-guarded HTTP(S) fetching with size, time, redirect and content-type limits (standard library only).

Every hop (first request and each redirect) resolves the host once with an injectable resolver, refuses
if ANY address is not public, then connects to the checked address itself: nothing re-resolves between
check and connect (the DNS-rebinding hole of check-then-urlopen). Settings arrive as a `FetchPolicy`.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import quote, urljoin, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., list]  # socket.getaddrinfo's signature

_DEFAULT_PORTS = {"http": 80, "https": 443}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_BROADCAST = ipaddress.IPv4Address("255.255.255.255")
_NUMERIC_LABEL = re.compile(r"0x[0-9a-f]*|[0-9]+", re.IGNORECASE)
_HOSTNAME = re.compile(r"([a-z0-9_-]+\.)*[a-z0-9_-]*[a-z_-][a-z0-9_-]*")  # last label not all digits
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"
_DECODERS = {"gzip": 31, "x-gzip": 31, "deflate": 15}  # zlib wbits: 31 = gzip wrapper, 15 = zlib wrapper


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int = 5 * 1024 * 1024
    timeout: float = 20.0  # total wall time for the whole fetch, redirects and a trickling body included
    max_redirects: int = 3
    allowed_content_types: tuple[str, ...] = (
        "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
        "application/rdf+xml", "application/xml", "text/xml")
    allow_hosts: frozenset[str] = frozenset()  # host names exempt from the address check (tests only)
    user_agent: str = "NewsFacts/0.1 (+fact-checking)"


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL after redirects
    status: int
    content: bytes
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool  # 304 for a conditional GET


class FetchError(Exception):
    """Base of all fetch failures; `reason` is a short human message shown on the ingest job."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class BlockedAddress(FetchError):
    """The URL points (or redirects, or resolves) to a non-public address: an SSRF refusal."""


class TransientFetchError(FetchError):
    """Worth retrying with backoff: timeouts, dropped connections, 5xx, 429."""

    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after  # seconds the server asked for (Retry-After), when it said


class PermanentFetchError(FetchError):
    """Retrying will not help: 4xx, wrong content type, too large, too many redirects, bad URL."""


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # lower-case ASCII name, or the address text for IP literals (no brackets)
    port: int
    path: str  # request target: percent-encoded path plus query
    literal: IPAddress | None  # set when the host is an IP address in any spelling


def safe_fetch(url: str, *, policy: FetchPolicy = FetchPolicy(), etag: str | None = None,
               last_modified: str | None = None, resolver: Resolver = socket.getaddrinfo) -> FetchResult:
    """Fetch one http(s) URL under `policy`: `safe_fetch(url, etag=feed.etag)`; raises a `FetchError`."""
    headers = _request_headers(policy, etag, last_modified)
    current = url
    with _Deadline(policy.timeout) as deadline:
        for _hop in range(policy.max_redirects + 1):
            target = _parse_target(current)
            addresses = _checked_addresses(target, policy, resolver)
            outcome = _exchange(target, addresses, headers, policy, deadline)
            if isinstance(outcome, FetchResult) and outcome.not_modified:  # a 304 may omit its validators
                outcome = replace(outcome, etag=outcome.etag or etag,
                                  last_modified=outcome.last_modified or last_modified)
            if isinstance(outcome, FetchResult):
                return outcome
            current = outcome
    raise PermanentFetchError(f"too many redirects: more than {policy.max_redirects}")


def _parse_target(url: str) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise PermanentFetchError(f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise PermanentFetchError(f"unsupported scheme {scheme or 'none'!r}: only http and https are fetched")
    if "@" in parts.netloc:
        # `http://good.example@127.0.0.1/` reads as good.example but goes to 127.0.0.1.
        raise BlockedAddress("refused: URLs with a user name or password before '@' are not fetched")
    host = (parts.hostname or "").rstrip(".")
    literal = _ip_literal(host)
    host = host if literal is not None else _ascii_host(host)
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_QUERY_SAFE)
    return _Target(url, scheme, host, port or _DEFAULT_PORTS[scheme], path, literal)


def _ip_literal(host: str) -> IPAddress | None:
    """The address a host spells, in any form a C resolver accepts (`2130706433`, `0x7f.1`, `0177.0.0.1`)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    labels = host.split(".")
    # WHATWG URL rule: a host whose last label is numeric is an IPv4 address or invalid, never a name.
    if not _NUMERIC_LABEL.fullmatch(labels[-1]):
        return None
    try:  # inet_aton numbers: 0x.. is hex, a leading 0 is octal ("08" is refused), else decimal
        if len(labels) > 4 or not all(_NUMERIC_LABEL.fullmatch(n) for n in labels):
            raise ValueError(host)
        numbers = [int(n[2:] or "0", 16) if n[:2].lower() == "0x" else int(n, 8 if n[:1] == "0" else 10)
                   for n in labels]
        *head, last = numbers
        if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
            raise ValueError(host)
    except ValueError:
        raise PermanentFetchError(f"invalid host: {host}") from None
    return ipaddress.IPv4Address(last + sum(n << (8 * (3 - i)) for i, n in enumerate(head)))


def _ascii_host(host: str) -> str:
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise PermanentFetchError(f"invalid host: {host!r}") from None
    if len(ascii_host) > 253 or not _HOSTNAME.fullmatch(ascii_host):
        raise PermanentFetchError(f"invalid host: {host!r}")
    return ascii_host


def address_refusal(ip: IPAddress) -> str | None:
    """None for a public unicast address, else what it is ("a private address", ...)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(int(ip))
        if ip.ipv4_mapped is not None or ip in _NAT64:  # both deliver to the embedded IPv4 address
            return address_refusal(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        embedded = ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None and (kind := address_refusal(embedded)):
            return kind
    return _kind(ip)


def _kind(ip: IPAddress) -> str | None:
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.version == 4 and ip in _CGNAT, "a carrier-grade NAT address"),
        (ip == _BROADCAST, "a broadcast address"),
        (ip.is_private, "a private address"),
        (ip.is_reserved, "a reserved address"),
        (ip.version == 6 and (ip.is_site_local or ip in _NAT64_LOCAL), "a private address"),
        (not ip.is_global, "a non-public address"),
    )
    return next((kind for failed, kind in checks if failed), None)


def _checked_addresses(target: _Target, policy: FetchPolicy, resolver: Resolver) -> list[IPAddress]:
    addresses = [target.literal] if target.literal is not None else _resolve(target, resolver)
    if target.host in policy.allow_hosts:
        return addresses
    for ip in addresses:
        if (kind := address_refusal(ip)) and target.literal is None:
            raise BlockedAddress(f"refused: {target.host} resolves to {kind} {ip}")
        if kind:  # name the normalised form too: "2130706433 is a loopback address 127.0.0.1"
            raise BlockedAddress(f"refused: {target.host} is {kind}{'' if str(ip) == target.host else f' {ip}'}")
    return addresses


def _resolve(target: _Target, resolver: Resolver) -> list[IPAddress]:
    try:
        infos = resolver(target.host, target.port, 0, socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            raise TransientFetchError(f"DNS lookup for {target.host} failed temporarily") from exc
        raise PermanentFetchError(f"host not found: {target.host}") from exc
    except OSError as exc:
        raise TransientFetchError(f"DNS lookup for {target.host} failed: {exc}") from exc
    families = (socket.AF_INET, socket.AF_INET6)  # sockaddr[0] may carry an IPv6 "%zone" suffix
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos if info[0] in families]
    addresses = list(dict.fromkeys(addresses))
    if not addresses:
        raise PermanentFetchError(f"host not found: {target.host} has no IP address")
    return addresses


class _Deadline:
    """The fetch's time budget; at expiry it cuts the connection, as trickled bytes defeat socket timeouts."""

    def __init__(self, seconds: float):
        self.seconds, self.at = seconds, time.monotonic() + seconds
        self.expired = threading.Event()
        self.sock: socket.socket | None = None
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True

    def remaining(self) -> float:
        left = self.at - time.monotonic()
        if left <= 0 or self.expired.is_set():
            raise self.error()
        return left

    def error(self) -> TransientFetchError:
        return TransientFetchError(f"timed out: no complete response within {self.seconds:g} s")

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()

    def _cut(self) -> None:
        self.expired.set()
        try:  # the plain-socket shutdown works on TLS sockets too and wakes a blocked recv
            if self.sock is not None:
                socket.socket.shutdown(self.sock, socket.SHUT_RDWR)
        except OSError:
            pass


def _connect(ip: IPAddress, port: int, timeout: float) -> socket.socket:
    """TCP to an already-checked address (numeric, so no DNS); the one place a socket opens (tests spy)."""
    return socket.create_connection((str(ip), port), timeout=timeout)


def _open(target: _Target, addresses: list[IPAddress], deadline: _Deadline) -> socket.socket:
    errors = []  # every address was checked, so trying each in turn (like create_connection) is safe
    for ip in addresses:
        try:
            return _connect(ip, target.port, deadline.remaining())
        except OSError as exc:
            errors.append(f"{ip}: {exc.strerror or exc}")
    raise TransientFetchError(f"could not connect to {target.host}: {'; '.join(errors)}")


def _wrap_tls(sock: socket.socket, host: str) -> ssl.SSLSocket:
    # server_hostname is the real host, so SNI and certificate checks use the name, not the pinned IP.
    context = ssl.create_default_context()
    try:
        return context.wrap_socket(sock, server_hostname=host)
    except ssl.SSLCertVerificationError as exc:
        sock.close()
        raise PermanentFetchError(f"TLS certificate not valid for {host}: {exc.verify_message}") from exc
    except OSError as exc:
        sock.close()
        raise TransientFetchError(f"TLS handshake with {host} failed: {exc}") from exc


def _exchange(target: _Target, addresses: list[IPAddress], headers: list[tuple[str, str]],
              policy: FetchPolicy, deadline: _Deadline) -> FetchResult | str:
    """One request on a pinned connection: a FetchResult, or the absolute URL a redirect points to."""
    sock = deadline.sock = _open(target, addresses, deadline)
    conn = http.client.HTTPConnection(target.host, target.port)
    try:
        if target.scheme == "https":
            sock = deadline.sock = _wrap_tls(sock, target.host)
        sock.settimeout(deadline.remaining())
        conn.sock = sock  # http.client never opens its own socket, so it never resolves the name
        outcome = _interpret(_send(conn, target, headers), target, policy, deadline)
    except (OSError, http.client.HTTPException, FetchError) as exc:
        if deadline.expired.is_set():  # the cut can surface as a reset, a bad reply or truncated headers
            raise deadline.error() from exc
        if isinstance(exc, FetchError):
            raise
        raise TransientFetchError(f"connection to {target.host} failed: {exc!r}") from exc
    finally:
        conn.close()
        sock.close()
    if deadline.expired.is_set():  # a connection cut by the deadline can look like a clean end of body
        raise deadline.error()
    return outcome


def _request_headers(policy: FetchPolicy, etag: str | None, last_modified: str | None) -> list:
    # Identity avoids decompression work; a server that compresses anyway is decoded with a size cap.
    headers = [("User-Agent", policy.user_agent), ("Accept", ", ".join(policy.allowed_content_types)),
               ("Accept-Encoding", "identity"), ("Connection", "close")]
    headers += [("If-None-Match", etag)] if etag else []
    return headers + ([("If-Modified-Since", last_modified)] if last_modified else [])


def _send(conn: http.client.HTTPConnection, target: _Target, headers: list[tuple[str, str]]):
    host = f"[{target.host}]" if ":" in target.host else target.host
    host += f":{target.port}" if target.port != _DEFAULT_PORTS[target.scheme] else ""
    conn.putrequest("GET", target.path, skip_host=True, skip_accept_encoding=True)
    conn.putheader("Host", host)
    for name, value in headers:
        conn.putheader(name, value)
    conn.endheaders()
    return conn.getresponse()


def _interpret(response, target: _Target, policy: FetchPolicy, deadline: _Deadline) -> FetchResult | str:
    status = response.status
    if status in _REDIRECTS:
        location = response.getheader("Location")
        if not location:
            raise PermanentFetchError(f"bad redirect: HTTP {status} from {target.host} without a Location")
        return urljoin(target.url, location.strip())
    etag, modified = response.getheader("ETag"), response.getheader("Last-Modified")
    if status == 304:
        return FetchResult(target.url, status, b"", "", None, etag, modified, not_modified=True)
    if status in (408, 429) or status >= 500:
        retry_after = (response.getheader("Retry-After") or "").strip()  # the seconds form only
        seconds = float(retry_after) if retry_after.isdigit() else None
        raise TransientFetchError(f"server busy: HTTP {status} from {target.host}", seconds)
    if not 200 <= status < 300:
        raise PermanentFetchError(f"HTTP {status} from {target.host}")
    content_type, charset = _content_type(response.getheader("Content-Type"), policy)
    raw = _read_body(response, policy.max_bytes, deadline)
    content = _decode(raw, response.getheader("Content-Encoding"), policy.max_bytes)
    return FetchResult(target.url, status, content, content_type, charset, etag, modified, not_modified=False)


def _content_type(header: str | None, policy: FetchPolicy) -> tuple[str, str | None]:
    if not header:
        raise PermanentFetchError("not an article: the server sent no content type")
    content_type = header.split(";", 1)[0].strip().lower()
    if content_type not in policy.allowed_content_types:
        raise PermanentFetchError(f"not an article: content type {content_type}")
    charset = _CHARSET.search(header)
    return content_type, charset.group(1).lower() if charset else None


def _read_body(response, limit: int, deadline: _Deadline) -> bytes:
    declared = (response.getheader("Content-Length") or "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks, total = [], 0
    while True:
        deadline.remaining()  # raises once time is up, even while bytes keep trickling in
        chunk = response.read1(_CHUNK)  # read1 returns after one socket read; read(n) would wait for n
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            raise _too_large(limit)
        chunks.append(chunk)


def _decode(raw: bytes, encoding: str | None, limit: int) -> bytes:
    encoding = (encoding or "identity").strip().lower()
    if encoding == "identity":
        return raw
    if encoding not in _DECODERS:
        raise PermanentFetchError(f"unsupported content encoding: {encoding}")
    try:
        decoded = zlib.decompressobj(_DECODERS[encoding]).decompress(raw, limit + 1)  # capped: no zip bombs
    except zlib.error:
        raise PermanentFetchError(f"undecodable body: bad {encoding} data") from None
    if len(decoded) > limit:
        raise _too_large(limit)
    return decoded


def _too_large(limit: int) -> PermanentFetchError:
    return PermanentFetchError(f"too large: more than {f'{limit / 2**20:g} MB' if limit >= 2**20 else f'{limit} bytes'}")
