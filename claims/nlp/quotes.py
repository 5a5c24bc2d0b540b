"""Extract direct quotations with their kind and speaker from one article.

Pipeline: pair quotation marks (quote_marks), attribute each quote from the
text around it (attribution), let quotes without a cue inherit the speaker of
the quote they continue, classify speech vs term, then resolve every speaker
mention to the fullest name used in the article (quote_coref).
"""

from __future__ import annotations

import re

from claims.nlp.attribution import (
    Attribution,
    according_to,
    find_cue_after,
    find_cue_before,
    leading_subject,
    passive_naming,
    stated_source,
)
from claims.nlp.attribution_np import np_after, tokenize
from claims.nlp.attribution_possessive import possessive_around
from claims.nlp.persons import scan_names
from claims.nlp.quote_carry import carried_speaker
from claims.nlp.quote_coref import Resolver
from claims.nlp.quote_fallback import opening_subject, subject_fallback
from claims.nlp.quote_filters import not_a_quotation, title_case
from claims.nlp.quote_marks import QuoteSpan, find_quote_spans
from claims.nlp.quote_signature import signature_speaker, signed_close
from claims.nlp.sentences import _is_abbreviation, dateline_end
from claims.nlp.types import ExtractedQuote

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)]*\s+(?=(?:''|``|[\"'“‘«(])?[A-Z0-9])")


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Start of the sentence that holds position ``hi``, not before ``lo``."""
    start = lo
    # Search a little past ``hi``: the look-ahead must see the opening mark of the quote itself.
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), hi + 3)):
        if m.end() > hi:
            break
        dot = m.start() + 1
        if text[m.start()] == "." and _is_abbreviation(text, dot):
            continue
        start = m.end()
    return dateline_end(text, start, hi)


def _sentence_end(text: str, lo: int, hi: int) -> int:
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if text[m.start()] == "." and _is_abbreviation(text, m.start() + 1):
            continue
        return m.start() + 1
    return hi


def _before_bounds(spans: list[QuoteSpan], i: int, text: str) -> tuple[int, int]:
    q = spans[i]
    lo = q.para_start
    # The stretch starts after the previous quotation; short labels ("The Apprentice") inside
    # the sentence do not cut it, so the subject before them stays in reach.
    for j in range(i - 1, -1, -1):
        prev = spans[j]
        if prev.para_start != q.para_start:
            break
        if len(text[prev.start : prev.end].split()) > 4:
            lo = prev.mark_end
            break
    return _sentence_start(text, lo, q.mark_start), q.mark_start


def _after_bounds(spans: list[QuoteSpan], i: int) -> tuple[int, int]:
    q = spans[i]
    hi = q.para_end
    if i + 1 < len(spans) and spans[i + 1].para_start == q.para_start:
        hi = spans[i + 1].mark_start
    return q.mark_end, hi


def _introduces(text: str, lo: int, hi: int) -> bool:
    """The text before the quote ends like an introduction ('said:' / 'said,')."""
    return bool(re.search(r"[:,]\s*$", text[lo:hi]))


def _ends_sentence(text: str, q: QuoteSpan, hi: int) -> bool:
    """The quote closes its sentence (“... again.” The next ...): text after it is a new sentence."""
    if not re.search(r"[.!?…]$", text[q.start : q.end]):
        return False
    # "(She claimed to “retire.”) Then ...": a parenthesis closing with the quote ends it too.
    return bool(re.match(r"[)\]]?\s+(?:''|[\"“‘(])?[A-Z]", text[q.mark_end : hi]))


_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s")


def _transcript_speaker(text: str, q: QuoteSpan) -> Attribution | None:
    """A transcript line ("PENCE: Well, ...") names its speaker in capitals before a colon."""
    m = _TRANSCRIPT.match(text, q.start)
    if m is None:
        m = _TRANSCRIPT.match(text, q.para_start) if q.para_start < q.mark_start else None
    if m is None or m.end() > q.end:
        return None
    return Attribution(m.group(1), m.start(1), m.end(1), ":")


def _new_report(text: str, q: QuoteSpan, after: Attribution, hi: int) -> bool:
    """'“... campaign.” Kasich said he would have fired him': after a quote that closed its
    sentence, a cue with its own complement opens a new report, not this quote's attribution;
    so does a cue ending in a colon ('“...” Zahed said: “...”'), which introduces the next quote."""
    if not text[q.start : q.end].endswith(".") or not _ends_sentence(text, q, hi):
        return False
    cue_at = text.find(after.cue, after.end, hi)
    return cue_at >= 0 and re.match(r"\s*[\w“\":]", text[cue_at + len(after.cue) : hi]) is not None


def _coordinated_report(text: str, lo: int, after: Attribution) -> bool:
    """'“...,” but he said that the footage ...': a cue opening a coordinated clause with its own
    complement starts a new report; the quote belongs to the cue before it."""
    cue_at = text.find(after.cue, after.end)
    if cue_at < 0:
        return False
    if re.match(r"\W*\s*(?:and|but)\s", text[lo : after.start]) and re.match(
        r",\s*(?:''|[“\"])", text[cue_at + len(after.cue) :]
    ):
        return True  # '“...” and Ms. Roe, she said, “...”': the coordinated clause's cue opens the next quote
    if not re.fullmatch(r"\W*\s*(?:and|but)\s+", text[lo : after.start]):
        return False
    return re.match(r"(?:\s+\w+)?\s+[\w“\"]", text[cue_at + len(after.cue) :]) is not None


# The quote completes a that-clause of the cue before it ('said that “...”', 'admitted that he
# and the woman had “...”'): no punctuation between "that" and the quote.
_THAT_CLAUSE = re.compile(r"\bthat\b[^,.;:!?()“”\"]{0,60}$")


def _attached_cue(text: str, q: QuoteSpan, before_text: str, a_lo: int, a_hi: int) -> Attribution | None:
    """'he told the paper: “...,” Roffman predicted': a quote closing on a comma is attributed by
    the cue right after it, unless the quote completes a 'said that' before it."""
    if text[q.end - 1 : q.end] != "," or q.close_mark is None:
        return None
    if _THAT_CLAUSE.search(before_text) and not _NEGATED_THAT.search(before_text):
        return None
    after = find_cue_after(text, a_lo, a_hi)
    if after and after.start - a_lo < 80 and not re.search(r"\b(?:and|but)\b", text[a_lo : after.start]):
        if _introduces_next(text, after, a_hi) or (_CUE_THEN_COMMA.search(before_text) and a_hi < q.para_end):
            # 'When a man shouted, “Cruz,” Beck joked, “Amen!”': a quote its own cue introduces
            # with a comma keeps it when the cue after it introduces the next quote.
            return None
        return after
    return None


# 'Comey cannot say that “...,” Lee added': a negated cue reports nothing; the cue after the quote does.
_NEGATED_THAT = re.compile(
    r"\b(?:cannot|can['’]t|could not|couldn['’]t|did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|never"
    r"|will not|won['’]t|would not|wouldn['’]t)\s+(?:\w+\s+)?\w+\s+that\b[^,.;:!?()“”\"]{0,60}$"
)
_CUE_THEN_COMMA = re.compile(r"\b(?:shouted|yelled|said|asked|replied|chanted|screamed|called out),\s*$")


def _introduces_next(text: str, after: Attribution, hi: int) -> bool:
    """'... might do better at “less advanced schools,” Trump said: “I don't like ...”': a cue
    ending in a colon introduces the quote after it."""
    cue_at = text.find(after.cue, after.end, hi)
    return cue_at >= 0 and re.match(r"\s*:", text[cue_at + len(after.cue) : hi]) is not None


_NAMING_CUES = frozenset(
    """call calls called dubs dubbed dubbing describes described describing labeled
    labelled labeling labelling""".split()
)


def _names_the_quote(text: str, before: Attribution, hi: int) -> bool:
    """'what Mr. Hedge called “the prior model,” the club ...': a naming verb a few words before
    the quote takes it as its object, whatever report follows the quote."""
    if before.cue.lower() not in _NAMING_CUES:
        return False
    cue_at = text.rfind(before.cue, before.end, hi)
    return cue_at >= 0 and len(text[cue_at:hi].split()) <= 4


# A headline in capitals opening a paragraph ("EBOLA SURVIVORS, THROUGH THE LENS “...”").
_CAPS_HEADLINE = re.compile(r"[A-Z0-9][A-Z0-9 ,'’‘\-:!?.&$%]*[A-Z0-9’'?!.%]")


def _headline_speaker(text: str, q: QuoteSpan) -> Attribution | None:
    """A digest item: a headline in capitals and right after it the quoted excerpt of the story;
    the headline labels the excerpt as the item's words."""
    lead = text[q.para_start : q.mark_start].rstrip()
    m = _CAPS_HEADLINE.fullmatch(lead)
    if m is None or len(re.findall(r"\b[A-Z]{2,}", lead)) < 2:
        return None
    return Attribution(lead, q.para_start, q.para_start + len(lead), "")


def _attribute(text: str, spans: list[QuoteSpan], i: int) -> Attribution | None:
    transcript = _transcript_speaker(text, spans[i]) or _headline_speaker(text, spans[i])
    if transcript:
        return transcript
    q = spans[i]
    signed = signed_close(text, q.close_mark, q.para_end)
    if signed is None and q.mark_start == q.para_start:
        signed = signature_speaker(text, q.mark_end, q.para_end)
    if signed:
        return signed
    b_lo, b_hi = _before_bounds(spans, i, text)
    a_lo, a_hi = _after_bounds(spans, i)
    s_hi = a_lo if _ends_sentence(text, spans[i], a_hi) else _sentence_end(text, a_lo, a_hi)
    # A label given in the passive names its own agent ('called “...” by Y'), closer than any
    # "according to" source of the sentence.
    labelled = passive_naming(text, b_lo, b_hi, a_lo, a_hi)
    if labelled:
        return labelled
    owned = possessive_around(text, b_lo, b_hi, a_lo)
    if owned:
        return Attribution(text[owned[0] : owned[1]], owned[0], owned[1], "’s")
    before = find_cue_before(text, b_lo, b_hi)
    source = according_to(text, b_lo, b_hi)
    if source is None and not (before and _THAT_CLAUSE.search(text[b_lo:b_hi])):
        # '... Ollo warned that “...”, according to Northwire': the "according to" after a quote a
        # speaker's cue introduces names who reported the words, not who said them.
        source = according_to(text, a_lo, s_hi) or _asked_according(text, q, a_lo, a_hi)
    source = source or stated_source(text, b_lo, b_hi) or stated_source(text, a_lo, s_hi)
    if source:
        return source
    if before and not _names_the_quote(text, before, b_hi):
        before = _attached_cue(text, spans[i], text[b_lo:b_hi], a_lo, a_hi) or before
    if before and (
        _introduces(text, b_lo, b_hi)
        or _ends_sentence(text, spans[i], a_hi)
        or _THAT_CLAUSE.search(text[b_lo:b_hi])
        or _names_the_quote(text, before, b_hi)
    ):
        return before
    after = find_cue_after(text, a_lo, a_hi)
    if (
        after
        and not _new_report(text, spans[i], after, a_hi)
        and not (before and (_coordinated_report(text, a_lo, after) or _introduces_next(text, after, a_hi)))
    ):
        return after
    if before:
        return before
    if after or _ends_sentence(text, spans[i], a_hi):
        return None  # the text after the quote is another sentence, with a report of its own
    later = find_cue_before(text, a_lo, _sentence_end(text, a_lo, a_hi))
    if later and later.mention.lower() in ("who", "which"):
        return None  # '“...” and followed up with an attack on Trump, who has said': Trump's clause
    return later


def _asked_according(text: str, q: QuoteSpan, a_lo: int, a_hi: int) -> Attribution | None:
    """'“... what does that mean?” Clinton asked, according to a transcript.': a quote closing
    on a question or exclamation mark does not end the sentence its cue continues, so the
    "according to" source of that sentence reports it too."""
    if not re.search(r"[?!]$", text[q.start : q.end]):
        return None
    source = according_to(text, a_lo, _sentence_end(text, a_lo, a_hi))
    return source if source and source.cue == "according to" else None


def _embedded(text: str, q: QuoteSpan) -> bool:
    """True when the quote is worked into the grammar of a sentence ("calling it a “...”")."""
    k = q.mark_start - 1
    while k >= q.para_start and text[k].isspace():
        k -= 1
    return k >= q.para_start and (text[k].isalnum() or text[k] in "’'")


def _kind(content: str, embedded: bool) -> str:
    words = content.split()
    if (len(words) <= 3 and embedded) or (len(words) <= 2 and not re.search(r"[.!?…,]$", content)):
        return "term"
    return "speech"


def _inherit(spans: list[QuoteSpan], found: list[Attribution | None], text: str) -> list[Attribution | None]:
    """Quotes without a cue continue the speaker of the quote next to them."""
    out = list(found)
    for i, q in enumerate(spans):
        if out[i] is not None:
            continue
        j = i - 1
        if j >= 0 and out[j] is not None and spans[j].para_start == q.para_start:
            if not _left_relative_clause(text, out[j], spans[j], q):
                out[i] = _own_lead_in(text, spans[j], q) or _coordinated_lead_in(text, spans[j], q) or out[j]
        elif (
            i + 1 < len(spans)
            and found[i + 1] is not None
            and spans[i + 1].para_start == q.para_start
            and not _between(text, found[i + 1], q, spans[i + 1])
        ):
            out[i] = _own_sentence_subject(text, q, spans[i + 1]) or found[i + 1]
        elif j >= 0 and out[j] is not None and _adjacent(text, spans[j], q):
            out[i] = out[j]
        elif q.mark_start == q.para_start:
            out[i] = _colon_lead_in(text, q)
        if out[i] is None:
            out[i] = carried_speaker(text, q.para_start, q.mark_start)
    for i in range(len(spans) - 2, -1, -1):
        # A paragraph left open is continued by the next one; the cue often comes at the very end.
        if out[i] is None and spans[i].close_mark is None and _adjacent(text, spans[i], spans[i + 1]):
            out[i] = out[i + 1]
    return out


def _left_relative_clause(text: str, att: Attribution, prev: QuoteSpan, q: QuoteSpan) -> bool:
    """'Beck, who has described Trump as “...,” clearly intended them to “recognize” him': a comma
    after a quote reported by a relative pronoun closes that relative clause; the quotes after it
    are the main clause's, so they do not continue "who"."""
    return att.mention.lower() in ("who", "which") and "," in text[prev.end - 1 : q.mark_start]


def _between(text: str, att: Attribution, q: QuoteSpan, nxt: QuoteSpan) -> bool:
    """The next quote's speaker stands between the two quotes in one sentence ('“outsource” ...
    an attack on Trump, who has said ... “neutral”'): it introduces that quote only."""
    if not q.mark_end <= att.start < nxt.mark_start or _ends_sentence(text, q, nxt.mark_start):
        return False
    return _sentence_end(text, q.mark_end, att.start) >= att.start


def _own_sentence_subject(text: str, q: QuoteSpan, nxt: QuoteSpan) -> Attribution | None:
    """'Japan branded it an “outlaw nation.” Russia insisted that “...”': a quote worked into a
    sentence of its own belongs to that sentence's subject, not to the next quote's cue."""
    closes = q.end - 1 if re.search(r"[.!?…]$", text[q.start : q.end]) else q.mark_end  # “... state.” Norway
    if _sentence_end(text, closes, nxt.mark_start) >= nxt.mark_start:
        return None
    if _embedded(text, q):
        return _subject_fallback(text, q)
    # "Perez lobbies for a higher wage: “...” He says ...": a sentence that introduces the quote
    # with a colon presents it as its subject's words.
    start = _sentence_start(text, q.para_start, q.mark_start)
    if start < q.mark_start and re.search(r":\s*$", text[start : q.mark_start]):
        return subject_fallback(text, start, q.mark_start)
    return None


def _own_lead_in(text: str, prev: QuoteSpan, q: QuoteSpan) -> Attribution | None:
    """'“...,” said Loomis. Kasich resisted: “...”': a new sentence between two quotes that
    introduces the second one with a colon names its own speaker."""
    start = _sentence_start(text, prev.mark_end, q.mark_start)
    if start <= prev.mark_end + 1 or not re.search(r":\s*$", text[start : q.mark_start]):
        return None
    return subject_fallback(text, start, q.mark_start)


_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=[^,;:“”\"]+[.:]\s*$)")


def _coordinated_lead_in(text: str, prev: QuoteSpan, q: QuoteSpan) -> Attribution | None:
    """'“...,” Lee said, and her husband cut in. “...”': a clause joined to the previous quote's
    report that ends right before this quote, with a cue of its own, names this quote's speaker."""
    m = next(reversed(list(_AND_CLAUSE.finditer(text, prev.mark_end, q.mark_start))), None)
    if m is None:
        return None
    found = find_cue_before(text, m.end(), q.mark_start)
    return found if found and found.start >= m.end() and found.mention.lower() not in ("who", "which") else None


def _adjacent(text: str, prev: QuoteSpan, q: QuoteSpan) -> bool:
    """``q`` opens the paragraph right after the one holding ``prev`` (only blank lines between)."""
    return q.mark_start == q.para_start and not text[prev.para_end : q.para_start].strip()


def _colon_lead_in(text: str, q: QuoteSpan) -> Attribution | None:
    """A paragraph ending in 'X said:' introduces the quote paragraph after it."""
    prev_end = q.para_start
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0 or text[prev_end - 1] not in ":,":
        return None
    lo = text.rfind("\n", 0, prev_end) + 1
    return find_cue_before(text, _sentence_start(text, lo, prev_end), prev_end)


def _colon_subject(text: str, q: QuoteSpan) -> Attribution | None:
    """'A footnote in the report makes that clear: “...”': a sentence that introduces the quote
    with a colon presents it as what its subject says, even when the subject is a document."""
    start = _sentence_start(text, q.para_start, q.mark_start)
    if not re.search(r":\s*$", text[start : q.mark_start]):
        return None
    span = leading_subject(text, start, q.mark_start) or _possessive_subject(text, start, q.mark_start)
    if span is None:
        return None
    if not re.match(
        r"(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ne)\s", text[span[0] : span[1]]
    ) and not _verb_before_colon(text, span[1], q.mark_start):
        return None
    return Attribution(text[span[0] : span[1]], span[0], span[1], "")


# "Obama's first five questioners ranged from ...:": a possessive, modifiers, a plural head noun,
# then the verb phrase that runs to the colon.
_POSSESSIVE_SUBJECT = re.compile(
    r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*['’]s\s+(?:[a-z][\w\-]*\s+){0,3}[a-z]+s(?=\s+[a-z]+[^,:;]*:\s*$)"
)


def _possessive_subject(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """The possessive subject of the clause leading to the colon, past an opening phrase."""
    clause = text.rfind(", ", start, hi)
    m = _POSSESSIVE_SUBJECT.match(text, clause + 2 if clause >= 0 else start, hi)
    return (m.start(), m.end()) if m else None


def _verb_before_colon(text: str, subject_end: int, mark_start: int) -> bool:
    """'Respondents are obliged to disclose: “...”': a plain subject with a verb phrase of its own
    before the colon (not a bare label like 'Then, the laugh line:')."""
    rest = text[subject_end:mark_start].rstrip(" :\"“‘'")
    return bool(re.match(r"\s+[a-z]", rest)) and "," not in rest


def _last_speaker(
    text: str, spans: list[QuoteSpan], found: list[Attribution | None], i: int
) -> Attribution | None:
    """A sentence-like quote that nothing around attributes continues the last speaker quoted a
    paragraph or two before: news copy sets a speaker's further remarks apart as bare quotes.
    Short terms stay unattributed (a scare-quoted label is nobody's remark)."""
    q = spans[i]
    if _kind(text[q.start : q.end], _embedded(text, q)) != "speech":
        return None
    for j in range(i - 1, -1, -1):
        if q.mark_start - spans[j].mark_end > 600:
            return None
        if found[j] is not None:
            return found[j]
    return None


# '“...” That quote from Ann Lee appeared ...': the sentence after the quote names its source.
_SOURCE_AFTER = re.compile(
    r"[\"”’']*\s+(?:That|This|The)\s+(?:quote|quotation|remark|line|comment|statement|words|quip|tweet)"
    r"\s+(?:from|by)\s+"
)


def _source_named_after(text: str, q: QuoteSpan) -> Attribution | None:
    """A quote that closes its sentence, followed by a sentence that opens with 'That quote from
    X' (or 'This remark by X'): X said it."""
    m = _SOURCE_AFTER.match(text, q.end)
    if m is None or not re.search(r"[.!?…]$", text[q.start : q.end]):
        return None
    span = np_after(tokenize(text, m.end(), min(len(text), m.end() + 120)))
    return Attribution(text[span[0] : span[1]], span[0], span[1], "from") if span else None


def _subject_fallback(text: str, q: QuoteSpan) -> Attribution | None:
    """For quotes worked into a sentence without a cue: the sentence's subject."""
    return subject_fallback(text, _sentence_start(text, q.para_start, q.mark_start), q.mark_start)


# What may follow a quotation that ends the text: its closing punctuation, nothing that names anyone.
_TRAILING_PUNCT = " \t\n,.;:!?…—–-\"'”’»)"


def _stands_alone(text: str, q: QuoteSpan) -> bool:
    """A speech quotation with nothing before it in its sentence (a date line aside)."""
    return _kind(text[q.start : q.end], _embedded(text, q)) == "speech" and not text[
        _sentence_start(text, q.para_start, q.mark_start) : q.mark_start
    ].strip()


def _subject_of_sentence_before(text: str, q: QuoteSpan, *, within_paragraph: bool = True) -> Attribution | None:
    """ "Halvorsen, who had led by two shots, was gracious. ‘I hit the shots I wanted to hit.’": a
    quotation standing as its own sentence, with no cue, after a sentence of its paragraph about a
    person, is that person's (the sentence's subject), not the last speaker's of the paragraphs before.
    ``within_paragraph=False``: the sentence before may close the paragraph before."""
    if not _stands_alone(text, q):
        return None
    end = len(text[: q.mark_start].rstrip())
    if within_paragraph and (end <= q.para_start or not re.search(r"[.!?][\"'”’]?$", text[:end])):
        return None  # no sentence before it in the paragraph: a date line ("LONDON — “...”")
    if end == 0:
        return None
    return opening_subject(text, _sentence_start(text, text.rfind("\n", 0, end) + 1, end), end)


def _excerpt_end_speaker(text: str, q: QuoteSpan) -> Attribution | None:
    """A quotation that ends the text of an excerpt cut off inside it or right after it lost the
    cue that would have followed ('..., she said'): it opens its sentence, so the person the
    sentence before it is about, that sentence's subject, is taken as the speaker, even across a
    paragraph break. A short term standing there is nobody's remark."""
    if text[q.mark_end :].strip(_TRAILING_PUNCT):
        return None
    return _subject_of_sentence_before(text, q, within_paragraph=False)


def extract_quotes(text: str) -> list[ExtractedQuote]:
    """Quotations of ``text`` in document order, with kind, speaker mention and resolved name."""
    spans = find_quote_spans(text)
    if not spans:
        return []
    found = [_attribute(text, spans, i) for i in range(len(spans))]
    found = _inherit(spans, found, text)
    for i, q in enumerate(spans):
        if found[i] is None:
            found[i] = (
                _source_named_after(text, q)
                or _subject_fallback(text, q)
                or _colon_subject(text, q)
                or _subject_of_sentence_before(text, q)
                or _excerpt_end_speaker(text, q)
                or _last_speaker(text, spans, found, i)
            )
    resolver = Resolver(text, scan_names(text))
    out: list[ExtractedQuote] = []
    for q, att in zip(spans, found, strict=True):
        if not_a_quotation(text, q):
            continue
        content = text[q.start : q.end]
        embedded = _embedded(text, q)
        kind = _kind(content, embedded)
        if att is not None and kind == "term" and not att.cue and title_case(content):
            # "Hulu paid to stream “Seinfeld”": a Title Case term with no speech cue is a name
            # (a show, slogan, nickname); the sentence subject is no speaker of it.
            att = None
        name = None
        if att is not None:
            name = resolver.resolve(att.mention, att.start, att.end)
            resolver.note_subject(q.start, name)
        out.append(
            ExtractedQuote(
                content,
                q.start,
                q.end,
                kind,
                kind == "speech" and embedded,
                att.mention if att else None,
                name,
                att.cue if att else None,
            )
        )
    return out
