"""Link quotes of one utterance across articles.

The evidence for two quotes being one utterance is the words they share in a
contiguous aligned region, weighed so that content words count and function
words barely do, against the words in that region that disagree. Words only
one quote has beyond either end of the region are truncation and cost nothing
(one outlet quoted more of the sentence). A short generic overlap ("the
American people", "we're going to") has too little content evidence to link.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .diff import align
from .quote_context import contexts_agree
from .similarity import FUNCTION_WEIGHT, QUOTES_CACHED, Token, blocking_keys, quote_tokens
from .speakers import speakers_compatible
from .union_find import UnionFind

LINK_THRESHOLD = 0.6  # agreement of the aligned region; a one-word substitution in 10 words scores ~0.7
MIN_EVIDENCE = 3.0  # weighted shared words: about three content words
MIN_SHORT_COVERAGE = 0.6  # the shared words cover most of the shorter quote
MAX_LENGTH_RATIO = 2  # a short quote under half the longer one must be a verbatim excerpt of 6+ words
SHORT_QUOTE = 8  # tokens; both quotes this short take the short-quote path
MIN_BOTH_COVERAGE = 0.4  # ... where the shared words cover 40% of each
MIN_EXCERPT = 6  # tokens of a quote found verbatim inside a longer one
MIN_EXCERPT_EVIDENCE = 2.0  # ... holding at least one content word and four others
MAX_POSTINGS = 2000  # a blocking key held by more quotes than this is a stop key: skip it
MAX_CANDIDATES = 20  # quotes scored per new quote, those sharing most keys first
MIN_MISATTRIBUTED_WORDS = 6  # a verbatim sentence this long given to two people is one utterance
MIN_MISATTRIBUTED_EXCERPT = 12  # ... or a verbatim excerpt this long of one person's longer quote
MIN_SHORT_EXCERPT = 3  # tokens of a same-speaker fragment found verbatim inside a longer quote ...
MIN_SHORT_EXCERPT_CONTENT = 2  # ... holding this many content words ("not a natural politician")
MIN_ONE_WORD_APART = 4  # tokens of two same-speaker quotes that differ in one word only, in place
MIN_SENTENCE_EXCERPT = 5  # tokens of a same-speaker quote that is one whole sentence of a longer quote
SAME_ARTICLE_COVERAGE = 0.9  # in one article, only near-identical repeats (caption and body)
MIN_TERM_CONTENT = 3  # content words a scare-quoted term needs to link across articles on its own
MIN_CUT_WORDS = 3  # words a quote cut off by its text's end keeps, to be completed by another report


@dataclass(frozen=True)
class QuoteRecord:
    id: int
    article_id: int
    speaker_key: str | None
    text: str
    kind: str = "speech"  # "term" quotes (scare quotes, one or two words) must not glue utterances together
    context: frozenset[str] | None = None  # content words around it in its article (quote_context); None: unknown
    cut: bool = False  # its article's text stops inside it (an excerpt cut mid-quotation): its words run on


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the alignment of two quotes shows."""

    matched: float  # weighted shared words inside the aligned region
    unmatched: float  # weighted words in the region, or diverging at both ends, that differ
    matched_content: int
    unmatched_content: int  # content words differing in the region, or at an end where both have some
    matched_tokens: int
    len_a: int
    len_b: int
    content_run: int  # longest shared run (tokens) that holds a content word

    @property
    def agreement(self) -> float:
        total = self.matched + self.unmatched
        return self.matched / total if total else 0.0

    @property
    def short_coverage(self) -> float:
        shorter = min(self.len_a, self.len_b)
        return self.matched_tokens / shorter if shorter else 0.0

    @property
    def both_coverage(self) -> float:
        longer = max(self.len_a, self.len_b)
        return self.matched_tokens / longer if longer else 0.0


def _counts(tokens: list[Token]) -> tuple[float, int]:
    content = sum(1 for t in tokens if t.content)
    return content + FUNCTION_WEIGHT * (len(tokens) - content), content


def evidence(ta: list[Token], tb: list[Token]) -> Evidence:
    """Align two token lists and weigh what they share against what differs."""
    ops = align(ta, tb)
    # A shared single function word ("the") is chance, not alignment.
    kept = [oc for oc in ops if oc.op == "equal" and (oc.i2 - oc.i1 >= 2 or ta[oc.i1].content)]
    if not kept:
        return Evidence(0.0, 0.0, 0, 0, 0, len(ta), len(tb), 0)
    first, last = kept[0], kept[-1]
    matched = unmatched = 0.0
    m_content = u_content = m_tokens = run = 0
    kept_ids = {id(oc) for oc in kept}
    region = ops[ops.index(first) : ops.index(last) + 1]  # beyond it: the edges, below
    for oc in region:
        if id(oc) in kept_ids:
            w, c = _counts(ta[oc.i1 : oc.i2])
            matched, m_content, m_tokens = matched + w, m_content + c, m_tokens + oc.i2 - oc.i1
            run = max(run, oc.i2 - oc.i1 if c else 0)
        elif oc.op != "equal":  # a lone shared "the" is neither evidence nor a difference
            for side in (ta[oc.i1 : oc.i2], tb[oc.j1 : oc.j2]):
                w, c = _counts(side)
                unmatched, u_content = unmatched + w, u_content + c
    # Both quotes going on past an end of the region in different words is a
    # difference ("If we don't get" / "Without"): a stock phrase set in two
    # different sentences is not one utterance. Only one quote going on is
    # truncation and costs nothing.
    for a_part, b_part, at in ((ta[: first.i1], tb[: first.j1], -1), (ta[last.i2 :], tb[last.j2 :], 0)):
        if a_part and b_part and _inflections(a_part[at].norm, b_part[at].norm):
            # "beneficiary of the laws. But ..." / "... of the law.": one word, two endings.
            w, c = _counts([a_part[at]])
            matched, m_content, m_tokens = matched + w, m_content + c, m_tokens + 1
            a_part, b_part = (a_part[:-1], b_part[:-1]) if at else (a_part[1:], b_part[1:])
        if a_part and b_part:
            # Where the shorter side stops, its words and as many of the longer side's next to the
            # region differ like words inside it (both counted); what the longer side says beyond
            # that is truncation ("best night of my career, no question" / "... of my life").
            k = min(len(a_part), len(b_part))
            a_part, b_part = (a_part[-k:], b_part[-k:]) if at else (a_part[:k], b_part[:k])
            (wa, ca), (wb, cb) = _counts(a_part), _counts(b_part)
            unmatched += wa + wb
            u_content += min(ca, cb)  # "Nato, you can" / "They should": a pronoun for a name
    return Evidence(matched, unmatched, m_content, u_content, m_tokens, len(ta), len(tb), run)


INFLECTIONS = ("s", "es", "d", "ed", "ing")  # endings that make "law" / "laws" one word at a quote's edge


def _inflections(x: str, y: str) -> bool:
    """Whether two words differ only by a regular ending ("law" / "laws", "promise" / "promised")."""
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 3 and long_.startswith(short) and long_[len(short) :] in INFLECTIONS


@lru_cache(maxsize=QUOTES_CACHED)
def _bag(text: str) -> Counter[str]:
    return Counter(t.norm for t in quote_tokens(text))


@lru_cache(maxsize=QUOTES_CACHED)
def text_evidence(a: str, b: str) -> Evidence:
    """The alignment of two quotes' texts, memoised: linking one pair asks for it up to four times
    (finding candidates, whether it rests on little, whether it is a strong link, the link itself),
    and the misquote and attribution rules ask again for the same pairs."""
    return evidence(quote_tokens(a), quote_tokens(b))


def _may_link(a: str, b: str) -> bool:
    """Cheap bound before aligning: every path needs shared words covering 40% of the shorter quote."""
    ba, bb = _bag(a), _bag(b)
    shared = sum((ba & bb).values())
    return shared >= MIN_BOTH_COVERAGE * min(ba.total(), bb.total()) and shared > 0


def title_case(text: str) -> bool:
    """Whether every word of ``text`` of three or more words is capitalised, as in a slogan or a title."""
    letters = [w for w in text.split() if w[:1].isalpha()]
    return len(letters) >= 3 and all(w[0].isupper() for w in letters)


def speech_overlap_score(ev: Evidence, same_speaker: bool = True, slogan: bool = False) -> float:
    """Score of two speech quotes from their alignment (speaker and article checks are the caller's).

    ``slogan``: the shorter quote is written in title case ("Make America Great Again"), a name
    printed on hats and book covers and chanted at every rally, never one utterance by itself.
    """
    if ev.matched_content == 0:
        return 0.0
    shorter, longer = min(ev.len_a, ev.len_b), max(ev.len_a, ev.len_b)
    comparable = shorter >= MIN_EXCERPT or shorter * MAX_LENGTH_RATIO >= longer
    # A few words ("Make America Great Again") are a slogan or stock phrase,
    # printed on hats, in book titles and in writers' own sentences, unless
    # both outlets give them to the same person: as with scare-quoted terms.
    stock_excerpt = shorter < MIN_EXCERPT and (slogan or not same_speaker)
    if (
        ev.matched >= MIN_EVIDENCE
        and ev.short_coverage >= MIN_SHORT_COVERAGE
        and comparable
        and not stock_excerpt
    ):
        return ev.agreement
    # A whole shorter quote found word for word inside a longer one ("We're going
    # to have Europe do that."), long enough not to be a stock phrase.
    if ev.content_run == shorter >= MIN_EXCERPT and ev.matched >= MIN_EXCERPT_EVIDENCE:
        return max(LINK_THRESHOLD, ev.agreement)
    # A fragment of one known speaker's sentence ("not a natural politician")
    # found word for word inside the longer quote, with two content words.
    if (
        same_speaker
        and not slogan
        and ev.content_run == shorter >= MIN_SHORT_EXCERPT
        and ev.matched_content >= MIN_SHORT_EXCERPT_CONTENT
    ):
        return max(LINK_THRESHOLD, ev.agreement)
    # Two short quotes of one known speaker: no content word differs, and a
    # shared run of two or more words holds one ("forget about").
    if (
        same_speaker
        and not slogan
        and longer <= SHORT_QUOTE
        and ev.unmatched_content == 0
        and ev.content_run >= 2
        and ev.both_coverage >= MIN_BOTH_COVERAGE
    ):
        return max(LINK_THRESHOLD, ev.agreement)
    # Two short quotes of one known speaker, word for word the same but for one word in place ("Now the
    # real work starts" / "Now the hard work starts"): one utterance, one word misquoted.
    if (
        same_speaker
        and not slogan
        and ev.len_a == ev.len_b >= MIN_ONE_WORD_APART
        and ev.matched_tokens == ev.len_a - 1
        and ev.matched_content >= MIN_SHORT_EXCERPT_CONTENT
    ):
        return LINK_THRESHOLD
    return ev.agreement * 0.5  # not enough evidence: always below the threshold


def _term_may_link(term: list[Token], a: QuoteRecord, b: QuoteRecord) -> bool:
    """Whether a term quote may tie two articles' quotes at all.

    A scare-quoted word or two ("rigged", "fair", "law and order") is said by
    many people in many stories; across articles it points at one utterance
    only when both outlets give it to the same known speaker. A term of three
    or more content words is specific enough to carry the link itself.
    """
    if sum(t.content for t in term) >= MIN_TERM_CONTENT:
        return True
    return bool(a.speaker_key and b.speaker_key)  # compatible speakers are checked before


def _term_score(term: list[Token], ev: Evidence) -> float:
    """A scare-quoted term belongs to an utterance that contains all of its words in a row."""
    if ev.content_run < len(term):
        return 0.0
    return max(LINK_THRESHOLD, ev.agreement)


THIN_EVIDENCE = 2  # shared content words at most this few: a stock line as likely as one utterance


def same_utterance(a: QuoteRecord, b: QuoteRecord, articles_linked: bool = False) -> float:
    """Score in [0, 1] that two quotes report one utterance; link at ``LINK_THRESHOLD`` or more.

    A link across articles that rests on a term or on a few shared content
    words also needs both articles to tell the same story around the quotes
    (``contexts_agree``): a speaker's stock line recurs on many occasions.
    Unless ``articles_linked``: the two articles already report another
    utterance in common (``strong_link``), so they cover one occasion; there a
    speaker one report leaves unnamed (an excerpt opening on the quote) is no
    reason to keep a short quote apart.
    """
    score = _same_utterance(a, b, lone_speaker_ok=articles_linked)
    # Words both quotes hold say nothing beyond the quotes' own match; a word one quote holds and the
    # other report sets around its own quote ("NATO, you can forget about" / "... joining NATO.
    # “They should forget about it”") shows the other story is about what this quote says.
    if score >= LINK_THRESHOLD and not articles_linked and needs_context(a, b) and not contexts_agree(
        a.context, b.context, _bag(a.text).keys() & _bag(b.text).keys(), (a.speaker_key, b.speaker_key)
    ):
        return 0.0
    return score


def needs_context(a: QuoteRecord, b: QuoteRecord) -> bool:
    """Whether a link of ``a`` and ``b`` rests on so little that the articles' context must agree too."""
    if a.article_id == b.article_id:
        return False
    if a.kind == "term" or b.kind == "term":
        return True
    return text_evidence(a.text, b.text).matched_content <= THIN_EVIDENCE


def strong_link(a: QuoteRecord, b: QuoteRecord) -> bool:
    """Two speech quotes of different articles linked on ample shared words: the articles cover one occasion."""
    return (
        a.kind == b.kind == "speech"
        and not needs_context(a, b)
        and _same_utterance(a, b) >= LINK_THRESHOLD
    )


def _same_utterance(a: QuoteRecord, b: QuoteRecord, lone_speaker_ok: bool = False) -> float:
    if a.id == b.id:
        return 0.0
    ta, tb = quote_tokens(a.text), quote_tokens(b.text)
    if not ta or not tb or not _may_link(a.text, b.text):
        return 0.0
    ev = text_evidence(a.text, b.text)
    if not speakers_compatible(a.speaker_key, b.speaker_key):
        return _misattributed_score(a, b, ta, tb, ev, one_occasion=lone_speaker_ok)
    if a.article_id == b.article_id:
        near_identical = ev.both_coverage >= SAME_ARTICLE_COVERAGE and ev.matched_content > 0
        return ev.agreement if near_identical else 0.0
    if a.kind == "term" or b.kind == "term":
        if not _term_may_link(ta if a.kind == "term" else tb, a, b):
            return 0.0
        if a.kind == b.kind:
            return 1.0 if [t.norm for t in ta] == [t.norm for t in tb] else 0.0
        return _term_score(ta if a.kind == "term" else tb, ev)
    shorter = a.text if len(ta) <= len(tb) else b.text
    same_speaker = bool(a.speaker_key and b.speaker_key) or (lone_speaker_ok and bool(a.speaker_key or b.speaker_key))
    score = speech_overlap_score(ev, same_speaker=same_speaker, slogan=title_case(shorter))
    if score < LINK_THRESHOLD and same_speaker and _whole_sentence_of(ta, tb, a.text, b.text, ev):
        return max(LINK_THRESHOLD, ev.agreement)
    if score < LINK_THRESHOLD and lone_speaker_ok and a.speaker_key and b.speaker_key and in_place_variant(ta, tb):
        return LINK_THRESHOLD
    if score < LINK_THRESHOLD and lone_speaker_ok and a.speaker_key and b.speaker_key and opening_variant(ta, tb, ev):
        return LINK_THRESHOLD
    if score < LINK_THRESHOLD and not title_case(shorter) and reordered_remark(ta, tb):
        # Given to one person, or to no one on either side (a body's statement: "the club said"), where
        # only a long remark counts: ten words or more are no stock phrase.
        if same_speaker or min(len(ta), len(tb)) >= MIN_REORDERED_UNATTRIBUTED:
            return LINK_THRESHOLD
    return score


MIN_IN_PLACE = 6  # tokens of a fragment that matches a stretch of the other quote word for word in place ...
MAX_IN_PLACE_CHANGES = 2  # ... but for this many words, at most a third of it


def in_place_variant(ta: list[Token], tb: list[Token]) -> bool:
    """ "on the doorstep, not on the airwaves" / "We lost this on the doorstep, not in the polls": the
    shorter quote set word by word against a stretch of the longer one as long as itself differs in two
    words or fewer, in place, and shares a content word with it. Only for one speaker named by both
    reports of one occasion (the caller's ``lone_speaker_ok``): elsewhere a stock frame ("We are going
    to make America great / safe again") recurs across speeches."""
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    n = len(short)
    if n < MIN_IN_PLACE:
        return False
    allowed = min(MAX_IN_PLACE_CHANGES, n // 3)
    for offset in range(len(long_) - n + 1):
        pairs = list(zip(short, long_[offset : offset + n], strict=True))
        same = [x for x, y in pairs if x.norm == y.norm]
        if n - len(same) <= allowed and any(x.content for x in same) and pairs[0][0].norm == pairs[0][1].norm:
            return True
    return False


MIN_OPENING_VARIANT = 8  # tokens of the shorter of two quotes that open alike ...
MIN_OPENING = 3  # ... on this many words, a content word among them ...
OPENING_COVERAGE = 0.7  # ... and share this much of the shorter one's words


def opening_variant(ta: list[Token], tb: list[Token], ev: Evidence) -> bool:
    """One speaker's remark reported twice from one occasion, opening word for word alike and sharing most
    of the shorter version's words, the rest reworded: "You chose speed over safety, and three families are
    paying the price for that choice" / "... will pay the price for the rest of their lives"; "This is a
    decision for the next generation, not against it" / "... for our children, not against them". Only
    for one speaker named by both reports of one occasion (the caller's ``lone_speaker_ok``), as
    ``in_place_variant``: one person's two remarks at one event rarely open alike and share so much."""
    if min(len(ta), len(tb)) < MIN_OPENING_VARIANT or ev.short_coverage < OPENING_COVERAGE:
        return False
    k = 0
    while k < min(len(ta), len(tb)) and ta[k].norm == tb[k].norm:
        k += 1
    return k >= MIN_OPENING and any(t.content for t in ta[:k])


MIN_REORDERED = 6  # tokens each of two quotes holding the same words in another order
MIN_REORDERED_UNATTRIBUTED = 10  # ... where neither report names the speaker
REORDERED_SHARE = 0.8  # ... the share of each quote's words (counted with repeats) the other holds


def reordered_remark(ta: list[Token], tb: list[Token]) -> bool:
    """One speaker's words with their clauses in another order ("We were second best for an hour, but
    this group never stops" / "This group never stops, even when we were second best for an hour"):
    an alignment sees two halves that cross, but the words are the same remark's."""
    if min(len(ta), len(tb)) < MIN_REORDERED:
        return False
    a, b = Counter(t.norm for t in ta), Counter(t.norm for t in tb)
    common = sum((a & b).values())
    content = sum(1 for t in ta if t.content and b[t.norm])
    return common >= REORDERED_SHARE * len(ta) and common >= REORDERED_SHARE * len(tb) and content >= 3


_SENTENCE_END = re.compile(r"[.!?]+(?=[\s”\"’']|$)")


def sentence_norms(text: str) -> list[list[str]]:
    """The token norms of each sentence of a quote."""
    out, start = [], 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.end() if m else len(text)
        norms = [t.norm for t in quote_tokens(text[start:end])]
        if norms:
            out.append(norms)
        start = end
    return out


def _whole_sentence_of(ta: list[Token], tb: list[Token], a: str, b: str, ev: Evidence) -> bool:
    """One speaker's quote split by its attribution ("This was not a mistake," he said. "It was a
    plan."): the shorter quote is word for word one whole sentence of the longer one, five words or more
    with a content word. Too short for the fragment rules by itself, but a sentence boundary on both
    sides is no chance overlap of a stock phrase."""
    (short_tokens, short), (_, long_) = sorted(((ta, a), (tb, b)), key=lambda p: len(p[0]))
    if len(short_tokens) < MIN_SENTENCE_EXCERPT or ev.content_run != len(short_tokens):
        return False
    if not any(t.content for t in short_tokens) or len(sentence_norms(long_)) < 2:
        return False
    return [t.norm for t in short_tokens] in sentence_norms(long_)


def _misattributed_score(
    a: QuoteRecord, b: QuoteRecord, ta: list[Token], tb: list[Token], ev: Evidence, one_occasion: bool = False
) -> float:
    """Different speakers, yet word for word the same long sentence, or a long verbatim excerpt of the other
    quote: one utterance, misattributed by one outlet. Linked so the attribution conflict can be shown;
    anything less than verbatim stays apart, except between reports of one occasion (``one_occasion``:
    they share another utterance), where two sentences differing only in small words are one remark
    ("She has earned every penny of it. She never knows when she is beaten." / "She has earned every
    penny. She never knows when she's beaten,"): two people at one event do not say that alike."""
    if a.article_id == b.article_id or a.kind == "term" or b.kind == "term":
        return 0.0
    shorter = min(len(ta), len(tb))
    if ev.content_run == shorter >= MIN_MISATTRIBUTED_EXCERPT:
        return max(LINK_THRESHOLD, ev.agreement)  # one outlet quoted more of the sentence
    if shorter >= MIN_MISATTRIBUTED_WORDS and _whole_sentence_of(ta, tb, a.text, b.text, ev):
        # "He has lost his name, his career and his marriage," / "... his marriage. He will not appeal.":
        # one whole sentence of the other word for word; the other went on to the next.
        return max(LINK_THRESHOLD, ev.agreement)
    if shorter < MIN_MISATTRIBUTED_WORDS:
        return 0.0
    if one_occasion and alike_but_small_words(ev):
        return max(LINK_THRESHOLD, ev.agreement)
    if ev.both_coverage < SAME_ARTICLE_COVERAGE:
        return 0.0
    return ev.agreement


MIN_ALIKE_CONTENT = 4  # content words two differently attributed quotes of one occasion share ...
ALIKE_COVERAGE = 0.9  # ... covering this share of the shorter quote, no content word differing


def alike_but_small_words(ev: Evidence) -> bool:
    """Two quotes with no content word apart, sharing four or more that cover the shorter one."""
    return (
        ev.unmatched_content == 0
        and ev.matched_content >= MIN_ALIKE_CONTENT
        and ev.short_coverage >= ALIKE_COVERAGE
        and ev.agreement >= LINK_THRESHOLD
    )


def _best(
    new: QuoteRecord, candidates: Iterable[QuoteRecord], linked_articles: Collection[int]
) -> tuple[float, int] | None:
    scored = [(same_utterance(new, c, c.article_id in linked_articles), -c.id) for c in candidates]
    best = max((s for s in scored if s[0] >= LINK_THRESHOLD), default=None)
    return (best[0], -best[1]) if best else None


def matching_candidates(new: QuoteRecord, candidates: list[QuoteRecord]) -> list[int]:
    """Ids of every candidate that may report the same utterance as ``new``, by words and speakers alone.

    The caller reads the articles' context for these only, then decides with ``link_quote``.
    """
    # Optimistic about the articles (as about their context, not read yet): ``link_quote`` decides.
    return [c.id for c in candidates if same_utterance(new, c, articles_linked=True) >= LINK_THRESHOLD]


def link_quote(
    new: QuoteRecord,
    candidates: list[QuoteRecord],
    linked_articles: Collection[int] = (),
    lone_terms: Collection[int] = (),
) -> list[int]:
    """Ids of the candidates that report the same utterance as ``new``, ascending.

    A speech quote links to speech quotes, and to the terms among ``lone_terms`` (stored terms whose
    group holds no speech quote) that come from it: a report that scare-quotes "strangle small firms"
    and arrives before the one quoting "It will strangle small firms" joins the same group as when it
    arrives after. A term quote links to its one best match (a speech quote if any, else a term), so
    a term never bridges two utterances. ``linked_articles``: articles already sharing a
    ``strong_link`` with ``new``'s article.
    """
    if new.kind == "term":
        best = _best(new, [c for c in candidates if c.kind != "term"], linked_articles) or _best(
            new, candidates, linked_articles
        )
        return [best[1]] if best else []
    return sorted(
        c.id
        for c in candidates
        if (c.kind != "term" or c.id in lone_terms)
        and same_utterance(new, c, c.article_id in linked_articles) >= LINK_THRESHOLD
    )


def min_shared_keys(keys_a: int, keys_b: int) -> int:
    """Blocking keys two quotes must share to be compared.

    Two quotes that each have several keys and share only one usually share a
    stock phrase, not an utterance (variants share most of their bigrams); a
    short quote has too few keys to ask for more than one.
    """
    return 2 if min(keys_a, keys_b) >= 4 else 1


def rank_candidates(shared: Mapping[int, int], new_keys: int, key_counts: Mapping[int, int]) -> list[int]:
    """The candidate ids worth scoring for a new quote, best first, at most ``MAX_CANDIDATES``.

    ``shared``: candidate id -> number of keys it shares with the new quote
    (what a GROUP BY over the key table returns); ``key_counts``: each
    candidate's own number of keys. True variants share most of their keys,
    so ranking by shared keys keeps them when a stock phrase brings many.
    """
    kept = [(n, i) for i, n in shared.items() if n >= min_shared_keys(new_keys, key_counts[i])]
    return [i for n, i in sorted(kept, key=lambda t: (-t[0], t[1]))[:MAX_CANDIDATES]]


def candidate_pairs(records: list[QuoteRecord]) -> set[tuple[int, int]]:
    """Pairs of record indices worth comparing (the in-memory twin of the DB lookup)."""
    keys = [blocking_keys(r.text) for r in records]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for key in ks:
            postings[key].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for idx in postings.values():
        if len(idx) > MAX_POSTINGS:
            continue  # a stop key: shared by too many quotes to say anything
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                shared[(idx[x], idx[y])] += 1
    return {p for p, n in shared.items() if n >= min_shared_keys(len(keys[p[0]]), len(keys[p[1]]))}


_CUT_TAIL = re.compile(r"[\s.…\[\]]*")


def cut_at_text_end(body: str, end: int) -> bool:
    """Whether the text stops inside the quote ending at ``end``: no closing mark follows, only white
    space or an ellipsis (an excerpt cut mid-quotation, "... “We're going to have …")."""
    return _CUT_TAIL.fullmatch(body, end) is not None


def completed_cut_quotes(a: Sequence[QuoteRecord], b: Sequence[QuoteRecord]) -> list[tuple[int, int]]:
    """(cut quote id, quote id) pairs across two articles that cover one occasion (they share a
    ``strong_link``): a quote cut off by its text's end and the quote of the other article that it is
    the opening of.

    "We're going to have ..." says nothing by its words, but among the few quotes of one occasion
    that a compatible speaker's quote in the other article begins with exactly those words, and only
    one does, points at that utterance. Several different quotes beginning so: no link.
    """
    return [
        pair
        for cut_side, other_side in ((a, b), (b, a))
        for cut in cut_side
        if cut.cut and cut.kind == "speech"
        for pair in _completion(cut, other_side)
    ]


def _completion(cut: QuoteRecord, others: Sequence[QuoteRecord]) -> list[tuple[int, int]]:
    opening = [t.norm for t in quote_tokens(cut.text)]
    if len(opening) < MIN_CUT_WORDS:
        return []
    found = [
        (o, rest)
        for o in others
        if o.kind == "speech" and o.article_id != cut.article_id and speakers_compatible(cut.speaker_key, o.speaker_key)
        for rest in _sentence_openings(o.text)
        if _opens_with(rest, opening)
    ]
    if not found:
        return []
    fullest = max((rest for _, rest in found), key=len)
    if any(fullest[: len(rest)] != rest for _, rest in found):
        return []  # two different quotes (or sentences) open so: the words do not tell which
    return sorted({(cut.id, o.id) for o, _ in found})


def _sentence_openings(text: str) -> list[list[str]]:
    """The quote's words from each of its sentences on: one outlet may open its quotation on the
    second sentence of what another quotes whole."""
    sentences = sentence_norms(text)
    return [[w for s in sentences[i:] for w in s] for i in range(len(sentences))]


def _opens_with(norms: list[str], opening: list[str]) -> bool:
    """Whether ``norms`` begin with ``opening``, whose last word may be cut mid-word."""
    if len(norms) < len(opening):
        return False
    head, last = opening[:-1], opening[-1]
    return norms[: len(head)] == head and norms[len(head)].startswith(last)


def cluster_quotes(records: list[QuoteRecord]) -> dict[int, int]:
    """Quote id -> cluster id (the smallest member id), independent of input order.

    Speech quotes are grouped by the transitive closure of their links, so a
    quote spanning two sentences puts both sentences' groups in one cluster
    (one passage). Term quotes then join the cluster of their best match.
    """
    records = sorted(records, key=lambda r: r.id)
    uf = UnionFind()
    for r in records:
        uf.find(r.id)
    term_edges: dict[int, list[tuple[float, int]]] = defaultdict(list)
    pairs = sorted(candidate_pairs(records))
    linked = {
        frozenset((records[i].article_id, records[j].article_id))
        for i, j in pairs
        if records[i].article_id != records[j].article_id and strong_link(records[i], records[j])
    }
    for i, j in pairs:
        a, b = records[i], records[j]
        s = same_utterance(a, b, frozenset((a.article_id, b.article_id)) in linked)
        if s < LINK_THRESHOLD:
            continue
        if a.kind != "term" and b.kind != "term":
            uf.union(a.id, b.id)
            continue
        for x, y in ((a, b), (b, a)):
            if x.kind == "term":
                term_edges[x.id].append((s + (1.0 if y.kind != "term" else 0.0), y.id))
    by_article: dict[int, list[QuoteRecord]] = defaultdict(list)
    for r in records:
        by_article[r.article_id].append(r)
    for pair in sorted(tuple(sorted(p)) for p in linked):
        for cut_id, other_id in completed_cut_quotes(by_article[pair[0]], by_article[pair[1]]):
            uf.union(cut_id, other_id)
    _attach_terms(records, term_edges, uf)
    return {r.id: uf.find(r.id) for r in records}


def _attach_terms(
    records: list[QuoteRecord], edges: dict[int, list[tuple[float, int]]], uf: UnionFind
) -> None:
    """Each term joins the cluster of its best speech match; the others join matching terms.

    A group of terms with no speech match joins at most one cluster (the one
    with the smallest id among those its terms match), so terms never bridge.
    """
    kind = {r.id: r.kind for r in records}
    attached: dict[int, int] = {}
    for tid, cands in edges.items():
        speech = [(s, -cid) for s, cid in cands if kind[cid] != "term"]
        if speech:
            attached[tid] = uf.find(-max(speech)[1])
    loose = UnionFind()
    for tid, cands in edges.items():
        for _, other in cands:
            if tid not in attached and other not in attached and kind[other] == "term":
                loose.union(tid, other)
    reach: dict[int, set[int]] = defaultdict(set)  # loose group -> clusters of attached terms it matches
    for tid, cands in edges.items():
        if tid not in attached:
            reach[loose.find(tid)] |= {attached[o] for _, o in cands if o in attached}
    for tid in sorted(attached):
        uf.union(tid, attached[tid])
    for tid in sorted(t for t in edges if t not in attached):
        root = loose.find(tid)
        uf.union(tid, root)
        if reach[root]:
            uf.union(tid, min(reach[root]))
