"""Extract every saved page of a folder: ``<id>.html`` or ``<id>.html.gz``.

Plain function so benchmarks and the management command share it; a page that
fails gets an empty body and its error is reported, the run goes on.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

from articles.extraction import extract_html
from articles.text_errors import CleaningError

_SUFFIXES = (".html.gz", ".html")

Record = dict[str, str | None]


def page_files(pages_dir: str | Path) -> dict[str, Path]:
    """Page id -> file, for every .html / .html.gz file in ``pages_dir`` (sorted by id)."""
    found: dict[str, Path] = {}
    for path in sorted(Path(pages_dir).iterdir()):
        for suffix in _SUFFIXES:
            if path.name.endswith(suffix) and path.is_file():
                found.setdefault(path.name[: -len(suffix)], path)
                break
    return found


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def _empty() -> Record:
    return {"articleBody": "", "title": None, "byline": None, "published": None, "outlet": None}


def extract_page(data: bytes) -> Record:
    art = extract_html(data)
    return {"articleBody": art.body, "title": art.title, "byline": art.byline,
            "published": art.published, "outlet": art.outlet}


def extract_pages(pages: dict[str, bytes], on_error: Callable[[str, Exception], None] | None = None
                  ) -> dict[str, Record]:
    out: dict[str, Record] = {}
    for pid, data in pages.items():
        try:
            out[pid] = extract_page(data)
        except (CleaningError, ValueError, OSError) as exc:  # one bad page never stops the run
            out[pid] = _empty()
            if on_error:
                on_error(pid, exc)
    return out


def extract_dir(pages_dir: str | Path, on_error: Callable[[str, Exception], None] | None = None
                ) -> dict[str, Record]:
    """``{"<id>": {"articleBody", "title", "byline", "published", "outlet"}}`` for a folder."""
    pages: dict[str, bytes] = {}
    for pid, path in page_files(pages_dir).items():
        try:
            pages[pid] = read_page(path)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            pages[pid] = b""
            if on_error:
                on_error(pid, exc)
    return extract_pages(pages, on_error)
