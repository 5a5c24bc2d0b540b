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
from itertools import pairwise

from claims.nlp.attribution_clause import clause_subject
from claims.nlp.attribution_np import (
    NOUN_MARKERS,
    NP_STOP_WORDS,
    PREPOSITION_MARKERS,
    RELATIVES,
    Word,
    is_cap,
    np_after,
    np_ending,
    np_leading,
    plain_np_ending,
    skippable,
    tokenize,
)
from claims.nlp.attribution_possessive import possessive_source
from claims.nlp.quote_lexicon import CUE_VERBS, PRONOUNS, ROLE_NOUNS
from claims.nlp.sentences import _is_abbreviation

# A cue may open its sentence capitalised ("Stated Stone:", "Said one aide, ...").
_CUE = re.compile(
    r"\b(?:[Aa]ccording to|quoted (?:by [^,.;:]{1,60} )?as saying|puts? it|"
    # Verbs with a particle: "Sanders shot back, “...”", "“...,” she went on."
    r"(?:shot|fired|hit|snapped) back|points? out|pointed out|chimed in|cut in|went on(?=\s*[,:.;“\"‘'])|"
    # "state" is mostly a noun ("the state", "Secretary of State"); after a plural subject and
    # before a preposition, "that" or punctuation it is the verb: "the authors state in the memo".
    r"(?<=[a-z]s )state(?=\s+(?:in|that)\b|\s*[,.:;])|"
    # "utter" is an adjective too ("an utter failure"); after "to" it is the verb.
    r"(?<=\bto )utter\b|"
    + "|".join(f"[{v[0]}{v[0].upper()}]{v[1:]}" for v in sorted(CUE_VERBS, key=len, reverse=True))
    + r")\b"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker mention (as written) and the cue it rests on."""

    mention: str
    start: int
    end: int
    cue: str


def noun_use(text: str, lo: int, cue_start: int) -> bool:
    """The cue word follows a determiner or preposition: a noun ("a positive note", "secretary of state")."""
    m = re.search(r"(\w+)\W*$", text[max(lo, cue_start - 20) : cue_start])
    if not m:
        return False
    word = m.group(1).lower()
    at = max(lo, cue_start - 20) + m.start(1)
    if m.group(1)[:1].isupper() and re.search(r",\W{0,2}\s+$", text[max(0, at - 5) : at]):
        return False  # '“...,” From said': a capitalised word after a quote's comma is a name
    gerund = re.match(r"\w+ing\b", text[cue_start : cue_start + 20])
    if word in NOUN_MARKERS or (word in PREPOSITION_MARKERS and not gerund):
        return True
    if word in _LIGHT_VERBS and not gerund:
        return True  # "his friends make jokes about ...", "she made remarks": the verb's object
    # "her official pledge", "a formal complaint": a noun-like cue after a determiner and an adjective.
    cue = re.match(r"\w+", text[cue_start : cue_start + 20])
    two_back = re.search(
        r"\b(\w+)\s+[a-z][\w\-]*(?:al|ic|ous|ive|est|ful|less|ent|ant|ary|ed)\s+$",
        text[max(lo, cue_start - 40) : cue_start],
    )
    if not (cue and cue.group().lower() in _NOUN_CUES):
        return False
    # "Lee's controversial claim": a possessive before the adjective is a determiner too.
    if re.search(r"\w['’]s?\s+[a-z][\w\-]*\s+$", text[max(lo, cue_start - 40) : cue_start]):
        return True
    return bool(two_back and two_back.group(1).lower() in NOUN_MARKERS)


# Verbs whose object a cue word after them is ("make jokes", "made comments", "exchanged remarks").
_LIGHT_VERBS = frozenset("make makes made making exchange exchanged exchanging trade traded".split())

# Cue words that are as often nouns ("his latest tweet", "her official pledge").
_NOUN_CUES = frozenset(
    """pledge pledges promise promises claim claims call calls report reports tweet tweets comment
    comments remark remarks warning warnings vow vows charge charges answer reply response quote
    statement statements note notes post posts""".split()
)


def _cue_verb_before(words: list[Word]) -> bool:
    """The word before the closing comma is a cue verb with its subject ("Spicer said,"), not a
    noun that can be a cue ("Lund struck a defiant note,")."""
    word = words[-2][0]
    if word not in CUE_VERBS:
        return False
    if word not in _NOUN_CUES:
        return True
    before = words[-3][0]
    return is_cap(before) or before.lower() in PRONOUNS


def subject_of_cue(text: str, lo: int, cue_start: int, participle: bool = False) -> tuple[int, int] | None:
    """Speaker phrase for a cue starting at ``cue_start``, looking left as far as ``lo``."""
    words = _without_interjection(tokenize(text, lo, cue_start))
    while words and skippable(words[-1][0]):
        words = words[:-1]
    if not words:
        return None
    if words[-1][0].lower() in RELATIVES and not participle:
        return words[-1][1], words[-1][2]  # "Roffman, who estimates ...": the relative pronoun is the source
    relative = None if participle else _relative_before_adverbial(words)
    if relative:
        return relative
    absolute = _with_subject(words) if participle else None
    if absolute:
        return absolute  # "..., with the campaign of the senator from Ohio saying": the whole phrase
    if participle and is_cap(words[-1][0]):
        return np_ending(words)  # "... included Trump calling him a “dictator”"
    if participle and words[-1][0].lower() in _CARRIER_NOUNS:
        return np_ending(words)  # "Lee held up a sign saying “...”": the sign bears the words
    owned = _possessed_noun(words) if participle else None
    if owned:
        return owned  # "the week after the paper's editorial telling him to ...": the editorial tells
    if participle and len(words) > 2 and words[-1][0] == "," and _cue_verb_before(words):
        # "Ryan and Trump will meet, Spicer said, adding ...": the speaker of the cue just before.
        return subject_of_cue(text, lo, words[-2][1]) or _subject_before_comma(words)
    if participle:
        absolute = _with_subject(words)
        if absolute:
            return absolute
        return clause_subject(words) or _subject_before_comma(
            words if words[-1][0] == "," else [*words, (",", 0, 0)]
        )
    if words[-1][0] == ",":
        return _subject_before_comma(words)
    span = np_ending(words)
    bare = _before_adverbial(words)
    if bare and (span is None or span[0] > bare[0]):
        return bare
    if span is None and words[-1][0].lower() == "to":
        caused = _caused_speaker(words) or _causative_object(words) or _infinitive_subject(words)
        if caused:
            return caused
    if span is None and words[-1][0].lower() in ("and", "but", "to", "then"):
        return clause_subject(words) or _subject_before_comma([*words, (",", 0, 0)])
    if span is None:
        span = _relative_clause_head(words) or _linked_source(words)
    return _participle_agent(words, span) or _post_modified(words, span) if span else span


def _possessed_noun(words: list[Word]) -> tuple[int, int] | None:
    """'the Herald's editorial urging ...': a possessive and its plain noun right before a participle
    cue; the phrase runs back over the possessor's name or determiner."""
    if len(words) < 2 or not re.fullmatch(r"[a-z][a-z\-]+", words[-1][0]) or words[-1][0] in NP_STOP_WORDS:
        return None
    k = len(words) - 2
    if not re.search(r"\w['’]s?$", words[k][0]) or not re.match(r"\w", words[k][0]):
        return None
    while k > 0 and len(words) - k < 6 and (is_cap(words[k - 1][0]) or words[k - 1][0].lower() in ("the", "a", "an")):
        k -= 1
        if words[k][0].lower() in ("the", "a", "an"):
            break
    return words[k][1], words[-1][2]


# Comma-delimited asides between a subject and its verb: "that Lee, for one, called ...".
_INTERJECTIONS = frozenset(
    ("for one", "for example", "for instance", "in turn", "in fact", "of course", "in particular", "too")
)


def _without_interjection(words: list[Word]) -> list[Word]:
    """The words before a cue without an aside set off by commas right before it, so that the
    subject ends at the comma that opens the aside ("charges that Lee, for one, called")."""
    if len(words) < 4 or words[-1][0] != ",":
        return words
    for k in range(len(words) - 2, max(0, len(words) - 5), -1):
        if words[k][0] == ",":
            aside = " ".join(w[0].lower() for w in words[k + 1 : -1])
            return words[:k] if aside in _INTERJECTIONS else words
    return words


# Verbs that make their object do something: "prompting Lee to say", "led aides to counter".
_CAUSATIVES = frozenset(
    """lead leads led leading prompt prompts prompted prompting force forces forced forcing cause
    causes caused causing spur spurs spurred spurring push pushes pushed pushing inspire inspires
    inspired inspiring drove drives driving compel compels compelled compelling""".split()
)


def _caused_speaker(words: list[Word]) -> tuple[int, int] | None:
    """'..., prompting aides like Ann Lund to counter that “...”': the object of a causative verb
    before "to" + cue is the one who speaks, not the clause's subject."""
    for j in range(len(words) - 3, max(-1, len(words) - 10), -1):
        if not re.fullmatch(r"[\w’'\-.]+", words[j][0]):
            return None
        if words[j][0].lower() in _CAUSATIVES:
            obj = words[j + 1 : -1]
            if not obj or obj[0][0].lower() == "by":
                return None  # "a group led by Roe to ...": a passive, its agent is no object
            return (obj[0][1], obj[-1][2]) if np_ending(obj) else None
    return None


def _infinitive_subject(words: list[Word]) -> tuple[int, int] | None:
    """'two words that Ann Lund could not bring himself to utter': the name before a verb chain
    that opens with a modal and ends in "to" + cue is the infinitive's subject, not the subject of
    the sentence."""
    k = len(words) - 2
    while k >= 0 and len(words) - k <= 6 and re.fullmatch(r"[a-z]+", words[k][0]):
        k -= 1
    if k < 0 or k == len(words) - 2 or not is_cap(words[k][0]) or words[k + 1][0] not in _MODALS:
        return None  # "Lee took to Twitter overnight to": no modal, the chain is no verb phrase of Lee's
    return np_ending(words[: k + 1])


_MODALS = frozenset("could would can will did does do should might must may cannot".split())


_MAX_MOVED_NP = 12  # tokens of the object phrase, an appositive name included


def _causative_object(words: list[Word]) -> tuple[int, int] | None:
    """'The row has led the incoming chancellor, Ann Roe, to declare that ...': the speaker is the
    causative verb's object before "to", not the clause subject (who made them speak)."""
    body = words[:-1]
    if body and body[-1][0] == ",":
        body = body[:-1]
    for k in range(len(body) - 1, max(-1, len(body) - _MAX_MOVED_NP - 2), -1):
        word = body[k][0].lower()
        if word in _CAUSATIVES:
            phrase = body[k + 1 :]
            if not phrase or phrase[0][0].lower() == "by":
                return None  # "the group led by Roe to ...": a passive, its agent is no object
            return phrase[0][1], phrase[-1][2]
        if word in (".", ";", ":") or (word in NP_STOP_WORDS and word != "of"):
            return None
    return None


def _participle_agent(words: list[Word], span: tuple[int, int]) -> tuple[int, int] | None:
    """'A letter from the Legion obtained by the AP warns': the phrase before the cue is the
    agent of a participle ("obtained by", "released by"); the speaker is the document or person
    the participle describes, with its own post-modifiers, when a determiner opens it."""
    k = next((i for i, w in enumerate(words) if w[1] == span[0]), 0) - 1
    if k < 2 or words[k][0] != "by" or not re.fullmatch(r"[a-z]+(?:ed|en)", words[k - 1][0]):
        return None
    head = np_ending(words[: k - 1])
    if head is None:
        return None
    head = _post_modified(words[: k - 1], head)
    first = next(w for w in words if w[1] == head[0])[0]
    return (head[0], span[1]) if first.lower() in _OPENING_DETERMINERS else None


def _relative_before_adverbial(words: list[Word]) -> tuple[int, int] | None:
    """'Beck, who has in the past described ...': an adverbial phrase between the relative pronoun
    (with its auxiliaries) and the cue; the relative pronoun is still the source."""
    for k in range(len(words) - 2, max(0, len(words) - 7), -1):
        if words[k][0].lower() not in _ADVERBIAL_OPENERS:
            continue
        if not all(re.fullmatch(r"[\w’'\-]+", w[0]) for w in words[k:]):
            return None
        head = words[:k]
        while head and skippable(head[-1][0]):
            head = head[:-1]
        if head and head[-1][0].lower() in RELATIVES:
            return head[-1][1], head[-1][2]
    return None


# Things that bear written words: "a sign saying “...”", "a hat reading “...”".
_CARRIER_NOUNS = frozenset(
    """sign signs banner banners placard placards poster posters hat hats cap caps shirt shirts
    t-shirt t-shirts sticker stickers billboard billboards button buttons mug mugs flag flags
    card cards plaque plaques""".split()
)


def _linked_source(words: list[Word]) -> tuple[int, int] | None:
    """'Another source familiar with Cruz's thinking said': a role noun with a linking adjective
    and its complement, whatever words the complement ends with."""
    for k in range(len(words) - 2, 0, -1):
        w = words[k][0].lower()
        if not re.match(r"[\w’']", w):
            return None
        if w in _LINK_ADJECTIVES and words[k + 1][0].lower() in _POST_PREPS:
            head = np_ending(words[:k])
            if head and words[k - 1][0].lower() in ROLE_NOUNS:
                return head[0], words[-1][2]
            return None
    return None


# Words opening an adverbial phrase between a subject and its verb: "Trump on Tuesday said",
# "Sanders during a rally thanked", "Smith last week told", "Clinton in an interview said".
_ADVERBIAL_OPENERS = frozenset("on in at during over last this earlier later".split())
_ADVERBIAL_WORDS = _ADVERBIAL_OPENERS | frozenset("the a an his her their its with to of for from".split())


_SUBJECT_PRONOUNS = frozenset("i he she we they".split())


def _before_adverbial(words: list[Word]) -> tuple[int, int] | None:
    """The subject before an adverbial phrase that ends right at the cue ("Trump on Tuesday
    said"): the phrase's object ("Tuesday", "Twitter") is no speaker, and a verb's object after
    the cue ("thanked its members") is none either."""
    for k in range(len(words) - 2, max(0, len(words) - 9), -1):
        if words[k][0].lower() not in _ADVERBIAL_OPENERS:
            continue
        tail = [w[0] for w in words[k + 1 :]]
        if tail and tail[-1].lower() in _SUBJECT_PRONOUNS:
            return None  # "Early in the speech she promised": the pronoun after the phrase is the subject
        if any(
            not re.fullmatch(r"[\w’'\-.]+", w)
            or (w.lower() in NP_STOP_WORDS and w.lower() not in _ADVERBIAL_WORDS)
            for w in tail
        ):
            return None
        if words[k - 1][0] == ",":
            # "Lee, who has feuded with the board, on Friday described": the clause subject.
            return _subject_before_comma(words[:k])
        span = np_ending(words[:k])
        if span is None or span[1] != words[k - 1][2]:
            continue
        head = words[k - 1][0]
        if is_cap(head) or head.lower() in ROLE_NOUNS or head.lower() in PRONOUNS:
            return _post_modified(words[:k], span)  # "a woman in the audience at an event"
    return None


def _relative_clause_head(words: list[Word]) -> tuple[int, int] | None:
    """'a White House official who spoke anonymously to discuss strategy said': a relative clause
    with no commas around it sits between the subject and its cue; the subject ends before "who"."""
    for k in range(len(words) - 2, 0, -1):
        w = words[k][0]
        if not re.match(r"\w", w):
            return None
        if w.lower() == "who" and words[k - 1][0].lower() == "and":
            continue  # "a man who worked here and who did not want to be named said": the first "who"
        if w.lower() == "who":
            return np_ending(words[:k])
    return None


def _with_subject(words: list[Word]) -> tuple[int, int] | None:
    """'..., with many marchers and fans chanting “...”': the phrase after "with" that runs up to
    the participle is its subject."""
    at = max((i for i, w in enumerate(words) if w[0] in (",", ";", "—", "–")), default=-1)
    rest = words[at + 1 :]
    while len(rest) > 2 and skippable(rest[-1][0]):
        rest = rest[:-1]  # "with Cruz recently promising"
    if len(rest) < 2 or rest[0][0].lower() != "with":
        return None
    span = np_after(rest[1:])
    if span and span[1] == rest[-1][2]:
        return span
    after = [w[0] for w in rest if w[1] >= span[1]] if span else []
    if 2 <= len(after) <= 3 and after[0] == "of" and all(re.fullmatch(r"[a-z]+", w) for w in after):
        return span[0], rest[-1][2]  # "with the former secretary of state calling"
    if 2 <= len(after) <= 9 and after[0] == "of" and all(re.fullmatch(r"[\w’'\-.]+", w) for w in after):
        return span[0], rest[-1][2]  # "with the campaign of the former senator from Ohio saying"
    # "with marchers and fans chanting": a coordination of plain nouns runs up to the participle.
    tail = [w[0].lower() for w in rest[1:]]
    if span and len(tail) <= 6 and all(re.fullmatch(r"[a-z\-]+", w) for w in tail) and "and" in tail:
        plain = all(w in ("and", "or") or w not in NP_STOP_WORDS for w in tail)
        return (span[0], rest[-1][2]) if plain else None
    return None


# Adjectives that link a speaker to what follows: "a source familiar with the talks".
_LINK_ADJECTIVES = frozenset(
    "familiar close involved knowledgeable briefed loyal allied linked speaking talking writing".split()
)
_POST_PREPS = frozenset("of for from with to at in on among inside within".split())


def _post_modified(words: list[Word], span: tuple[int, int], depth: int = 0) -> tuple[int, int]:
    """'the senator from Vermont said', 'a source familiar with the inquiry said': the phrase
    before the cue is the post-modifier of a speaker noun; the speaker phrase starts at that noun."""
    for _ in range(3):
        k = next((i for i, w in enumerate(words) if w[1] == span[0]), 0) - 1
        k -= 1 if k >= 0 and words[k][0].lower() in ("the", "a", "an") else 0
        if k < 1 or words[k][0].lower() not in _POST_PREPS:
            return span
        k -= 1
        link = words[k][0].lower()
        if link in _LINK_ADJECTIVES:
            k -= 1
        head = np_ending(words[: k + 1]) if k >= 0 else None
        if head is None and k >= 0 and words[k][0].lower() in _INDEFINITE_HEADS:
            head = words[k][1], words[k][2]  # "someone in the audience"
        if head is not None and not _speaker_head(words, k, head) and depth < 3:
            head = _conjoined_before(words, head)
            # "The email from Lee's aide to the chairman Bo Dahl asks": a name inside a chain of
            # post-modifiers; the chain may still hang on a document or role noun further back.
            outer = _post_modified(words, head, depth=depth + 1)
            first = next(w for w in words if w[1] == outer[0])[0].lower()
            return (outer[0], span[1]) if outer != head and first in _OPENING_DETERMINERS else span
        if head is None or not _speaker_head(words, k, head):
            return span
        if link.endswith("ing"):
            return head  # "a source speaking to Fox News said": the participle phrase is no part of the name
        span = (head[0], span[1])
    return span


def _conjoined_before(words: list[Word], head: tuple[int, int]) -> tuple[int, int]:
    """'Lee's aide and Center for Policy President Bo Dahl': the phrase joined by "and" before it."""
    at = next(i for i, w in enumerate(words) if w[1] == head[0])
    prev = np_ending(words[: at - 1]) if at >= 2 and words[at - 1][0] == "and" else None
    return (prev[0], head[1]) if prev else head


def _speaker_head(words: list[Word], k: int, head: tuple[int, int]) -> bool:
    """The noun a post-modifier hangs on: a role noun, or any common noun its phrase opens with
    a determiner ("A document on the campaign's website states", "The email from Lee asks")."""
    noun = words[k][0]
    if noun.lower() in ROLE_NOUNS or noun.lower() in _INDEFINITE_HEADS:
        return True  # "a spokesman for the firm", "someone in the audience"
    first = next(w for w in words if w[1] == head[0])[0].lower()
    return (
        bool(re.fullmatch(r"[a-z][a-z\-]+", noun))
        and noun not in NP_STOP_WORDS
        and first in _OPENING_DETERMINERS
    )


_INDEFINITE_HEADS = frozenset(
    "someone somebody anyone anybody everyone one many several some few none".split()
)
_OPENING_DETERMINERS = frozenset("a an the this that these those some several many".split())


def _subject_before_comma(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    # "X, a doctor, said" / "X, when asked about it, said": the subject opens the clause.
    parts: list[list[tuple[str, int, int]]] = [[]]
    for w in words[:-1]:
        if w[0] in (",", ";", ":", "—", "–"):
            parts.append([])
        else:
            parts[-1].append(w)
    embedded = _free_relative_subject(parts) or _subordinate_clause_subject(parts)
    if embedded:
        return embedded
    for k, part in enumerate(parts):
        if k == 0 and len(parts) > 2 and _participial_opener(part):
            continue  # "Opening the session, the inquiry chair, Dame Philippa Rendell, said"
        span = _cleft_focus(part) or np_leading(part)
        if span:
            return _named_appositive(parts, k, span)
    return None


def _participial_opener(part: list[Word]) -> bool:
    """A sentence opening on a participle and its object ("Opening the session", "Asked about the
    memo"): an adverbial phrase, not the subject."""
    return (
        len(part) >= 2
        and re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", part[0][0]) is not None
        and re.fullmatch(r"[a-z]+", part[1][0]) is not None
    )


def _cleft_focus(part: list[Word]) -> tuple[int, int] | None:
    """'It was a year ago that Ann Lund, who ..., said': in a cleft sentence the subject of the
    clause is the phrase after "that", not "It"."""
    if len(part) < 4 or part[0][0] != "It" or part[1][0].lower() not in ("was", "is", "’s", "'s"):
        return None
    at = max((i for i, w in enumerate(part) if w[0].lower() == "that"), default=-1)
    return np_leading(part[at + 1 :]) if at > 1 else None


def _free_relative_subject(parts: list[list[Word]]) -> tuple[int, int] | None:
    """'... in what Bay Buchanan, a veteran of that fight, called “...”': the subject of the cue
    is the phrase after "what"/"as" that the appositive follows, not the sentence's subject."""
    if len(parts) < 2 or not parts[-2]:
        return None
    part = parts[-2]
    at = max((i for i, w in enumerate(part) if w[0] in ("what", "as")), default=-1)
    if at < 0 or at == len(part) - 1:
        return None
    span = np_leading(part[at + 1 :])
    return span if span and span[1] == part[-1][2] and is_cap(part[-1][0]) else None


_SUBORDINATORS_BEFORE = frozenset("when while after because as although though since until whereas".split())


def _subordinate_clause_subject(parts: list[list[Word]]) -> tuple[int, int] | None:
    """'Some Democrats feared a repeat of 1992, when Mr. Lee, who had lost, called for a “...”':
    the cue's clause opens with a subordinator; its subject is the phrase after it, followed
    only by relative clauses or appositives, not the main clause's subject."""
    rest = [p for p in parts if p]
    for k in range(len(rest) - 1, 0, -1):
        part = rest[k]
        if part[0][0].lower() not in _SUBORDINATORS_BEFORE or len(part) < 2:
            continue
        if not all(p[0][0].lower() in ("who", "which", "whose", "a", "an", "the") for p in rest[k + 1 :]):
            return None
        span = np_leading(part[1:])
        return span if span and span[1] == part[-1][2] and is_cap(part[-1][0]) else None
    return None


def _named_appositive(parts: list[list[Word]], k: int, span: tuple[int, int]) -> tuple[int, int]:
    """'Hale's longtime colleague, Jim Torr, said': a description whose name follows as the last
    appositive before the cue; the phrase runs through the name, so it carries both."""
    # "The editor I spoke to, Bo Dahl, interrupted me to announce": a predicate part may follow.
    predicate = bool(parts[-1]) and re.fullmatch(r"[a-z]+", parts[-1][0][0]) is not None
    if k not in (len(parts) - 2, len(parts) - 3 if predicate else -1) or not parts[k + 1]:
        return span
    name, desc = parts[k + 1], parts[k]
    if not 1 <= len(name) <= 4 or not all(is_cap(w[0]) and not w[0].endswith(("’s", "'s")) for w in name):
        return span
    if all(is_cap(w[0]) for w in desc) or desc[-1][0].lower() in PRONOUNS:
        return span  # "Smith, Jim Torr, said": two names, a list rather than an appositive
    return span[0], name[-1][2]


def _cue_subject(text: str, lo: int, hi: int, m: re.Match[str]) -> tuple[int, int] | None:
    cue = m.group().lower()
    if noun_use(text, lo, m.start()):
        return None
    if cue == "according to":
        return source_after_according(text, m.end(), hi)
    if cue in ("put it", "puts it"):
        return _as_put_it(text, lo, m.start())
    agent = passive_agent(text, lo, m.start(), m.end(), hi)
    if agent:
        return agent
    if _passive_without_agent(text, lo, m):
        return None  # "the aide was charged with battery": nobody speaks
    ing = cue.endswith("ing") and not text[lo : m.start()].rstrip().endswith(" as")
    if ing and not re.search(r"\w", text[lo : m.start()]):
        return None
    span = subject_of_cue(text, lo, m.start(), participle=ing)
    if span is None and not ing:
        span = np_after(tokenize(text, m.end(), hi))
        # An inverted subject ("..., said Sen. Coons:") ends its clause; "said his boss was" is a complement.
        if span and not re.match(r"\s*(?:[,:;(—–]|$)", text[span[1] : hi]):
            return None
        if span and re.match(r"\s*[“\"‘]", text[span[1] :]):
            return None  # "thanked its members “for ...”": an object runs into the quote, a subject would not
    return span


_PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")
_BY = re.compile(r"\s+by\s+")


def passive_agent(text: str, lo: int, cue_start: int, cue_end: int, hi: int) -> tuple[int, int] | None:
    """'Rubio was asked by the moderator Ann Lee whether ...': a passive cue's speaker is the
    phrase after "by"; its grammatical subject is the one spoken to or about."""
    if not _PASSIVE_BE.search(text, max(lo, cue_start - 30), cue_start):
        return None
    by = _BY.match(text, cue_end, hi)
    return np_after(tokenize(text, by.end(), hi)) if by else None


_PASSIVE_NAMING = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?|,\s+)"  # or a participle: "X, called “...” by Y"
    r"(?:called|dubbed|labell?ed|branded|termed|described as|known as)\s+(?:(?:the|a|an)\s+)?$"
)
_KNOWN_BY = re.compile(r"\bknown\s+by\s+(?P<agent>[^,.;:()“”\"]{2,60}?)\s+as\s+(?:(?:the|a|an)\s+)?$")


def passive_naming(text: str, b_lo: int, b_hi: int, a_lo: int, a_hi: int) -> Attribution | None:
    """'has been called “strategic ambiguity” by Ann Lee' / 'known by some critics as a “hug”':
    a label given in the passive is the agent's word, not the grammatical subject's."""
    known = _KNOWN_BY.search(text, max(b_lo, b_hi - 100), b_hi)
    if known:
        span = np_after(tokenize(text, known.start("agent"), known.end("agent")))
        return Attribution(text[span[0] : span[1]], span[0], span[1], "known") if span else None
    if not _PASSIVE_NAMING.search(text, max(b_lo, b_hi - 60), b_hi):
        return None
    by = re.match(r",?\s+by\s+", text[a_lo:a_hi])
    if by is None:
        return None
    span = np_after(tokenize(text, a_lo + by.end(), a_hi))
    return Attribution(text[span[0] : span[1]], span[0], span[1], "by") if span else None


def _passive_without_agent(text: str, lo: int, m: re.Match[str]) -> bool:
    """A passive cue with no "by" phrase ('the aide was charged', 'she was told') names no
    speaker; "was quoted as saying" is no passive of a speech act."""
    if m.group().lower().startswith(("quoted", "according")) or m.group().endswith("ing"):
        return False
    return _PASSIVE_BE.search(text, max(lo, m.start() - 30), m.start()) is not None


def _as_put_it(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """'as Tom Ridge, a former secretary, put it:': the phrase after "as" is the speaker."""
    span = subject_of_cue(text, lo, cue_start)
    if span and re.search(r"\b[Aa]s\s+$", text[max(lo, span[0] - 4) : span[0]]):
        return span
    return None


def _cues(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Cue matches in text[lo:hi]; a capitalised one only where a sentence starts ("Stated Stone:")."""
    out = []
    for m in _CUE.finditer(text, lo, hi):
        if m.group()[0].isupper() and m.group()[:9] != "According":
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0\"“‘'")
            if before and before[-1] not in ".!?\n" and not _capitalised_past_after_comma(text, m, before):
                continue
        out.append(m)
    return out


def _capitalised_past_after_comma(text: str, m: re.Match[str], before: str) -> bool:
    """'“...” Lee, the head of the group, Tweeted on Friday': a past-tense cue capitalised after
    the comma closing an appositive is still the verb (names seldom end in "-ed")."""
    return before.endswith(",") and m.group().endswith("ed") and text[m.end() : m.end() + 1] in (" ", ",", ":")


# "Trump said that Clinton described ...", also with a phrase before "that" ("said during a
# rally in Michigan that Clinton described ...").
_COMPLEMENT_GAP = re.compile(r"\s+(?:that\s+)?(?:[\w’'\-]+\s+){0,6}|\s+(?:[\w’'\-]+\s+){1,8}that\s+")
# A gap opening with a subordinator holds an adverbial clause of the earlier cue, with its own speaker.
_ADVERBIAL_CLAUSE_GAP = re.compile(r"\s+(?:after|before|when|while|as|because|since|until|although|though|once|unless)\s")


def _leads_into_quote(text: str, hi: int) -> bool:
    """The stretch searched ends at an opening quotation mark (not at its sentence's end)."""
    return text[hi : hi + 1] in ("“", '"', "‘", "'")


# A pronoun subject may sit deeper ("Clinton says she admired ... what she calls").
_PRONOUN_GAP = re.compile(r"\s+(?:[\w’'\-]+\s+){0,14}")


def find_cue_before(text: str, lo: int, hi: int) -> Attribution | None:
    """Cue + speaker in text[lo:hi] (the stretch before a quote); without a cue, a possessive
    speech noun ("Trump's claim that “...”") names the speaker."""
    lo = _open_parenthesis(text, lo, hi)
    found = _find_cue_before(text, lo, hi)
    owned = possessive_source(text, lo, hi)
    # "Pence blamed the media for making an issue of Trump's claim that “...”": a possessive
    # speech noun after the cue's speaker is nearer the quote, and its owner said it; unless it
    # stands in the cue's "that" clause ("Lee said that Roe's claim ... is “not true”").
    if owned and (
        found is None or (owned[0] > found.end and not re.search(r"\bthat\b", text[found.end : owned[0]]))
    ):
        return Attribution(text[owned[0] : owned[1]], owned[0], owned[1], "’s")
    return _poll_for_share(text, lo, found) if found else found


# A share of respondents as a subject: "75 percent of Republicans", "Six in 10 voters".
_SHARE = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|\d+) in (?:10|ten|\d+))"
)
_POLL = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w’'\-.]+\s+){0,6}?(?:poll|survey)\b")


def _poll_for_share(text: str, lo: int, found: Attribution) -> Attribution:
    """'In a September Post poll, 75 percent of Republicans said “...”': a share of respondents
    speaks through the poll that measured it; the poll named before it in the sentence is the
    source."""
    if not _SHARE.match(found.mention):
        return found
    poll = None
    for m in _POLL.finditer(text, lo, found.start):
        poll = m
    if poll is None:
        return found
    return Attribution(poll.group(), poll.start(), poll.end(), found.cue)


def _open_parenthesis(text: str, lo: int, hi: int) -> int:
    """'... (Lemkin, who coined the word, once said, “...”)': inside an aside still open at the
    quote, the aside is the clause; its start bounds the search."""
    at = text.rfind("(", lo, hi)
    if at < 0 or ")" in text[at:hi] or hi - at < 12:
        return lo
    return at + 1


def _find_cue_before(text: str, lo: int, hi: int) -> Attribution | None:
    """Cue + speaker in text[lo:hi] (the stretch before a quote), nearest cue first.

    A cue clause that is itself the complement of an earlier cue ("Quick said the
    front-runner had referred to ...") belongs to the earlier cue's speaker.
    """
    opener = as_reported(text, lo, hi)
    if opener:
        return opener
    cues = list(_cues(text, lo, hi))
    for k in range(len(cues) - 1, -1, -1):
        m = cues[k]
        span = _shared_subject(text, lo, hi, cues, k) or _cue_subject(text, lo, hi, m)
        if not span:
            continue
        for outer in reversed(cues[:k]):
            gap = _PRONOUN_GAP if text[span[0] : span[1]].lower() in PRONOUNS | RELATIVES else _COMPLEMENT_GAP
            if outer.end() > span[0] or not gap.fullmatch(text, outer.end(), span[0]):
                break
            if _ADVERBIAL_CLAUSE_GAP.match(text, outer.end(), span[0]) and _leads_into_quote(text, hi):
                # "Axelrod tweeted after Clinton argued that “...”": the adverbial clause is no
                # complement of the earlier cue, and the quote completes its own cue.
                break
            outer_span = _cue_subject(text, lo, hi, outer)
            if outer_span and outer_span[1] <= outer.start():
                span, m = outer_span, outer
        if text[span[0] : span[1]].lower() in PRONOUNS and _FREE_RELATIVE.search(text, lo, span[0]):
            span = _main_subject(text, lo, span[0]) or span
        return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
    return None


_CONJOINED = re.compile(r"[^,.;:!?()]{0,60}\band\s+$")


def _shared_subject(text: str, lo: int, hi: int, cues: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    """'which Hale had called a “disaster” and promised to “rip up”': a cue conjoined with the
    cue before it in one clause shares that cue's subject."""
    if k == 0 or not _CONJOINED.fullmatch(text, cues[k - 1].end(), cues[k].start()):
        return None
    span = _cue_subject(text, lo, hi, cues[k - 1])
    return span if span and span[1] <= cues[k - 1].start() else None


_FREE_RELATIVE = re.compile(r"\bwhat\s+$")


def _main_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """ "Cruz has railed against what he calls “...”": the clause subject owns the label.

    Only when nothing but one plain clause stands between them (no commas or dashes).
    """
    lead = tokenize(text, lo, hi)
    span = np_leading(lead)
    if span is None or re.search(r"[,;:—–(]| - ", text[span[1] : hi]):
        return None
    head = text[span[0] : span[1]].split()[-1]
    return span if is_cap(head) or head.lower() in ROLE_NOUNS else None


_CUE_NEXT = re.compile(r"\s+(?:said|says|told|tells|wrote|writes|added|adds|stated|states)\b")


def _has_sentence_break(text: str, lo: int, hi: int) -> bool:
    if ";" in text[lo:hi]:
        return True
    for m in re.finditer(r"[.!?](?=\s+[\"'“‘(]?[A-Z0-9])", text[lo:hi]):
        at = lo + m.start()
        if text[at] != "." or not _is_abbreviation(text, at + 1):
            return True
    return False


# ", Lea Donnat," after a description: the name it stands for (up to four capitalised words).
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)(?=\s*(?:[,.;]|$))")
_DESCRIPTION_OPENER = re.compile(r"(?:the|a|an|his|her|their|its|[A-Z][\w-]*[’']s)\s", re.IGNORECASE)


def _with_appositive_name(text: str, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """'“...,” said her physiotherapist, Lea Donnat, who ...': a description after an inverted cue
    takes the name set beside it, so the mention reads "her physiotherapist, Lea Donnat"."""
    if not _DESCRIPTION_OPENER.match(text, span[0], span[1]):
        return span
    name = _APPOSITIVE_NAME.match(text, span[1], hi)
    return (span[0], name.end(1)) if name else span


def find_cue_after(text: str, lo: int, hi: int) -> Attribution | None:
    """Cue + speaker in the stretch right after a quote: '..., he said' / '... said Mr. X'."""
    came = _CAME_FROM.match(text, lo, hi)
    if came:
        # '“Call the roll,” came shouts from the crowd': the phrase after "from" spoke.
        span = np_after(tokenize(text, came.end(), hi))
        return Attribution(text[span[0] : span[1]], span[0], span[1], came.group("noun")) if span else None
    for m in _cues(text, lo, min(hi, lo + 160)):
        if _has_sentence_break(text, lo, m.start()):
            return None
        if noun_use(text, lo, m.start()) or _CUE_NEXT.match(text, m.end()):
            continue  # "the congressional report said": the first cue word is a noun
        if m.group().endswith("ing") and not re.search(r"\w", text[lo : m.start()]):
            return None  # '“...,” adding that ...': a participle continues the earlier clause
        if re.search(r"\bhaving\s+$", text[lo : m.start()]):
            return None  # '“...” Clinton has the qualifications -- having suggested ...': the same
        words = tokenize(text, lo, m.start())
        words = [w for w in words if w[0] not in (",", "—", "–", "-")] if len(words) <= 2 else words
        span = None
        if not [w for w in words if re.match(r"\w", w[0])]:
            if m.group().lower() in _NEVER_INVERTED:
                return None  # '“Scandal,” thanked Obama for ...': the name after is the object
            span = np_after(tokenize(text, m.end(), hi)) or _lone_quantifier_after(text, m.end(), hi)
            span = span and _with_appositive_name(text, span, hi)
            if span and _AUXILIARY_NEXT.match(text, span[1], hi):
                return None  # '“...,” said the candidate could win': a complement clause, not a speaker
            if span and re.match(r"that\s", text[span[0] : span[1]]):
                return None  # '“...” suggests that Phoenix ...': "that" opens the verb's complement
        elif m.group().lower() == "according to":
            span = source_after_according(text, m.end(), hi)
        else:
            lead = tokenize(text, lo, m.start())
            while lead and not re.match(r"[\w(]", lead[0][0]):
                lead = lead[1:]
            if len(lead) > 1 and lead[-1][0].lower() in ("and", "but", "or"):
                return None  # 'lamented the “...” state of the race and criticized ...': a verb the sentence's subject shares
            if lead and lead[0][0] in _SUBORDINATORS:
                # 'a “reasonable conclusion” that Stone was warned': the quote heads the clause, so
                # only an inverted cue after it (', said X') can name the speaker.
                span = _inverted_after_comma(text, lead, m, hi)
                if span is None:
                    continue
                return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
            if any(w[0].lower() in _NEW_CLAUSE and prev[0] == "," for prev, w in pairwise(lead)):
                return None  # '“never doubted” the outcome, although aides admitted ...': another clause's cue
            span = _inverted_after_comma(text, lead, m, hi)
            if span is None:
                span = np_leading(lead, at_verb=True) if lead else None
                span = _subject_after_clause(lead, span) or _name_after_object(text, lo, lead, span) or span
            if span is None:
                span = _plain_lead(lead) or _capitalised_lead(text, lo, lead)
        if span and _relative_far(text, lo, m.start()):
            return None  # '“...” and followed up with an attack on Trump, who has said': another's clause
        if span:
            return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
    return None


_LONE_QUANTIFIER = re.compile(r"\s+(one|another|others|some|many|several)(?=\s*[,.;:!?]|\s*$)")


def _lone_quantifier_after(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """'“...,” read one.' / '“...,” said another.': a quantifier standing alone after an inverted
    cue is its subject (one of the people or things the text has just counted)."""
    m = _LONE_QUANTIFIER.match(text, start, hi)
    return (m.start(1), m.end(1)) if m else None


_CAME_FROM = re.compile(
    r"[\s,]*came\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?P<noun>shouts?|cries|cry|chants?|calls?|yells?|screams?"
    r"|replies|reply|responses?|answers?)\s+from\s+"
)


# Capitalised words that open a sentence rather than name someone.
_SENTENCE_OPENERS = frozenset("and but so then yet or now also thus here there this that it".split())


def _capitalised_lead(text: str, lo: int, lead: list[Word]) -> tuple[int, int] | None:
    """'“...,” From said.' / '“...,” Will urged ...': after a quote closing on a comma, one or two
    capitalised words right before the cue are a name, even one spelt like a function word."""
    if not 1 <= len(lead) <= 2 or not re.search(r",\W{0,2}$", text[max(0, lo - 3) : lo]):
        return None
    if not all(re.fullmatch(r"[A-Z][\w’'\-]+", w[0]) for w in lead) or lead[0][0].lower() in _SENTENCE_OPENERS:
        return None
    return lead[0][1], lead[-1][2]


def _subject_after_clause(lead: list[Word], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'“...” they need to win, party spokesman Ann Lee said': the phrase opening the stretch has
    its own verb; the subject of the cue is the phrase after the last comma, right before it."""
    if span is None:
        return None
    rest = [w for w in lead if w[1] >= span[1]]
    while rest and skippable(rest[-1][0]):
        rest = rest[:-1]
    commas = [i for i, w in enumerate(rest) if w[0] == ","]
    if not rest or not commas or not re.match(r"[a-z]", rest[0][0]) or skippable(rest[0][0]):
        return None  # the opening phrase runs up to the cue, or an apposition follows it
    tail = rest[commas[-1] + 1 :]
    subject = np_leading(tail, at_verb=True) if 1 <= len(tail) <= 8 else None
    return subject if subject and subject[1] == tail[-1][2] else None


def _name_after_object(text: str, lo: int, lead: list[Word], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'It was branded “in homage to” Lazar, Song wrote.': a quote that breaks off mid-clause is
    completed by the words after it; the name after the one comma, right before the cue, is the
    cue's subject."""
    if span is None or not re.search(r"\w[\"”’']+$", text[max(0, lo - 3) : lo]):
        return None
    rest = [w for w in lead if w[1] >= span[1]]
    if len(rest) < 2 or rest[0][0] != "," or any(w[0] == "," for w in rest[1:]):
        return None
    name = rest[1:]
    if not all(is_cap(w[0]) for w in name) or len(name) > 4:
        return None
    return name[0][1], name[-1][2]


# Cue verbs that take an object and never stand before their subject ("“...,” said Lee" is
# English, "“...,” thanked Lee" is not).
_NEVER_INVERTED = frozenset(
    """thanked thanks praised praises blamed blames accused accuses urged urges criticized
    criticizes criticised slammed slams blasted blasts mocked mocks called calls described
    describes labeled labelled dubbed likened portrayed characterized chided scolded rebuked
    condemned condemns told tells reminded reminds""".split()
)


def _relative_far(text: str, lo: int, cue_start: int) -> bool:
    """The cue is in a relative clause ("..., who has said") whose antecedent is more than a few
    words after the quote: the clause describes that noun, it does not report the quote."""
    words = [w for w in tokenize(text, lo, cue_start) if re.match(r"\w", w[0])]
    while words and skippable(words[-1][0]):
        words = words[:-1]
    return len(words) > 4 and words[-1][0].lower() in RELATIVES


_SUBORDINATORS = frozenset(("that", "until", "because", "if", "when", "whether"))
# After a comma, these open a clause of its own, whose cue reports something else.
_NEW_CLAUSE = frozenset("although though while whereas because since but".split())
_AUXILIARY_NEXT = re.compile(
    r"\s+(?:could|would|will|can|should|may|might|must|is|are|was|were|has|have|had)\b"
)


def _inverted_after_comma(text: str, lead: list[Word], m: re.Match[str], hi: int) -> tuple[int, int] | None:
    """'“...” and Clevelanders get nervous, said Christine Link, ...': ', said X' names the speaker."""
    if not lead or lead[-1][0] != "," or m.group().endswith("ing"):
        return None
    first = next(i for i, w in enumerate(lead) if w[0] in (",", ";", "—", "–"))
    subject = np_leading(lead[:first], at_verb=True) if first else None
    if subject and subject[1] == lead[first - 1][2]:
        return None  # "Jeb Bush, the former governor, told CNN": the lead is the subject
    span = np_after(tokenize(text, m.end(), hi))
    if span and re.match(r"\s*(?:[,.;:(—–]|$)", text[span[1] : hi]):
        return span
    return None


def _plain_lead(lead: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """'“...,” the investigator wrote': the whole stretch between quote and cue is the subject."""
    while lead and skippable(lead[-1][0]):
        lead = lead[:-1]
    if not lead or len(lead) > 7:
        return None
    span = plain_np_ending(lead)
    return span if span and span[0] == lead[0][1] else None


def leading_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject phrase opening the clause text[lo:hi], if any."""
    return np_leading(tokenize(text, lo, hi))


def according_to(text: str, lo: int, hi: int) -> Attribution | None:
    """The source of an "according to X" in text[lo:hi]: it reports the whole sentence, so it
    outranks the speaker of the quote it holds ("X said ..., according to the Post")."""
    for m in _cues(text, lo, hi):
        if m.group().lower() != "according to" or noun_use(text, lo, m.start()):
            continue
        if re.search(r"\bthat\s*,?\s*$", text[max(lo, m.start() - 8) : m.start()]):
            continue  # "said that according to its analysis, ...": part of what was said
        span = source_after_according(text, m.end(), hi)
        if span:
            return Attribution(text[span[0] : span[1]], span[0], span[1], m.group())
    return None


_PER = re.compile(r"\b[Pp]er\s+(?=(?:the|a|an|[A-Z][\w’'\-]+)\s)")
_IN_WORDS = re.compile(
    r"\b[Ii]n\s+(?P<owner>(?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*(?:['’]s|s?['’]))\s+(?:own\s+)?"
    r"(?:view|words|telling|estimation|opinion|account)\b"
)


def stated_source(text: str, lo: int, hi: int) -> Attribution | None:
    """'..., per the party's bylaws.' / '..., in Lee's view.': like "according to", a phrase that
    names the source of the whole sentence."""
    for m in _IN_WORDS.finditer(text, lo, hi):
        return Attribution(m.group("owner"), m.start("owner"), m.end("owner"), "in words")
    for m in _PER.finditer(text, lo, hi):
        span = source_after_according(text, m.end(), hi)
        if span:
            return Attribution(text[span[0] : span[1]], span[0], span[1], "per")
    return None


_SOURCE_END = re.compile(r"[,;:()\"“”‘’—–\n]|\.(?:\s|$)| - ")


def source_after_according(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """'according to a poll released Thursday by the Post.': the source is the whole phrase up to
    the clause's end, with its participle and "by" phrases, not just the first noun phrase."""
    span = np_after(tokenize(text, start, hi)) or _possessive_source_phrase(text, start, hi)
    if span is None:
        return None
    end = _SOURCE_END.search(text, span[1], hi)
    stop = end.start() if end else hi
    rest = text[span[1] : stop]
    if not rest.strip() or len(rest.split()) > 12:
        return span
    if (
        text[span[1] - 1].isalpha()
        and re.match(r"\s+[a-z]+ed\b", rest)
        and is_cap(text[span[0] : span[1]].split()[-1])
    ):
        return span  # "a speech Mrs. Clinton delivered ...": a relative clause with its own subject
    return span[0], span[1] + len(rest.rstrip())


_POSSESSED_PHRASE = re.compile(
    r"\s*((?:[Tt]he|[Aa]n?|[A-Z][\w\-.]*)(?:\s+[\w\-.]+){0,3}?['’]s?\s+[a-z][\w\-]*)(?=[\s,.;:]|$)"
)


def _possessive_source_phrase(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """'according to the party's bylaws': a possessive phrase up to its head noun."""
    m = _POSSESSED_PHRASE.match(text, start, hi)
    return (m.start(1), m.end(1)) if m else None


_AS_REPORTED = re.compile(r"(?:^|(?<=[\s,;(]))[Aa]s\s+")


def as_reported(text: str, lo: int, hi: int) -> Attribution | None:
    """'As Breitbart News reported, ...': an "as X said" clause names the source of its whole
    sentence, like "according to"."""
    for m in _AS_REPORTED.finditer(text, lo, hi):
        if m.start() > lo and text[lo : m.start()].strip(" ,;("):
            continue  # only an opening "as" clause: "..., as he put it" is handled by its cue
        cue = _CUE.match(text, _skip_np(text, m.end(), hi), hi)
        if cue is None or not text.startswith(",", cue.end()) or cue.group().endswith("ing"):
            continue
        span = np_after(tokenize(text, m.end(), cue.start()))
        if span and not text[span[1] : cue.start()].strip():
            return Attribution(text[span[0] : span[1]], span[0], span[1], cue.group())
    return None


def _skip_np(text: str, start: int, hi: int) -> int:
    """Position of the word after the noun phrase starting at ``start``."""
    span = np_after(tokenize(text, start, min(hi, start + 80)))
    if span is None:
        return start
    k = span[1]
    while k < hi and text[k] == " ":
        k += 1
    return k
