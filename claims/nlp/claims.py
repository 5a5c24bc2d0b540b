"""Extract check-worthy claims (sentences) from an article.

``extract_claims(text, quotes, persons)`` walks the sentences of ``text`` and
keeps those that state something a fact-checker could verify: amounts, dates,
comparisons, events, and reported speech (direct, indirect or mixed). Each
claim carries its speaker (the quote's speaker for a sentence holding an
attributed quote; the subject of "X said/told/argued that ..." for indirect
speech; None for the outlet's own reporting), its sentence offsets, the
amounts it states and a transparent check-worthiness score
(checkworthiness.py).

Headings, captions without a verb, questions, quote continuations without a
cue, opinion and scene-setting score low and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claims.nlp import checkworthiness as cw
from claims.nlp.claim_speakers import described_speaker, reported_speaker
from claims.nlp.numbers import find_quantities
from claims.nlp.sentences import Sentence, split_sentences
from claims.nlp.types import ExtractedClaim, ExtractedQuote, PersonMention, Quantity

_END_PUNCT = re.compile(r"[.!…:;]['\"”’»)\]]*\s*$|['\"”’»]\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_QUOTE_PAIR = re.compile(r"[“\"«]([^“”\"«»]{2,}?)[”\"»]")
_MIN_WORDS = 6
# Clause boundaries where one sentence joins two separate statements:
# "X will visit on Friday, but the US will not provide guarantees".
_CLAUSE_BREAK = re.compile(r",\s+(?:but|whereas|although)\s+|;\s+(?=[a-z])")
_OPEN_QUOTES = re.compile(r"[“\"«]")
_CLOSE_QUOTES = re.compile(r"[”\"»]")
_MIN_CLAUSE_WORDS = 8


def clauses(s: Sentence) -> list[Sentence]:
    """Split a sentence at strong clause boundaries where each part can stand alone.

    Each part must hold at least eight words, so fragments ("but not yet") never
    become claims; a long sentence may split more than once. Each part is linked
    on its own, so "X will visit on Friday, but the US will not give guarantees"
    joins both the visit claim and the guarantees claim.
    """
    for m in _CLAUSE_BREAK.finditer(s.text):
        if len(_OPEN_QUOTES.findall(s.text, 0, m.start())) > len(
            _CLOSE_QUOTES.findall(s.text, 0, m.start())
        ) or (s.text.count('"', 0, m.start()) % 2):
            continue  # never split inside a quotation
        left, right = s.text[: m.start()], s.text[m.start() + 1 :].lstrip(" ;—")
        if min(len(_WORD.findall(left)), len(_WORD.findall(right))) >= _MIN_CLAUSE_WORDS:
            rstart = s.end - len(right)
            return [Sentence(left, s.start, s.start + len(left)), *clauses(Sentence(right, rstart, s.end))]
    return [s]


def _is_heading(sentence: str) -> bool:
    """Headlines, section headings and photo credits end without punctuation."""
    return not _END_PUNCT.search(sentence)


_MIN_CUT_SENTENCE_WORDS = 10  # headings and credits are shorter than a cut-off sentence of prose


def _cut_off_at_text_end(text: str, s: Sentence) -> bool:
    """An excerpt cut off mid-sentence ends on prose without its full stop: not a heading."""
    return not text[s.end :].strip() and len(_WORD.findall(s.text)) >= _MIN_CUT_SENTENCE_WORDS


def _is_question(sentence: str) -> bool:
    return bool(re.search(r"\?['\"”’»)]*\s*$", sentence))


def _quoted_share(s: Sentence, quotes: Sequence[ExtractedQuote]) -> float:
    """Share of the sentence's characters inside quotation marks."""
    inside = [q for q in quotes if q.start < s.end and q.end > s.start]
    if inside:
        covered = sum(min(q.end, s.end) - max(q.start, s.start) for q in inside)
    else:
        covered = sum(len(m.group(1)) for m in _QUOTE_PAIR.finditer(s.text))
        lead = re.match(r"\s*[“\"]([^”\"]+)$", s.text)  # a quote opened here, closed in a later sentence
        covered += len(lead.group(1)) if lead else 0
    return min(1.0, covered / max(1, len(s.text)))


def _quote_speaker(s: Sentence, quotes: Sequence[ExtractedQuote]) -> str | None:
    for q in quotes:
        if q.start < s.end and q.end > s.start and q.kind == "speech" and q.speaker_name:
            return q.speaker_name
    return None


def _kind(speaker: str | None, quantities: Sequence[Quantity], f: cw.Features) -> str:
    if speaker is not None:
        return "reported_speech"
    if f.quantity:
        return "quantity"
    if f.comparative:
        return "comparison"
    return "event"


def _claim(
    text: str,
    s: Sentence,
    quotes: Sequence[ExtractedQuote],
    persons: Sequence[PersonMention],
    speaker: str | None,
    inherited_cue: bool = False,
) -> ExtractedClaim | None:
    if _is_question(s.text) or len(_WORD.findall(s.text)) < _MIN_WORDS:
        return None
    quantities = tuple(find_quantities(text, s.start, s.end))
    quote_speaker = _quote_speaker(s, quotes)
    features = cw.sentence_features(
        s.text,
        quantities,
        quoted_share=_quoted_share(s, quotes),
        attributed=quote_speaker is not None,
        has_speaker=speaker is not None,
    )
    if inherited_cue:
        # The clause continues a reported statement: its cue is in the other clause.
        features = replace(features, speech_cue=True)
    value = cw.score(features)
    if value < cw.THRESHOLD:
        return None
    return ExtractedClaim(
        sentence=s.text,
        start=s.start,
        end=s.end,
        speaker_name=speaker,
        kind=_kind(speaker, quantities, features),
        score=value,
        quantities=quantities,
    )


def _described_by_next_quote(
    text: str, s: Sentence, following: Sequence[Sentence], quotes: Sequence[ExtractedQuote]
) -> str | None:
    if not following:
        return None
    after = following[0]
    return described_speaker(text, s.start, s.end, [q for q in quotes if after.start <= q.start < after.end])


def extract_claims(
    text: str, quotes: list[ExtractedQuote], persons: list[PersonMention]
) -> list[ExtractedClaim]:
    """Check-worthy sentences of ``text`` in document order.

    ``quotes`` and ``persons`` come from the quote and person extractors of the
    same text (offsets into ``text``); both may be empty.
    """
    out: list[ExtractedClaim] = []
    previous: str | None = None
    sentences = split_sentences(text)
    for k, sentence in enumerate(sentences):
        if _is_heading(sentence.text) and not _cut_off_at_text_end(text, sentence):
            continue
        parts = clauses(sentence)
        for n, s in enumerate(parts):
            speaker = _quote_speaker(s, quotes) or reported_speaker(text, s.start, s.end, persons, previous)
            if speaker is None and n == 0:
                speaker = _described_by_next_quote(text, s, sentences[k + 1 : k + 2], quotes)
            inherited = speaker is None and n > 0
            if inherited:
                # "X announced that A, but B": B continues X's statement unless
                # it names its own source.
                speaker = _quote_speaker(parts[0], quotes) or reported_speaker(
                    text, parts[0].start, parts[0].end, persons, previous
                )
            previous = speaker or previous
            claim = _claim(text, s, quotes, persons, speaker, inherited and speaker is not None)
            if claim is not None:
                out.append(claim)
    return out
