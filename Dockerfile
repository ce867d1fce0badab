# One image for every role in compose.yaml: the web server (gunicorn), the job workers and beat.
# Dependencies come from uv.lock exactly (`uv sync --frozen`), as `make install` does on a machine.
FROM python:3.11-slim-bookworm

# WeasyPrint draws PDF reports with Pango and HarfBuzz; DejaVu gives the reports their fonts.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fontconfig \
 && rm -rf /var/lib/apt/lists/*

# The same uv as the Makefile pins.
RUN pip install --no-cache-dir "uv==0.13.9"

ENV UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    PYTHONUNBUFFERED=1 \
    PATH=/app/.venv/bin:$PATH \
    DIALOGUE_DATA_DIR=/data

WORKDIR /app
# The locked dependencies first, in their own layer: a change to the code does not reinstall them.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY README.md manage.py ./
COPY dialogue ./dialogue
RUN uv sync --frozen --no-dev

# Nobody runs as root; the data folder holds the secret key when DIALOGUE_SECRET_KEY is not set, and exports.
RUN useradd --create-home --uid 10001 dialogue && mkdir -p /data && chown dialogue /data
USER dialogue
VOLUME /data
EXPOSE 8000

# The web role by default; compose.yaml gives the workers and beat their own commands.
# gunicorn reads its number of worker processes from WEB_CONCURRENCY.
ENV WEB_CONCURRENCY=2
CMD ["gunicorn", "dialogue.wsgi:application", "--bind", "0.0.0.0:8000", "--preload", "--access-logfile", "-"]
