"""Speaker identity across articles: resolve names, merge and split speakers."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from claims.models import ClaimMention, Quote, Speaker, SpeakerAlias, SpeakerRole
from claims.nlp.speakers import KnownSpeaker, display_name, resolve_speaker, speaker_key
from claims.services.audit import audit_record


def _survivor(speaker: Speaker) -> Speaker:
    seen = set()
    while speaker.merged_into_id and speaker.pk not in seen:
        seen.add(speaker.pk)
        speaker = speaker.merged_into
    return speaker


def _alias_add(speaker: Speaker, name: str, key: str) -> None:
    SpeakerAlias.objects.get_or_create(
        key=key, defaults={"speaker": speaker, "alias": name[:300], "last_key": key.rsplit(" ", 1)[-1][:100]}
    )


def speaker_for_name(name: str, cache: dict[str, Speaker] | None = None) -> Speaker | None:
    """The Speaker a name refers to, created on first sight.

    Exact alias keys win (so editors' merges hold); otherwise a speaker whose
    aliases share the surname is taken when the name rules agree it is the
    same person ("Zelensky" = "Volodymyr Zelenskyy").
    """
    key = speaker_key(name)
    if not key:
        return None
    if cache is not None and key in cache:
        return cache[key]
    # The key is unique: no need for the aliases' default ordering (compiling it was most of the read).
    alias = SpeakerAlias.objects.select_related("speaker__merged_into").filter(key=key).order_by("pk").first()
    if alias is not None:
        speaker = _survivor(alias.speaker)
    else:
        speaker = _speaker_by_surname(name, key) or _speaker_create(name, key)
        _alias_add(speaker, name, key)
    if cache is not None:
        cache[key] = speaker
    return speaker


def speaker_key_expected(name: str | None, known: dict[str, Speaker]) -> str | None:
    """The key of the speaker ``speaker_for_name`` would give ``name``, reading nothing: a known
    alias's speaker, else a new speaker of its own (a surname match can still resolve it otherwise).

    ``known``: from ``speakers_known``.
    """
    key = speaker_key(name) if name else ""
    if not key:
        return None
    return known[key].key if key in known else key[:300]


def speakers_known(names: Iterable[str]) -> dict[str, Speaker]:
    """A ``speaker_for_name`` cache already holding every one of ``names`` seen before, read in one query."""
    keys = {key for key in map(speaker_key, names) if key}
    if not keys:
        return {}
    aliases = SpeakerAlias.objects.select_related("speaker__merged_into").filter(key__anyof=keys).order_by()
    return {alias.key: _survivor(alias.speaker) for alias in aliases}


def _speaker_by_surname(name: str, key: str) -> Speaker | None:
    last = key.rsplit(" ", 1)[-1]
    aliases = list(SpeakerAlias.objects.filter(last_key=last).select_related("speaker__merged_into")[:200])
    known: dict[int, KnownSpeaker] = {}
    for alias in aliases:
        speaker = _survivor(alias.speaker)
        entry = known.setdefault(speaker.pk, KnownSpeaker(id=speaker.pk, name=speaker.name, aliases=[]))
        entry.aliases.append(alias.alias)
    found = resolve_speaker(name, list(known.values()))
    if found is None:
        return None
    speaker = Speaker.objects.get(pk=found)
    # Prefer the fuller form as the display name ("Zelensky" -> "Volodymyr Zelenskyy").
    if len(display_name(name).split()) > len(speaker.name.split()):
        speaker.name = display_name(name)[:300]
        speaker.save(update_fields=["name"])
    return speaker


def _speaker_create(name: str, key: str) -> Speaker:
    speaker, _ = Speaker.objects.get_or_create(key=key[:300], defaults={"name": display_name(name)[:300]})
    return _survivor(speaker)


@transaction.atomic
def speaker_merge(*, source_id: int, target_id: int, user, reason: str = "") -> Speaker:
    """Fold ``source`` into ``target``: its quotes, claims, roles and aliases move over."""
    source, target = (Speaker.objects.select_for_update().get(pk=pk) for pk in (source_id, target_id))
    if source.pk == target.pk:
        return target
    for model in (Quote, ClaimMention, SpeakerRole):
        model.objects.filter(speaker=source).update(speaker=target)
    from claims.models import Claim, QuoteGroup

    Claim.objects.filter(speaker=source).update(speaker=target)
    QuoteGroup.objects.filter(speaker=source).update(speaker=target)
    SpeakerAlias.objects.filter(speaker=source).update(speaker=target)
    source.merged_into = target
    source.save(update_fields=["merged_into"])
    audit_record(actor=user, action="speaker.merge", target=target,
                 summary=f"Merged {source.name} into {target.name}", data={"source": source.pk, "reason": reason})
    return target


@transaction.atomic
def speaker_split(*, speaker_id: int, alias_ids: list[int], name: str, user, reason: str = "") -> Speaker:
    """Move the given aliases, and the quotes resolved through them, to a new speaker."""
    speaker = Speaker.objects.select_for_update().get(pk=speaker_id)
    aliases = list(SpeakerAlias.objects.filter(speaker=speaker, pk__in=alias_ids))
    if not aliases:
        raise ValueError("Choose at least one alias to split off.")
    key = speaker_key(name) or aliases[0].key
    new = Speaker.objects.create(name=name[:300], key=_free_key(key))
    SpeakerAlias.objects.filter(pk__in=[a.pk for a in aliases]).update(speaker=new)
    names = [a.alias for a in aliases]
    Quote.objects.filter(speaker=speaker, speaker_name__in=names).update(speaker=new, speaker_locked=True)
    audit_record(actor=user, action="speaker.split", target=speaker,
                 summary=f"Split {', '.join(names)} off {speaker.name} as {new.name}",
                 data={"new_speaker": new.pk, "aliases": names, "reason": reason})
    return new


def _free_key(key: str) -> str:
    candidate, n = key, 1
    while Speaker.objects.filter(key=candidate).exists():
        n += 1
        candidate = f"{key} #{n}"
    return candidate
