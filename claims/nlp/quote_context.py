"""The words an article sets around a quote, to tell one utterance from a stock phrase.

A scare-quoted term ("rigged") or a short stock line ("We're going to build a
wall") recurs across many occasions of one speaker, so sharing its words and
speaker says little. Two reports of one remark, though, tell the same story
around it: the sentences about it name the same event, place, object or other
people ("classified", "server", "the judge"). Two uses of a stock phrase on
different occasions are surrounded by different stories.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .similarity import tokenize

# Words read on each side of the quote: about the sentence before and after.
# A wider window meets the words every story of a campaign shares.
CONTEXT_WORDS = 30
MIN_SHARED_CONTEXT = 3  # content words both articles set around the quote (beyond its own and the speaker's)


def quote_context(body: str, start: int, end: int) -> frozenset[str]:
    """Content words within ``CONTEXT_WORDS`` words either side of ``body[start:end]`` (the quote excluded)."""
    before = tokenize(body[max(0, start - 12 * CONTEXT_WORDS) : start])[-CONTEXT_WORDS:]
    after = tokenize(body[end : end + 12 * CONTEXT_WORDS])[:CONTEXT_WORDS]
    return frozenset(context_word(t.norm) for t in (*before, *after) if t.content)


def context_word(norm: str) -> str:
    """A word as it tells an occasion: one story writes "Ukraine's security", the other "Ukraine"."""
    return norm[:-2] if norm.endswith("'s") and len(norm) > 3 else norm


def _squash(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)  # as speaker keys spell names ("hillary" / "hilary")


def shared_context(
    a: frozenset[str], b: frozenset[str], quote_words: Collection[str], speaker_keys: tuple[str | None, ...]
) -> set[str]:
    """Context words both quotes share, less ``quote_words`` and the speakers' names.

    The speaker's name stands next to every quote of theirs ("Trump said"), and
    quoted words are often repeated around a quote: neither tells occasions apart.
    Quote linking passes the words both quotes hold; a word only one of them holds
    still counts when the other report sets it around its own quote.
    """
    names = {_squash(part) for key in speaker_keys if key for part in key.split()}
    quoted = {context_word(w) for w in quote_words}
    return {w for w in a & b if w not in quoted and _squash(w) not in names}


def contexts_agree(
    a: frozenset[str] | None,
    b: frozenset[str] | None,
    quote_words: Collection[str],
    speaker_keys: tuple[str | None, ...],
) -> bool:
    """Whether two articles tell the same story around a quote; an unknown context (None) is no evidence."""
    if a is None or b is None:
        return True
    return len(shared_context(a, b, quote_words, speaker_keys)) >= MIN_SHARED_CONTEXT
