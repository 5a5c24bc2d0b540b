#!/usr/bin/env python3
"""Latency and throughput of the claims pages and API under load (gunicorn + wrk, loopback only).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsfacts_bench \\
        .venv/bin/python benchmarks/web_bench.py [--duration 20] [--connections 8] [--port 8765]

Starts gunicorn (2 workers, bound to 127.0.0.1) with DEBUG off and the API
throttle raised, runs ``wrk`` against each endpoint for ``--duration`` seconds
after a short untimed warm-up (detail endpoints rotate over up to 2000 claim ids
with a Lua script), prints
p50/p99 latency and requests/s, and stops gunicorn. Fill the database first
with ``manage.py seed_bulk``. Needs the ``wrk`` binary (Debian package wrk).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

LUA = """
ids = {%s}
counter = 0
request = function()
  counter = counter + 1
  local path = string.format("%s", ids[(counter %% #ids) + 1])
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format("P50_US %%d\\nP99_US %%d\\n", latency:percentile(50), latency:percentile(99)))
end
"""


def server_env(database_url: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "False",
            "DJANGO_SECRET_KEY": "bench-only-" + "x" * 40, "DJANGO_ALLOWED_HOSTS": HOST,
            "DJANGO_SECURE_SSL_REDIRECT": "False", "DJANGO_SECURE_COOKIES": "False",
            "NEWSFACTS_THROTTLE_ANON": "1000000/min", "NEWSFACTS_THROTTLE_USER": "1000000/min",
            "DJANGO_LOG_LEVEL": "WARNING", "CELERY_BROKER_URL": ""}


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    cmd = [str(Path(sys.executable).parent / "gunicorn"), "newsfacts.wsgi:application", "-c", "gunicorn.conf.py",
           "--bind", f"{HOST}:{port}", "--workers", str(workers), "--access-logfile", "/dev/null",
           "--max-requests", "0"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2)
            return proc
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 30 s")


def claim_ids(database_url: str, limit: int) -> list[int]:
    """A spread of claim ids (every k-th by id), so detail requests hit old and new claims."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsfacts.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from claims.models import Claim

    total = Claim.objects.count()
    step = max(1, total // limit)
    ids = list(Claim.objects.order_by("id").values_list("id", flat=True)[::step][:limit]) if total else []
    return ids


def run_wrk(url: str, lua: str | None, duration: int, connections: int) -> dict[str, float]:
    cmd = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--latency", url]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(lua or LUA % ("0", "/"))
        script = fh.name
    if lua:
        cmd[1:1] = ["-s", script]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 30).stdout
    os.unlink(script)
    return parse_wrk(out)


def parse_wrk(out: str) -> dict[str, float]:
    """Requests/s, p50/p99 in ms and the count of non-2xx answers from wrk's text output."""
    def unit_ms(value: str, unit: str) -> float:
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]

    r = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)) if "Requests/sec" in out else 0.0}
    for pct in ("50", "99"):
        m = re.search(rf"^\s+{pct}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\b", out, re.MULTILINE)
        r[f"p{pct}_ms"] = unit_ms(*m.groups()) if m else float("nan")
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    r["errors"] = float(m.group(1)) if m else 0.0
    return r


def endpoints(ids: list[int]) -> list[tuple[str, str, str | None]]:
    id_list = ",".join(str(i) for i in ids) or "0"
    return [
        ("claims list", "/claims/", None),
        ("claim page", "/claims/", LUA % (id_list, "/claims/%d/")),
        ("API list", "/api/claims/", None),
        ("API detail", "/api/claims/", LUA % (id_list, "/api/claims/%d/")),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    ap.add_argument("--duration", type=int, default=20)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--ids", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=3, help="seconds of untimed load before each endpoint")
    args = ap.parse_args(argv)
    if "bench" not in args.database_url:
        ap.error("give a benchmark database (its name must contain 'bench') with --database-url or DATABASE_URL")
    if not shutil.which("wrk"):
        ap.error("wrk not found: apt-get install -y wrk")
    ids = claim_ids(args.database_url, args.ids)
    proc = start_gunicorn(server_env(args.database_url), args.port, args.workers)
    try:
        print(f"{len(ids)} claim ids; {args.workers} gunicorn workers; wrk -c {args.connections} -d {args.duration}s")
        for name, path, lua in endpoints(ids):
            # Untimed warm-up: each worker's first requests load templates and open connections.
            run_wrk(f"http://{HOST}:{args.port}{path}", lua, args.warmup, args.connections)
            r = run_wrk(f"http://{HOST}:{args.port}{path}", lua, args.duration, args.connections)
            print(f"  {name:12s} p50 {r['p50_ms']:7.1f} ms  p99 {r['p99_ms']:7.1f} ms  {r['rps']:7.1f} req/s"
                  f"  non-2xx {int(r['errors'])}")
    finally:
        proc.terminate()
        proc.wait(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
