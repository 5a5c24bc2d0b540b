"""Project hygiene that CI enforces: migrations match the models, the core stays pure, lint is clean."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@pytest.mark.django_db
def test_models_and_migrations_agree():
    """No model change is missing its migration."""
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_domain_core_imports_no_django():
    """import-linter's contract: claims.nlp and the cleaners import nothing from Django, DRF or Celery."""
    result = subprocess.run([str(BIN / "lint-imports")], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing():
    result = subprocess.run([str(BIN / "ruff"), "check", "--output-format", "concise", "."], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
