"""Who a reported-speech sentence is attributed to.

"Trump said the deal would provide automatic security" -> "Donald Trump";
"Kaja Kallas, the EU's chief diplomat, said that ..." -> "Kaja Kallas";
"he told the BBC" -> the person most recently named before the sentence.
Person mentions from the person finder are preferred; when there are none, a
small capitalised-run heuristic stands in (a private helper, not the shared
speaker-key logic, which lives in speakers.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.nlp.quote_lexicon import ROLE_NOUNS
from claims.nlp.types import ExtractedQuote, PersonMention

_CUE = re.compile(
    r"\b(?:said|says|told|tells|argued|argues|claimed|claims|insisted|insists|warned|warns|suggested|"
    r"suggests|suggest|announced|announces|stressed|emphasi[sz]ed|declared|declare|reiterated|"
    r"acknowledged|admitted|denied|hinted|proposed|described|noted|added|confirmed|signalled|"
    r"signaled|urged|accused|asserted|maintained|repeated|was quoted|predicted|believes|believed|"
    r"address(?:ed|es|ing)? the (?:issue|question|topic|subject|matter)|made (?:it )?clear|(?:flat |repeated |earlier )?(?:statement|claims?|remarks?|comments?|assertions?|insistence)"
    r"(?= that| earlier| last))\b"
)
_AUX = r"(?:\s+(?:has|had|have|also|repeatedly|later|then|again|previously|publicly|had\s+earlier|went\s+on\s+to|"
_AUX += r"seemingly|reportedly|once|last\s+week|on\s+\w+day))*"
_NAME_BEFORE = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?:,[^,]{3,90},)?" + _AUX + r"\s*$"
)
# "Trump's Treasury secretary, Scott Bessent, has argued": the name stands as an appositive
# between commas after the description that introduces it.
_APPOSITIVE_NAME_BEFORE = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)," + _AUX + r"\s*$"
)
_PRONOUN_BEFORE = re.compile(r"\b(?P<pro>[Hh]e|[Ss]he)" + _AUX + r"\s*$")
_ACCORDING = re.compile(r"\baccording to (?P<name>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)")
_NOT_NAMES = frozenset(
    """President Prime Minister Chancellor Secretary Senator Sen Gov Governor Foreign Former King Queen Pope
    The A An But And However Instead Meanwhile Also In On At It This That These Those He She They We I
    Speaking Since After Before When While If As Under Media Officials Reports Sources Critics""".split()
)
# Capitalised runs that are not people: dates, institutions, places.
_NOT_PERSON = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Conference|Council|Union|Ministry|Department|House|"
    r"Office|Committee|Party|Times|News|Post|Journal|Agency|Institute|University|Security|Nations|States|"
    r"Kingdom|Republic|Street|Square)\b"
)
_NAME_RUN = re.compile(r"\b[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+){1,3}\b")


def _strip_possessive(name: str) -> str:
    return re.sub(r"[’']s$", "", name.strip())


def _clean_name(name: str) -> str | None:
    """Drop leading non-name words ("However Trump" -> "Trump")."""
    words = [w for w in _strip_possessive(name).split() if w]
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) or None


def _in_prose(text: str, pos: int) -> bool:
    """False inside a headline or heading line (Title Case, no closing punctuation)."""
    line_end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : len(text) if line_end < 0 else line_end].rstrip()
    return bool(line) and line[-1] in ".!?\"”’'):;…"


def full_name(name: str, text: str, persons: Sequence[PersonMention]) -> str:
    """The fullest form of ``name`` known in the article ("Trump" -> "Donald Trump")."""
    last = name.split()[-1].lower()
    best = name
    candidates = [p.name for p in persons] or [
        m.group(0) for m in _NAME_RUN.finditer(text) if _in_prose(text, m.start())
    ]
    for cand in candidates:
        cleaned = _clean_name(cand) or ""
        toks = cleaned.lower().split()
        if toks and toks[-1] == last and len(cleaned) > len(best) and len(toks) <= 4:
            best = cleaned
    return best


def _person_at(persons: Sequence[PersonMention], start: int, end: int) -> PersonMention | None:
    """The last person mention lying inside [start, end)."""
    inside = [p for p in persons if p.start >= start and p.end <= end]
    return max(inside, key=lambda p: p.end) if inside else None


def _previous_person(text: str, before: int, persons: Sequence[PersonMention]) -> str | None:
    """The person named most recently before ``before`` (for "he said")."""
    earlier = [p for p in persons if p.end <= before]
    if earlier:
        return max(earlier, key=lambda p: p.end).name
    runs = [
        m
        for m in _NAME_RUN.finditer(text, 0, before)
        if _clean_name(m.group(0)) and not _NOT_PERSON.search(m.group(0))
    ]
    return _clean_name(runs[-1].group(0)) if runs else None


def _subject_before(
    text: str, sent_start: int, cue_start: int, persons: Sequence[PersonMention], previous: str | None
) -> str | None:
    window = text[sent_start:cue_start]
    m = _NAME_BEFORE.search(window) or _APPOSITIVE_NAME_BEFORE.search(window)
    if m:
        # The name heading the match, not a capitalised run inside an appositive.
        person = _person_at(persons, sent_start + m.start("name"), sent_start + m.end("name"))
        if person is not None:
            return person.name
        name = _clean_name(m.group("name"))
        if name and len(name) > 1 and not _NOT_PERSON.search(name):
            return full_name(name, text, persons)
    if _PRONOUN_BEFORE.search(window):
        return previous or _previous_person(text, sent_start, persons)
    return None


def reported_speaker(
    text: str, start: int, end: int, persons: Sequence[PersonMention], previous: str | None = None
) -> str | None:
    """The speaker of reported speech in ``text[start:end]``, or None for the outlet's own voice.

    ``previous`` is the speaker of the sentences before, which "he said" usually continues.
    """
    for cue in _CUE.finditer(text, start, end):
        speaker = _subject_before(text, start, cue.start(), persons, previous)
        if speaker:
            return speaker
    m = _ACCORDING.search(text, start, end)
    if m:
        return full_name(_clean_name(m.group("name")) or m.group("name"), text, persons)
    return None


# A sentence opening on a description of a person ("The U.S. president went on to address ...").
_THE = re.compile(r"\s*[Tt]he\s+")
_WORD = re.compile(r"[\w.’'-]+")
_SINGULAR_PRONOUNS = frozenset({"he", "she"})
# Role nouns that name no one person ("The report found ...", "The committee voted ..."): a he or she
# quoted next is someone else.
_NOT_A_PERSON = frozenset(
    """campaign committee group organization statement report source agency department ministry office
    administration government party union newspaper paper magazine network website site study poll
    survey memo letter email release announcement filing lawsuit complaint team crowd audience ad
    article editorial video textbook commercial tweet sign headline message piece movie film book
    blog ruling order transcript petition resolution people spokespeople""".split()
)


def _description_head(text: str, start: int, end: int) -> str | None:
    """The noun heading a description that opens ``text[start:end]`` ("The U.S. president went" ->
    "president"; "The council report found" -> "report"), or None when it opens otherwise."""
    m = _THE.match(text, start, end)
    if not m:
        return None
    words = _WORD.findall(text, m.end(), min(end, m.end() + 80))[:5]
    for i, word in enumerate(words[:4]):
        if not (word.isalpha() and word.islower()):
            continue  # a name or an abbreviation modifies the head ("the Ukrainian leader", "the U.S. president")
        if i + 1 < len(words) and words[i + 1] in ROLE_NOUNS:
            continue  # a compound names its last noun ("council report", "campaign spokesman")
        return word
    return None


def _one_person(head: str) -> bool:
    plural = head.endswith("s") and head[:-1] in ROLE_NOUNS
    return head in ROLE_NOUNS and head not in _NOT_A_PERSON and not plural


def described_speaker(text: str, start: int, end: int, quotes_after: Sequence[ExtractedQuote]) -> str | None:
    """The person a sentence opening on a description stands for, told by the quote right after it.

    "The U.S. president went on to address the issue of NATO. “NATO, you can
    forget about,” he said.": the pronoun attributing the next quote takes the
    description as its antecedent, and the quote extractor has resolved the
    pronoun to a person. ``quotes_after`` are the quotes of the next sentence.
    """
    head = _description_head(text, start, end)
    if head is None or not _one_person(head):
        return None
    for quote in quotes_after:
        if quote.speaker_name and (quote.speaker_mention or "").lower() in _SINGULAR_PRONOUNS:
            return quote.speaker_name
    return None
