import pytest
from django.core.management import call_command


@pytest.fixture
def demo_graph(db, demo_dir, django_capture_on_commit_callbacks):
    """The demo corpus, ingested through the real pipeline."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(demo_dir), quiet_progress=True, stdout=open("/dev/null", "w"))
