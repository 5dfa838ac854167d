# Rumour & scam monitor. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install demo test test-unit test-integration chaos lint format typecheck promtool chromium clean stack-up stack-down

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[embedded,dev]'
	@# the cascade's static model (on by default) of the default model, distilled once into
	@# MONITOR_MODELS_DIR (~1 min, offline; a no-op when cached) so that a fresh clone's first worker, demo
	@# or CI run has the cascade from the start (without it a worker runs with the cascade off and distils
	@# it in the background; another model: `MONITOR_MODEL=... monitor model distill`)
	HF_HUB_OFFLINE=1 MONITOR_MODEL=all-MiniLM-L6-v2 $(BIN)/monitor model distill \
	  || echo "static model not distilled: a worker distils it in the background (cascade off until then)"
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install the monitor with the embedded stack and dev tools

demo: install ## start the embedded stack, load the Sora catalogue, replay the demo stream, show alerts live (Ctrl-C stops all)
	HF_HUB_OFFLINE=1 $(BIN)/monitor demo

test: install promtool chromium ## the whole suite against a real broker, Redis and model it starts itself
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -ra --durations=25 $(PYTEST_ARGS)

test-unit: install ## fast unit tests only (no services, no model)
	$(BIN)/python -m pytest -q tests/unit $(PYTEST_ARGS)

test-integration: install ## integration tests only
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q tests/integration $(PYTEST_ARGS)

chaos: install ## kill -9, Redis outage, broker pause, hostile input, down/up against a private stack; prints the table
	HF_HUB_OFFLINE=1 $(BIN)/monitor chaos $(CHAOS_ARGS)

lint: install ## ruff lint + format check, mypy, import layers (lint-imports)
	$(BIN)/ruff check monitor streams tests scripts
	$(BIN)/ruff format --check monitor streams tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

format: install ## apply ruff fixes and formatting
	$(BIN)/ruff check --fix monitor streams tests scripts
	$(BIN)/ruff format monitor streams tests scripts

promtool: ## install promtool (Debian's prometheus package) when missing and we are root; else rule tests skip
	@command -v promtool >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing promtool (Debian package prometheus)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null) \
	      || echo "promtool install failed: rule tests will be skipped"; \
	  else echo "promtool not found: Prometheus rule tests will be skipped (apt-get install prometheus)"; fi; }

chromium: ## install Debian's chromium + chromium-driver when missing and we are root; else browser tests skip
	@command -v chromedriver >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium, chromium-driver and a CJK font (Debian packages) for the console's browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-wqy-microhei >/dev/null) \
	      || echo "chromium install failed: browser tests will be skipped"; \
	  else echo "chromium/chromedriver not found: browser tests will be skipped (apt-get install chromium chromium-driver)"; fi; }

stack-up: install ## start the embedded broker and Redis in the background (prints export lines)
	@$(BIN)/monitor up

stack-down: install ## stop the embedded broker and Redis
	@$(BIN)/monitor down

clean: ## remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
