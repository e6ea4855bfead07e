# Two commands on a fresh machine:  make demo  (set up, run the main job on the bundled sample)
#                                   make test  (set up, ruff, the whole test suite)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_OUT ?= out/demo

.PHONY: demo test lint bench lock system-deps clean

$(STAMP): pyproject.toml requirements.lock requirements-nodeps.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-nodeps.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

# Debian's Chromium renders the HTML report in the browser test (skipped with a reason if absent).
system-deps:
	@command -v chromium >/dev/null 2>&1 || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null) || \
	  echo "note: could not install chromium; the browser test will be skipped"

demo: $(STAMP)
	$(VENV)/bin/parallax run examples/articles --manifest examples/manifest.json \
	  --groups examples/groups.toml --out $(DEMO_OUT) || test $$? -eq 1
	@echo "Briefing: $(DEMO_OUT)/briefing.json   Report: $(DEMO_OUT)/index.html"

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench scripts

test: $(STAMP) system-deps lint
	$(VENV)/bin/pytest

bench: $(STAMP)
	$(PY) bench/ingest.py
	$(PY) bench/quotes.py
	$(PY) bench/times.py
	$(PY) bench/tone.py
	$(PY) bench/cluster.py
	$(PY) bench/compare.py
	$(PY) bench/analyze.py

# Re-pin the dependencies (hashes included) after changing pyproject.toml.
lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 -o requirements.lock -q

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
