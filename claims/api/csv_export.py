"""Streaming CSV export of claims: rows are written as the database yields them.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a
tab/CR) get a leading apostrophe: claim text comes from fetched articles.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from rest_framework.renderers import BaseRenderer

from claims.models import Claim

COLUMNS = ["id", "page_url", "text", "speaker_id", "speaker", "status", "kind", "checkworthiness", "source_count",
           "mention_count", "contradiction_count", "first_seen_at", "created_at", "updated_at"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _Echo:
    """A file-like object whose write returns the line, for csv.writer (Django's streaming CSV recipe)."""

    def write(self, value: str) -> str:
        return value


def _cell(value) -> str:
    if value is None:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA_START) else text


def _row(claim: Claim, base_url: str) -> list[str]:
    values = [claim.pk, base_url + claim.get_absolute_url(), claim.text, claim.speaker_id,
              claim.speaker.name if claim.speaker_id else None, claim.status, claim.kind, claim.checkworthiness,
              claim.source_count, claim.mention_count, claim.contradiction_count, claim.first_seen_at,
              claim.created_at, claim.updated_at]
    return [_cell(v) for v in values]


def csv_lines(claims: Iterable[Claim], base_url: str) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for claim in claims:
        yield writer.writerow(_row(claim, base_url))


def claims_csv_response(qs: QuerySet[Claim], *, base_url: str) -> StreamingHttpResponse:
    """Stream ``qs`` (already filtered and ordered) as CSV; memory stays flat however many rows."""
    rows = qs.select_related("speaker").iterator(chunk_size=1000)
    response = StreamingHttpResponse(csv_lines(rows, base_url), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response


class CSVRenderer(BaseRenderer):
    """Negotiates ``text/csv``; renders only error answers (the export itself streams)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        writer_lines = []
        writer = csv.writer(_Echo())
        items = data.items() if isinstance(data, dict) else [("detail", data)]
        writer_lines.append(writer.writerow(["field", "message"]))
        for field, messages in items:
            for message in messages if isinstance(messages, list) else [messages]:
                writer_lines.append(writer.writerow([field, _cell(str(message))]))
        return "".join(writer_lines).encode(self.charset)
