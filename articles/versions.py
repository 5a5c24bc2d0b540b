"""Line diffs between an article's versions, for the article page (plain data, no Django)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class DiffLine:
    op: str  # "same", "added", "removed"
    text: str


def line_diff(old: str, new: str, context: int = 1) -> list[DiffLine]:
    """Changed lines of ``new`` against ``old`` with ``context`` unchanged lines around them."""
    a, b = old.splitlines(), new.splitlines()
    out: list[DiffLine] = []
    for group in difflib.SequenceMatcher(None, a, b, autojunk=False).get_grouped_opcodes(context):
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [DiffLine("same", line) for line in a[i1:i2]]
                continue
            out += [DiffLine("removed", line) for line in a[i1:i2]]
            out += [DiffLine("added", line) for line in b[j1:j2]]
    return out
