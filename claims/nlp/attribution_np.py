"""Noun phrases for speaker attribution: the phrase before a cue, after it, or opening a clause.

Rule based over a light tokenisation (words, initials, parenthesised asides,
punctuation). A phrase is headed by a pronoun, a capitalised name or a role
noun ("the Ukrainian leader"); plain common-noun phrases are accepted where a
determiner or the clause start delimits them ("the person added").
"""

from __future__ import annotations

import re

from claims.nlp.quote_lexicon import CUE_VERBS, FUNCTION_CAPS, PERSON_TITLES, PRONOUNS, ROLE_NOUNS
from claims.nlp.sentences import ABBREVIATIONS

Word = tuple[str, int, int]

_WORD = re.compile(r"\([^()]{1,40}\)|(?:[A-Za-z]\.){2,}|[\w’'\-@&]+(?:\.(?=\w))?[\w’'\-@&]*\.?|[^\w\s]")
# A word character, also inside text decoded with the wrong charset ("FranÃ\x83Â§ois" for
# "François"): combining marks, C1 control bytes, and the Latin-1 symbols that follow them.
_W = r"(?:[\w’'\-@&\u0300-\u036f\x80-\x9f]|(?<=[\u0300-\u036f\x80-\x9fÃÂ])[\xa1-\xbf])"
_MOJIBAKE_WORD = re.compile(rf"\([^()]{{1,40}}\)|(?:[A-Za-z]\.){{2,}}|{_W}+(?:\.(?=\w))?{_W}*\.?|[^\w\s]")
_MOJIBAKE = re.compile(r"[\u0300-\u036f\x80-\x9f]")
_SKIP_BEFORE_VERB = frozenset(
    """also later then has had have was is were would will previously recently once again further
    simply just flatly quickly did does do been not never first finally often even still reportedly
    repeatedly publicly privately bluntly angrily told has been had been could can only
    cannot would will now""".split()
)
_NP_STOP = (
    frozenset(
        """in on at for from with without by to into about after before during since as than that which
    who whom whose when while where because although if and or but so nor not is are was were be
    been being has have had do does did will would can could should may might must this these those
    it its there here said says say told what under against between""".split()
    )
    | CUE_VERBS
)
NP_STOP_WORDS = _NP_STOP  # words that end a noun phrase (prepositions, verbs, conjunctions)
_LY_NOUNS = frozenset("family ally rally assembly anomaly monopoly supply reply italy july butterfly".split())
RELATIVES = frozenset(("who", "which"))
_PREPOSITIONS = frozenset("of for at from with in on by to through about among".split())
NOUN_MARKERS = frozenset("a an the his her their its our my your this of with for from without".split())
# After these a finite verb form is a noun ("in states like Ohio"); a gerund stays a verb ("by saying").
PREPOSITION_MARKERS = frozenset("in on at by into about among".split())
_QUANTIFIERS = frozenset("several many some most both others few all each".split())
_DETERMINERS = frozenset(
    "the a an one another his her their its our this that some many several two three".split()
)
_CLAUSE_OPENERS = frozenset(
    """on in at after before during when while since if although though because speaking
    asked asking writing according meanwhile however earlier later last yesterday today maybe perhaps
    across amid amidst among despite following inside outside throughout toward towards via within
    beyond along upon under through without unlike besides regarding early late once ever
    already likewise moreover contrary like of from hours minutes days weeks months years moments
    decades""".split()
)


_ABBREV = ABBREVIATIONS | {t for t in PERSON_TITLES if len(t) <= 5}


def tokenize(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    out = []
    pattern = _MOJIBAKE_WORD if _MOJIBAKE.search(text, lo, hi) else _WORD  # the plain one is faster
    for m in pattern.finditer(text, lo, hi):
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


def np_ending(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun phrase ending at the last word of ``words`` (offsets), if it is one."""
    while words and words[-1][0].startswith("("):
        words = words[:-1]  # "(R-Ohio)" after a name
    if not words:
        return None
    if not _is_head(words[-1][0]):
        return plain_np_ending(words)
    head = words[-1]
    if head[0].lower() in PRONOUNS:
        return head[1], head[2]
    first = len(words) - 1
    for i in range(len(words) - 2, max(-1, len(words) - 10), -1):
        w = words[i][0]
        low = w.lower()
        if low == "that" and is_cap(words[i + 1][0]):
            break  # "reports that Trump called": a complementizer before a name, not a determiner
        if low in _DETERMINERS:
            first = i
            break
        if low in _NP_STOP or not re.match(r"\w", w) or low in PRONOUNS:
            if low == "of" and i > 0 and words[i - 1][0][:1].isupper() and words[i + 1][0][:1].isupper():
                continue
            break
        first = i
    if first >= 2 and words[first][0].lower() == "the" and words[first - 1][0] in ("of", "from") and is_cap(
        words[first - 2][0]
    ):
        # "Ruth Adaku of the Economic Crime Prosecution Service said": the body named is where the
        # person works; the phrase is the whole "name of the body".
        owner = np_ending(words[: first - 1])
        if owner is not None:
            return owner[0], head[2]
    return _coordinated(words, first), head[2]


def _coordinated(words: list[Word], first: int) -> int:
    """Start of a coordinated subject ending with the phrase at ``first``: "Cummings and Conyers",
    "Sens. Tom Carper, Dianne Feinstein and Ben Cardin", "Netanyahu and other ... leaders"."""
    opener = words[first][0]
    if not (is_cap(opener) or opener.lower() == "other") or first < 2 or words[first - 1][0].lower() != "and":
        return words[first][1]
    start, k = words[first][1], first - 1  # words[k] is "and", then commas of a list
    while k >= 1 and is_cap(words[k - 1][0]):
        prev = np_ending(words[:k])
        if prev is None:
            break
        start = prev[0]
        k = next(i for i, w in enumerate(words) if w[1] == prev[0]) - 1
        if k < 1 or words[k][0] != ",":
            break
    return start


_PLAIN = re.compile(r"[a-z][a-z\-]*")
_BOUNDARY_TOKENS = frozenset(',;:—–(“"‘')


_COUNTS = frozenset("two three four five six seven eight nine ten".split())
# Quantifiers that stand alone as a subject ("Another said", "Others wrote").
_PRONOUN_QUANTIFIERS = frozenset("another others one some many several both most few".split())
_LINKS = frozenset("yet and but while still".split())


def plain_np_ending(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """A common-noun phrase before a verb: "the person added", "federal prosecutors wrote".

    Accepted when a determiner (or possessive) opens it, or when it opens its clause,
    so that a verb phrase ("... dole out funding") is not taken for a subject.
    """
    head = words[-1][0]
    if (
        len(words) > 2
        and words[-2][0] == "of"
        and head.lower() in _COUNTS
        and words[-3][0].lower() in ROLE_NOUNS
    ):
        role = np_ending(words[:-2])  # "the 34-year-old mother of three"
        return (role[0], words[-1][2]) if role else None
    if head.lower() in _PRONOUN_QUANTIFIERS and (
        len(words) == 1 or not re.match(r"\w", words[-2][0]) or words[-2][0].lower() in _LINKS
    ):
        return words[-1][1], words[-1][2]  # "Another said, ...", "Yet another tweeted"
    # "One tweet said": a cue word is a noun right after a determiner.
    noun_cue = head in CUE_VERBS and len(words) > 1 and words[-2][0].lower() in _DETERMINERS
    if (
        not _PLAIN.fullmatch(head)
        or (head in _NP_STOP and not noun_cue)
        or head in _DETERMINERS
        or head.endswith("ing")
        or (head.endswith("ly") and head not in _LY_NOUNS)  # "family", "ally" are nouns
    ):
        return None
    i = len(words) - 1
    while i >= 0 and len(words) - i <= 6:
        w = words[i][0]
        low = w.lower()
        if (low in _DETERMINERS and low != "that") or w.endswith(("’s", "'s", "s’")) or low in _QUANTIFIERS:
            if i > 0 and words[i - 1][0].lower() in _PREPOSITIONS:
                return np_ending(words[: i - 1])  # "a spokesman for the buyer": the head comes first
            return words[i][1], words[-1][2]
        stop = low in _NP_STOP and not (noun_cue and i == len(words) - 1)
        if low == "of" and i > 0 and words[i - 1][0].lower() in ROLE_NOUNS:
            # "the former secretary of state", "the director of national intelligence": a role
            # noun's "of" complement without a determiner; the phrase starts with the role noun's.
            role = np_ending(words[:i])
            return (role[0], words[-1][2]) if role else None
        if not re.fullmatch(r"[\w\-]+", w) or stop or low in PRONOUNS or low in _CLAUSE_OPENERS:
            break
        i -= 1
    if i < 0 or words[i][0] in _BOUNDARY_TOKENS:
        return words[i + 1][1], words[-1][2]
    return None


def is_cap(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") not in FUNCTION_CAPS


# Words after a head that can still belong to the phrase ("White House press secretary Josh
# Earnest", "one Democrat familiar with the discussion"), taken only when the phrase then runs
# to a clause boundary, so a verb ("Trump needs Ohio") or an adverb never joins it.
_TAIL_PREPS = frozenset("of for at from with in on to during among about by".split())
_TAIL_DETS = frozenset("the a an".split())
_ATTRIBUTIVE_S = frozenset(
    "press news sales affairs relations arms sports services resources communications operations rights".split()
)
_TIME_WORDS = frozenset(
    """yesterday today tonight tomorrow ago week month year morning afternoon evening night
    himself herself themselves itself""".split()
)
_PHRASE_END = frozenset(("who", "which", "whose")) | CUE_VERBS


_LINK_PARTICIPLES = frozenset("involved briefed known calling familiar close".split())
_SENTENCE_ADVERBS = frozenset("now perhaps maybe even still indeed instead also".split())
# "the base chief known as Bob", "a man calling himself Ray Ray": the name the phrase goes by.
_NAMING_LINKS = frozenset((("known", "as"), ("calling", "himself"), ("calling", "herself")))


def _names_itself(words: list[Word], i: int) -> bool:
    return i + 1 < len(words) and (words[i][0].lower(), words[i + 1][0].lower()) in _NAMING_LINKS


_POSSESSIVE_DETS = frozenset("her his their its my our your".split())


def _tail_word(word: str, prev: str = "") -> bool:
    """``word`` (after ``prev``) can continue a noun phrase past its head."""
    low = word.lower()
    if low in _TAIL_PREPS or low in _TAIL_DETS or (prev.lower(), low) in _NAMING_LINKS:
        return True
    if not _PLAIN.fullmatch(word) or skippable(word) or low in FUNCTION_CAPS or low in _TIME_WORDS:
        return False
    if low in _LINK_PARTICIPLES:
        return True  # "a source involved in the talks", "the chief known as Bob"
    if low.endswith(("ed", "ing")):
        return False
    if prev.lower() in _TAIL_DETS or prev.lower() in _TAIL_PREPS:
        return True  # "the talks": a plural noun, not a verb
    return not (low.endswith("s") and not low.endswith("ss")) or low in _ATTRIBUTIVE_S or low in ROLE_NOUNS


def _phrase_end(words: list[Word], last_head: int, stop: int) -> int:
    """Index of the phrase's last word: the head, or the end of a noun-like tail after it."""
    tail = [w[0] for w in words[last_head + 1 : stop]]
    if not tail or len(tail) > 5 or tail[-1].lower() in _TAIL_PREPS | _TAIL_DETS:
        return last_head
    prevs = [words[last_head][0], *tail[:-1]]
    return stop - 1 if all(_tail_word(w, p) for w, p in zip(tail, prevs, strict=True)) else last_head


def _np_forward(
    words: list[Word], tail: bool = False, ends_clause: bool = False, leading: bool = False
) -> tuple[int, int] | None:
    """The noun phrase opening ``words``: a pronoun, a name run, or det + modifiers + head.

    With ``tail``, lowercase words after the head that run to a clause boundary (punctuation,
    a relative pronoun, a cue verb, or the end of ``words`` when ``ends_clause``) are kept.
    """
    if not words:
        return None
    w0 = words[0][0]
    if w0.lower() in PRONOUNS:
        return words[0][1], words[0][2]
    last_head, before_prep, gap = -1, -1, 0
    stop, boundary = len(words), ends_clause and len(words) <= 14
    for i, (w, _s, _e) in enumerate(words[:14]):
        low = w.lower().rstrip(".")
        if (i == 0 and low in _DETERMINERS) or (w.startswith("(") and last_head >= 0):
            continue
        if low == "of" and last_head >= 0 and i + 1 < len(words) and is_cap(words[i + 1][0]):
            continue
        if _title_word(words, i, last_head):
            last_head = i
            continue
        if (tail or leading) and low == "and" and last_head >= 0 and i + 1 < len(words):
            if is_cap(words[i + 1][0]) or words[i + 1][0] == "other":
                continue  # "Cummings and Conyers wrote"
        if last_head >= 0 and (
            low in _TAIL_PREPS or low in _TAIL_DETS or (words[i - 1][0].lower(), low) in _NAMING_LINKS
        ):
            before_prep = last_head if before_prep < 0 and low in _TAIL_PREPS else before_prep
            gap += 0 if tail else 1  # "a source close to the campaign" only where a boundary follows
            if gap > 2:
                stop, boundary = i, False
                break
            continue
        name_start = i == 0 and len(words) > 1 and is_cap(words[1][0])  # "said Will Doyle"
        if (
            not re.match(r"\w", w)
            or (low in _NP_STOP and not ((i or name_start) and is_cap(w)) and not _names_itself(words, i))
            or low in PRONOUNS
        ):
            stop, boundary = i, not re.match(r"\w", w) or low in _PHRASE_END
            break
        if last_head >= 0 and low in _POSSESSIVE_DETS and i > last_head + 1:
            # "Mrs. Hale shook her head and said": a possessive after a word that follows the
            # head opens the verb's object, so no later role noun ("head") can extend the name.
            stop, boundary = i, False
            break
        if (
            last_head >= 0 and gap and i >= 2 and w[:1].islower() and re.search(r"[’']s?$", w)
            and words[i - 1][0].lower() in _DETERMINERS and words[i - 2][0].lower() not in _TAIL_PREPS
        ):
            stop, boundary = i, False  # "Lisbet Varga won the women's title": the verb's object
            break
        if is_cap(w) or low in ROLE_NOUNS or re.search(r"[’']s?$", w):
            last_head, gap = i, 0
        elif last_head >= 0:
            gap += 1
            noun = _tail_word(w, words[i - 1][0]) and (not low.endswith("ed") or low in _LINK_PARTICIPLES)
            # A possessive is a determiner: "Clinton's top foreign policy aide" has a longer
            # run of modifiers before its head than a name followed by its verb would.
            limit = 4 if re.search(r"[’']s?$", words[last_head][0]) else 2
            if low.endswith("s") and not noun and limit == 2 and gap <= limit and _auxiliary_next(words, i):
                last_head, gap = i, 0  # "Muslim organizations are asking": a plural noun before its auxiliary
                continue
            if (low.endswith(("ed", "s")) and not noun) or gap > limit:
                stop, boundary = i, False
                break  # a lowercase word after the head: most likely the verb
    if last_head < 0 and w0.lower() in _DETERMINERS:
        return _det_plain_np(words)
    if tail and boundary and last_head >= 0:
        end = _phrase_end(words, last_head, stop)
    elif _noun_before_auxiliary(words, last_head, stop):
        end = stop - 1  # "The U.S. media has claimed": the plain noun before the auxiliary is the head
    else:
        end = before_prep if before_prep >= 0 else last_head
    if end < 0 or re.search(r"[’']s?$", words[end][0]):
        return None
    return words[0][1], words[end][2]


_AGE = re.compile(r"\d+-year-old|\d{4}")  # "said the 46-year-old", "a 2013 article"


_AUXILIARIES = frozenset("has have had is are was were will would can could should may might must".split())


_TITLE_FUNCTION_WORDS = frozenset("this the of for on in at".split())


def _title_word(words: list[Word], i: int, last_head: int) -> bool:
    """'CBS This Morning co-host': a capitalised function word between two capitalised words
    inside a name is part of a programme's or organisation's title, not a phrase boundary."""
    w = words[i][0]
    return (
        last_head == i - 1
        and i > 0
        and w[:1].isupper()
        and w.lower() in _TITLE_FUNCTION_WORDS
        and i + 1 < len(words)
        and is_cap(words[i + 1][0])
        and is_cap(words[i - 1][0])
    )


def _auxiliary_next(words: list[Word], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1][0].lower() in _AUXILIARIES and not words[i][0].endswith("ss")


def _noun_before_auxiliary(words: list[Word], last_head: int, stop: int) -> bool:
    if last_head < 0 or stop >= len(words) or not 0 < stop - last_head <= 2:
        return False
    if words[stop][0].lower() not in _AUXILIARIES or any("(" in w[0] for w in words[last_head + 1 : stop]):
        return False
    return all(_tail_word(w[0]) and not skippable(w[0]) for w in words[last_head + 1 : stop])


def _det_plain_np(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """'said the designer, who ...': a determiner and plain words up to punctuation or a stop word."""
    end = 0
    for i, (w, _s, _e) in enumerate(words[1:6], start=1):
        if not (_PLAIN.fullmatch(w) or _AGE.fullmatch(w)) or (w in _NP_STOP and not _compound_gerund(words, i)):
            break
        end = i
    return (words[0][1], words[end][2]) if end else None


def _compound_gerund(words: list[Word], i: int) -> bool:
    """'a job posting on the site': an -ing word after a determiner and a noun, before a
    preposition, ends a compound noun rather than opening a participle."""
    nxt = words[i + 1][0].lower() if i + 1 < len(words) else ""
    return i >= 2 and words[i][0].endswith("ing") and nxt in _TAIL_PREPS and words[i - 1][0] not in _NP_STOP


def np_leading(words: list[Word], at_verb: bool = False) -> tuple[int, int] | None:
    """The subject noun phrase at the start of a clause (``at_verb``: ``words`` ends at its verb)."""
    while words and words[0][0].lower() in ("and", "but", "so", "yet", "then", "or", "as"):
        words = words[1:]
    if (
        len(words) > 1
        and words[0][0].lower() in _SENTENCE_ADVERBS
        and (is_cap(words[1][0]) or words[1][0].lower() in _DETERMINERS)
    ):
        words = words[1:]  # "Now Hale's colleague insists": the adverb opens the clause, not the name
    if len(words) > 2 and words[0][0].lower() in _APPROXIMATORS and re.fullmatch(r"[\d,.]+", words[1][0]):
        # "about 200 protesters gathered": the approximation opens the phrase.
        span = _np_forward(words[1:], tail=at_verb, ends_clause=at_verb, leading=True)
        return (words[0][1], span[1]) if span else None
    if not words or words[0][0].lower() in _CLAUSE_OPENERS or _participle_opener(words):
        return None
    # A clause-opening subject may be coordinated ("Netanyahu and other leaders shunned ...").
    return _np_forward(words, tail=at_verb, ends_clause=at_verb, leading=True)


_APPROXIMATORS = frozenset("about nearly roughly almost around approximately over under only".split())


def _participle_opener(words: list[Word]) -> bool:
    """ "Reached by POLITICO, ...", "Appearing on CNN, ...": a clause-opening participle, no subject."""
    first = words[0][0]
    nxt = words[1][0].lower() if len(words) > 1 else ""
    return first[:1].isupper() and first.lower().endswith(("ed", "ing")) and nxt in _OPENER_PREPS


# Prepositions after a clause-opening participle ("Appearing before supporters, ...").
_OPENER_PREPS = _TAIL_PREPS | frozenset(
    "before after into onto through over under outside inside near behind across against amid alongside".split()
)


def np_after(words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue ("said Sen. Chris Coons, Democrat of ...")."""
    return _np_forward(words, tail=True)


def skippable(word: str) -> bool:
    """Auxiliaries and adverbs that stand between a subject and its verb ("Clinton initially said")."""
    if word[:1].isupper():
        return False  # "Will described ...": a capitalised word is a name, not an auxiliary
    low = word.lower()
    return low in _SKIP_BEFORE_VERB or (
        word.islower() and len(low) > 4 and low.endswith("ly") and low not in _LY_NOUNS
    )
