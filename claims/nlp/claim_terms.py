"""Content terms of a claim sentence, normalised so paraphrases share them.

Lower-casing, a light suffix stripper, transliteration folding (Zelensky /
Zelenskyy), demonym folding (Ukrainian / Ukraine, European / Europe) and a
short list of news synonyms whose equivalence holds in general reporting
(deal / agreement / accord / pact; the US / the United States / America;
visit / meet / arrive). Reporting verbs and function words are dropped: they
say who speaks, not what is claimed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ](?:[A-Za-zÀ-ÿ’'.-]*[A-Za-zÀ-ÿ])?|\d[\d,.]*")
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with as that this these those it its is are was
    were be been being has have had do does did will would could should may might can must shall not no
    nor so than then there their they them he she his her him we us our you your i me my who whom which
    what when where why how all any some such other more most very also just only even still about into
    over under after before since until while up down out off again further once here both each few own
    same too s t don now one two per via upon onto within without against between among during through
    across around however instead meanwhile already yet though although because whether either neither
    said says say told tell telling tells saying according added noted stressed emphasized emphasised
    reiterated announced suggested suggest suggesting claimed claims claim insisted argued warned
    described went going gonna well yeah mr mrs ms i'm i've i'll i'd we're we've we'll they're they've
    you're it's that's there's don't doesn't didn't won't wouldn't can't couldn't isn't aren't wasn't""".split()
)
# One canonical term per group; every group is a general paraphrase in news copy.
_SYNONYMS = {
    "agreement": "deal",
    "accord": "deal",
    "pact": "deal",
    "treaty": "deal",
    "framework": "deal",
    "memorandum": "deal",
    "united states": "us",
    "u.s": "us",
    "u.s.": "us",
    "america": "us",
    "americ": "us",
    "usa": "us",
    "white house": "washington",
    "rare earths": "rare earth",
    "visit": "meet",
    # The noun names an event ("a cabinet meeting"), not someone coming to see someone; its stem is "meet".
    "meeting": "meeting",
    "meetings": "meeting",
    "arrive": "meet",
    "come": "meet",
    "travel": "meet",
    "truce": "ceasefire",
    "armistice": "ceasefire",
    "talk": "negotiat",
    "negotiation": "negotiat",
    "negotiate": "negotiat",
    "troop": "force",
    "soldier": "force",
    "peacekeeper": "peacekeep",
    "peacekeeping": "peacekeep",
    "guarantee": "guarante",
    "guaranteeing": "guarante",
    "nuclear": "nuclear",
    "mineral": "mineral",
    "resource": "mineral",
    "eu": "europ",
    "bloc": "europ",
    "brussel": "europ",
    "kremlin": "moscow",
    "russi": "moscow",
    "kiev": "kyiv",
    "ukrain": "kyiv",
}
_PHRASES = re.compile(
    r"\b(?:united states|white house|rare earths?|prime minister|secretary of state)\b", re.I
)


def _fold_letters(word: str) -> str:
    """Collapse doubled letters: transliterations vary (Zelenskyy / Zelensky)."""
    return re.sub(r"(.)\1+", r"\1", word)


def stem(word: str) -> str:
    """A light English stem: "guarantees" ~ "guaranteeing", "provide" ~ "providing".

    Only inflections and -ly come off, and a final "e" (Porter's last step), so "provide" meets
    "providing". Measured against two libraries: the Snowball stemmer (PyStemmer) cuts deeper
    ("collectively" ~ "collected", "experience" ~ "experiment") and, on the 630 election articles,
    linked claims into two false number conflicts that this stem does not; a dictionary lemmatiser
    (simplemma) scored the seeds no better and costs ~29 MB in every process.
    """
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    for suffix, repl in (
        ("ies", "y"),
        ("ying", "y"),
        ("ing", ""),
        ("ied", "y"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + repl
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


# The synonym groups by stem, so every inflection of a word ("forces", "talks", "guaranteeing") and
# of the group's own term finds the group.
_SYNONYMS_BY_STEM = {stem(word): canon for word, canon in _SYNONYMS.items() if word.isalpha()} | {
    stem(canon): canon for canon in _SYNONYMS.values() if canon.isalpha()
}


def _demonym(word: str) -> str:
    """Ukrainian / Ukraine / Ukrainians -> ukrain; European / Europe -> europ."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    return re.sub(r"(?:ians|ian|eans|ean|ans|an|a|e|s)$", "", w) if len(w) > 4 else w


@lru_cache(maxsize=20_000)  # linking asks for the same speakers' terms again and again
def entity_term(word: str) -> str:
    """The term a proper name becomes: demonym and transliteration folded, synonyms applied."""
    low = word.lower().rstrip(".")
    key = _fold_letters(_demonym(word))
    return _SYNONYMS.get(low, _SYNONYMS.get(key, key))


@lru_cache(maxsize=10_000)  # the sentences of recent candidates; bounded so a worker's memory levels off
def terms(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content terms, entity terms) of a sentence.

    Entity terms come from capitalised words not at the start of the
    sentence; both sets pass through the same synonym folding.
    """
    content: set[str] = set()
    entities: set[str] = set()
    for m in _PHRASES.finditer(sentence):
        key = _SYNONYMS.get(m.group(0).lower(), m.group(0).lower())
        content.add(key)  # a name is content too ("the United States" is what is claimed about)
        if m.group(0)[0].isupper():
            entities.add(key)
    rest = _PHRASES.sub(" ", sentence)
    for i, m in enumerate(_TOKEN.finditer(rest)):
        tok = m.group(0)
        low = tok.lower().replace("’", "'").rstrip(".")
        if low in STOPWORDS or len(low) < 2 or low[0].isdigit():
            continue
        if tok[0].isupper() and (i > 0 or low not in STOPWORDS):
            key = entity_term(tok)
            (entities if i > 0 else content).add(key)
            content.add(key)
        else:
            key = stem(low)
            content.add(_SYNONYMS.get(low) or _SYNONYMS_BY_STEM.get(key) or _fold_letters(key))
    return frozenset(content), frozenset(entities)
