# Stadtdialog: make demo | make test | make package | make lint | make bench | make transup | make transcompile
SHELL := /bin/bash
ROOT := $(abspath .)
BUILD := $(ROOT)/build
VENV := $(ROOT)/.venv
PYGEOAPI_VENV := $(ROOT)/.venv-pygeoapi
PY := $(VENV)/bin/python
PLUGINS := $(BUILD)/plugins
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
# QGIS finds a plugin by its folder name and the package imports by it: link the root as 'stadtdialog'.
RUN := env QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr QGIS_PLUGINPATH=$(PLUGINS) \
	PYTHONPATH=$(PLUGINS):/usr/share/qgis/python/plugins PYGEOAPI_VENV=$(PYGEOAPI_VENV) \
	STADTDIALOG_BUILD=$(BUILD)
PYTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: test test-slow demo package lint transup transcompile bench system venv clean

system:
	@scripts/install-system.sh

venv: system
	@scripts/install-venv.sh $(VENV) requirements-dev.txt --system-site-packages
	@scripts/install-venv.sh $(PYGEOAPI_VENV) requirements-pygeoapi.txt

$(PLUGINS)/stadtdialog:
	@mkdir -p $(PLUGINS)
	@ln -sfn $(ROOT) $(PLUGINS)/stadtdialog

transcompile: system
	@for ts in i18n/*.ts; do lrelease -silent $$ts -qm $${ts%.ts}.qm; done

transup: system
	@pylupdate5 -noobsolete $$(git ls-files '*.py' | grep -v '^tests/' | grep -v '^scripts/') \
		$$(git ls-files '*.ui') -ts i18n/stadtdialog_de.ts

test: venv transcompile $(PLUGINS)/stadtdialog
	@$(VENV)/bin/ruff check -q .
	@$(RUN) $(PY) -m pytest tests -p no:cacheprovider --basetemp=$(BUILD)/pytest -m "not slow" $(PYTEST_ARGS)

test-slow: venv transcompile $(PLUGINS)/stadtdialog
	@$(RUN) $(PY) -m pytest tests -p no:cacheprovider --basetemp=$(BUILD)/pytest-slow -m slow $(PYTEST_ARGS)

demo: venv transcompile $(PLUGINS)/stadtdialog
	@$(RUN) $(PY) scripts/demo.py --out $(ROOT)/demo-output

bench: venv transcompile $(PLUGINS)/stadtdialog
	@$(RUN) $(PY) scripts/bench.py --work $(BUILD)/bench $(BENCH_ARGS)

PACKAGE_OUT ?= $(ROOT)/dist/stadtdialog-$(VERSION).zip
package: transcompile
	@/usr/bin/python3 scripts/package.py --out $(PACKAGE_OUT)

lint: venv
	@$(VENV)/bin/ruff check .

clean:
	rm -rf $(BUILD) dist demo-output
