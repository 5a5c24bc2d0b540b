"""A quote whose report gives its speaker only as a pronoun takes the speaker other reports name.

An excerpt that starts mid-article ("In a speech that lasted barely 12 minutes, she told
members: “...”") never names who "she" is, so the quote has no speaker; another outlet
carrying the same words names her. Linking already says the two are one utterance, so the
name holds for both. Read conservatively:

- only a quote with no speaker whose attribution is a personal pronoun ("she", "he");
  a name, a description or a pronoun the resolver gave someone is the report's own word;
- the other quotes of the group name exactly one speaker (two names are an attribution
  dispute, not for this rule to settle), in another article;
- the pronoun does not contradict the name's gender ("she" is not given to a Gareth).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claims.nlp.first_names import first_name_gender
from claims.nlp.quote_lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS

_PRONOUN_GENDER = {**dict.fromkeys(MALE_PRONOUNS, "m"), **dict.fromkeys(FEMALE_PRONOUNS, "f"), "they": None}


@dataclass(frozen=True, slots=True)
class GroupQuote:
    quote_id: int
    article_id: int
    speaker_id: int | None
    speaker_name: str  # the speaker's display name, "" when none
    speaker_mention: str  # the attribution's words in the report ("she", "Ms Caldbeck")


def _gender_fits(pronoun: str, name: str) -> bool:
    wanted = _PRONOUN_GENDER[pronoun]
    first = name.split()[0] if name.split() else ""
    known = first_name_gender(first) if len(name.split()) > 1 else None
    return wanted is None or known is None or known == wanted


def speakers_from_group(quotes: Sequence[GroupQuote]) -> dict[int, int]:
    """quote id -> the speaker id to give it, for the group's pronoun-only quotes that the rest of the
    group names."""
    named = {q.speaker_id: q for q in quotes if q.speaker_id is not None}
    if len(named) != 1:
        return {}
    (speaker_id, holder), = named.items()
    named_in = {q.article_id for q in quotes if q.speaker_id == speaker_id}
    out = {}
    for q in quotes:
        pronoun = q.speaker_mention.strip().lower()
        if (
            q.speaker_id is None
            and pronoun in _PRONOUN_GENDER
            and named_in - {q.article_id}
            and _gender_fits(pronoun, holder.speaker_name)
        ):
            out[q.quote_id] = speaker_id
    return out
