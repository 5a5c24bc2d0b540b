"""Find who a quotation is attributed to, within the sentence around it.

The text around a quote (quotes masked out) is searched for a cue verb
("said", "told", "according to"); the speaker is the noun phrase the cue rests
on: the phrase right before it ("Trump said", "the Ukrainian leader said"),
the subject at the start of the clause when an appositive or adverbial stands
in between ("Trump, when asked ..., said"), or the phrase after it in the
inverted order ("said Sen. Chris Coons").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.nlp.quote_lexicon import CUE_VERBS, FUNCTION_CAPS, PERSON_TITLES, PRONOUNS, ROLE_NOUNS
from claims.nlp.sentences import ABBREVIATIONS, _is_abbreviation

_WORD = re.compile(r"\([^()]{1,40}\)|(?:[A-Za-z]\.){2,}|[\w’'\-@&]+(?:\.(?=\w))?[\w’'\-@&]*\.?|[^\w\s]")
_CUE = re.compile(r"\b(?:[Aa]ccording to|quoted (?:by [^,.;:]{1,60} )?as saying|" + "|".join(
    sorted(CUE_VERBS, key=len, reverse=True)) + r")\b")
_SKIP_BEFORE_VERB = frozenset(
    """also later then has had have was is were would will previously recently once again further
    simply just flatly quickly did does do been not never first finally often even still reportedly
    repeatedly publicly privately bluntly angrily told has been had been""".split()
)
_NP_STOP = frozenset(
    """in on at for from with without by to into about after before during since as than that which
    who whom whose when while where because although if and or but so nor not is are was were be
    been being has have had do does did will would can could should may might must this these those
    it its there here said says say told""".split()
) | CUE_VERBS
_DETERMINERS = frozenset("the a an one another his her their its our this that some many several two three".split())
_CLAUSE_OPENERS = frozenset(
    """on in at after before during when while since if although though because speaking
    asked asking writing according meanwhile however earlier later last yesterday today""".split()
)


_ABBREV = ABBREVIATIONS | {t for t in PERSON_TITLES if len(t) <= 5}


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker mention (as written) and the cue it rests on."""

    mention: str
    start: int
    end: int
    cue: str


def _words(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(text, lo, hi):
        w, s, e = m.group(), m.start(), m.end()
        if w.endswith(".") and len(w) > 2 and "." not in w[:-1] and w[:-1].lower() not in _ABBREV:
            out.append((w[:-1], s, e - 1))
            out.append((".", e - 1, e))
        else:
            out.append((w, s, e))
    return out


def _is_head(word: str) -> bool:
    low = word.lower().rstrip(".")
    if low in PRONOUNS:
        return True
    if word[:1].isupper() and low not in FUNCTION_CAPS and not word.endswith(("’s", "'s")):
        return True
    return low in ROLE_NOUNS


def _np_ending(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun phrase ending at the last word of ``words`` (offsets), if it is one."""
    while words and words[-1][0].startswith("("):
        words = words[:-1]  # "(R-Ohio)" after a name
    if not words or not _is_head(words[-1][0]):
        return None
    head = words[-1]
    if head[0].lower() in PRONOUNS:
        return head[1], head[2]
    first = len(words) - 1
    for i in range(len(words) - 2, max(-1, len(words) - 10), -1):
        w = words[i][0]
        low = w.lower()
        if low in _DETERMINERS:
            first = i
            break
        if low in _NP_STOP or not re.match(r"\w", w) or low in PRONOUNS:
            if low == "of" and i > 0 and words[i - 1][0][:1].isupper() and words[i + 1][0][:1].isupper():
                continue
            break
        first = i
    return words[first][1], head[2]


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") not in FUNCTION_CAPS


def _np_forward(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun phrase opening ``words``: a pronoun, a name run, or det + modifiers + head."""
    if not words:
        return None
    w0 = words[0][0]
    if w0.lower() in PRONOUNS:
        return words[0][1], words[0][2]
    last_head = -1
    seen_head = False
    for i, (w, _s, _e) in enumerate(words[:14]):
        low = w.lower().rstrip(".")
        if i == 0 and low in _DETERMINERS:
            continue
        if w.startswith("(") and seen_head:
            continue
        if low == "of" and seen_head and i + 1 < len(words) and _is_cap(words[i + 1][0]):
            continue
        if not re.match(r"\w", w) or low in _NP_STOP or low in PRONOUNS:
            break
        if _is_cap(w) or low in ROLE_NOUNS or re.search(r"[’']s?$", w):
            last_head, seen_head = i, True
        elif seen_head and (low.endswith(("ed", "s")) or i - last_head > 2):
            break  # a lowercase word after the head: most likely the verb
    if last_head < 0 or re.search(r"[’']s?$", words[last_head][0]):
        return None
    return words[0][1], words[last_head][2]


def _np_leading(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The subject noun phrase at the start of a clause."""
    while words and words[0][0].lower() in ("and", "but", "so", "yet", "then", "or", "as"):
        words = words[1:]
    if not words or words[0][0].lower() in _CLAUSE_OPENERS:
        return None
    return _np_forward(words)


def _np_after(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue ("said Sen. Chris Coons, Democrat of ...")."""
    return _np_forward(words)


def subject_of_cue(text: str, lo: int, cue_start: int, participle: bool = False) -> tuple[int, int] | None:
    """Speaker phrase for a cue starting at ``cue_start``, looking left as far as ``lo``."""
    words = _words(text, lo, cue_start)
    while words and words[-1][0].lower() in _SKIP_BEFORE_VERB:
        words = words[:-1]
    if not words:
        return None
    if participle and _is_cap(words[-1][0]):
        return _np_ending(words)  # "... included Trump calling him a “dictator”"
    if words[-1][0] == "," or participle:
        return _subject_before_comma(words if words[-1][0] == "," else [*words, (",", 0, 0)])
    span = _np_ending(words)
    if span is None and words[-1][0].lower() in ("and", "but", "to", "then"):
        return _subject_before_comma([*words, (",", 0, 0)])
    return span


def _subject_before_comma(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    # "X, a doctor, said" / "X, when asked about it, said": the subject opens the clause.
    parts: list[list[tuple[str, int, int]]] = [[]]
    for w in words[:-1]:
        if w[0] in (",", ";", ":", "—", "–"):
            parts.append([])
        else:
            parts[-1].append(w)
    for part in parts:
        span = _np_leading(part)
        if span:
            return span
    return None


def find_cue_before(text: str, lo: int, hi: int) -> Attribution | None:
    """Cue + speaker in text[lo:hi] (the stretch before a quote), nearest cue first."""
    for m in reversed(list(_CUE.finditer(text, lo, hi))):
        cue = m.group().lower()
        if cue == "according to":
            span = _np_after(_words(text, m.end(), hi))
        else:
            ing = cue.endswith("ing") and not text[lo : m.start()].rstrip().endswith(" as")
            span = subject_of_cue(text, lo, m.start(), participle=ing)
            if span is None and not ing:
                span = _np_after(_words(text, m.end(), hi))
        if span:
            return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
    return None


def _has_sentence_break(text: str, lo: int, hi: int) -> bool:
    for m in re.finditer(r"[.!?](?=\s+[\"'“‘(]?[A-Z0-9])", text[lo:hi]):
        at = lo + m.start()
        if text[at] != "." or not _is_abbreviation(text, at + 1):
            return True
    return False


def find_cue_after(text: str, lo: int, hi: int) -> Attribution | None:
    """Cue + speaker in the stretch right after a quote: '..., he said' / '... said Mr. X'."""
    for m in _CUE.finditer(text, lo, min(hi, lo + 160)):
        if _has_sentence_break(text, lo, m.start()):
            return None
        words = _words(text, lo, m.start())
        words = [w for w in words if w[0] not in (",", "—", "–", "-")] if len(words) <= 2 else words
        span = None
        if not [w for w in words if re.match(r"\w", w[0])]:
            span = _np_after(_words(text, m.end(), hi))
        elif m.group().lower() == "according to":
            span = _np_after(_words(text, m.end(), hi))
        else:
            lead = _words(text, lo, m.start())
            while lead and not re.match(r"[\w(]", lead[0][0]):
                lead = lead[1:]
            span = _np_leading(lead) if lead else None
        if span:
            return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
    return None


def leading_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject phrase opening the clause text[lo:hi], if any."""
    return _np_leading(_words(text, lo, hi))
