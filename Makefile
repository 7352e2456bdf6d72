# Stadtdialog: make demo | make test | make test-matrix | make test-mutate-report | make package | make check-package | make screenshots
# | make lint | make bench
# | make transup | make transcompile
SHELL := /bin/bash
ROOT := $(abspath .)
# Overridden inside a version-matrix root (scripts/qgis-root.sh), where they live beside that QGIS.
BUILD := $(ROOT)/build
VENV := $(ROOT)/.venv
PYGEOAPI_VENV := $(ROOT)/.venv-pygeoapi
PY := $(VENV)/bin/python
PLUGINS := $(BUILD)/plugins
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
# QGIS finds a plugin by its folder name and the package imports by it: link the root as 'stadtdialog'.
# /usr/bin first: QGIS finds its prefix and embedded Python through PATH (a pyenv or venv python breaks it).
RUN := env PATH=/usr/bin:/bin:$(PATH) QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr QGIS_PLUGINPATH=$(PLUGINS) \
	PYTHONPATH=$(PLUGINS):/usr/share/qgis/python/plugins PYGEOAPI_VENV=$(PYGEOAPI_VENV) \
	STADTDIALOG_BUILD=$(BUILD)
PYTEST_ARGS ?=
BENCH_ARGS ?=
# make test-qgis QGIS=3.40 | 3.44, make bench QGIS=3.40: the same target on that QGIS, in a Debian root.
QGIS ?=

MUTATE_ARGS ?=
MUTATE_REPORT_ARGS ?=
MUTATE_VENV := $(ROOT)/.venv-mutate

.PHONY: test test-slow test-mutate test-mutate-report test-qgis test-matrix demo screenshots package check-package lint transup transcompile bench system \
	venv clean

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

test-qgis:
	@test -n "$(QGIS)" || { echo "Say which QGIS: make test-qgis QGIS=3.40 (or 3.44)" >&2; exit 2; }
	@scripts/qgis-root.sh $(QGIS) test PYTEST_ARGS="$(PYTEST_ARGS)"

# Both versions run even when the first fails; the run fails if either does.
test-matrix:
	@rc=0; for v in 3.40 3.44; do $(MAKE) --no-print-directory test-qgis QGIS=$$v || rc=1; done; exit $$rc

test-slow: venv transcompile $(PLUGINS)/stadtdialog
	@$(RUN) $(PY) -m pytest tests -p no:cacheprovider --basetemp=$(BUILD)/pytest-slow -m slow $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory test-mutate

# Breaks of the guarantees, each applied to a scratch copy; every one must make its tests fail.
test-mutate: venv transcompile $(PLUGINS)/stadtdialog
	@$(RUN) $(PY) scripts/mutate.py --work $(BUILD)/mutate $(MUTATE_ARGS)

# A mutation tool's pass (Cosmic Ray) over the modules that hold the guarantees; writes tests/mutation-report.md.
# Long (not part of CI); MUTATE_REPORT_ARGS="--only sync" runs one module.
test-mutate-report: venv transcompile $(PLUGINS)/stadtdialog
	@scripts/install-venv.sh $(MUTATE_VENV) requirements-mutate.txt
	@$(RUN) $(PY) scripts/mutation_report.py --work $(BUILD)/mutation-report --tool-venv $(MUTATE_VENV) \
		$(MUTATE_REPORT_ARGS)

# The README's pictures, from the screenshots the desktop tests and make demo leave in demo-output/ (run make test
# first): German from the walkthrough, English from the plugin's desktop tests and the report test.
SHOTS := walkthrough/03-abgerufen.png:de/abgerufen.png walkthrough/04-pruefung.png:de/pruefung.png \
	walkthrough/06-formular-zuordnung.png:de/formular-zuordnung.png walkthrough/15-bericht-seite-1.png:de/bericht-seite-1.png \
	walkthrough/15-bericht-seite-3.png:de/bericht-dichte.png \
	walkthrough/15-bericht-seite-6.png:de/bericht-diagramm.png walkthrough/15-bericht-seite-7.png:de/bericht-stadtteile.png pull-from-menu.png:en/pull-from-menu.png \
	review.png:en/review.png report/en-chart.png:en/report-chart.png
screenshots:
	@for pair in $(SHOTS); do src=demo-output/$${pair%%:*}; dst=docs/$${pair##*:}; \
		test -f $$src || { echo "missing $$src: run make test first"; exit 1; }; \
		mkdir -p $$(dirname $$dst); cp $$src $$dst; echo "$$dst"; done

demo: venv transcompile $(PLUGINS)/stadtdialog
	@$(RUN) $(PY) scripts/demo.py --out $(ROOT)/demo-output

ifeq ($(QGIS),)
bench: venv transcompile $(PLUGINS)/stadtdialog
	@$(RUN) $(PY) scripts/bench.py --work $(BUILD)/bench $(BENCH_ARGS)
else
bench:
	@scripts/qgis-root.sh $(QGIS) bench BENCH_ARGS="$(BENCH_ARGS)"
endif

PACKAGE_OUT ?= $(ROOT)/dist/stadtdialog-$(VERSION).zip
package: transcompile
	@/usr/bin/python3 scripts/package.py --out $(PACKAGE_OUT)

CHECK_VENV := $(ROOT)/.venv-check
# The plugin repository's upload validator and security scan, applied to the zip that would be uploaded.
check-package: system
	@scripts/install-venv.sh $(CHECK_VENV) requirements-check.txt
	@$(MAKE) --no-print-directory package PACKAGE_OUT=$(BUILD)/check/stadtdialog.zip >/dev/null
	@/usr/bin/python3 scripts/check_package.py $(BUILD)/check/stadtdialog.zip --tools $(CHECK_VENV)/bin

lint: venv
	@$(VENV)/bin/ruff check .

clean:
	rm -rf $(BUILD) dist demo-output
