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
# A cue may open its sentence capitalised ("Stated Stone:", "Said one aide, ...").
_CUE = re.compile(r"\b(?:[Aa]ccording to|quoted (?:by [^,.;:]{1,60} )?as saying|as \w+ put it|" + "|".join(
    f"[{v[0]}{v[0].upper()}]{v[1:]}" for v in sorted(CUE_VERBS, key=len, reverse=True)) + r")\b")
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
_LY_NOUNS = frozenset("family ally rally assembly anomaly monopoly supply reply italy july butterfly".split())
_RELATIVES = frozenset(("who", "which"))
_PREPOSITIONS = frozenset("of for at from with in on by to through about among".split())
_NOUN_MARKERS = frozenset("a an the his her their its our my your this of".split())
_QUANTIFIERS = frozenset("several many some most both others few all each".split())
_DETERMINERS = frozenset("the a an one another his her their its our this that some many several two three".split())
_CLAUSE_OPENERS = frozenset(
    """on in at after before during when while since if although though because speaking
    asked asking writing according meanwhile however earlier later last yesterday today maybe perhaps""".split()
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
    if not words:
        return None
    if not _is_head(words[-1][0]):
        return _plain_np_ending(words)
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


_PLAIN = re.compile(r"[a-z][a-z\-]*")
_BOUNDARY_TOKENS = frozenset(",;:—–(“\"‘")


def _plain_np_ending(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """A common-noun phrase before a verb: "the person added", "federal prosecutors wrote".

    Accepted when a determiner (or possessive) opens it, or when it opens its clause,
    so that a verb phrase ("... dole out funding") is not taken for a subject.
    """
    head = words[-1][0]
    if not _PLAIN.fullmatch(head) or head in _NP_STOP or head in _DETERMINERS or head.endswith(("ing", "ly")):
        return None
    i = len(words) - 1
    while i >= 0 and len(words) - i <= 6:
        w = words[i][0]
        low = w.lower()
        if (low in _DETERMINERS and low != "that") or w.endswith(("’s", "'s", "s’")) or low in _QUANTIFIERS:
            if i > 0 and words[i - 1][0].lower() in _PREPOSITIONS:
                return _np_ending(words[: i - 1])  # "a spokesman for the buyer": the head comes first
            return words[i][1], words[-1][2]
        if not re.fullmatch(r"[\w\-]+", w) or low in _NP_STOP or low in PRONOUNS or low in _CLAUSE_OPENERS:
            break
        i -= 1
    if i < 0 or words[i][0] in _BOUNDARY_TOKENS:
        return words[i + 1][1], words[-1][2]
    return None


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
    if last_head < 0 and w0.lower() in _DETERMINERS:
        return _det_plain_np(words)
    if last_head < 0 or re.search(r"[’']s?$", words[last_head][0]):
        return None
    return words[0][1], words[last_head][2]


def _det_plain_np(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """'said the designer, who ...': a determiner and plain words up to punctuation or a stop word."""
    end = 0
    for i, (w, _s, _e) in enumerate(words[1:6], start=1):
        if not _PLAIN.fullmatch(w) or w in _NP_STOP:
            break
        end = i
    return (words[0][1], words[end][2]) if end else None


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


def _skippable(word: str) -> bool:
    """Auxiliaries and adverbs that stand between a subject and its verb ("Clinton initially said")."""
    low = word.lower()
    return low in _SKIP_BEFORE_VERB or (word.islower() and len(low) > 4 and low.endswith("ly") and low not in _LY_NOUNS)


def noun_use(text: str, lo: int, cue_start: int) -> bool:
    """The cue word follows a determiner or preposition: a noun ("a positive note", "secretary of state")."""
    m = re.search(r"(\w+)\W*$", text[max(lo, cue_start - 20) : cue_start])
    return bool(m) and m.group(1).lower() in _NOUN_MARKERS


def subject_of_cue(text: str, lo: int, cue_start: int, participle: bool = False) -> tuple[int, int] | None:
    """Speaker phrase for a cue starting at ``cue_start``, looking left as far as ``lo``."""
    words = _words(text, lo, cue_start)
    while words and _skippable(words[-1][0]):
        words = words[:-1]
    if not words:
        return None
    if words[-1][0].lower() in _RELATIVES and not participle:
        return words[-1][1], words[-1][2]  # "Roffman, who estimates ...": the relative pronoun is the source
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


def _cue_subject(text: str, lo: int, hi: int, m: re.Match[str]) -> tuple[int, int] | None:
    cue = m.group().lower()
    if noun_use(text, lo, m.start()):
        return None
    if cue == "according to":
        return _np_after(_words(text, m.end(), hi))
    ing = cue.endswith("ing") and not text[lo : m.start()].rstrip().endswith(" as")
    if ing and not re.search(r"\w", text[lo : m.start()]):
        return None
    span = subject_of_cue(text, lo, m.start(), participle=ing)
    if span is None and not ing:
        span = _np_after(_words(text, m.end(), hi))
        # An inverted subject ("..., said Sen. Coons:") ends its clause; "said his boss was" is a complement.
        if span and not re.match(r"\s*(?:[,:;(—–]|$)", text[span[1] : hi]):
            return None
    return span


def _cues(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Cue matches in text[lo:hi]; a capitalised one only where a sentence starts ("Stated Stone:")."""
    out = []
    for m in _CUE.finditer(text, lo, hi):
        if m.group()[0].isupper() and m.group()[:9] != "According":
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0\"“‘'")
            if before and before[-1] not in ".!?\n":
                continue
        out.append(m)
    return out


_COMPLEMENT_GAP = re.compile(r"\s+(?:that\s+)?(?:[\w’'\-]+\s+){0,6}")
# A pronoun subject may sit deeper ("Clinton says she admired ... what she calls").
_PRONOUN_GAP = re.compile(r"\s+(?:[\w’'\-]+\s+){0,14}")


def find_cue_before(text: str, lo: int, hi: int) -> Attribution | None:
    """Cue + speaker in text[lo:hi] (the stretch before a quote), nearest cue first.

    A cue clause that is itself the complement of an earlier cue ("Quick said the
    front-runner had referred to ...") belongs to the earlier cue's speaker.
    """
    cues = list(_cues(text, lo, hi))
    for k in range(len(cues) - 1, -1, -1):
        m = cues[k]
        span = _cue_subject(text, lo, hi, m)
        if not span:
            continue
        for outer in reversed(cues[:k]):
            gap = _PRONOUN_GAP if text[span[0] : span[1]].lower() in PRONOUNS | _RELATIVES else _COMPLEMENT_GAP
            if outer.end() > span[0] or not gap.fullmatch(text, outer.end(), span[0]):
                break
            outer_span = _cue_subject(text, lo, hi, outer)
            if outer_span and outer_span[1] <= outer.start():
                span, m = outer_span, outer
        if text[span[0] : span[1]].lower() in PRONOUNS and _FREE_RELATIVE.search(text, lo, span[0]):
            span = _main_subject(text, lo, span[0]) or span
        return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
    return None


_FREE_RELATIVE = re.compile(r"\bwhat\s+$")


def _main_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """"Cruz has railed against what he calls “...”": the clause subject owns the label.

    Only when nothing but one plain clause stands between them (no commas or dashes).
    """
    lead = _words(text, lo, hi)
    span = _np_leading(lead)
    if span is None or re.search(r"[,;:—–(]| - ", text[span[1] : hi]):
        return None
    head = text[span[0] : span[1]].split()[-1]
    return span if _is_cap(head) or head.lower() in ROLE_NOUNS else None


_CUE_NEXT = re.compile(r"\s+(?:said|says|told|tells|wrote|writes|added|adds|stated|states)\b")


def _has_sentence_break(text: str, lo: int, hi: int) -> bool:
    if ";" in text[lo:hi]:
        return True
    for m in re.finditer(r"[.!?](?=\s+[\"'“‘(]?[A-Z0-9])", text[lo:hi]):
        at = lo + m.start()
        if text[at] != "." or not _is_abbreviation(text, at + 1):
            return True
    return False


def find_cue_after(text: str, lo: int, hi: int) -> Attribution | None:
    """Cue + speaker in the stretch right after a quote: '..., he said' / '... said Mr. X'."""
    for m in _cues(text, lo, min(hi, lo + 160)):
        if _has_sentence_break(text, lo, m.start()):
            return None
        if noun_use(text, lo, m.start()) or _CUE_NEXT.match(text, m.end()):
            continue  # "the congressional report said": the first cue word is a noun
        if m.group().endswith("ing") and not re.search(r"\w", text[lo : m.start()]):
            return None  # '“...,” adding that ...': a participle continues the earlier clause
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
            if span is None:
                span = _plain_lead(lead)
        if span:
            return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
    return None


def _plain_lead(lead: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """'“...,” the investigator wrote': the whole stretch between quote and cue is the subject."""
    while lead and _skippable(lead[-1][0]):
        lead = lead[:-1]
    if not lead or len(lead) > 7:
        return None
    span = _plain_np_ending(lead)
    return span if span and span[0] == lead[0][1] else None


def leading_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject phrase opening the clause text[lo:hi], if any."""
    return _np_leading(_words(text, lo, hi))
