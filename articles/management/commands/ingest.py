"""python manage.py ingest PATH... : ingest .txt/.html files or folders through the pipeline."""

from __future__ import annotations

import time
import uuid
from contextlib import nullcontext
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.models import IngestJob
from articles.services.ingest import FINISHED, ingest_submit
from claims.services.store import finishing_deferred

SUFFIXES = {".txt", ".html", ".htm", ".xhtml"}


def collect_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"No such file or folder: {raw}")
    return files


class Command(BaseCommand):
    help = "Ingest .txt/.html files or folders; runs the pipeline to completion (or enqueues with a broker)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--wait", action="store_true", help="With a broker: wait until every job has finished.")
        parser.add_argument("--timeout", type=float, default=3600.0, help="Seconds --wait waits at most.")
        parser.add_argument("--quiet-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        files = collect_files(options["paths"])
        if not files:
            raise CommandError("No .txt or .html files found.")
        batch = str(uuid.uuid4())
        eager = settings.CELERY_TASK_ALWAYS_EAGER
        bar = tqdm(files, desc="ingest", unit="file", disable=options["quiet_progress"], file=self.stderr._out)
        # In-process, contradictions are refreshed in bursts once every file is linked (see finishing_deferred).
        with finishing_deferred() if eager else nullcontext():
            for path in bar:
                bar.set_postfix_str(path.name[-40:])
                ingest_submit(kind=IngestJob.Kind.FILE, source=path.name, payload=path.read_bytes(), batch=batch)
        if not eager:
            self.stdout.write(f"Queued {len(files)} jobs (batch {batch}).")
            if not options["wait"]:
                return
            self._wait(batch, len(files), options["timeout"], options["quiet_progress"])
        self._summary(batch)

    def _wait(self, batch: str, total: int, timeout: float, quiet: bool) -> None:
        deadline = time.monotonic() + timeout
        with tqdm(total=total, desc="processing", unit="job", disable=quiet, file=self.stderr._out) as bar:
            while True:
                done = IngestJob.objects.filter(batch=batch, state__in=FINISHED).count()
                bar.update(done - bar.n)
                if done >= total:
                    return
                if time.monotonic() > deadline:
                    self.stderr.write(f"Timed out with {total - done} jobs still running.")
                    return
                time.sleep(0.5)

    def _summary(self, batch: str) -> None:
        jobs = list(IngestJob.objects.filter(batch=batch).order_by("id"))
        counts = {state: sum(j.state == state for j in jobs) for state in IngestJob.State.values}
        self.stdout.write(
            f"Ingested {counts['done']}, duplicates {counts['duplicate']}, failed {counts['failed']}"
            + (f", still running {counts['queued'] + counts['running']}" if counts["queued"] + counts["running"] else "")
            + "."
        )
        for job in jobs:
            if job.state == IngestJob.State.FAILED:
                self.stdout.write(f"  failed  {job.source}: {job.error}")
            elif job.state == IngestJob.State.DUPLICATE:
                self.stdout.write(f"  duplicate  {job.source}: {job.note}")
