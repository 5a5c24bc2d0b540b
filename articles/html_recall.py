"""Recall fallback: bring back article paragraphs the main extractor dropped.

trafilatura picks one container; pages that split an article into several
sibling blocks ("chunks" between ads or pull quotes) lose everything after the
first. Long prose paragraphs that sit next to the paragraphs it did keep (their
common ancestor is at most a few levels above the kept ones') are put back in
document order. When the extractor found nothing, the prose paragraphs of the
page are the body.
"""

from __future__ import annotations

import re

from articles import text_patterns as tp
from articles.html_body import norm

_SKIP_TAGS = frozenset({"nav", "footer", "header", "aside", "form", "noscript", "script", "style",
                        "figure", "figcaption", "button", "select", "template"})
# Class/id words (split on "-", "_" and spaces) that mark chrome containers.
_SKIP_WORD = re.compile(
    r"^(?:comments?|related|footer|sidebar|promo|newsletter|share|sharing|social|cookies?|subscri\w*|"
    r"caption|advert\w*|ads?|recommend\w*|teasers?|nav|navigation|menu|widget|popup|modal|banner|"
    r"signup|outbrain|taboola|byline|bio|more|trending|popular)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"[\s_-]+")
# How far above the kept paragraphs' common ancestor a dropped one may sit.
_MAX_CLIMB = 2
_MIN_WORDS = 15
# A lone dropped paragraph is usually a standfirst or teaser the extractor was
# right to drop; split articles lose several.
_MIN_ADDED = 2


def _prose(el) -> str | None:
    text = " ".join(el.text_content().split())
    if len(tp.words(text)) >= _MIN_WORDS and tp.ends_sentence(text):
        return text
    return None


def _excluded(el) -> bool:
    for node in el.iterancestors():
        if node.tag in _SKIP_TAGS:
            return True
        if node.tag in ("body", "html"):
            break
        attrs = f"{node.get('class', '')} {node.get('id', '')}".strip()
        if attrs and any(_SKIP_WORD.match(word) for word in _SPLIT.split(attrs)):
            return True
    return False


def _candidates(tree) -> list[tuple[object, str]]:
    out = []
    for el in tree.iter("p"):
        text = _prose(el)
        if text and not _excluded(el):
            out.append((el, text))
    return out


def _path(el) -> list:
    return [el, *el.iterancestors()][::-1]


def _common_depth(paths: list[list]) -> int:
    depth = 0
    for level in zip(*paths, strict=False):
        if any(node is not level[0] for node in level):
            break
        depth += 1
    return depth


def _insert(lines: list[str], found: list[tuple[str, bool]]) -> list[str]:
    """Put missing paragraphs after the kept line holding the previous kept paragraph."""
    keys = [norm(line) for line in lines]
    out, pending, cursor = list(lines), [], 0
    for text, kept in found:
        if not kept:
            pending.append(text)
            continue
        key = norm(text)
        pos = next((i for i in range(cursor, len(keys)) if key in keys[i]), None)
        if pos is None:
            continue
        offset = len(out) - len(lines)
        out[pos + offset:pos + offset] = pending
        pending, cursor = [], pos + 1
    return out + pending


def recover_paragraphs(tree, body: str) -> str:
    """``body`` plus the prose paragraphs beside it that the extractor missed."""
    cands = _candidates(tree)
    if not body.strip():
        return "\n".join(text for _el, text in cands) if len(cands) >= 2 else body
    body_key = norm(body)
    kept = [(el, text) for el, text in cands if norm(text) in body_key]
    if len(kept) < 2:
        return body
    anchor = _common_depth([_path(el) for el, _t in kept])
    if anchor <= 2:  # the kept text already spans the whole page
        return body
    found: list[tuple[str, bool]] = []
    for el, text in cands:
        in_body = norm(text) in body_key
        if not in_body and _common_depth([_path(kept[0][0]), _path(el)]) < anchor - _MAX_CLIMB:
            continue
        found.append((text, in_body))
    added = sum(1 for _text, in_body in found if not in_body)
    return "\n".join(_insert(body.split("\n"), found)) if added >= _MIN_ADDED else body
