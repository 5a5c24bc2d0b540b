"""Word-level alignment of two versions of a quote.

``word_diff`` is for display (side by side, surface words kept). ``align`` and
``disagreements`` are what linking and misquote detection reason with: edits
at the very start or end that only one side has are truncation (an outlet
quoting less of the sentence), not a different wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from .numbers import spelled_number
from .similarity import ELLIPSIS, Token, is_content, tokenize

OpName = Literal["equal", "replace", "insert", "delete"]
DriftType = Literal["identical", "punctuation", "substitution", "insertion", "truncation", "paraphrase"]


@dataclass(frozen=True, slots=True)
class Opcode:
    """One aligned stretch, in token indices: a[i1:i2] against b[j1:j2]."""

    op: OpName
    i1: int
    i2: int
    j1: int
    j2: int


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One stretch of the word diff with the surface words of each side and their character spans."""

    op: OpName
    a_words: tuple[str, ...]
    b_words: tuple[str, ...]
    a_span: tuple[int, int]  # character offsets in a; empty (x, x) where a has nothing
    b_span: tuple[int, int]


def align(a: list[Token], b: list[Token]) -> list[Opcode]:
    """Opcodes aligning two token lists on their comparable forms.

    difflib matches the longest common run first, which is what quotes need:
    a contiguous shared clause is strong evidence, scattered single words are not.
    """
    sm = SequenceMatcher(None, [t.norm for t in a], [t.norm for t in b], autojunk=False)
    return [Opcode(op, i1, i2, j1, j2) for op, i1, i2, j1, j2 in sm.get_opcodes()]  # type: ignore[arg-type]


def _span(tokens: list[Token], i1: int, i2: int, text_len: int) -> tuple[int, int]:
    if i1 < i2:
        return tokens[i1].start, tokens[i2 - 1].end
    pos = tokens[i1].start if i1 < len(tokens) else text_len
    return pos, pos


def word_diff(a: str, b: str) -> list[DiffOp]:
    """Word diff of two quote texts; joining each side's words in order gives back its words."""
    ta, tb = tokenize(a), tokenize(b)
    out: list[DiffOp] = []
    for oc in align(ta, tb):
        out.append(
            DiffOp(
                op=oc.op,
                a_words=tuple(a[t.start : t.end] for t in ta[oc.i1 : oc.i2]),
                b_words=tuple(b[t.start : t.end] for t in tb[oc.j1 : oc.j2]),
                a_span=_span(ta, oc.i1, oc.i2, len(a)),
                b_span=_span(tb, oc.j1, oc.j2, len(b)),
            )
        )
    return out


def _is_edge_truncation(
    oc: Opcode, ops: list[Opcode], a: str, b: str, ta: list[Token], tb: list[Token]
) -> bool:
    """An edit at the start or end that only one side has: that outlet quoted less. Unless, at the end,
    the side that stops quotes a whole sentence ("I regret it, but we will not be held to ransom." /
    "... held to ransom by anyone"): it says the sentence ended there, so the words the other adds are
    an insertion."""
    one_sided = (oc.i1 == oc.i2) != (oc.j1 == oc.j2)
    at_start = oc.i1 == 0 and oc.j1 == 0
    at_end = oc.i2 == len(ta) and oc.j2 == len(tb)
    if one_sided and at_end and not at_start:
        stops, goes_on, tokens, k = (a, b, tb, oc.j1) if oc.i1 == oc.i2 else (b, a, ta, oc.i1)
        # ... unless the other goes on with a sentence or a coordinated clause of its own ("...with
        # distinction, and I thank him for it.") or a short tag after a comma: quoting more, not other words.
        gap = goes_on[tokens[k - 1].end : tokens[k].start] if k > 0 else ""
        new_clause = (
            _clause_break(gap, tokens[k].norm) or ("," in gap and len(tokens) - k <= MAX_TAG_WORDS)
            if k > 0 else True
        )
        if _whole_sentence(stops) and not new_clause:
            return False
    return one_sided and (at_start or at_end) and len(ops) > 1


_COORDINATORS = frozenset("and but or so yet".split())
# A short tag after a comma that ends the quote ("She was better on the last two days, simple as that"):
# an afterthought another outlet may leave off, as it may a clause of its own.
MAX_TAG_WORDS = 4


def _clause_break(gap: str, next_word: str) -> bool:
    """Where a quotation can stop at a sentence's end without cutting a clause: a full stop, question
    or exclamation mark, a semicolon or dash, or a comma before a coordinating conjunction."""
    return bool(re.search(r"[.!?;—–]", gap)) or ("," in gap and next_word.lower() in _COORDINATORS)


def _whole_sentence(text: str) -> bool:
    """A quote that opens on a capital and closes on a full stop, question or exclamation mark: it quotes
    a sentence to its end (a partial quote set in the outlet's own sentence opens in lower case)."""
    stripped = text.strip().strip("\"“”‘’'")
    return bool(stripped) and stripped[0].isupper() and stripped[-1] in ".!?"


def _gap_has_ellipsis(tokens: list[Token], text: str, k: int) -> bool:
    """Whether the text between tokens k-1 and k holds an ellipsis."""
    lo = tokens[k - 1].end if k > 0 else 0
    hi = tokens[k].start if k < len(tokens) else len(text)
    return bool(ELLIPSIS.search(text[lo:hi]))


def _marked_elision(oc: Opcode, ta: list[Token], tb: list[Token], a: str, b: str) -> bool:
    """Words one side leaves out where that side shows an ellipsis: a marked cut, not a change.

    The aligner may place the cut a word off the ellipsis when words repeat
    ("we came … we won"), so the gaps next to the cut count too.
    """
    if oc.op == "delete":
        tokens, text, at = tb, b, oc.j1
    elif oc.op == "insert":
        tokens, text, at = ta, a, oc.i1
    else:
        return False
    return any(_gap_has_ellipsis(tokens, text, k) for k in (at - 1, at, at + 1) if 0 <= k <= len(tokens))


def disagreements(
    a: str, b: str, ta: list[Token] | None = None, tb: list[Token] | None = None
) -> list[Opcode]:
    """Edits between two versions that are wording differences, not truncation or marked elision."""
    ta = tokenize(a) if ta is None else ta
    tb = tokenize(b) if tb is None else tb
    ops = align(ta, tb)
    if not any(oc.op == "equal" for oc in ops):
        return [oc for oc in ops if oc.op != "equal"]
    return [
        oc
        for oc in ops
        if oc.op != "equal"
        and not _is_edge_truncation(oc, ops, a, b, ta, tb)
        and not _marked_elision(oc, ta, tb, a, b)
    ]


_CONTRACTIONS = {
    "n't": " not",
    "'re": " are",
    "'m": " am",
    "'ve": " have",
    "'ll": " will",
    "'d": " would",
}
_IRREGULAR = {
    "won't": "will not",
    "can't": "can not",
    "cannot": "can not",
    "shan't": "shall not",
    "ain't": "is not",
    "let's": "let us",
}
# Words whose "'s" is "is" (or "has", one small word for another), never a possessive.
_PRONOUN_IS = frozenset("he's she's it's that's there's here's what's who's where's how's".split())
_NEGATIONS = frozenset({"not", "no", "never", "nor", "none", "nothing", "nobody", "neither"})
_PERSONS = frozenset("i me my we us our you your he him his she her they them their".split())
# Words whose presence or absence changes the force, not the content, of a quote.
_HEDGES = frozenset(
    "very really pretty just so quite actually certainly totally absolutely truly simply well now "
    "look oh".split()
)


def _plain_words(tokens: list[Token]) -> list[str]:
    """Words with contractions spelt out, possessive marks dropped and numbers in figures ("we're" = "we
    are", "ISIS’" = "ISIS’s", "thirty years" = "30 years": house style, not the speaker's words)."""
    out: list[str] = []
    for t in tokens:
        w = _IRREGULAR.get(t.norm, t.norm)
        number = spelled_number(w)
        if number is not None:
            w = str(number)
        if w in _PRONOUN_IS:
            w = w[:-2] + " is"  # "she's beaten": "she is", not a possessive
        elif w.endswith("'s") or w.endswith("'"):
            w = w[:-2] if w.endswith("'s") else w[:-1]
        for suffix, full in _CONTRACTIONS.items():
            if w.endswith(suffix) and len(w) > len(suffix):
                w = w[: -len(suffix)] + full
                break
        out.extend(w.split())
    return out


def is_minor_edit(oc: Opcode, ta: list[Token], tb: list[Token]) -> bool:
    """An edit that changes no wording a fact-checker would call a misquote: a contraction spelt out,
    a possessive mark, function words and hedges ("pretty", "just") added or dropped, or one function
    word for another. A negation, or a change of person ("we" / "they"), is never minor."""
    a_words, b_words = _plain_words(ta[oc.i1 : oc.i2]), _plain_words(tb[oc.j1 : oc.j2])
    if a_words == b_words:
        return True
    if oc.op in ("insert", "delete") or not (a_words and b_words):
        changed = a_words or b_words
        return all((w in _HEDGES or not is_content(w)) and w not in _NEGATIONS for w in changed)
    # "you did so" / "you did it": one function word for another, unless it changes who is meant.
    changed = a_words + b_words
    return all(not is_content(w) and w not in _NEGATIONS and w not in _PERSONS for w in changed)


def drift_type(a: str, b: str) -> DriftType:
    """How version b departs from version a, from least to most serious."""
    if a.strip() == b.strip():
        return "identical"
    ta, tb = tokenize(a), tokenize(b)
    if [t.norm for t in ta] == [t.norm for t in tb]:
        return "punctuation"
    diffs = disagreements(a, b, ta, tb)
    if not diffs:
        return "truncation"
    if all(oc.op == "replace" for oc in diffs) and all(
        max(oc.i2 - oc.i1, oc.j2 - oc.j1) <= 2 for oc in diffs
    ):
        return "substitution"
    if all(oc.op in ("insert", "delete") for oc in diffs):
        return "insertion"
    return "paraphrase"
