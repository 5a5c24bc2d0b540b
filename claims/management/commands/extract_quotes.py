"""python manage.py extract_quotes IN.jsonl OUT.jsonl : the pipeline's quote extractor, no database."""

import json

from django.core.management.base import BaseCommand, CommandError

from claims.nlp.quote_export import quote_records


class Command(BaseCommand):
    help = "Extract quotes with speakers from each {id, text} line of a JSONL file."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("input")
        parser.add_argument("output")

    def handle(self, *args, **options):
        count = 0
        try:
            with open(options["input"], encoding="utf-8") as src, open(options["output"], "w", encoding="utf-8") as out:
                for n, line in enumerate(src, 1):
                    if not line.strip():
                        continue
                    try:
                        doc = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise CommandError(f"line {n}: not JSON ({exc})") from exc
                    out.write(json.dumps({"id": doc.get("id"), "quotes": quote_records(doc.get("text") or "")}) + "\n")
                    count += 1
        except OSError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Extracted quotes from {count} documents.")
