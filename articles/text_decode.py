"""Bytes -> str for article text and HTML, for inputs that lie about their encoding.

Order of trust: a byte-order mark; valid UTF-8 (multi-byte UTF-8 almost never
happens by accident, while labels are often wrong); the declared charset; then
charset-normalizer's detection.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from articles.text_errors import BinaryInput, UndecodableInput

# File signatures of formats that are never article text.
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"wOF", "web font"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# WHATWG: pages labelled Latin-1 are decoded as windows-1252.
_ALIASES = {"latin-1": "cp1252", "latin1": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252",
            "ascii": "cp1252", "us-ascii": "cp1252"}
_SAMPLE = 4096
_DETECT_SAMPLE = 200_000
_CONTROL_BYTES = frozenset([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _binary_bytes(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    return sum(1 for b in sample if b in _CONTROL_BYTES) > max(2, len(sample) // 50)


def _too_many_controls(text: str) -> bool:
    sample = text[:_SAMPLE]
    return bool(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 50)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    # Mostly-ASCII bytes are a Western-language text; the few non-ASCII bytes
    # give statistical detection too little to go on, and windows-1252 is by
    # far the most common wrongly-labelled encoding.
    non_ascii = sum(1 for b in data[:_DETECT_SAMPLE] if b > 0x7F)
    if non_ascii <= len(data[:_DETECT_SAMPLE]) // 50:
        text = _try(data, "cp1252")
        if text is not None:
            return text
    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None:
        return None
    return _try(data, best.encoding) or data.decode(best.encoding, errors="replace")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode fetched bytes to text; raises BinaryInput or UndecodableInput."""
    if not data:
        return ""
    what = _looks_binary(data)
    if what:
        raise BinaryInput(f"input is a {what}, not text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff")
    text = _try(data, "utf-8")
    if text is None and _binary_bytes(data):
        raise BinaryInput("input has too many control bytes to be text")
    if text is None:
        codec = _codec(declared)
        text = _try(data, codec) if codec and codec != "utf-8" else None
    if text is None:
        text = _detect(data)
    if text is None:
        raise UndecodableInput("no character encoding decodes this input")
    if _too_many_controls(text):
        raise BinaryInput("input has too many control characters to be text")
    return text
