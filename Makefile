# The front door. `make report` and `make test` set up .venv themselves on a machine with only python3.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: report test lab lint bench lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

## Regenerate every report in outputs/ from seeds/.
report: $(STAMP)
	$(PY) -m newslens report --articles seeds --out outputs --html

## The whole suite: lint, unit and property tests, notebooks (nbval) and the committed outputs.
test: $(STAMP)
	$(PY) -m ruff check lib tests benchmarks notebooks
	$(PY) -m pytest
	$(PY) -m pytest --nbval-lax --nbval-current-env notebooks
	$(PY) -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg outputs

## JupyterLab on the notebooks, for exploration.
lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

lint: $(STAMP)
	$(PY) -m ruff check lib tests benchmarks notebooks

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

## Re-resolve the pinned versions (needs the package registry).
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install --quiet --upgrade setuptools && .lockenv/bin/pip install --quiet -e '.[dev,lab]'
	.lockenv/bin/pip freeze --all --exclude-editable | grep -vE "^(pip|newslens)==" > requirements.lock
	rm -rf .lockenv

clean:
	rm -rf $(VENV)
