# Waspada TPPO. `make run` serves the demo site; `make test` runs the whole test suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.PHONY: run test serve bench bench-cluster loadtest lint format audit venv test-venv messages clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

venv: $(VENV)/.installed
test-venv: $(VENV)/.installed-test

run: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py create_demo_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: test-venv
	$(PY) -m pytest $(PYTEST_ARGS)

# The hall server: production settings on SQLite behind Caddy on the LAN (deploy/serve.py).
SERVE_ARGS ?= --demo
serve: venv
	$(PY) deploy/serve.py $(SERVE_ARGS)

bench-cluster: test-venv
	$(PY) -m deploy.cluster_bench

bench: test-venv
	$(PY) -m bench.run

# LOADTEST_DB=sqlite (or postgres) runs one database; LOADTEST_SECONDS shortens phase 1.
loadtest: test-venv
	@status=0; for db in $(or $(LOADTEST_DB),sqlite postgres); do \
		$(PY) -m bench.loadtest --db $$db || status=1; done; exit $$status

lint: test-venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/djhtml --check templates

# Known vulnerabilities in the pinned requirements (PyPI's advisory data) and a static security
# scan of the project's code; the scan fails on any high-severity finding.
audit: test-venv
	$(VENV)/bin/pip-audit -r requirements.txt --progress-spinner off
	$(VENV)/bin/bandit -q -r accounts certificates content courses elearn home pagecache quizzes -x "*/migrations/*" --severity-level high

format: test-venv
	$(VENV)/bin/djhtml templates
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) .test-db* test-artifacts
