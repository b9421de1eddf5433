# Two commands on a fresh machine with Python 3.11+: `make demo` and `make test`.
PYTHON ?= python3
# uv from PATH when present, else one installed by pip into a private venv (.tools/):
# that works even where the system Python refuses `pip install` (PEP 668).
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
# Trust the machine's certificate store (corporate proxies, custom CAs) as pip does.
export UV_SYSTEM_CERTS ?= 1
VENV := .venv
STAMP := $(VENV)/.synced

.PHONY: demo test lint typecheck fmt bootstrap airflow bench model clean

bootstrap: $(STAMP)

$(STAMP): pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || { $(PYTHON) -m venv .tools && .tools/bin/pip install --quiet uv; }
	$(UV) sync --frozen
	@touch $(STAMP)

# The demo classifies with the trained model and gate, as production does once `make model` has run; training
# is skipped when the labelled data and settings are unchanged (the model's version is their hash).
demo: $(STAMP) model
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

# The text model and its gate, trained on every labelled batch's dev items (never the held-out test items);
# saved under $HRDWATCH_MODEL_DIR (default var/models) and used by every later classification.
LABELLED := tests/data/labelled
TRAINING_FILES := en intl fresh dev3 dev4 dev5 holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 dev6 holdout11 dev7 holdout12 holdout13 holdout14 holdout15 holdout16 holdout17
model: $(STAMP)
	$(UV) run --frozen hrdwatch train --split dev $(foreach f,$(TRAINING_FILES),--input $(LABELLED)/$(f).jsonl)

airflow: $(STAMP)
	$(UV) run --frozen hrdwatch airflow-standalone

clean:
	rm -rf var out .tools .pytest_cache .mypy_cache .ruff_cache
