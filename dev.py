#!/usr/bin/env python3
"""The two commands of the Quick start, with nothing but Python 3.11 installed.

    python3 dev.py run    # virtualenv, install, migrate, demo users + corpus, serve :8000
    python3 dev.py test   # virtualenv, install with test tools, run the whole suite

Every step is idempotent: re-running skips what is already done.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"


def step(message: str) -> None:
    print(f"\n==> {message}", flush=True)


def run(*args: str | os.PathLike, env: dict | None = None) -> None:
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True, env=env)


def ensure_venv() -> None:
    if not PYTHON.exists():
        step(f"Creating a virtualenv in {VENV.name}/")
        venv.EnvBuilder(with_pip=True).create(VENV)


def ensure_installed(extras: str) -> None:
    """pip install -e .[extras] when pyproject.toml changed since the last install."""
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    step("Installing NewsFacts and its dependencies (first run takes a minute or two)")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target)
    stamp.write_text(digest)


def cmd_run(argv: list[str]) -> None:
    ensure_venv()
    ensure_installed("")
    (ROOT / "data").mkdir(exist_ok=True)
    step("Migrating the database")
    run(PYTHON, "manage.py", "migrate", "--noinput")
    step("Demo users and demo corpus")
    run(PYTHON, "manage.py", "demo_setup")
    address = argv[0] if argv else "127.0.0.1:8000"
    step(f"Serving http://{address}/ (Ctrl+C to stop)")
    os.execv(str(PYTHON), [str(PYTHON), "manage.py", "runserver", address])


def cmd_test(argv: list[str]) -> None:
    ensure_venv()
    ensure_installed("dev")
    step("Running the test suite")
    os.execv(str(PYTHON), [str(PYTHON), "-m", "pytest", *argv])


COMMANDS = {"run": cmd_run, "test": cmd_test}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    COMMANDS[sys.argv[1]](sys.argv[2:])
