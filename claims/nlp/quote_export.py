"""The quote records `manage.py extract_quotes` writes (the benchmark's PRED format).

One function serves the command and benchmarks/quotes_bench.py, so the figures
the benchmark prints are the figures the command produces.
"""

from __future__ import annotations

from claims.nlp.quotes import extract_quotes


def quote_records(text: str) -> list[dict]:
    """Direct and partial quotes of ``text`` with the speaker mention and the person it resolves to.

    Unattributed terms (scare quotes, titles of works nobody says) are left
    out: they are labels, not quotations of anyone.
    """
    return [
        {
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "speaker": q.speaker_mention,
            "speaker_name": q.speaker_name,
            "kind": q.kind,
            "partial": q.partial,
            "cue": q.cue,
        }
        for q in extract_quotes(text)
        if not (q.kind == "term" and q.speaker_mention is None)
    ]
