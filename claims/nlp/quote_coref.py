"""Resolve a speaker mention to the person it names within one article.

Names resolve by surname to the fullest form the article uses; pronouns to the
subject of the nearest sentence before them that has one; descriptions ("the
Ukrainian leader", "Russia’s foreign minister") to the person whose stated
role shares the most words with them.
"""

from __future__ import annotations

import bisect
import re

from claims.nlp.attribution import leading_subject
from claims.nlp.first_names import first_name_gender
from claims.nlp.numbers import spelled_number
from claims.nlp.persons import POSSESSIVE_WORD, NameMention, fullest, group_names, scan_names
from claims.nlp.quote_lexicon import (
    CUE_VERBS,
    FEMALE_PRONOUNS,
    FUNCTION_CAPS,
    MALE_PRONOUNS,
    NON_PERSON_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
)
from claims.nlp.quote_marks import find_quote_spans
from claims.nlp.sentences import split_sentences

# A description's head noun and the titles it can stand for.
_HEAD_SYNONYMS = {
    "leader": {"president", "minister", "chancellor", "premier", "leader", "king", "queen"},
    "chief": {"director", "chief", "head", "leader"},
    "diplomat": {"minister", "diplomat", "envoy", "ambassador", "representative"},
    # "Mrs Justice Helen Fairbrook said ... “...,” the judge said.": a justice is the judge.
    "judge": {"judge", "justice", "magistrate", "recorder"},
}
_POST_MODIFIER = re.compile(
    r"(.*?\b[a-z]+)\s+(?:familiar with|close to|involved in|of|for|from|with|at|in)\s"
)
_STOP = frozenset("the a an of for and in on at to s its his her their".split())
_COURT_WORDS = frozenset("high court crown supreme district county circuit federal appeal appeals".split())


def _stem(word: str) -> str:
    return re.sub(r"[’'.]", "", word.lower())[:5]


def _role_words(text: str) -> set[str]:
    words = re.findall(r"[\w.’']+", text.replace("’s", " ").replace("'s", " "))
    return {_stem(w) for w in words if w.lower() not in _STOP}


_PERSON_HEADS = frozenset(
    "leader president minister chancellor senator governor secretary premier diplomat".split()
    # People by trade in court and sport copy ("the judge told her", "the winger said").
    + "judge prosecutor barrister lawyer attorney solicitor counsel detective coach captain manager winger"
    " striker midfielder"
    " goalkeeper defender player referee".split()
)


def low_head_person(heads: set[str]) -> bool:
    """The description names a person-like role (not 'the group', 'the report')."""
    return bool(heads & _PERSON_HEADS)


def _appositive_name(mention: str) -> str | None:
    """The name in "<description>, <Name>" ("Her chief aide, Jake Sullivan"), else None."""
    if ", " not in mention:
        return None
    desc, name = mention.rsplit(", ", 1)
    first = desc.split()[0]
    opens_description = first.lower() in FUNCTION_CAPS or first.endswith(("’s", "'s"))
    words = name.split()
    if not opens_description or not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return name


def _bare_surname(subject: str, name: str) -> bool:
    """The sentence subject is one capitalised word, not a known organisation or place word."""
    word = subject.strip()
    return (
        word == name
        and re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?", word) is not None
        and word.lower() not in NON_PERSON_WORDS | FUNCTION_CAPS
        and spelled_number(word.lower()) is None  # "Twelve musicians wrote ...": a count, not a surname
    )


# How far before a pronoun such a subject is taken over a named person: the sentence before the
# quote (a quote and its cue run to ~250 characters); further back, a lone capitalised word is as
# often a group ("Analysts said") or an adjective as a person.
SPEAKING_SUBJECT_REACH = 250
_SPEECH_VERB_NEXT = re.compile(rf"\s+(?:has\s+|had\s+)?(?:{'|'.join(sorted(CUE_VERBS))})\b")
_FIRST_LINE = re.compile(r"\s*([^\n]+)\n")
MAX_HEADLINE_WORDS = 20


def body_start(text: str) -> int:
    """Where the body starts under a headline (a short first line without a closing stop), else 0."""
    m = _FIRST_LINE.match(text)
    if not m or not text[m.end() :].strip():
        return 0
    line = m.group(1)
    if len(line.split()) > MAX_HEADLINE_WORDS or re.search(r"[.!?][\"'”’]*\s*$", line):
        return 0
    return m.end()


_POSSESSOR = re.compile(r"['’]s?\b")
_JOINED_NOUN = re.compile(r"\s+and\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=,\s)")
# Lower-case words between a name and the next that make the first a modifier of the second:
# "boss", "team principal", "campaign manager" (no "and", "of", "for" ...).
_ROLE_WORDS_ONLY = re.compile(
    r"\s+(?:(?!(?:and|or|of|for|from|in|on|at|to|with|by|the|a|an|as|nor|but|vs)\b)[a-z][a-z-]*\s+){1,3}"
)
# "A spokeswoman for the Cardenne Ambulance Service", "a spokesman for Halvorsen & Pike".
_SPOKESPERSON_FOR = re.compile(
    r"(?:an?|the)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative)\s+for\s+(?:the\s+)?([A-Z].*)$",
    re.IGNORECASE,
)
# "The Cardenne Ambulance Service": a determiner before a capitalised name is part of the name.
_DETERMINED_NAME = re.compile(r"(?:The|A|An)\s+[A-Z][\w’'&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w’'&.-]*)*")
# A body named by its kind, or a spokesperson named by the body: "the museum", "The ministry", "A council
# spokesman", "A Corvid Air spokesperson".
_BODY_NOUNS = (
    "ministry|museum|council|board|co-operative|cooperative|trust|company|party|union|service|commission|"
    "committee|association|federation|authority|agency|department|alliance|gallery|hospital|university|"
    "diocese|club|league"
)
_BODY_KIND = re.compile(
    rf"(?i:the|a|an|its)\s+(?P<noun>{_BODY_NOUNS})(?:\s+(?:spokes(?:man|woman|person)|statement|official))?$"
)
_BODY_SPOKESPERSON = re.compile(
    r"(?i:a|an|the)\s+(?P<name>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)\s+(?:spokes(?:man|woman|person)|statement)$"
)
# Titles written after "The" before a person's name ("The Rev Abimbola Trent", "The Reverend Ian Lowe").
_TITLED_PERSON = re.compile(r"The\s+(?:Rev|Revd|Reverend|Very\s+Rev|Right\s+Rev|Rt\s+Rev|Hon|Honourable)\.?\s+[A-Z]")
_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]+(?:ing|ed)\b[^,.;:“”\"]{0,80},\s*")
# "Outside court, Marsh was defiant.": a short place or time phrase before the subject.
_PLACE_OPENER = re.compile(
    r"(?:Outside|Inside|After|Afterwards|Later|Earlier|Before|At|In|On)\b"
    r"(?!\s+(?:addition|fact|short|particular|turn|general|contrast|total|all|sum|brief|return|theory|practice|"
    r"part|effect|that\s+sense|the\s+end|the\s+meantime|other\s+words)\b)[^,.;:“”\"]{0,30},\s*(?=[A-Z])"
)
_AGED = re.compile(r"(?:the|a)\s+(\d{1,3})-year-old\b", re.IGNORECASE)
# A nationality or a place's possessive in a role ("French President", "Britain's"): where the office is.
_PLACE_WORD = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ch|i|['’]s)")


class Resolver:
    """Resolves mentions against the names of one article."""

    def __init__(self, text: str, names: list[NameMention]) -> None:
        self.text = text
        self.groups = group_names(names)
        self.people = [
            n for n in names
            if (n.person or n.tokens[-1].lower().rstrip(".") in self.groups) and not _quoted_title(text, n)
        ]
        self.starts = [n.start for n in names]
        self.names = names
        # (position, resolved name, gender) of sentence subjects and speakers seen so far.
        self.subjects: list[tuple[int, str, str | None]] = []
        # (position, word) of sentences opened by a lone capitalised word not known as a person
        # ("Okafor was furious."): an excerpt that starts after a person's full name was given
        # names them by surname only.
        self.bare_subjects: list[tuple[int, str]] = []
        # The bare subjects that report speech ("Okafor said at the hearing that ..."): someone speaks
        # there, so a pronoun after it stands for them rather than for a person named further back.
        self.speaking_subjects: list[tuple[int, str]] = []
        self.genders: dict[str, str] = {}
        # (position, "m"/"f") of sentences opened by a personal pronoun, and of pronouns that found no
        # antecedent: where an excerpt refers to someone named only in the part cut away.
        self.pronoun_openers: list[tuple[int, str]] = []
        for n in self.people:
            if n.gender:
                self.genders.setdefault(fullest(n.tokens, self.groups), n.gender)
        for n in self.people:  # a title or honorific in the text first, then the first name's usual gender
            full = fullest(n.tokens, self.groups).split()
            if len(full) > 1 and " ".join(full) not in self.genders:
                by_name = first_name_gender(full[0])
                if by_name:
                    self.genders[" ".join(full)] = by_name
        # Bodies that spoke ("The State Department said", "a spokesman for the club"): never what "he" means.
        self.bodies: set[str] = set()
        self.body_start = body_start(text)
        self._quote_spans: list[tuple[int, int]] | None = None  # read when a pronoun first needs them
        self._sentence_subjects()

    def _sentence_subjects(self) -> None:
        # The noun phrase opening a sentence is its subject; remember who it resolves to.
        for sent in split_sentences(self.text):
            span = leading_subject(self.text, sent.start, min(sent.end, sent.start + 200))
            opener = (
                _PARTICIPLE_OPENER.match(self.text, sent.start, sent.end)
                or _PLACE_OPENER.match(self.text, sent.start, sent.end)
                if span is None
                else None
            )
            if opener:  # "Speaking to RSI after the vote, Voss said ...": the subject follows the opener
                span = leading_subject(self.text, opener.end(), min(sent.end, opener.end() + 200))
            if span is not None and self.text[span[0] : span[1]].lower() in MALE_PRONOUNS | FEMALE_PRONOUNS:
                self._note_pronoun(span[0], self.text[span[0] : span[1]].lower())
            if span is None or self.text[span[0] : span[1]].lower() in PRONOUNS:
                continue
            name = self.resolve(self.text[span[0] : span[1]], span[0], span[1], cue_subject=False)
            if name and (self._is_person(name)):
                self.note_subject(span[0], name)
            elif name and _bare_surname(self.text[span[0] : span[1]], name):
                self.bare_subjects.append((span[0], name))
                if _SPEECH_VERB_NEXT.match(self.text, span[1]):
                    self.speaking_subjects.append((span[0], name))

    def _is_person(self, name: str) -> bool:
        return name.split()[-1].lower() in self.groups

    def note_subject(self, pos: int, name: str | None) -> None:
        if name and name not in self.bodies:  # "he" never stands for "State Department"
            bisect.insort(self.subjects, (pos, name, self.genders.get(name)), key=lambda s: s[0])

    def resolve(self, mention: str, start: int, end: int, *, cue_subject: bool = True) -> str | None:
        """The person or body ``mention`` stands for. ``cue_subject``: it is who a cue says spoke, so
        "The Cardenne Ambulance Service" names a body; a sentence's opening "The Great Debate" names
        no one a pronoun could stand for."""
        low = mention.strip().lower()
        if low in PRONOUNS or low in ("him", "her"):  # "the row forced him to admit": an object speaks too
            return self._pronoun(low, start)
        if low in ("who", "which"):
            return self._antecedent(start)
        named = _appositive_name(mention)
        if named:  # "Hale's colleague, Jim Torr": the appositive after the description is the name
            mention, start, low = named, end - len(named), named.lower()
        body = _SPOKESPERSON_FOR.match(mention)
        if body:  # "A spokeswoman for the Cardenne Ambulance Service": she speaks for the body
            named = self._name_inside(start + body.start(1), start + body.end(1))
            if named and not self._is_person(named):  # "a spokesman for Bernie Sanders" is not Sanders
                self.bodies.add(named)
                return named
        head = _POST_MODIFIER.match(mention)
        if head:  # "the senator from Vermont": the person is the noun before the modifier
            mention, end = head.group(1), start + len(head.group(1))
            low = mention.lower()
        determined = low.split()[0] in ("the", "a", "an")
        if determined and _TITLED_PERSON.match(mention):
            determined = False  # "The Rev Abimbola Trent, the vicar, welcomed the ruling.": a person
        if not determined or (cue_subject and _DETERMINED_NAME.fullmatch(mention)):
            name = self._name_inside(start, end)
            if name:
                if determined:  # "The State Department": a body
                    self.bodies.add(name)
                return name
        return self._name_in_apposition(end) or self._description(mention, start) or self._body(mention, start)

    def _body(self, mention: str, start: int) -> str | None:
        """The body a mention names by its kind ("the museum", "The ministry", "A council spokesman") or
        by a name before its spokesperson ("A Corvid Air spokesperson"): the article's one named body of
        that kind ("Ostley Maritime Museum", "Ministry of Defence"), the latest before the mention."""
        spoken = _BODY_SPOKESPERSON.match(mention)
        if spoken:
            name = self._name_inside(start + spoken.start("name"), start + spoken.end("name"))
            if name and first_name_gender(name.split()[0]) is None:  # "a Bernie Sanders spokesman" is his
                self.bodies.add(name)
                return name
            return None
        kind = _BODY_KIND.match(mention)
        if kind is None:
            return None
        noun = kind.group("noun").lower().replace("cooperative", "co-operative")
        named = {
            " ".join(n.tokens): n.start for n in self.names  # the kind's word makes it a body, whatever its capitals
            if noun in (t.lower().replace("cooperative", "co-operative") for t in n.tokens)
        }
        if len(named) != 1:
            return None  # none, or two bodies of that kind: no firm reading
        name = next(iter(named))
        self.bodies.add(name)
        return name

    def _name_in_apposition(self, end: int) -> str | None:
        """ "The opposition leader, Arne Voss, said": a person's name set in commas right after a
        description is who it describes, whoever else holds a like office in the article. A second
        noun may join the description first ("Her brother and caddie, Callum, said")."""
        joined = _JOINED_NOUN.match(self.text, end)
        if joined:
            end = joined.end()
        if not self.text.startswith(", ", end):
            return None
        i = bisect.bisect_left(self.starts, end + 2)
        if i == len(self.names) or self.names[i].start != end + 2:
            return None
        n = self.names[i]
        if not (n.person and self.text.startswith(",", n.end)):
            return None
        return fullest(n.tokens, self.groups)

    def _name_inside(self, start: int, end: int) -> str | None:
        """The name a mention rests on: its first person name, else its first name of any kind.

        A team, party or place can modify the role before the person's name ("Rovers manager
        Ida Brandt", "Opposition leader Tom Vey", "Port Ardan's Ida Brandt"); the name is the
        speaker, not the modifier, so a name given a role is preferred and a possessor never
        stands for the mention: "Estavia's finance minister" is a description of someone else.
        """
        i = bisect.bisect_left(self.starts, start)
        inside = []
        for n in self.names[i:]:
            if n.start >= end:
                break
            if n.end <= end and not (_POSSESSOR.match(self.text, n.end) and n.end < end - 3):
                inside.append(n)
        for n in sorted(inside, key=lambda n: (not n.person, n.role is None)):
            n = self._head_after(n, inside)
            if n.person or " ".join(n.tokens).lower().split()[-1] in self.groups:
                return fullest(n.tokens, self.groups)
            return " ".join(n.tokens)
        return None

    def _head_after(self, n: NameMention, inside: list[NameMention]) -> NameMention:
        """The name ``n`` modifies, when only role words stand between them: a noun phrase ends on its
        head ("Sabre Works boss Colm Varga", "former Bush speechwriter Noam Neusner"); "Cruz and Rubio",
        "Alden of the Council" keep the first."""
        for later in inside:
            if later.start > n.end and later.person and _ROLE_WORDS_ONLY.fullmatch(self.text, n.end, later.start):
                return later
        return n

    def _antecedent(self, start: int) -> str | None:
        """ "Roffman, who estimates ...": the name right before the relative pronoun."""
        i = bisect.bisect_left(self.starts, start)
        for n in reversed(self.names[max(0, i - 3) : i]):
            gap = self.text[n.end : start]
            if len(gap) <= 60 and "." not in gap.replace("Jr.", ""):
                if n.person or n.tokens[-1].lower().rstrip(".") in self.groups:
                    return fullest(n.tokens, self.groups)
                return " ".join(n.tokens)
        return None

    def _pronoun(self, low: str, start: int) -> str | None:
        if low not in MALE_PRONOUNS | FEMALE_PRONOUNS:
            return None
        want = "m" if low in MALE_PRONOUNS else "f"
        if self._opens_cut_body(start):
            self._note_pronoun(start, low)
            return None
        newcomer = self._named_in_paragraph(want, start)
        for pos, name, gender in reversed(self.subjects):
            if pos < start and gender in (None, want):
                if newcomer and newcomer != name and pos < self.text.rfind("\n", 0, start):
                    return newcomer
                # Between two names given by surname only, the nearer subject is the antecedent; after
                # a known person, a lone surname that reported speech since is.
                nearer = (
                    self._between(self.speaking_subjects, max(pos, start - SPEAKING_SUBJECT_REACH), start)
                    if self._is_person(name)
                    else self._between(self.bare_subjects, pos, start)
                )
                if nearer:
                    return nearer
                if gender is None:
                    self.genders[name] = want
                return name
        if not self._chain_from_cut(want, start):
            for n in reversed(self.people):
                if n.start < start and self.genders.get(fullest(n.tokens, self.groups)) in (None, want):
                    return fullest(n.tokens, self.groups)
        # No person named before the pronoun (the excerpt starts after the full name was given):
        # the nearest sentence opened by a lone capitalised word is the best antecedent left.
        for pos, name in reversed(self.bare_subjects):
            if pos < start:
                return name
        self._note_pronoun(start, low)  # a chain that starts in the cut-away part
        return None

    def _named_in_paragraph(self, want: str, start: int) -> str | None:
        """The one person named in full in the pronoun's paragraph before it, outside quotation marks, by
        a first name of the pronoun's gender ("Outside the town hall, campaigner Mira Okonjo was jubilant.
        “...,” she said."): a paragraph that brings in a new person and quotes "she" is about her, though
        its opening phrase hides her as the subject."""
        para = self.text.rfind("\n", 0, start) + 1
        named = {
            fullest(n.tokens, self.groups)
            for n in self.people
            if para <= n.start < start and n.person and len(n.tokens) > 1 and not self._quoted(n.start)
        }
        if len(named) != 1:
            return None
        name = named.pop()
        return name if first_name_gender(name.split()[0]) == want and name not in self.bodies else None

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` stands inside a quotation (the quote spans, found once per article)."""
        if self._quote_spans is None:
            self._quote_spans = [(q.start, q.end) for q in find_quote_spans(self.text)]
        return any(start <= pos < end for start, end in self._quote_spans)

    def _opens_cut_body(self, start: int) -> bool:
        """The pronoun comes before anyone is named in the body under a headline: the excerpt starts
        after the lede that named them, and the headline's subject is only the story's protagonist,
        not who this pronoun stands for ("Ann Roe says ... / “...,” he said.")."""
        lo = self.body_start
        if not lo or start < lo:
            return False
        return not (
            any(lo <= n.start < start for n in self.people)
            or any(lo <= pos < start for pos, _name, _gender in self.subjects)
            or any(lo <= pos < start for pos, _name in self.bare_subjects)
        )

    def _note_pronoun(self, pos: int, low: str) -> None:
        self.pronoun_openers.append((pos, "m" if low in MALE_PRONOUNS else "f"))

    def _chain_from_cut(self, want: str, start: int) -> bool:
        """A pronoun of this gender opened a sentence before any person is named: the excerpt refers to
        someone named in the part cut away ("But he went on to say that the deal Ann Roe is to sign
        ..."), and a later pronoun with no subject in between continues that chain; a person named in
        passing after it is someone else (the pronoun would not stand before their own name)."""
        first = min((pos for pos, gender in self.pronoun_openers if gender == want and pos < start), default=None)
        return first is not None and not any(n.start < first for n in self.people)

    def _aged(self, age: str, start: int) -> str | None:
        """ "the 34-year-old said": the person the article gives that age ("Ferreira-Lund, 34," / "the
        34-year-old striker Tomas Ferreira-Lund"), else, as a pronoun would, the person the sentences
        before are about (sport and court copy names its subject's age to avoid repeating the name)."""
        aged = {
            fullest(n.tokens, self.groups)
            for n in self.people
            if re.match(rf",\s+{age},", self.text[n.end : n.end + 8])
            or re.search(rf"\b{age}-year-old\s+(?:[a-z]+\s+){{0,2}}$", self.text[max(0, n.start - 40) : n.start])
        }
        if len(aged) == 1:
            return aged.pop()
        return self._subject_before(start, self.bare_subjects, aged)

    def _subject_before(
        self, start: int, surnames: list[tuple[int, str]], among: set[str] | frozenset[str] = frozenset()
    ) -> str | None:
        """The last sentence subject before ``start``: a named person, or one of ``surnames`` (subjects
        named by surname only), restricted to ``among`` when given."""
        subjects = sorted([*((pos, name) for pos, name, _g in self.subjects), *surnames])
        for pos, name in reversed(subjects):
            if pos < start and (not among or name in among):
                return name
        return None

    @staticmethod
    def _between(subjects: list[tuple[int, str]], lo: int, hi: int) -> str | None:
        for pos, name in reversed(subjects):
            if lo < pos < hi:
                return name
        return None

    def _description(self, mention: str, start: int) -> str | None:
        words = _role_words(mention)
        heads = {w for w in re.findall(r"\w+", mention.lower()) if w in ROLE_NOUNS}
        age = _AGED.match(mention)
        if age:  # "the 34-year-old (striker)": the age is the surest clue
            return self._aged(age.group(1), start)
        if not heads:
            return None
        wanted = set(words)
        for head in heads:
            wanted |= {_stem(s) for s in _HEAD_SYNONYMS.get(head, ())}
        caps_words = [w for w in re.findall(r"[A-Z][\w.’']*", mention) if w.lower() not in _STOP]
        # "a High Court judge": the court is where the judge sits, not a word of the judge's title
        caps = {_stem(w) for w in caps_words if not POSSESSIVE_WORD.search(w) and w.lower() not in _COURT_WORDS}
        # "Estavia's finance minister": the possessor is the country or body the office belongs to; a
        # role that names no place ("Finance Minister Ilse Varga") fits, one naming another does not.
        possessors = {_stem(w) for w in caps_words if POSSESSIVE_WORD.search(w)}
        best, best_score = None, 0
        for n in self.people:
            if not n.role:
                continue
            role = _role_words(n.role)
            score = len(role & wanted) + (2 if role & {_stem(h) for h in heads} else 0)
            if caps and not caps & role:
                continue
            places = {_stem(w) for w in re.findall(r"[A-Z][\w’']*", n.role) if _PLACE_WORD.fullmatch(w)}
            if possessors and places and not possessors & places:
                continue
            if role & wanted and score >= best_score and (n.start < start or best is None):
                best, best_score = fullest(n.tokens, self.groups), score
        if best is None and low_head_person(heads):
            # The person the sentences before are about, named in full or (an excerpt) by a surname
            # that reported speech ("Ostergaard told KBRN ... “...,” the attorney said").
            return self._subject_before(start, self.speaking_subjects)
        return best


def _quoted_title(text: str, n: NameMention) -> bool:
    """ "her hit “Lantern Road”": a name that is all a quotation holds is a title of a work, no person."""
    return 0 < n.start and n.end < len(text) and text[n.start - 1] in "“\"‘'" and text[n.end] in "”\"’'"


# A lone capitalised word after one of these is a place ("an independent for Ferrow", "born in Keld"), not
# a person a pronoun could stand for.
_PLACE_PREPOSITION = re.compile(r"\b(?:for|in|from|at|near|outside|across|around)\s+$", re.I)


def named_last_in_paragraph(text: str, quote_start: int, speaker: str, pronoun: str | None = None) -> bool:
    """Whether the last person named in the quote's paragraph before it is ``speaker`` (by surname):
    then a pronoun attributing the quote can only stand for them. A lone capitalised word counts as a
    possible person (a bare surname is not known as one), which errs on the side of "not firm".
    ``pronoun`` ("she"): the speaker is also firm when they are the paragraph's one person of the
    pronoun's gender, every person there of known gender ("prosecutor Fenella Oakes said Rudd had
    started the blaze. “...,” she said.", Rudd named in full as a man elsewhere in the report)."""
    para = text.rfind("\n", 0, quote_start) + 1
    people = _people_named(text[para:quote_start], speaker)
    if people and pronoun and _only_one_of_gender(text, people, speaker, pronoun):
        return True
    if not people and para > 1:
        # "Kask-Aarnes ... admitted he had made a tactical mistake. ¶ “...,” he said.": a paragraph that
        # names no one before its quote continues the one before, when that one names one person only.
        end = len(text[:para].rstrip())
        prev = text[text.rfind("\n", 0, end) + 1 : end]
        people = _people_named(prev, speaker)
        if len({n.tokens[-1].lower() for n in people}) != 1:
            return False
    return bool(people) and speaker.split()[-1].lower() in {t.lower() for t in people[-1].tokens}


_OPENER_WORDS = frozenset("outside inside after afterwards later earlier before meanwhile speaking".split())


def _only_one_of_gender(text: str, people: list[NameMention], speaker: str, pronoun: str) -> bool:
    low = pronoun.strip().lower()
    if low not in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return False
    want = "m" if low in MALE_PRONOUNS else "f"
    # a surname's gender by the first name it has where the report names the person in full
    by_surname: dict[str, set[str]] = {}
    for n in scan_names(text):
        if n.person and len(n.tokens) > 1 and (gender := n.gender or first_name_gender(n.tokens[0])):
            by_surname.setdefault(n.tokens[-1].lower(), set()).add(gender)
    genders = {
        n.tokens[-1].lower(): by_surname.get(n.tokens[-1].lower(), set())
        for n in people
        # "Speaking outside court, ...", "Outside court, ...": an opening participle or place word is no one
        if not (len(n.tokens) == 1 and (
            re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", n.tokens[0])
            or n.tokens[0].lower() in FUNCTION_CAPS
            or n.tokens[0].lower() in _OPENER_WORDS
        ))
    }
    if any(len(g) != 1 for g in genders.values()):
        return False  # someone of unknown or doubtful gender: no firm reading
    theirs = [surname for surname, g in genders.items() if g == {want}]
    return theirs == [speaker.split()[-1].lower()]


def _people_named(before: str, speaker: str) -> list[NameMention]:
    theirs = {w.lower() for w in speaker.split()}
    return [
        n for n in scan_names(before)
        if n.person
        or (len(n.tokens) == 1 and not _PLACE_PREPOSITION.search(before, 0, n.start))
        or theirs & {t.lower() for t in n.tokens}  # "Nadia Florescu KC"
    ]
