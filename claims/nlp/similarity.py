"""Word-level normalisation, tokens and blocking keys for quote comparison.

Two outlets quoting one utterance differ in quote marks, apostrophes, dashes,
case and punctuation; none of that is a wording difference. Everything here
works on word tokens that keep their offsets into the original text, so the
diff and the contradiction spans can point back at the exact surface words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Acronyms with dots ("U.S.") first, so they stay one token; then words with
# inner apostrophes or hyphens ("don’t", "cease-fire"); then numbers.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W_]+(?:['’‘\-‐‑][^\W_]+)*"
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "′": "'"})
_HYPHENS = re.compile(r"[\-‐‑]")
ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")

# Function words and verbs so common in speech that sharing them says nothing
# about two quotes being one utterance ("we're going to", "I think that").
# Negations are function words too: "it's not" is in every other quote. (The
# diff still sees them: "will" vs "will not" is a wording difference.)
STOPWORDS = frozenset(
    """a an the and or but if so as at by for from in into of on onto to up with
    about above after again against all also am any are aren't be been before being
    below between both can can't could couldn't did do does doing done down during
    each few further had has have having he he'd he'll he's her here here's hers
    herself him himself his how how's i i'd i'll i'm i've is it it's its itself
    just let let's me more most my myself nor now off once only other ought our ours
    ourselves out over own same she she'd she'll she's should some such than that
    that's their theirs them themselves then there there's these they they'd they'll
    they're they've this those through too under until us very was we we'd we'll
    we're we've were what what's when when's where where's which while who who's
    whom why why's will would you you'd you'll you're you've your yours yourself
    yourselves get gets got getting go goes going gone gonna want wants wanna say
    says said saying think thought know knew lot lots thing things really well yeah
    oh okay ok like way much many one even still back because whether via per upon
    may might must shall yes not no never neither cannot""".split()
)

FUNCTION_WEIGHT = 0.25  # a shared "the" is a quarter of the evidence of a shared "ceasefire"


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: its comparable form and where it stands."""

    norm: str
    start: int
    end: int
    content: bool  # carries meaning (see is_content); fixed at tokenisation, read in every comparison


# British spellings as American ones: outlets of one story quote one remark both ways ("the last
# kilometre" / "the last kilometer", "labour" / "labor"). Only endings whose folding merges no two
# English words ("four" and "tour" are too short to reach the rule).
_SPELLING = (
    (re.compile(r"(?<=[a-z]{2}[bt])re(s?)$"), r"er\1"),
    (re.compile(r"(?<=[a-z]{2}[bdlmnrv])our(?=s?$|ed$|ing$|ite|ers?$|able$)"), "or"),
)


@lru_cache(maxsize=131072)
def fold(word: str) -> str:
    """Comparable form of one word: no diacritics, lower case, straight apostrophe, no hyphens or dots,
    American spelling."""
    if word.isascii():  # the common case, without two Unicode normalisations
        word = word.lower().replace("-", "").replace(".", "")
    else:
        word = unicodedata.normalize("NFKD", word)
        word = "".join(ch for ch in word if not unicodedata.combining(ch))
        word = unicodedata.normalize("NFKC", word).lower().translate(_APOSTROPHES)
        word = _HYPHENS.sub("", word).replace(".", "")
    for pattern, american in _SPELLING:
        word = pattern.sub(american, word)
    return word


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text`` with offsets; punctuation and quote marks are not tokens."""
    out = []
    for m in _TOKEN.finditer(text):
        norm = fold(m.group())
        out.append(Token(norm, m.start(), m.end(), is_content(norm)))
    return out


# A worker links each new quote against the few best of a few hundred candidates, and every
# refresh of a story runs the misquote and attribution rules over its groups' quotes again:
# 5,000 cached quotes cover that working set, and at ~6 KB per token list the cache stays near
# 30 MB, so a long-running worker's memory levels off early.
QUOTES_CACHED = 5_000


@lru_cache(maxsize=QUOTES_CACHED)
def quote_tokens(text: str) -> list[Token]:
    """``tokenize`` for quote texts, which recur: the list is shared, so callers must not change it."""
    return tokenize(text)


def words(text: str) -> list[str]:
    """The comparable words of ``text`` in order."""
    return [t.norm for t in tokenize(text)]


def normalize(text: str) -> str:
    """``text`` reduced to its comparable words separated by single spaces."""
    return " ".join(words(text))


def is_content(word: str) -> bool:
    """True for words that carry meaning, False for function words (and negations)."""
    if word in STOPWORDS or word.endswith("n't") or (len(word) == 1 and word.isalpha()):
        return False
    return True


def weight(word: str) -> float:
    """How much a shared occurrence of ``word`` says about two quotes being one utterance."""
    return 1.0 if is_content(word) else FUNCTION_WEIGHT


def shingles(tokens: list[str], n: int = 2) -> list[tuple[str, ...]]:
    """Consecutive ``n``-word windows (the whole list when it is shorter than ``n``)."""
    if len(tokens) < n:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def stable_hash(text: str) -> int:
    """A 64-bit hash that is the same in every process (Python's hash() is salted)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


MAX_KEYS = 12


def blocking_keys(text: str, max_keys: int = MAX_KEYS) -> set[str]:
    """A few index keys such that two quotes of one utterance very likely share one (a new set).

    Keys are word bigrams holding at least one content word. Every quote keeps
    its ``max_keys`` bigrams that rank first in one global order (rarer-looking
    words first, then a fixed hash), so a truncated or reworded quote tends to
    keep the same distinctive bigrams as the fuller one: this is a bottom-k
    sketch whose order favours the words unlikely to be shared by chance.
    Bigrams of function words only ("going to") never become keys.
    """
    return set(_blocking_keys(text, max_keys))


# Linking keys each new quote, and every refresh of a story keys its groups' quotes again to pair
# them for the attribution rule; ranking the bigrams hashes each of them.
@lru_cache(maxsize=QUOTES_CACHED)
def _blocking_keys(text: str, max_keys: int) -> frozenset[str]:
    toks = [t.norm for t in quote_tokens(text)]
    grams = {g for g in shingles(toks, 2) if any(is_content(w) for w in g)}
    if not grams:
        # A quote of function words only ("Yeah, he will") keys on its whole text,
        # so it only meets the same short quote.
        return frozenset({"w:" + " ".join(toks)}) if toks else frozenset()
    ranked = sorted(grams, key=lambda g: (-_rarity(g), stable_hash(" ".join(g))))
    return frozenset(_key(g) for g in ranked[:max_keys])


def _rarity(gram: tuple[str, ...]) -> int:
    """Longer content words are rarer (Zipf's law of abbreviation); cap so hash order still mixes."""
    return sum(min(len(w), 10) for w in gram if is_content(w))


def _key(gram: tuple[str, ...]) -> str:
    # A short digest keeps the index column narrow and fixed-width.
    return "b:" + hashlib.blake2b(" ".join(gram).encode("utf-8"), digest_size=6).hexdigest()
