"""Shared fixtures: the plugin importable as 'stadtdialog', real servers, sample submissions."""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(os.environ.get("STADTDIALOG_BUILD", ROOT / "build"))
PLUGINS = BUILD / "plugins"
PLUGINS.mkdir(parents=True, exist_ok=True)
if not (PLUGINS / "stadtdialog").exists():
    (PLUGINS / "stadtdialog").symlink_to(ROOT)
for path in (str(PLUGINS), "/usr/share/qgis/python/plugins"):
    if path not in sys.path:
        sys.path.insert(0, path)
sys.path_importer_cache.pop(str(PLUGINS), None)  # on PYTHONPATH before it existed: Python had noted "nothing there"

import servers  # noqa: E402
from sample import submissions  # noqa: E402

# Figures the reliability suites report (scenarios, outcomes); printed at the end of the run.
FIGURES = []


def pytest_report_header(config):
    from qgis.core import Qgis

    return "QGIS {} ({}), Qt {}".format(Qgis.QGIS_VERSION, Qgis.QGIS_DEV_VERSION or "release",
                                       __import__("qgis.PyQt.QtCore", fromlist=["QT_VERSION_STR"]).QT_VERSION_STR)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long suites run by 'make test-slow'")


def pytest_sessionfinish(session):
    """Nothing of the suite may outlive it: no QGIS, Xvfb, pygeoapi or qgis_mapserver started in a test
    folder. What is left is named, ended, and fails the run."""
    from procgroup import end_group, leftovers

    basetemp = session.config._tmp_path_factory.getbasetemp() if hasattr(session.config, "_tmp_path_factory") \
        else None
    if basetemp is None:
        return
    pids = leftovers(os.path.join(str(basetemp), ""))
    if pids:
        names = []
        for pid in pids:
            try:
                with open("/proc/{}/cmdline".format(pid), "rb") as f:
                    names.append("{} {}".format(pid, f.read().replace(b"\0", b" ").decode(errors="replace")[:120]))
                pgid = os.getpgid(pid)
                if pgid == os.getpgrp():  # started without a group of its own: only itself
                    os.kill(pid, 9)
                else:
                    end_group(pgid, grace=2)
            except OSError:
                pass
        LEFTOVERS.extend(names)
        session.exitstatus = 1


LEFTOVERS = []


def pytest_terminal_summary(terminalreporter):
    if LEFTOVERS:
        terminalreporter.section("Processes the suite left running (ended now; the run fails)")
        for line in LEFTOVERS:
            terminalreporter.write_line(line)
    if FIGURES:
        terminalreporter.section("Stadtdialog reliability figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True, scope="session")
def english_unless_a_test_says_otherwise(qgis_app):
    """Tests read English unless they switch (tests/locales.py); a run that crashed inside a switch must not
    leave the next run in German (pytest-qgis keeps its settings between runs)."""
    from qgis.core import QgsSettings

    QgsSettings().setValue("locale/overrideFlag", False)
    QgsSettings().setValue("locale/userLocale", "")


@pytest.fixture
def found_by_rules_alone(monkeypatch):
    """(kind, text) of what the personal-data detector finds in a text with its word tagger switched off, so a rule
    the tagger would stand in for is still seen failing when broken."""
    from stadtdialog.core.review import personal_tagger
    from stadtdialog.core.review.personal_data import find
    from stadtdialog.core.review.personal_patterns import word_lists

    def found(text):
        silent = personal_tagger.Tagger({}, word_lists().first_names)
        with monkeypatch.context() as patched:
            patched.setattr(personal_tagger, "shipped", lambda: silent)
            return [(f.kind, f.text) for f in find(text)]
    return found


@pytest.fixture
def sample():
    return submissions(25)


@pytest.fixture
def pygeoapi(tmp_path):
    """Factory: start pygeoapi over a TinyDB (editable) or GeoPackage file of features."""
    started = []

    def start(features, provider="TinyDB", **kwargs):
        workdir = tmp_path / "pygeoapi{}".format(len(started))
        workdir.mkdir()
        if provider == "TinyDB":
            data = workdir / "portal.tinydb.json"
            servers.write_tinydb(data, features)
            kwargs.setdefault("id_field", "id")
        else:
            data = workdir / "portal.gpkg"
            servers.write_gpkg(data, features)
            kwargs.setdefault("id_field", "fid")
            kwargs.setdefault("table", "submissions")
        server = servers.start_pygeoapi(workdir, data, provider=provider, **kwargs)
        server.data = data
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def mapserver(tmp_path):
    """Factory: start qgis_mapserver publishing a GeoPackage of features as WFS 1.1 and /wfs3."""
    started = []

    def start(features):
        workdir = tmp_path / "mapserver{}".format(len(started))
        workdir.mkdir()
        gpkg = workdir / "portal.gpkg"
        servers.write_gpkg(gpkg, features)
        server = servers.start_mapserver(workdir, servers.write_wfs_project(workdir, gpkg))
        server.data = gpkg
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL/PostGIS cluster on 127.0.0.1 for the whole run (tests/pg_server.py)."""
    from pg_server import PostgresServer

    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture
def pg_store(postgres_server, basic_auth, request):
    """Factory: the name and authcfg of a fresh PostgreSQL store (its own schema) on the test cluster; the
    password only in QGIS's authentication database."""
    from pg_server import SUPERPASSWORD, SUPERUSER

    made = []

    def make(schema=None):
        schema = schema or "t_{}_{}".format(abs(hash(request.node.nodeid)) % 10**8, len(made))
        authcfg = basic_auth(SUPERUSER, SUPERPASSWORD)
        made.append(schema)
        return postgres_server.uri(schema), authcfg

    yield make
    for schema in made:
        postgres_server.sql("DROP SCHEMA IF EXISTS {} CASCADE".format(schema))


@pytest.fixture(params=["gpkg", "postgres"])
def new_store(request, tmp_path):
    """Factory: (name, authcfg) of a store that does not exist yet, of the kind under test — a planner's
    GeoPackage and a team's PostgreSQL store (the tests that take it run on both)."""
    if request.param == "gpkg":
        return lambda: (str(tmp_path / "s{}.gpkg".format(len(list(tmp_path.glob("*.gpkg"))))), None)
    return request.getfixturevalue("pg_store")


@pytest.fixture
def panel(request, tmp_path, qgis_iface, qgis_new_project):
    """The review panel on 12 pulled submissions with suggestions, in a GeoPackage, or (parametrised "postgres",
    indirect) on a team's PostgreSQL store."""
    from qgis.core import QgsProject
    from sample import geojson_file
    from stadtdialog.core.pull.sync import pull
    from stadtdialog.core.review.classify import suggest_layer
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store.catalogue import load_catalogue
    from stadtdialog.core.store.stores import open_store
    from stadtdialog.dialogs.review_panel import ReviewPanel

    source = geojson_file(tmp_path, submissions(12))
    out, authcfg = (str(tmp_path / "s.gpkg"), None) if getattr(request, "param", "gpkg") == "gpkg" else \
        request.getfixturevalue("pg_store")()
    pull(source, "demo-kaiserslautern", out, store_authcfg=authcfg)
    layer = add_submissions(open_store(out, authcfg), QgsProject.instance(), language="en")
    suggest_layer(layer, load_catalogue())
    widget = ReviewPanel(qgis_iface)
    widget.set_layer(layer)
    yield widget
    if layer.isEditable():
        layer.rollBack()
    widget.deleteLater()


@pytest.fixture
def basic_auth():
    """Factory: a Basic authentication configuration in QGIS's authentication database; returns its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    def make(user, password):
        manager = QgsApplication.authManager()
        manager.setMasterPassword("master-for-tests", True)
        config = QgsAuthMethodConfig("Basic")
        config.setName("portal login")
        config.setConfig("username", user)
        config.setConfig("password", password)
        ok = manager.storeAuthenticationConfig(config)
        assert (ok[0] if isinstance(ok, tuple) else ok) and config.id()
        return config.id()

    return make


@pytest.fixture
def platform_server():
    """Go Vocal's JSON:API, CONSUL's GraphQL and a DRF list, paging the committed fixtures as they do."""
    from platform_servers import PlatformServer

    server = PlatformServer()
    yield server
    server.stop()


@pytest.fixture
def fault_proxy():
    """Factory: a fault-injecting proxy in front of a real server."""
    from faultproxy import FaultProxy

    started = []

    def start(target, faults=None, tls=None):
        proxy = FaultProxy(target, faults, tls)
        started.append(proxy)
        return proxy

    yield start
    for proxy in started:
        proxy.stop()
