"""``manage.py extract_html PAGES_DIR OUT.json``: extract every saved page, no database."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from articles.html_batch import extract_dir


class Command(BaseCommand):
    help = "Extract article bodies and metadata from <id>.html / <id>.html.gz pages into a JSON file."
    requires_system_checks: list[str] = []  # pure file work: no models, no database
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("pages_dir")
        parser.add_argument("out")

    def handle(self, *args, pages_dir: str, out: str, **options):
        def report(pid: str, exc: Exception) -> None:
            self.stderr.write(f"{pid}: {type(exc).__name__}: {exc}")

        records = extract_dir(pages_dir, on_error=report)
        Path(out).write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
        empty = sum(1 for r in records.values() if not r["articleBody"])
        self.stdout.write(f"{len(records)} pages written to {out} ({empty} without article text)")
