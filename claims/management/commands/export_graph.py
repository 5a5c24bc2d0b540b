"""python manage.py export_graph [-o FILE] : the whole graph as JSON (the scorer's EXPORT FORMAT)."""

import json
import sys

from django.core.management.base import BaseCommand

from claims.exports import graph_export


class Command(BaseCommand):
    help = "Export articles, speakers, quotes, claims and contradictions as JSON."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="File to write (default: standard output).")

    def handle(self, *args, **options):
        data = graph_export()
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
            counts = ", ".join(f"{len(v)} {k}" for k, v in data.items())
            self.stdout.write(f"Wrote {options['output']}: {counts}.")
        else:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
