"""docker-compose.yml, Dockerfile and .env.example, checked without a Docker engine.

The structure is read with PyYAML; every command a container runs is then run
natively from this virtualenv, so a typo in a program, module or option fails
here rather than at deploy time.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import time
from urllib.parse import urlsplit

import pytest

from tests.ops.prod import REPO, free_port, manage, native, port_open, production_env, run

yaml = pytest.importorskip("yaml", reason="PyYAML is a dev dependency (pip install -e .[dev])")

COMPOSE_TEXT = (REPO / "docker-compose.yml").read_text()
COMPOSE = yaml.safe_load(COMPOSE_TEXT)
SERVICES = COMPOSE["services"]
APP_SERVICES = ("migrate", "web", "worker", "beat")
ENV_EXAMPLE = (REPO / ".env.example").read_text()
DOCKERFILE = (REPO / "Dockerfile").read_text()
# VAR= or "# VAR=" (a documented default) at the start of a line.
DOCUMENTED = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE, flags=re.M))


def command(service: str) -> list[str]:
    cmd = SERVICES[service]["command"]
    return shlex.split(cmd) if isinstance(cmd, str) else list(cmd)


def healthcheck(service: str) -> str:
    test = SERVICES[service]["healthcheck"]["test"]
    return test if isinstance(test, str) else " ".join(test)


def test_every_service_is_defined():
    """The stack has the database, the broker, a one-shot migrate, web, worker and beat."""
    assert {"postgres", "redis", "migrate", "web", "worker", "beat"} <= set(SERVICES)


def test_app_services_share_the_x_app_anchor():
    """web, worker, beat and migrate reuse one &app block: same image, same .env."""
    assert re.search(r"^x-app: &app$", COMPOSE_TEXT, flags=re.M)
    for name in APP_SERVICES:
        assert re.search(rf"^  {name}:\n    <<: \*app$", COMPOSE_TEXT, flags=re.M), name
        service = SERVICES[name]
        assert service["build"] == "." and service["image"] == "newsfacts:latest", name
        assert service["env_file"] in (".env", [".env"]), name


def test_web_runs_gunicorn_on_the_wsgi_app():
    """The web container serves newsfacts.wsgi with gunicorn and its config file."""
    argv = command("web")
    assert argv[0] == "gunicorn" and argv[-1] == "newsfacts.wsgi"
    assert "gunicorn.conf.py" in argv


def test_worker_runs_celery_worker_with_two_processes():
    argv = command("worker")
    assert argv[:4] == ["celery", "-A", "newsfacts", "worker"]
    assert argv[argv.index("--concurrency") + 1] == "2"


def test_beat_runs_celery_beat():
    argv = command("beat")
    assert argv[:4] == ["celery", "-A", "newsfacts", "beat"]


def test_migrations_run_once_before_the_app_starts():
    """migrate is a one-shot; web, worker and beat wait for it to finish successfully."""
    assert command("migrate")[:3] == ["python", "manage.py", "migrate"]
    assert SERVICES["migrate"]["restart"] == "no"
    for name in ("web", "worker", "beat"):
        assert SERVICES[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}


def test_app_services_wait_for_healthy_database_and_broker():
    for name in APP_SERVICES:
        depends = SERVICES[name]["depends_on"]
        assert depends["postgres"] == {"condition": "service_healthy"}, name
    for name in ("web", "worker", "beat"):
        assert SERVICES[name]["depends_on"]["redis"] == {"condition": "service_healthy"}, name


def test_postgres_redis_and_web_have_healthchecks():
    assert "pg_isready" in healthcheck("postgres")
    assert "redis-cli ping" in healthcheck("redis")
    assert "newsfacts.health" in healthcheck("web") and "/healthz" in healthcheck("web")


def test_postgres_keeps_its_data_on_a_named_volume():
    volumes = SERVICES["postgres"]["volumes"]
    named = [v.split(":")[0] for v in volumes if v.endswith(":/var/lib/postgresql/data")]
    assert named and named[0] in COMPOSE["volumes"]


def test_database_and_broker_urls_point_at_the_compose_services():
    """Inside the stack the app reaches PostgreSQL and Redis by service name."""
    for name in APP_SERVICES:
        env = SERVICES[name]["environment"]
        database = urlsplit(re.sub(r"\$\{[^}]*\}", "x", env["DATABASE_URL"]))
        assert database.scheme == "postgres" and database.hostname == "postgres", name
        broker = urlsplit(env["CELERY_BROKER_URL"])
        assert broker.scheme == "redis" and broker.hostname == "redis", name
        assert urlsplit(env["REDIS_URL"]).hostname == "redis", name


def test_every_compose_variable_is_in_env_example():
    """${VAR} substitutions and container environment keys are all documented."""
    used = set(re.findall(r"(?<!\$)\$\{([A-Z][A-Z0-9_]*)", COMPOSE_TEXT))
    for name in APP_SERVICES:
        used |= set(SERVICES[name]["environment"])
    assert used and used <= DOCUMENTED, sorted(used - DOCUMENTED)


def test_every_variable_the_settings_read_is_in_env_example():
    settings_text = (REPO / "newsfacts" / "settings.py").read_text()
    read = set(re.findall(r"\.(?:str|bool|int|float|list|db|url|json)\(\s*\"([A-Z][A-Z0-9_]*)\"", settings_text))
    gunicorn_text = (REPO / "gunicorn.conf.py").read_text()
    read |= set(re.findall(r"environ\.get\(\"([A-Z][A-Z0-9_]*)\"", gunicorn_text))
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL", "WEB_CONCURRENCY"} <= read
    assert read <= DOCUMENTED, sorted(read - DOCUMENTED)


def test_env_example_sets_nothing_empty_but_the_required_secrets():
    """An empty VAR= overrides a default with ""; only values the operator must fill may be empty."""
    empty = set(re.findall(r"^([A-Z][A-Z0-9_]*)=\s*$", ENV_EXAMPLE, flags=re.M))
    assert empty == {"DJANGO_SECRET_KEY", "POSTGRES_PASSWORD"}


def test_env_example_with_secrets_filled_passes_the_deploy_check(tmp_path):
    """cp .env.example .env, fill in the REQUIRED values: check --deploy has nothing to say."""
    values = dict(re.findall(r"^([A-Z][A-Z0-9_]*)=(.*)$", ENV_EXAMPLE, flags=re.M))
    env = production_env(tmp_path)
    secret = env["DJANGO_SECRET_KEY"]
    env.update(values)
    env.update(DJANGO_SECRET_KEY=secret, POSTGRES_PASSWORD="pw")
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_builds_from_python_311_slim_and_collects_static():
    assert re.search(r"^FROM python:3\.11-slim$", DOCKERFILE, flags=re.M)
    assert "pip install ." in DOCKERFILE
    assert "manage.py collectstatic --noinput" in DOCKERFILE
    assert re.search(r"^USER (?!root)", DOCKERFILE, flags=re.M), "the app must not run as root"


def test_every_file_the_dockerfile_copies_exists():
    """COPY sources exist, including the README pip needs for the package metadata."""
    sources = []
    for line in re.findall(r"^COPY (.+)$", DOCKERFILE, flags=re.M):
        sources += line.split()[:-1]
    missing = [s for s in sources if not (REPO / s).exists()]
    assert not missing, f"docker build would fail: {missing} missing"


def test_dockerfile_collectstatic_step_runs(tmp_path):
    """The image's collectstatic (manifest + compression, DEBUG off) succeeds on this tree."""
    result = manage("collectstatic", "--noinput", env=production_env(tmp_path), timeout=90)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "staticfiles" / "staticfiles.json").exists()


def test_web_command_passes_gunicorn_check_config(tmp_path):
    """gunicorn loads its config and imports newsfacts.wsgi under production settings."""
    result = run([*native(command("web")[:-1]), "--check-config", "newsfacts.wsgi"], env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("service", ["worker", "beat", "migrate"])
def test_celery_and_manage_commands_parse(service, tmp_path):
    """Every program, app module and option of the command exists (--help parses it all first)."""
    result = run([*native(command(service)), "--help"], env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_celery_app_loads_with_its_tasks(tmp_path):
    """celery -A newsfacts report: the app imports, configured from Django settings."""
    result = run(native(["celery", "-A", "newsfacts", "report"]), env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "newsfacts" in result.stdout


def test_web_command_serves_and_its_healthcheck_passes(tmp_path):
    """The compose web command, run natively in production mode, satisfies the compose healthcheck."""
    port = free_port()
    argv = [*native(command("web")), "--bind", f"127.0.0.1:{port}", "--workers", "1"]
    env = production_env(tmp_path)
    server = subprocess.Popen(argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not port_open(port):
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() < deadline, "gunicorn did not start within 20 s"
            time.sleep(0.1)
        probe = [arg.replace("127.0.0.1:8000", f"127.0.0.1:{port}") for arg in SERVICES["web"]["healthcheck"]["test"][1:]]
        result = run(native(probe), env=env, timeout=15)
        assert result.returncode == 0, result.stdout + result.stderr
        assert '"database": {"ok": true' in result.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)
