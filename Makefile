# Generative Studio: `make run` sets up and launches the studio, `make test` sets up and runs every test.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# torch is pinned for every machine: the CPU build where only that is offered, CUDA on Linux from PyPI.

.PHONY: run test setup system-deps lint clean bench translations package smoke-test icons cjk-font

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
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The desktop bundle (docs/packaging.md): dist/generative-studio/, then its smoke test.
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(VENV)/bin/pyinstaller packaging/studio.spec --noconfirm --clean --distpath dist --workpath build/pyinstaller
	bash packaging/smoke-test.sh dist/generative-studio

smoke-test:
	bash packaging/smoke-test.sh dist/generative-studio

# Regenerate committed assets: the icon's PNG/ICO/ICNS renderings, the Chinese font subset.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py

cjk-font: $(PACKAGE_STAMP)
	$(PY) packaging/subset_cjk_font.py

lint: $(STAMP)
	$(VENV)/bin/lint-imports

# Update studio/assets/translations/*.ts from the code and compile the .qm files (after adding a tr() text).
translations: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m studio.ui.i18n_tools

clean:
	rm -rf $(VENV) build dist *.egg-info
