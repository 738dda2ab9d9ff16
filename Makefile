# detentio workspace. `make help` lists the targets.
# Every target that runs code first makes sure .venv exists and is current.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
JOBS   ?= 2

.DEFAULT_GOAL := help
.PHONY: help setup reports test test-fast check eval bench lab clean

help:  ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $(STAMP)

setup: $(STAMP)  ## create .venv and install the workspace (editable) with test tools

reports: $(STAMP)  ## check the inputs, then run every notebook in runs.yml into reports/
	$(BIN)/detentio check
	@if [ -f runs.yml ]; then $(BIN)/detentio build --jobs $(JOBS); \
	 else echo "no runs.yml yet: nothing to build"; fi

test: $(STAMP)  ## run the whole test suite (unit, notebooks, browser, PDF)
	$(BIN)/python -m pytest

test-fast: $(STAMP)  ## the tests that start no kernel, browser or build (about a minute)
	$(BIN)/python -m pytest -m "not slow"

check: $(STAMP)  ## validate sources, manifest and reference data
	$(BIN)/detentio check

eval: $(STAMP)  ## precision/recall against tests/gold; EVAL_ARGS=--by-rule scores each rule alone
	$(BIN)/detentio eval $(EVAL_ARGS)

bench: $(STAMP)  ## time extraction (1k/10k/100k docs) and builds; BENCH_ARGS="--sizes 1000" for less
	$(BIN)/python benchmarks/run.py --build $(BENCH_ARGS)

# JupyterLab stops when it runs as root unless given --allow-root, and can open a
# browser only where there is a screen (a display on Linux; any macOS session).
SCREEN    := $(if $(filter Darwin,$(shell uname -s)),mac,)$(DISPLAY)$(WAYLAND_DISPLAY)
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root,) $(if $(CI)$(if $(SCREEN),,headless),--no-browser,)

lab: $(STAMP)  ## start JupyterLab on the workspace (LAB_ARGS="--port 8899" passes options on)
	$(BIN)/jupyter lab --notebook-dir=. $(strip $(LAB_FLAGS) $(LAB_ARGS))

clean:  ## remove build output (reports/) and caches, keep .venv
	rm -rf reports/* .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
