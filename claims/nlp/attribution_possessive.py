"""A quotation inside a possessive speech noun: "Trump's claim that there were “thousands”".

The owner of a claim, remark, pledge or post is the speaker of what the noun
phrase goes on to quote ("Rubio's catch phrase was that Crist “would say
anything”", "From Bush's Facebook post: “...”").
"""

from __future__ import annotations

import re

from claims.nlp.attribution_np import np_ending, tokenize

_SPEECH_NOUNS = (
    "claims? assertions? comments? remarks? statements? pledges? promises? words phrase catchphrase catch\\s+phrase "
    "descriptions? conclusions? answers? responses? warnings? allegations? suggestions? dictum "
    "posts? tweets? arguments? accusations? insistence vows? messages? slogans? motto mantra "
    "characterization description retort reply quip boast"
).split()
_NOUN = "|".join(sorted(_SPEECH_NOUNS, key=len, reverse=True))
# The possessive, up to two modifiers ("controversial", "Facebook"), then the speech noun.
_POSSESSIVE_SPEECH = re.compile(rf"(?<=\w)['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?:{_NOUN})\b")


# What links the noun to its content: "claim that ...", "post: ...", "answer was that ...",
# "allegations of a ...".
_CONTENT = re.compile(
    # "Lee's catch phrase in that race was that ...": a short prepositional phrase may come first.
    r"(?:\s+(?:in|during|on|at|against|about)\s+[^,.;:“”\"]{1,40}?(?=\s+(?:was|is)\b))?"
    r"\s*(?:(?:was|is)\s+)?(?:that\b|:|of\b|to\s+be\b)"
)


def possessive_source(text: str, lo: int, hi: int) -> tuple[int, int, int] | None:
    """(speaker start, speaker end, where the speech noun phrase starts) of the last possessive
    speech noun in text[lo:hi], or None."""
    found = None
    for m in _POSSESSIVE_SPEECH.finditer(text, lo, hi):
        if re.search(r"[.;!?]", text[m.end() : hi]) or text[m.end() : hi].count(",") > 1:
            continue  # the quote is not in this noun phrase's sentence part
        if not _CONTENT.match(text, m.end(), hi):
            continue  # "called Trump's remarks “a new low”": the quote is said about the remarks
        words = tokenize(text, lo, m.start())
        span = np_ending(words)
        if span and not text[span[0]].isupper():
            span = _trailing_name(words)  # "an issue out of Donald Trump's claim": the name owns it
        if span and text[span[0]].isupper():
            found = (span[0], span[1], m.start())
    return found


def _trailing_name(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    k = len(words)
    while k > 0 and words[k - 1][0][:1].isupper():
        k -= 1
    return (words[k][1], words[-1][2]) if k < len(words) else None


_OWNER_BEFORE_QUOTE = re.compile(r"(?<=\w)['’]s?\s*$")
_NOUN_AFTER_QUOTE = re.compile(rf"\s*(?:{_NOUN})\b")


def possessive_around(text: str, lo: int, hi: int, after: int) -> tuple[int, int] | None:
    """'Lund's “read my lips” promise': a possessive right before the quote and a speech noun
    right after it; the owner of the noun said the words. ``hi`` is where the quote's opening
    mark starts, ``after`` where the text after its closing mark starts."""
    owner = _OWNER_BEFORE_QUOTE.search(text, lo, hi)
    if owner is None or not _NOUN_AFTER_QUOTE.match(text, after):
        return None
    words = tokenize(text, lo, owner.start())
    return _trailing_name(words) if words else None

