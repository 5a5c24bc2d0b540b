"""The pieces of a quote its report splits with the attribution, matched to another report's whole.

"It's not the way you want to win," he said, "but I'll take it." The second piece
alone ("but I'll take it.") is too short for any overlap rule, and in "‘She slammed
the door on me,’ he said. ‘There was nowhere to go.’" the first piece is worded
otherwise than another outlet's "She just closed the door. There was nowhere to
go." Yet the pieces sit side by side, joined only by the attribution, so they are
one stretch of speech. Where that stretch lines up with a quote of another report
of the occasion, each piece belongs to its utterance:

- both pieces word for word, one after the other, inside the other quote; or
- one piece word for word at a sentence start or end of the other quote, and the
  other piece worded like the sentence next to it on its side (half of the words
  shared, a content word among them): the reworded piece is that sentence,
  misquoted; or
- the pieces split one sentence ("The harm is real," she wrote, "but it is not
  decisive."): one piece word for word opening or closing a sentence of the other
  quote, the other worded like the rest of that sentence ("but it is not, in the
  end, decisive").

The speakers must be compatible, and the caller only pairs reports that already
share a well-evidenced quote (``strong_link``): one occasion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .quote_lexicon import CUE_VERBS
from .quote_linking import sentence_norms
from .similarity import quote_tokens
from .speakers import speakers_compatible

# Characters of attribution between the closing mark of one piece and the opening of the next: room for
# a title and full name (", Employment Judge Rowan Mattock wrote in the judgment, ").
MAX_GAP = 70
MAX_GAP_SENTENCE_END = 40
MIN_JOINED = 6  # tokens of the two pieces together, for the word-for-word case
MIN_SENTENCE_DICE = 0.5  # word overlap of a reworded piece with the sentence it stands for

_MARKS = "\"'“”‘’"


@dataclass(frozen=True, slots=True)
class Piece:
    """A speech quote with its place in its article."""

    id: int
    article_id: int
    speaker_key: str | None
    text: str
    start: int  # offsets of the quote's text (inside its marks) in the article body
    end: int


def split_pairs(quotes: Sequence[Piece], body: str) -> list[tuple[Piece, Piece]]:
    """Consecutive quotes of one article joined by nothing but an attribution (", he said, ")."""
    ordered = sorted(quotes, key=lambda q: q.start)
    out = []
    for a, b in pairwise(ordered):
        gap = body[a.end : b.start]
        inner = gap.strip(_MARKS + " ,.;:")
        if (
            # An attribution that ends its sentence is short ("’ he said. ‘"): "she said after the hearing
            # ended late on Friday." tells more than who spoke.
            len(gap) <= (MAX_GAP_SENTENCE_END if re.search(r"\w{3}[.!?]", gap) else MAX_GAP)
            and "\n" not in gap
            and not any(m in inner for m in _MARKS)
            and any(w in CUE_VERBS for w in re.findall(r"[a-z]+", inner.lower()))
            and speakers_compatible(a.speaker_key, b.speaker_key)
        ):
            out.append((a, b))
    return out


def _norms(text: str) -> list[str]:
    return [t.norm for t in quote_tokens(text)]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Token index ranges of the quote's sentences."""
    out, pos = [], 0
    for norms in sentence_norms(text):
        out.append((pos, pos + len(norms)))
        pos += len(norms)
    return out


def _find(hay: list[str], needle: list[str]) -> int:
    for i in range(len(hay) - len(needle) + 1):
        if hay[i : i + len(needle)] == needle:
            return i
    return -1


def worded_like(piece: list[str], sentence: list[str]) -> bool:
    """A reworded piece and the sentence it stands for: half their words shared, a long word among them."""
    if not piece or not sentence:
        return False
    shared = sum(min(piece.count(w), sentence.count(w)) for w in set(piece))
    return 2 * shared / (len(piece) + len(sentence)) >= MIN_SENTENCE_DICE and any(
        len(w) > 3 and w in sentence for w in piece
    )


def pieces_matched(pairs: Sequence[tuple[Piece, Piece]], others: Sequence[Piece]) -> list[tuple[int, int]]:
    """(piece id, other quote id) for each piece of ``pairs`` that belongs to a quote of ``others``."""
    out: set[tuple[int, int]] = set()
    for a, b in pairs:
        ta, tb = _norms(a.text), _norms(b.text)
        for o in others:
            if o.article_id == a.article_id or not (
                speakers_compatible(a.speaker_key, o.speaker_key) and speakers_compatible(b.speaker_key, o.speaker_key)
            ):
                continue
            to = _norms(o.text)
            if len(ta) + len(tb) >= MIN_JOINED and _find(to, ta + tb) >= 0:
                out |= {(a.id, o.id), (b.id, o.id)}
                continue
            bounds = sentence_bounds(o.text)
            starts, ends = {s for s, _ in bounds}, {e for _, e in bounds}
            i = _find(to, tb)
            if tb and i in starts and i > 0:  # the second piece opens a sentence: the first is the one before
                prev = next(s for s, e in bounds if e == i)
                if worded_like(ta, to[prev:i]):
                    out |= {(a.id, o.id), (b.id, o.id)}
            if tb and i >= 0 and i + len(tb) in ends and i not in starts:  # it closes one: the first is its head
                head = to[next(s for s, e in bounds if s < i < e) : i]
                if worded_like(ta, head):
                    out |= {(a.id, o.id), (b.id, o.id)}
            j = _find(to, ta)
            if ta and j >= 0 and j + len(ta) in ends and j + len(ta) < len(to):  # the first piece ends one
                nxt = next(e for s, e in bounds if s == j + len(ta))
                if worded_like(tb, to[j + len(ta) : nxt]):
                    out |= {(a.id, o.id), (b.id, o.id)}
            elif ta and j in starts and j + len(ta) not in ends:  # it opens one: the second is the rest of it
                rest = to[j + len(ta) : next(e for s, e in bounds if s == j)]
                if worded_like(tb, rest):
                    out |= {(a.id, o.id), (b.id, o.id)}
    return sorted(out)
