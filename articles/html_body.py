"""NewsFacts' own cleaning of the body text an extractor returns.

Extractors keep some chrome that sits inside the article container: the
headline or standfirst repeated at the top, "Read more:" teasers and the list
of related links under them, newsletter and share prompts, copyright notices.
The line rules of articles.cleaning do the work; this module adds what only an
HTML page knows (its title and description).
"""

from __future__ import annotations

import re
import unicodedata

from articles import text_patterns as tp
from articles.cleaning import drop_chrome_lines

_NON_WORD = re.compile(r"\W+")


def norm(text: str) -> str:
    """Case- and punctuation-blind form used to compare lines."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


def _is_repeat_of(line: str, known: list[str]) -> bool:
    key = norm(line)
    return bool(key) and any(key == k for k in known)


def drop_head_repeats(lines: list[str], title: str | None, description: str | None) -> list[str]:
    """Drop the page title (and a standfirst without final stop) repeated at the top."""
    known = [norm(t) for t in (title, description) if t]
    out = list(lines)
    while out and _is_repeat_of(out[0], known) and not (
        norm(out[0]) == norm(description or "") and tp.ends_sentence(out[0])
    ):
        out.pop(0)
    return out


def clean_body(text: str, title: str | None = None, description: str | None = None) -> str:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    lines = drop_head_repeats(lines, title, description)
    kept, _removed = drop_chrome_lines(lines)
    return "\n".join(kept)
