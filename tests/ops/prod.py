"""Run the app's own commands in subprocesses with a production environment.

Subprocesses start from a clean slate: the test run's DJANGO_*, DATABASE_URL,
CELERY_* and NEWSFACTS_* variables are dropped, so each test states exactly
the environment it means.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
_APP_PREFIXES = ("DJANGO_", "CELERY_", "NEWSFACTS_", "DATABASE_", "REDIS_", "GUNICORN_", "WEB_", "POSTGRES_")


def bare_env() -> dict[str, str]:
    """os.environ without any variable the app or its servers read."""
    return {k: v for k, v in os.environ.items() if not k.startswith(_APP_PREFIXES)}


def production_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The minimum a production deployment sets: DEBUG off, a key, hosts, a database."""
    env = bare_env()
    env.update(
        DJANGO_DEBUG="False",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),  # 67 characters
        DJANGO_ALLOWED_HOSTS="newsfacts.example.org",
        DATABASE_URL=f"sqlite:///{data_dir / 'prod.sqlite3'}",
        NEWSFACTS_DATA_DIR=str(data_dir),
    )
    env.update(extra)
    return env


def run(argv: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)


def manage(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return run([sys.executable, "manage.py", *args], env=env, timeout=timeout)


def native(argv: list[str]) -> list[str]:
    """A compose command with its program resolved in this virtualenv (python, celery, gunicorn)."""
    program = sys.executable if argv[0] == "python" else str(BIN / argv[0])
    return [program, *argv[1:]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False
