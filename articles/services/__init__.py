"""Writes for the articles app: submit, run and delete ingestion work."""

from articles.services.ingest import (  # noqa: F401
    IngestRejected,
    ingest_job_run,
    ingest_submit,
)
