"""Speaker identity: one canonical key per person name, and matching of name forms.

Outlets write one person's name in many ways: with titles ("former U.S.
President Donald Trump"), surname only ("Trump"), in different
transliterations ("Zelenskyy", "Zelensky", "Zelenskiy") and with or without
diacritics ("Jürgen", "Jurgen"). Organisations and descriptions ("the
Kremlin", "Trump's campaign", "the British prime minister") are speakers of
their own and only ever match themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

# Words that are titles or roles, never part of a name when they come before it.
TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady president vice former
    prime minister secretary state sen senator rep representative congressman
    congresswoman gov governor lt mayor judge justice chancellor gen general col
    colonel maj major adm admiral capt captain sgt cmdr commander rev reverend
    father pope king queen prince princess sheikh emir ambassador envoy speaker
    leader chair chairman chairwoman ceo chief deputy acting incoming outgoing
    interim foreign defence defense treasury attorney interior home finance health
    assistant senior coroner
    us u s uk un eu nato white house of the""".split()
)
# Words that mark an organisation or a description rather than a person.
ORG_WORDS = frozenset(
    """kremlin ministry department office campaign committee government party council
    agency administration spokesman spokeswoman spokesperson officials official
    commission court parliament congress senate army police embassy company
    group union team staff aides aide""".split()
)
NAME_PARTICLES = frozenset("de da di del della der den van von la le du bin al el ibn dos das st".split())
SUFFIXES = frozenset("jr sr ii iii iv".split())
# Common English short forms of given names; the long form is the key.
NICKNAMES = {
    "bill": "william",
    "will": "william",
    "billy": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "dick": "richard",
    "rick": "richard",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "mike": "michael",
    "tom": "thomas",
    "ted": "edward",
    "ed": "edward",
    "chris": "christopher",
    "dan": "daniel",
    "dave": "david",
    "steve": "stephen",
    "tony": "anthony",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "alex": "alexander",
    "sasha": "alexander",
    "nick": "nicholas",
    "ben": "benjamin",
    "andy": "andrew",
    "matt": "matthew",
    "pat": "patrick",
    "jeff": "jeffrey",
    "greg": "gregory",
}

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class KnownSpeaker:
    id: Hashable
    name: str
    aliases: tuple[str, ...] | list[str] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class _Parsed:
    tokens: tuple[str, ...]  # folded name tokens (person) or words (organisation)
    is_org: bool

    @property
    def key(self) -> str:
        return " ".join(self.tokens)


def _ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", text).lower().translate(_APOS)


def fold_transliteration(token: str) -> str:
    """Fold spelling variants that come from romanising one name differently.

    Doubled letters collapse (Zelenskyy -> zelensky), a final i/y/j cluster
    becomes y (Zelenskiy, Zelenskii, Sergei, Dmitri), x becomes ks (Alexei ->
    aleksey), ph becomes f, ck becomes k, and a y inside a name is an i
    (Lydia = Lidia, Bryan = Brian).
    """
    token = token.replace("x", "ks").replace("ph", "f").replace("ck", "k")
    token = re.sub(r"(.)\1+", r"\1", token)
    token = re.sub(r"(?<=[^aeiou])y(?=[^aeiouy])", "i", token)
    return re.sub(r"(?<=.)(?:[iyj]+|e[iy])$", lambda m: "ey" if m.group().startswith("e") else "y", token)


def _words(text: str) -> list[str]:
    text = re.sub(r"\b([a-z])\.", r"\1", text)  # U.S. -> us, J. -> j
    return re.findall(r"[a-z0-9]+(?:['\-][a-z0-9]+)*", text)


def _strip_titles(tokens: list[str]) -> list[str]:
    """Drop everything up to the last title word; keep the whole when nothing would remain."""
    last = -1
    for i, tok in enumerate(tokens):
        if tok in TITLE_WORDS:
            last = i
    rest = tokens[last + 1 :]
    return rest if rest else tokens


@lru_cache(maxsize=65536)
def _parse(name: str) -> _Parsed:
    text = _ascii_lower(name.strip())
    text = text.split(",")[0] if "," in text else text  # "Donald Trump, the president"
    toks = _words(text)
    if not toks:
        return _Parsed((), True)
    is_org = (
        toks[0] == "the"
        or any("'s" in t or t.endswith("'") for t in toks)
        or any(t in ORG_WORDS for t in toks)
    )
    if is_org:
        return _Parsed(tuple(t for t in toks if t != "the") or tuple(toks), True)
    # "President Volodymyr Zelenskyy of Ukraine": a trailing "of <place>" is a role.
    cut = next((i for i in range(1, len(toks)) if toks[i] == "of" and toks[i - 1] not in TITLE_WORDS), None)
    if cut is not None:
        toks = toks[:cut]
    name_toks = _strip_titles(toks)
    if (
        any(t in TITLE_WORDS for t in name_toks)
        and len(name_toks) == len(toks)
        and name_toks[-1] in TITLE_WORDS
    ):
        return _Parsed(tuple(toks), True)  # only titles: "the Ukrainian leader" without "the"
    return _Parsed(tuple(fold_transliteration(t) for t in name_toks), False)


def speaker_key(name: str) -> str:
    """Canonical key of a speaker name: titles stripped, diacritics, case and transliteration folded."""
    return _parse(name).key


def _split_person(p: _Parsed) -> tuple[tuple[str, ...], str, str | None]:
    toks = list(p.tokens)
    suffix = toks.pop() if len(toks) > 1 and toks[-1] in SUFFIXES else None
    given = tuple(t for t in toks[:-1] if t not in NAME_PARTICLES)
    return given, toks[-1], suffix


@lru_cache(maxsize=1)
def _folded_nicknames() -> dict[str, str]:
    return {fold_transliteration(k): fold_transliteration(v) for k, v in NICKNAMES.items()}


def _given_compatible(a: str, b: str) -> bool:
    nick = _folded_nicknames()  # keys are folded, so the table is too
    a, b = nick.get(a, a), nick.get(b, b)
    if a == b:
        return True
    return (len(a) == 1 or len(b) == 1) and a[0] == b[0]  # "J. Smith" and "John Smith"


def names_match(a: str, b: str) -> bool:
    """True when two name forms can denote the same person (a surname alone matches its full name)."""
    pa, pb = _parse(a), _parse(b)
    if not pa.tokens or not pb.tokens:
        return False
    if pa.key == pb.key:
        return True
    if pa.is_org or pb.is_org:
        return False
    given_a, sur_a, suf_a = _split_person(pa)
    given_b, sur_b, suf_b = _split_person(pb)
    if sur_a != sur_b:
        return False
    if not given_a or not given_b:
        return True
    if suf_a != suf_b:  # "Donald Trump Jr." is not "Donald Trump"
        return False
    return _given_compatible(given_a[0], given_b[0])


def display_name(name: str) -> str:
    """A person's name without the titles in front ("Councillor Bram Eikeland" -> "Bram Eikeland").

    Kept as written when stripping would leave a single word or nothing
    ("President Trump" stays: "Trump" alone says less).
    """
    words = name.split()
    i = 0
    while i < len(words) - 1 and re.sub(r"[.’']", "", words[i]).lower() in TITLE_WORDS | _EXTRA_TITLES:
        i += 1
    rest = words[i:]
    return " ".join(rest) if len(rest) >= 2 else name


_EXTRA_TITLES = frozenset("councillor councilor alderman mayor economist spokesman spokeswoman".split())


def speakers_compatible(a: str | None, b: str | None) -> bool:
    """Quotes may be one utterance unless both speakers are known and are different people."""
    if not a or not b:
        return True
    return a == b or names_match(a, b)


class SpeakerIndex:
    """Known speakers indexed by key and by surname, for resolving names from new articles."""

    def __init__(self, known: Iterable[KnownSpeaker]) -> None:
        self._by_key: dict[str, set[Hashable]] = {}
        self._by_surname: dict[str, list[tuple[Hashable, str]]] = {}
        for sp in known:
            for form in (sp.name, *sp.aliases):
                p = _parse(form)
                if not p.tokens:
                    continue
                self._by_key.setdefault(p.key, set()).add(sp.id)
                if not p.is_org:
                    self._by_surname.setdefault(_split_person(p)[1], []).append((sp.id, form))

    def resolve(self, name: str) -> Hashable | None:
        """The one known speaker this name denotes, or None when there is none or it is ambiguous."""
        p = _parse(name)
        if not p.tokens:
            return None
        exact = self._by_key.get(p.key, set())
        if exact:
            return next(iter(exact)) if len(exact) == 1 else None
        if p.is_org:
            return None
        surname = _split_person(p)[1]
        ids = {sid for sid, form in self._by_surname.get(surname, []) if names_match(name, form)}
        return next(iter(ids)) if len(ids) == 1 else None


def resolve_speaker(name: str, known: list[KnownSpeaker]) -> Hashable | None:
    """Pick the existing speaker for a name: exact key first, then an unambiguous surname match.

    Editors' merges are stored as aliases, so every alias is a name of its speaker.
    For many lookups build one ``SpeakerIndex`` and call ``resolve``.
    """
    return SpeakerIndex(known).resolve(name)
