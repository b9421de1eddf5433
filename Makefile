# Two commands on a fresh machine with Python 3.11+: `make demo` and `make test`.
PYTHON ?= python3
# uv from PATH when present, else the one pip installs into this Python (`python -m uv`).
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
VENV := .venv
STAMP := $(VENV)/.synced

.PHONY: demo test lint typecheck fmt bootstrap airflow bench clean

bootstrap: $(STAMP)

$(STAMP): pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen
	@touch $(STAMP)

demo: $(STAMP)
	$(UV) run --frozen hrdwatch demo

test: $(STAMP)
	$(UV) run --frozen pytest -q

lint: $(STAMP)
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy

fmt: $(STAMP)
	$(UV) run --frozen ruff format .
	$(UV) run --frozen ruff check --fix .

bench: $(STAMP)
	$(UV) run --frozen python bench/classify.py
	$(UV) run --frozen python bench/match.py
	$(UV) run --frozen python bench/collect.py
	$(UV) run --frozen python bench/latency.py

airflow: $(STAMP)
	$(UV) run --frozen hrdwatch airflow-standalone

clean:
	rm -rf var out .pytest_cache .mypy_cache .ruff_cache
