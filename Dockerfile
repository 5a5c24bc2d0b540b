# NewsFacts production image: one image for web (gunicorn), worker and beat (celery).
# Build: docker compose build    Run: docker compose up -d    (see README, "Operations")
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    # The source tree is what runs: settings find templates/ and static/ beside
    # the packages (BASE_DIR), which an installed wheel would not carry.
    PYTHONPATH=/app

WORKDIR /app

# Dependencies first, so editing code does not reinstall them.
COPY pyproject.toml README.md manage.py ./
COPY newsfacts ./newsfacts
COPY articles ./articles
COPY claims ./claims
RUN pip install . && rm -rf build *.egg-info

COPY templates ./templates
COPY static ./static
COPY demo ./demo
COPY gunicorn.conf.py ./

# Hashed, compressed static files baked into the image (WhiteNoise serves them).
# The key and hosts below exist only for this build step; production values
# come from .env at run time. SQLite keeps the step independent of PostgreSQL.
RUN DJANGO_DEBUG=False \
    DJANGO_SECRET_KEY=collectstatic-build-step-only-not-a-runtime-secret-key \
    DJANGO_ALLOWED_HOSTS=build.invalid \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    python manage.py collectstatic --noinput \
    && rm -f /tmp/collectstatic.sqlite3

# Run as an unprivileged user; data/ holds only the collected static files.
RUN useradd --system --uid 10001 --home-dir /app newsfacts && chown -R newsfacts /app/data
USER newsfacts

EXPOSE 8000
CMD ["gunicorn", "--config", "gunicorn.conf.py", "newsfacts.wsgi"]
