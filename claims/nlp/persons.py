"""Find the people (and organisations) named in an article, rule based.

A name is a run of capitalised words and initials; titles written in front of
it ("former U.S. President", "Sen.") and appositives beside it ("Sergei
Lavrov, Russia’s foreign minister,") become its role. Mentions are grouped by
surname so "Trump" and "Mr. Trump" get the fullest form used in the article
("Donald Trump") as their ``name``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.nlp.first_names import first_name_gender, is_first_name
from claims.nlp.quote_lexicon import (
    FEMALE_TITLES,
    FUNCTION_CAPS,
    MALE_TITLES,
    NON_PERSON_WORDS,
    PERSON_TITLES,
    ROLE_NOUNS,
)
from claims.nlp.types import PersonMention

_TOKEN = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-ZÀ-Þ][\w'’\-]*\.?|(?:Mc|Mac|O['’])[A-Z]\w+)"
_LINK = r"(?:[ \u00a0]+(?:(?:de|da|del|della|van|von|der|den|bin|ibn|al|la|le|di|du|dos|of)[ \u00a0]+)?)"
_SEQ = re.compile(rf"(?<![\w.]){_TOKEN}(?:{_LINK}{_TOKEN})*")
_POSSESSIVE = re.compile(r"['’]s?$")
_PRE_MODIFIER = re.compile(
    r"(?:\b(?:former|then|then-|incoming|outgoing|acting|deputy|current|late|interim)[ -])+$"
)
_MOD_WORD = re.compile(r"\b(?:former|then|incoming|outgoing|acting|deputy|current|late|interim)\b")
_APPOSITIVE = re.compile(
    r",\s+((?:a|an|the)\s+)?([^,.;:()“”\"]{2,70}?)(?=,|\.\s|\.$|;|\s+(?:said|says|told)\b)"
)
# "Okafor, 34, said": an age in commas after a name is said only of people.
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
# "Her brother and caddie, Callum, said": a given name alone, set off by commas after a description.
_DESCRIBED_BEFORE = re.compile(r"\b[a-z]+,\s+$")
_SAYS_AFTER = re.compile(r",\s+(?:said|says|told|tells|added|adds|explained|recalled|insisted)\b")
_ROLE_BEFORE = re.compile(r"((?:the\s+)?(?:[\w'’.\-]+\s+){0,5}?[\w'’.\-]+)\s*,\s*$")


@dataclass(slots=True)
class NameMention:
    """A capitalised name found in the text, before grouping."""

    tokens: list[str]
    start: int
    end: int
    role: str | None
    person: bool
    gender: str | None


def _clean(tok: str) -> str:
    return tok.rstrip(".").lower()


# Words that open place names before a word that is also a first name ("New York", "Port Elizabeth").
_PLACE_PREFIXES = frozenset("new north south east west san santa los las saint st fort port mount lake upper lower great little old".split())


def _role_split(tokens: list[str]) -> int:
    """Number of leading tokens that form a title ("Ukrainian President", "Secretary of State")."""
    cut = 0
    i = 0
    while i < len(tokens) - 1:
        low = _clean(tokens[i])
        if low in PERSON_TITLES:
            cut = i + 1
            if i + 2 < len(tokens) - 1 and tokens[i + 1] == "of":
                cut = i + 3
                i += 2
        i += 1
    return cut


def _looks_person(tokens: list[str], role: str | None) -> bool:
    lows = [_clean(t) for t in tokens]
    if any(low in NON_PERSON_WORDS for low in lows) or "of" in lows:
        return False
    if role and any(_clean(w) in PERSON_TITLES for w in role.split()):
        return True
    names = [t for t in tokens if not re.fullmatch(r"[A-Z]\.", t)]
    return len(names) >= 2 and all(t[0].isupper() and not t.isupper() for t in names)


def _gender(role: str | None) -> str | None:
    words = {_clean(w) for w in (role or "").split()}
    if words & FEMALE_TITLES:
        return "f"
    if words & MALE_TITLES:
        return "m"
    return None


_LOWER_WORDS_BEFORE = re.compile(r"((?:[a-z][a-z-]*\s+){1,3})$")
_ROLE_MODIFIERS = frozenset(
    "former ex-  incoming outgoing acting deputy interim then- senior opposition".split()
)


def _lower_title(before: str) -> str | None:
    """A lower-case title right before a name: "former mayor Annika Sorrell", "chief executive Jonas Brekke"."""
    m = _LOWER_WORDS_BEFORE.search(before)
    if not m:
        return None
    kept: list[str] = []
    for word in reversed(m.group(1).split()):
        if word not in ROLE_NOUNS and word not in _ROLE_MODIFIERS:
            break
        kept.insert(0, word)
    return " ".join(kept) if kept and kept[-1] in ROLE_NOUNS else None


def _role_around(text: str, start: int, end: int, title: str | None) -> str | None:
    """The title, plus a pre-modifier ("former") or an appositive naming a role."""
    before = text[max(0, start - 60) : start]
    if title:
        # The anchored searches are slow on every name, so test the cheap necessary condition first.
        mod = (
            _PRE_MODIFIER.search(before) if before.endswith((" ", "-")) and _MOD_WORD.search(before) else None
        )
        return (mod.group(0) if mod else "") + title
    app = _APPOSITIVE.match(text, end, min(len(text), end + 120)) if text.startswith(",", end) else None
    if (
        app
        and any(w.lower() in ROLE_NOUNS or _clean(w) in PERSON_TITLES for w in app.group(2).split())
        and not _HONORIFIC_OPENS.match(app.group(2))  # "at the Residence, Ms Strand said": another person
    ):
        return app.group(2).strip()
    lower_title = _lower_title(before)
    if lower_title:
        return lower_title
    if not before.rstrip().endswith(","):
        return None
    prior = _ROLE_BEFORE.search(before)
    if prior and any(w.lower() in ROLE_NOUNS for w in prior.group(1).split()[-2:]):
        return prior.group(1).strip()
    return None


def _sentence_initial_word(text: str, span: tuple[str, int, int], lower: frozenset[str]) -> bool:
    """A sentence's capitalised first word that the article also writes in lower case is no name."""
    word, start, _end = span
    before = text[max(0, start - 3) : start].rstrip(" \u00a0“\"‘'")
    return (not before or before[-1] in ".!?\n") and word.lower() in lower


def _title_before_name(spans: list[tuple[str, int, int]]) -> bool:
    """ "Judge Ann Lee added" opening a sentence: the title stays a title even when the article also
    writes "the judge" in lower case."""
    return len(spans) > 1 and _clean(spans[0][0]) in PERSON_TITLES


def _runs(match: re.Match[str]) -> list[list[tuple[str, int, int]]]:
    """The tokens of a capitalised run with their offsets, split after a possessive: "Port Ardan's
    Declan Mourne" is a team and a person, two names."""
    runs: list[list[tuple[str, int, int]]] = [[]]
    for t in re.finditer(r"[^ \u00a0]+", match.group(0)):
        if runs[-1] and (POSSESSIVE_WORD.search(runs[-1][-1][0]) or _ends_sentence(runs[-1][-1][0])):
            runs.append([])
        runs[-1].append((t.group(), match.start() + t.start(), match.start() + t.end()))
    return [part for run in runs for part in _person_of_body(run)]


def _person_of_body(run: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """ "Mira Okonjo of Breathe Brecklow": a first name and surname, then "of" and a body, are a person
    and the body she is of ("Duke of York", "Bank of England" open on no first name and stay whole)."""
    words = [t for t, _s, _e in run]
    if "of" not in words[2:4] or first_name_gender(words[0]) is None:
        return [run]
    cut = words.index("of", 2)
    return [run[:cut], run[cut + 1 :]] if run[cut + 1 :] else [run]


POSSESSIVE_WORD = re.compile(r"\w['’]s$")  # "Ardan's", "Estavia’s": a word in the possessive


def _ends_sentence(token: str) -> bool:
    """ "Ola Brandt. Brandt told reporters": a word of three letters or more with a full stop (not a
    title, "Jr." or "U.S.") ends a sentence; the capitalised word after it starts another name."""
    return (
        token.endswith(".")
        and len(token) > 3
        and "." not in token[:-1]
        and _clean(token) not in PERSON_TITLES | {"jr", "sr", "st", "ave", "gen", "col", "sgt", "capt"}
    )


def _token_spans(text: str, lower: frozenset[str], spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Tokens of (part of) a capitalised run with their offsets, minus leading function words."""
    while spans and (
        _clean(spans[0][0]) in FUNCTION_CAPS
        or (_sentence_initial_word(text, spans[0], lower) and not _title_before_name(spans))
    ):
        spans = spans[1:]
    if spans:
        tok, s, e = spans[-1]
        bare = _POSSESSIVE.sub("", tok) if len(tok) > 2 else tok
        if (
            bare.endswith(".")
            and len(bare) > 2
            and _clean(bare) not in PERSON_TITLES
            and "." not in bare[:-1]
        ):
            bare = bare[:-1]  # sentence full stop, not an initial or "Jr."
        spans[-1] = (bare, s, s + len(bare))
        if not bare:
            spans = spans[:-1]
    return spans


def _heading_ranges(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case (headlines, section headings): capitalised runs there are not names."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        words = re.findall(r"[A-Za-z][\w’'\-]*", m.group())
        ratio = sum(w[0].isupper() for w in words) / max(1, len(words))
        closed = m.group().rstrip().endswith((".", ".”", '."'))
        if 2 <= len(words) <= 20 and (ratio >= 0.85 or (ratio >= 0.7 and not closed)):
            out.append((m.start(), m.end()))
    return out


def scan_names(text: str) -> list[NameMention]:
    """Every capitalised name in ``text`` with its role and a person/other guess."""
    out: list[NameMention] = []
    headings = _heading_ranges(text)
    lower = frozenset(re.findall(r"\b[a-z][a-z'’\-]+\b", text))
    for m in _SEQ.finditer(text):
        for run in _runs(m):
            mention = _name_mention(text, _token_spans(text, lower, run), headings)
            if mention is not None:
                if out and out[-1].person and text[out[-1].end : mention.start] == " of ":
                    mention.person = False  # "Mira Okonjo of Breathe Brecklow": the body she is of
                out.append(mention)
    return out


def _name_mention(
    text: str, spans: list[tuple[str, int, int]], headings: list[tuple[int, int]]
) -> NameMention | None:
    if not spans:
        return None
    # "Julian Farrimond KC", "Nadia Lund MP": letters after a name are no part of it, and only a person has them.
    post_nominal = len(spans) > 1 and spans[-1][0] in _POST_NOMINALS
    if post_nominal:
        spans = spans[:-1]
    tokens = [t for t, _s, _e in spans]
    cut = _role_split(tokens)
    if (
        len(tokens) - cut >= 3
        and not is_first_name(tokens[cut])
        and first_name_gender(tokens[cut + 1]) is not None
        and not re.fullmatch(r"[A-Z]\.", tokens[cut])
        and _clean(tokens[cut]) not in _PLACE_PREFIXES
        and re.search(r"(?:^|[.!?:,\n][\"”’']?|\s[-–—])\s*$", text[max(0, spans[cut][1] - 4) : spans[cut][1]])
    ):
        # "Vice-skip Kirsty Ballantyne said", "Advocate Helena Marchbank told the court", "(LPA) - Informateur
        # Margit Oyen-Faber": a sentence, clause or date line opening on a capitalised word before a first
        # name gives a title, capitalised because it opens.
        cut += 1
    elif cut == 0 and _TITLE_FOR_BEFORE.search(text, max(0, spans[0][1] - 30), spans[0][1]):
        cut = _portfolio_end(tokens)
    title = " ".join(tokens[:cut]) or None
    start, end = spans[cut][1], spans[-1][2]
    role = _role_around(text, spans[0][1], end, title)
    name_tokens = tokens[cut:]
    if _capitals_lede(text, start, end, name_tokens):
        name_tokens = [t.title() for t in name_tokens]  # "HELENA STRAND yesterday sacked ...": a British lede
    honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 30), start)
    given_name = _given_name_in_apposition(text, start, end, name_tokens)
    person = (
        (_looks_person(name_tokens, role) or _AGE_AFTER.match(text, end) is not None or honorific is not None
         or post_nominal or given_name)
        and not any(a <= start < b for a, b in headings)
        and not _quoting_medium(text, start)
        and not (title is None and _PLACE_BEFORE.search(text, max(0, start - 8), start))
        and not (title is None and _BODY_BEFORE.search(text, max(0, start - 8), start))
    )
    gender = _gender(role) or (_HONORIFIC_GENDER[honorific.group(1).lower()] if honorific else None)
    if gender is None and given_name:
        gender = first_name_gender(name_tokens[0])
    return NameMention(name_tokens, start, end, role, person, gender)


# "Minister for Parliamentary Affairs Oskar Vendt": the run after "<title> for" opens on the portfolio.
_TITLE_FOR_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PERSON_TITLES, key=len, reverse=True)) + r")\s+(?:for|of)\s+$", re.I
)


def _portfolio_end(tokens: list[str]) -> int:
    """Where the name starts in a run that opens on a portfolio: at the last first name followed by one
    or two more words ("Parliamentary Affairs Oskar Vendt"), else nowhere (0)."""
    for i in range(len(tokens) - 2, 0, -1):
        if len(tokens) - i <= 3 and is_first_name(tokens[i]) and _clean(tokens[i - 1]) not in _PLACE_PREFIXES:
            return i
    return 0


def _given_name_in_apposition(text: str, start: int, end: int, tokens: list[str]) -> bool:
    """ "Her brother and caddie, Callum, said": a given name alone, set off by commas after a description,
    as the subject of a verb of saying."""
    return (
        len(tokens) == 1
        and _SAYS_AFTER.match(text, end) is not None
        and _DESCRIBED_BEFORE.search(text, max(0, start - 40), start) is not None
        and first_name_gender(tokens[0]) is not None
    )


_POST_NOMINALS = frozenset("KC QC SC MP MEP MSP MLA TD MBE OBE CBE KBE DBE JP".split())
# "Ms Kjell", "Mr. Lund", "Mrs Justice Ashdown": the honorific is dropped with the sentence's function words (it is no
# role), but it says the bearer is a person and which pronoun stands for them.
_HONORIFIC_BEFORE = re.compile(r"\b(Mrs|Ms|Miss|Mr)\.?[ \u00a0](?:[A-Z][a-z]+[ \u00a0]){0,2}$")  # "Mrs Justice Ashdown"
_HONORIFIC_OPENS = re.compile(r"(?:Mrs|Ms|Miss|Mr|Dr)\.?\s+[A-Z]")
_HONORIFIC_GENDER = {"mrs": "f", "ms": "f", "miss": "f", "mr": "m"}


def _capitals_lede(text: str, start: int, end: int, tokens: list[str]) -> bool:
    """A paragraph opening on a name in capitals and going on in lower case: the lede style of British
    papers ("HELENA STRAND yesterday sacked her interior minister"), not an acronym or a shouted line."""
    return (
        2 <= len(tokens) <= 3
        and all(t.isupper() and t.isalpha() and len(t) > 1 for t in tokens)
        and (start == 0 or text[start - 1] == "\n")
        and re.match(r" [a-z]", text[end : end + 2]) is not None
    )


# "the time trial in Puerto Salvo", "at Kingsmead": an untitled name after a preposition of place is a place.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")

# "Arne Voss of the Civic Alliance", "chair of the Calder County Board": an untitled name after "of the"
# is what a person belongs to, not a person.
_BODY_BEFORE = re.compile(r"\bof\s+the\s+$")

# "he was quoted by Al Jazeera as saying": what quotes someone is a broadcaster or paper.
_QUOTED_BY = re.compile(r"\bquoted by\s+(?:the\s+)?$")


def _quoting_medium(text: str, start: int) -> bool:
    """The name is the agent of 'quoted by' (an outlet, even when it reads like a person: 'Al Jazeera')."""
    return _QUOTED_BY.search(text, max(0, start - 20), start) is not None


def _surname(tokens: list[str]) -> str:
    return tokens[-1].rstrip(".").lower()


def group_names(mentions: list[NameMention]) -> dict[str, list[str]]:
    """Surname -> the distinct full forms used (most used multi-word form first, then longest)."""
    counts: dict[str, dict[str, int]] = {}
    for m in mentions:
        if not m.person:
            continue
        forms = counts.setdefault(_surname(m.tokens), {})
        full = " ".join(m.tokens)
        forms[full] = forms.get(full, 0) + 1
    return {
        surname: sorted(forms, key=lambda f: (len(f.split()) < 2, -forms[f], -len(f.split())))
        for surname, forms in counts.items()
    }


def fullest(tokens: list[str], groups: dict[str, list[str]]) -> str:
    """The fullest form in the article compatible with ``tokens`` (same surname, same first name)."""
    forms = groups.get(_surname(tokens))
    if not forms:
        return " ".join(tokens)
    if len(tokens) > 1:
        first = tokens[0].lower()
        same = [f for f in forms if f.split()[0].lower() == first]
        return same[0] if same else " ".join(tokens)
    return forms[0]


def find_persons(text: str) -> list[PersonMention]:
    """People named in ``text``, in order; ``name`` is the fullest form the article uses."""
    mentions = scan_names(text)
    groups = group_names(mentions)
    out: list[PersonMention] = []
    for m in mentions:
        person = m.person or _surname(m.tokens) in groups
        if not person:
            continue
        out.append(PersonMention(fullest(m.tokens, groups), text[m.start : m.end], m.start, m.end, m.role))
    return out
