# Generative Studio: `make run` sets up and launches the studio, `make test` sets up and runs every test.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps lint clean bench

run: $(STAMP)
	$(VENV)/bin/studio

test: $(STAMP)
	bash packaging/run-tests.sh

setup: $(STAMP)

system-deps:
	bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml packaging/install-system-deps.sh
	bash packaging/install-system-deps.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# One pin for every machine: a CPU build where only that is offered, the CUDA build on Linux with PyPI.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) build *.egg-info
