"""Last-resort speaker for a quote with no cue anywhere near it: its sentence's subject.

Only a subject that can plausibly speak is taken: a personal pronoun, a name,
or a description headed by a role noun ("the lawyer", "Clinton aides"). A
sentence-opening word the article also writes in lower case ("Using ...",
"Once ...", "Preceded by ...") is an adverbial, not part of the subject.
"""

from __future__ import annotations

import re

from claims.nlp.attribution import Attribution, leading_subject
from claims.nlp.attribution_clause import nearest_clause_subject
from claims.nlp.quote_lexicon import FUNCTION_CAPS, PRONOUNS, ROLE_NOUNS

_WORD = re.compile(r"\S+")


def _written_lower(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w’']){re.escape(word.lower())}(?![\w’'])", text) is not None


def _head_ok(word: str) -> bool:
    low = word.lower().rstrip(".,")
    if low in PRONOUNS:
        return low not in ("it", "you")
    if low in ROLE_NOUNS:
        return True
    return word[:1].isupper() and low not in FUNCTION_CAPS


_PREPOSITIONS = frozenset("by at in on to with for from of as about after".split())


def _adverbial(text: str, word: str, next_word: str) -> bool:
    """A sentence-opening word that is no subject: written in lower case elsewhere in the
    article ("Once", "Moreover"), or a participle before a preposition ("Preceded by")."""
    if word.lower() in PRONOUNS or word.lower() in ROLE_NOUNS or not word[:1].isupper():
        return False
    if word.lower().endswith(("ed", "ing")) and next_word.lower() in _PREPOSITIONS:
        return True
    return _written_lower(text, word)


def plausible_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` trimmed to a subject that can be a source, or None."""
    words = [(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
    following = _WORD.search(text, end)
    while words:
        nxt = words[1][0] if len(words) > 1 else (following.group() if following else "")
        if not _adverbial(text, words[0][0], nxt):
            break
        words = words[1:]
    if not words or not _head_ok(words[-1][0]):
        return None
    if len(words) == 1 and _lone_sentence_opener(text, words[0][0], words[0][1]):
        return None
    return words[0][1], words[-1][2]


_MID_SENTENCE = r"(?<=[a-z,] ){}(?![\w’'])"


def _lone_sentence_opener(text: str, word: str, start: int) -> bool:
    """'Around the country ...', 'Videos, podcasts ...': a lone capitalised participle, plural or
    opener that starts its sentence is only a name when the article also capitalises it inside a
    sentence."""
    if word.lower() in PRONOUNS or word.lower() in ROLE_NOUNS or not word.isalpha() or not word[:1].isupper():
        return False
    if start > 0 and not re.search(r"(?:^|[.!?:\n][\"'”’)]*)\s*$", text[max(0, start - 4) : start]):
        return False  # not at a sentence start
    low = word.lower()
    # Word forms that names rarely take: participles, plurals, and a few openers.
    if not (low.endswith(("ing", "ed")) or (low.endswith("s") and not low.endswith("ss")) or low in _OPENERS):
        return False
    return re.search(_MID_SENTENCE.format(re.escape(word)), text) is None


_OPENERS = frozenset("around whether often part".split())


def _opens_with_adverbial(text: str, pos: int) -> bool:
    first = _WORD.search(text, pos)
    after = _WORD.search(text, first.end()) if first else None
    return first is not None and _adverbial(text, first.group(), after.group() if after else "")


def _opener_lead(text: str, pos: int) -> bool:
    """The sentence opens with an adverbial clause ("Asked whether ...,", "Horrified at ...,")."""
    m = re.match(
        r"\s*(?:[A-Z][a-z]+(?:ed|ing)|When|After|Asked|As|In|At|On|During|While)\s", text[pos : pos + 40]
    )
    return m is not None


def subject_fallback(text: str, lo: int, hi: int) -> Attribution | None:
    """The plausible subject opening the sentence text[lo:hi], as an attribution without a cue.

    When the sentence opens with an adverbial phrase ("Inspired by ..., Bush crisscrossed"),
    the subject of the clause after its comma is taken instead.
    """
    nearest = nearest_clause_subject(text, lo, hi)
    subject = plausible_subject(text, *nearest) if nearest else None
    if subject is not None:
        return Attribution(text[subject[0] : subject[1]], subject[0], subject[1], "")
    return opening_subject(text, lo, hi)


def opening_subject(text: str, lo: int, hi: int) -> Attribution | None:
    """The plausible subject of the main clause opening the sentence text[lo:hi], past an opening
    adverbial phrase ("Speaking on Monday, the mayor ..."), as an attribution without a cue."""
    parts = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^,;]+", text[lo:hi])][:2]
    for k, (p_lo, p_hi) in enumerate(parts):
        span = leading_subject(text, p_lo, p_hi)
        if span is None and k == 0 and _opener_lead(text, p_lo):
            continue  # "Horrified at ..., Ramos believes": the subject follows the participle clause
        if span is None:
            return None
        subject = plausible_subject(text, *span)
        if subject is not None:
            return Attribution(text[subject[0] : subject[1]], subject[0], subject[1], "")
        if k > 0 or not _opens_with_adverbial(text, span[0]):
            return None
    return None
