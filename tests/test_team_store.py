"""Team mode on a real PostgreSQL/PostGIS cluster: naming a store three ways with the password only in QGIS's
authentication database or the service file, the schema and roles city IT hands out (least privilege), moving a
participation between a GeoPackage and PostGIS and back losing nothing, and the algorithms headless."""
import json
import random
import sqlite3

import pytest
from pg_server import SUPERPASSWORD, SUPERUSER
from qgis.core import QgsSettings, QgsVectorLayer
from sample import broken_records, submissions
from stadtdialog.core.compat import save_style_to_database
from stadtdialog.core.errors import StoreError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify
from stadtdialog.core.review.styles import style_names
from stadtdialog.core.store import schema
from stadtdialog.core.store.names import parse
from stadtdialog.core.store.stores import open_store


def _source(tmp_path, count=15):
    path = tmp_path / "portal.geojson"
    features = submissions(count) + broken_records(random.Random(3), count + 1)
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def test_a_store_named_with_a_password_is_refused_and_names_are_read_as_documented():
    with pytest.raises(StoreError, match="contains a password"):
        parse("postgresql://anna:geheim@db.stadt.example/gis?schema=beteiligung")
    assert parse("postgresql://anna@db.stadt.example:5433/gis?schema=beteiligung") == {
        "schema": "beteiligung", "sslmode": "", "authcfg": "", "host": "db.stadt.example", "port": "5433",
        "database": "gis", "user": "anna"}
    assert parse("service=stadt")["service"] == "stadt" and parse("service=stadt")["schema"] == "stadtdialog"
    assert parse("postgres:Stadt-GIS?schema=integration_2018")["connection"] == "Stadt-GIS"
    with pytest.raises(StoreError, match="lower-case"):
        parse("service=stadt?schema=Beteiligung; DROP")


def test_the_three_ways_of_naming_a_store_reach_it_and_the_secret_is_kept_nowhere(
        tmp_path, postgres_server, pg_store, monkeypatch, qgis_new_project):
    name, authcfg = pg_store("benannt")
    pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
    # a saved QGIS connection that knows the authentication configuration
    settings = QgsSettings()
    key = "PostgreSQL/connections/Stadt-GIS/"
    for k, v in (("host", postgres_server.host), ("port", str(postgres_server.port)),
                 ("database", postgres_server.database), ("authcfg", authcfg)):
        settings.setValue(key + k, v)
    try:
        by_connection = open_store("postgres:Stadt-GIS?schema=benannt")
        assert by_connection.count(schema.SUBMISSIONS) == 15
        # in the default schema, the store's layers are named after the saved connection, as QGIS names it
        from stadtdialog.core.store.pg_store import PgStore

        assert PgStore("postgres:Stadt-GIS", migrate=False).title == "Stadt-GIS"
        assert PgStore("postgres:Stadt-GIS?schema=zukunft", migrate=False).title == "zukunft"  # (after "stadtdialog")
    finally:
        settings.remove("PostgreSQL/connections/Stadt-GIS")
    # a pg_service.conf entry that holds the password itself
    service = tmp_path / "pg_service.conf"
    service.write_text("[stadt]\nhost={}\nport={}\ndbname={}\nuser={}\npassword={}\n".format(
        postgres_server.host, postgres_server.port, postgres_server.database, SUPERUSER, SUPERPASSWORD))
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    by_service = open_store("service=stadt?schema=benannt")
    assert by_service.count(schema.SUBMISSIONS) == 15
    layer = QgsVectorLayer(by_service.layer_uri(), "s", "postgres")
    assert layer.isValid() and layer.featureCount() == 15
    # a saved connection that names a service and another database than the service's: that database, also for
    # the layers
    service.write_text(service.read_text() + "[anders]\nhost={}\nport={}\ndbname=postgres\nuser={}\npassword={}\n"
                       .format(postgres_server.host, postgres_server.port, SUPERUSER, SUPERPASSWORD))
    for k, v in (("service", "anders"), ("database", postgres_server.database)):
        settings.setValue("PostgreSQL/connections/Stadt-Dienst/" + k, v)
    try:
        by_saved_service = open_store("postgres:Stadt-Dienst?schema=benannt")
        layer = QgsVectorLayer(by_saved_service.layer_uri(), "s", "postgres")
        assert by_saved_service.count(schema.SUBMISSIONS) == 15 and layer.featureCount() == 15
    finally:
        settings.remove("PostgreSQL/connections/Stadt-Dienst")
    # a saved connection that names a service without a login and its own login (the password from libpq's
    # environment): the layers log in as that login too, not as the planner's account on the computer
    service.write_text(service.read_text() + "[ohne-login]\nhost={}\nport={}\ndbname={}\n".format(
        postgres_server.host, postgres_server.port, postgres_server.database))
    for k, v in (("service", "ohne-login"), ("username", SUPERUSER)):
        settings.setValue("PostgreSQL/connections/Stadt-Login/" + k, v)
    monkeypatch.setenv("PGPASSWORD", SUPERPASSWORD)
    try:
        by_service_login = open_store("postgres:Stadt-Login?schema=benannt")
        layer = QgsVectorLayer(by_service_login.layer_uri(), "s", "postgres")
        assert by_service_login.count(schema.SUBMISSIONS) == 15
        assert layer.isValid() and layer.featureCount() == 15
    finally:
        settings.remove("PostgreSQL/connections/Stadt-Login")
        monkeypatch.delenv("PGPASSWORD")
    # a login named in the store's name, its password from libpq's environment: the layers log in as it too
    monkeypatch.setenv("PGPASSWORD", SUPERPASSWORD)
    by_login = open_store(name)
    layer = QgsVectorLayer(by_login.layer_uri(), "s", "postgres")
    assert layer.isValid() and layer.featureCount() == 15
    monkeypatch.delenv("PGPASSWORD")
    # the password is in none of the names, layer sources, settings or the store's own tables
    store = open_store(name, authcfg)
    layer = QgsVectorLayer(store.layer_uri(), "s", "postgres")
    from qgis.core import QgsDataSourceUri

    source = QgsDataSourceUri(layer.source())  # the layers connect to the store's server, as it is named
    assert (source.host(), source.port()) == (postgres_server.host, str(postgres_server.port))
    dumped = " ".join(str(settings.value(k)) for k in settings.allKeys())
    meta = json.dumps(store.rows(schema.META))
    for text in (name, store.layer_uri(), layer.source(), by_service.layer_uri(), dumped, meta):
        assert SUPERPASSWORD not in text


def test_create_store_makes_the_schema_and_roles_with_least_privilege(tmp_path, postgres_server, pg_store):
    from qgis_process_run import run_json

    name, authcfg = pg_store("team")
    home = tmp_path / "home"
    result, _ = run_json("stadtdialog:create_store", {"OUTPUT": name, "STORE_AUTHCFG": authcfg}, home,
                         auth=True)
    assert result["results"]["ROLES"] is True
    again, _ = run_json("stadtdialog:create_store", {"OUTPUT": name, "STORE_AUTHCFG": authcfg}, home,
                        auth=True)  # idempotent
    assert again["results"]["ROLES"] is True
    pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
    postgres_server.sql("CREATE ROLE anna LOGIN PASSWORD 'anna-pw' IN ROLE team_reviewer")
    postgres_server.sql("CREATE ROLE carl LOGIN PASSWORD 'carl-pw' IN ROLE team_coordinator")
    anna = None
    try:
        anna = postgres_server.connect(user="anna", password="anna-pw")
        anna.autocommit = False
        with anna.cursor() as cur:
            cur.execute("SET search_path TO team, public")
            cur.execute("UPDATE submissions SET review_status = 'classified', action_areas = '[\"religion\"]' "
                        "WHERE portal_id = 'KL-000003'")
            for forbidden in ("UPDATE submissions SET text = 'geändert' WHERE portal_id = 'KL-000003'",
                              "INSERT INTO submissions (portal_id) VALUES ('x')", "DELETE FROM audit_log",
                              "DELETE FROM submissions"):
                cur.execute("SAVEPOINT s")
                with pytest.raises(Exception, match="permission denied"):
                    cur.execute(forbidden)
                cur.execute("ROLLBACK TO SAVEPOINT s")
        anna.commit()
        anna.close()
        audit = postgres_server.sql("SELECT field, db_user FROM team.audit_log ORDER BY fid")
        assert audit == [("action_areas", "anna"), ("review_status", "anna")]  # who, as the database knows them
        carl = postgres_server.connect(user="carl", password="carl-pw")
        with carl.cursor() as cur:
            cur.execute("UPDATE team.submissions SET text = 'vom Portal' WHERE portal_id = 'KL-000004'")
            cur.execute("DELETE FROM team.quarantine")
        carl.close()
    finally:
        if anna is not None and not anna.closed:  # a failed check: her open transaction must not hold the table
            anna.close()
        postgres_server.sql("DROP ROLE IF EXISTS anna")
        postgres_server.sql("DROP ROLE IF EXISTS carl")


def test_a_participation_moves_to_postgis_and_back_losing_nothing(tmp_path, pg_store, qgis_new_project):
    from stadtdialog.core.store.copy_store import copy_store

    gpkg = tmp_path / "planerin.gpkg"
    pull(_source(tmp_path, 25), "demo-kaiserslautern", gpkg)
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    classify(layer, "\"category\" = 'meeting_place'", ["religion", "sozialraum"], "classified", "Ortstermin", user="P")
    classify(layer, "\"category\" = 'idea'", ["kultur_sport"], "in_review", user="Q")
    assert open_store(gpkg).columns(schema.SUBMISSIONS)[-1] == "quote"  # the table's last column: …
    quote = layer.fields().indexOf("quote")  # … three marked as quotes for the report
    assert layer.startEditing()
    for fid in [f.id() for f in layer.getFeatures()][:3]:
        layer.changeAttributeValue(fid, quote, 1)
    assert layer.commitChanges()
    name, authcfg = pg_store("umzug")
    counts = copy_store(gpkg, name, target_authcfg=authcfg)
    assert counts[schema.SUBMISSIONS] == 25 and counts[schema.QUARANTINE] == 5 and counts[schema.AUDIT_LOG] > 0
    # another participation in the same database, whose own default style was saved last: each keeps its own
    other, other_authcfg = pg_store("andere")
    pull(_source(tmp_path, 3), "demo-kaiserslautern", other, store_authcfg=other_authcfg)
    theirs = open_store(other, other_authcfg)
    assert not save_style_to_database(QgsVectorLayer(theirs.layer_uri(), "s", theirs.provider), "Ihr eigener Stil",
                                      "", True)
    back = tmp_path / "zurueck.gpkg"
    copy_store(name, back, source_authcfg=authcfg)
    original, team, returned = open_store(gpkg), open_store(name, authcfg), open_store(back)
    meta = [r for r in original.rows(schema.META, "key, value") if r["key"] != "schema_version"]
    assert meta and all(sorted(meta, key=str) == sorted([r for r in s.rows(schema.META, "key, value")
                                                          if r["key"] != "schema_version"], key=str)
                            for s in (team, returned))  # every note of the pull (source, last pull, profile …)
    styles = QgsVectorLayer(original.layer_uri(), "s", original.provider).listStylesInDatabase()
    named = sorted(zip(styles[2][:styles[0]], styles[3][:styles[0]]))  # (name, description)
    for store in (team, returned):
        copied = QgsVectorLayer(store.layer_uri(), "s", store.provider).listStylesInDatabase()
        assert sorted(zip(copied[2][:copied[0]], copied[3][:copied[0]])) == named
    con = sqlite3.connect(str(back))
    try:  # the copy opens with the participation's own default style, not the other schema's
        assert [r[0] for r in con.execute("SELECT stylename FROM layer_styles WHERE useasdefault")] == \
            [r[0] for r in sqlite3.connect(str(gpkg)).execute("SELECT stylename FROM layer_styles WHERE useasdefault")]
    finally:
        con.close()
    for table in (schema.SUBMISSIONS, schema.QUARANTINE, schema.AUDIT_LOG, schema.ACTION_AREAS):
        columns = ", ".join('"{}"'.format(c) for c in original.columns(table) if c != "geom")
        kinds = {f.name: f.kind for f in schema.TABLES[table][0]}
        assert _same(original.rows(table, columns), kinds) == _same(team.rows(table, columns), kinds) == \
            _same(returned.rows(table, columns), kinds), table
    assert sum(1 for r in returned.rows(schema.SUBMISSIONS, "quote") if r["quote"]) == 3
    geometry = [(x, y) for _, x, y in original.points(["fid"])]
    assert [(round(x, 3), round(y, 3)) for _, x, y in team.points(["fid"])] == [
        (round(x, 3), round(y, 3)) for x, y in geometry]
    assert original.meta("profile") == team.meta("profile") == returned.meta("profile")
    for store in (team, returned):  # the styles and the form came along
        copied = QgsVectorLayer(store.layer_uri(), "s", store.provider)
        assert copied.listStylesInDatabase()[0] == len(style_names())
        assert copied.renderer().type() == "categorizedSymbol"
        assert [t.name() for t in copied.editFormConfig().tabs()] == [t.name() for t in
                                                                      layer.editFormConfig().tabs()]
    with pytest.raises(StoreError, match="already exists"):
        copy_store(gpkg, name, target_authcfg=authcfg)  # never over an existing store


def _same(rows, kinds):
    """Rows as their meaning: JSON parsed (a store may order keys or space it differently), times as UTC text
    to the millisecond (with or without the Z)."""
    def value(name, v):
        if v is None:
            return None
        if kinds.get(name) == "json":
            return json.loads(v)
        if kinds.get(name) == "datetime":
            return str(v).rstrip("Z")[:23]
        return v
    return [{k: value(k, v) for k, v in row.items()} for row in rows]


def test_a_nul_in_a_citizen_s_text_is_pulled_into_postgis_and_the_areas_open_as_a_layer(tmp_path, pg_store):
    """A text with a NUL character (a broken export's; PostgreSQL refuses it in text) is stored without it, not
    refused; and the action areas, a table without geometry, open as the layer the review form lists them from."""
    features = submissions(4)
    features[0]["properties"]["text"] = "Bank\u0000platz"
    features[1]["properties"]["hinweis_der_redaktion"] = "Grüße an die Lämmchesberger"  # a field no profile maps
    path = tmp_path / "nul.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    name, authcfg = pg_store("nul")
    pull(path, "demo-kaiserslautern", name, store_authcfg=authcfg)
    team = open_store(name, authcfg)
    assert team.count(schema.SUBMISSIONS) == 4
    assert [r["text"] for r in team.rows(schema.SUBMISSIONS, "text") if "platz" in r["text"]] == ["Bankplatz"]
    # a field no profile maps is kept as the portal wrote it, umlauts as letters (as the GeoPackage keeps it)
    assert any("Grüße an die Lämmchesberger" in (r["extra"] or "") for r in team.rows(schema.SUBMISSIONS, "extra"))
    areas = QgsVectorLayer(team.layer_uri(schema.ACTION_AREAS), "areas", "postgres")
    assert areas.isValid() and areas.featureCount() == team.count(schema.ACTION_AREAS) > 0


def test_a_team_store_made_for_another_crs_keeps_it(pg_store):
    """A city in UTM zone 33 makes its team store in EPSG:25833: the store and its layer are in it, not in the
    default EPSG:25832."""
    from stadtdialog.core.store.pg_store import create

    name, authcfg = pg_store("zone33")
    store = create(name, "EPSG:25833", authcfg)
    layer = QgsVectorLayer(store.layer_uri(), "s", "postgres")
    assert store.crs_authid() == "EPSG:25833" and layer.isValid() and layer.crs().authid() == "EPSG:25833"


def test_the_algorithms_take_a_postgresql_store_by_name(tmp_path, pg_store):
    from qgis_process_run import run_json

    name, authcfg = pg_store("headless")
    home = tmp_path / "home"
    auth = True
    pulled, _ = run_json("stadtdialog:pull", {"SOURCE": _source(tmp_path), "PROFILE": "demo-kaiserslautern",
                                              "OUTPUT": name, "STORE_AUTHCFG": authcfg}, home, auth=auth)
    assert (pulled["results"]["NEW"], pulled["results"]["QUARANTINED"]) == (15, 5)
    classified, _ = run_json("stadtdialog:classify", {"INPUT": name, "STORE_AUTHCFG": authcfg,
                                                      "EXPRESSION": "\"category\" = 'unpleasant_place'",
                                                      "ACTION_AREAS": "sozialraum", "STATUS": "classified"},
                             home, auth=auth)
    assert classified["results"]["CLASSIFIED"] > 0
    exported, _ = run_json("stadtdialog:export", {"INPUT": name, "STORE_AUTHCFG": authcfg,
                                                  "OUTPUT": tmp_path / "beitraege.geojson"}, home, auth=auth)
    assert exported["results"]["EXPORTED"] == 15
    assert open_store(name, authcfg).count(schema.SUBMISSIONS, "review_status = 'classified'") == \
        classified["results"]["CLASSIFIED"]


def test_a_failed_first_pull_into_a_schema_the_city_already_uses_leaves_the_city_s_tables(
        tmp_path, postgres_server, pg_store):
    """?schema=planung where the city keeps its own tables: a first pull that fails takes away only what it made."""
    from stadtdialog.core.errors import StadtdialogError
    from stadtdialog.core.store.stores import exists

    name, authcfg = pg_store("planung")
    postgres_server.sql("CREATE SCHEMA planung")
    postgres_server.sql("CREATE TABLE planung.bauvorhaben (id serial PRIMARY KEY, name text)")
    postgres_server.sql("INSERT INTO planung.bauvorhaben (name) VALUES ('Pfaff-Quartier')")
    berlin = submissions(10)
    for f in berlin:  # outside EPSG:25832's area of use: refused after the tables were made
        f["geometry"]["coordinates"] = [13.4, 52.5]
    path = tmp_path / "berlin.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": berlin}), encoding="utf-8")
    with pytest.raises(StadtdialogError, match="outside the area of use"):
        pull(path, "demo-kaiserslautern", name, store_authcfg=authcfg)
    assert not exists(name, authcfg)
    assert postgres_server.sql("SELECT name FROM planung.bauvorhaben") == [("Pfaff-Quartier",)]
    assert postgres_server.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'planung'") \
        == [("bauvorhaben",)]
    # nor its trigger functions: the city's schema holds what it held before
    assert postgres_server.sql("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                               "WHERE n.nspname = 'planung'") == []


def test_a_store_made_again_after_city_it_dropped_its_schema_gets_its_styles_without_a_question(
        tmp_path, postgres_server, pg_store):
    """DROP SCHEMA leaves the styles' rows in public.layer_styles; QGIS 3.22 would ask on screen whether to
    overwrite them, and qgis_process would wait for an answer for ever."""
    from qgis_process_run import run_json

    name, authcfg = pg_store("wieder")
    pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
    postgres_server.sql("DROP SCHEMA wieder CASCADE")
    styles = "SELECT stylename FROM public.layer_styles WHERE f_table_schema = 'wieder' ORDER BY stylename"
    assert len(postgres_server.sql(styles)) == len(style_names())  # left behind
    pulled, _ = run_json("stadtdialog:pull", {"SOURCE": _source(tmp_path), "PROFILE": "demo-kaiserslautern",
                                              "OUTPUT": name, "STORE_AUTHCFG": authcfg}, tmp_path / "home",
                         auth=True, timeout=90)
    assert pulled["results"]["NEW"] == 15
    assert [r[0] for r in postgres_server.sql(styles)] == sorted(n for n, _ in style_names())  # each once, anew


@pytest.mark.parametrize("into", ["postgres", "gpkg"])
def test_a_copy_that_fails_half_way_leaves_no_store_behind_and_the_source_as_it_was(tmp_path, pg_store, into):
    from stadtdialog.core.feedback import Feedback
    from stadtdialog.core.store.copy_store import copy_store
    from stadtdialog.core.store.stores import exists

    class Interrupted(Feedback):  # the disk fills or the network drops after the second table
        def __init__(self):
            self.tables = 0

        def pushInfo(self, text):  # noqa: N802
            self.tables += 1
            if self.tables == 2:
                raise OSError("No space left on device")

    gpkg = tmp_path / "planerin.gpkg"
    pull(_source(tmp_path, 10), "demo-kaiserslautern", gpkg)
    before = open_store(gpkg).rows(schema.SUBMISSIONS, "portal_id, review_status")
    name, authcfg = pg_store("halb") if into == "postgres" else (str(tmp_path / "kopie.gpkg"), None)
    with pytest.raises(OSError, match="No space"):
        copy_store(gpkg, name, target_authcfg=authcfg, feedback=Interrupted())
    assert not exists(name, authcfg)  # nothing half-copied for a colleague to open
    assert open_store(gpkg).rows(schema.SUBMISSIONS, "portal_id, review_status") == before


def test_reads_share_one_connection_and_one_the_server_dropped_is_replaced_without_an_error(
        tmp_path, postgres_server, pg_store, basic_auth):
    """A reviewer's panel reads the store many times a minute: the reads share one idle connection (not one login
    per read on the city's server, which counts its connections), and when the server drops it (a restart, an
    administrator ending idle sessions) the next read opens a new one instead of showing an error — also when
    the server dropped every connection kept."""
    from stadtdialog.core.store.pg_store import close_connections

    # the store's own login: the cluster is shared with the suite's other tests, and only this login's
    # connections are counted (CI once counted two more of the same application, opened elsewhere)
    postgres_server.sql("CREATE ROLE poolreader LOGIN SUPERUSER PASSWORD 'poolreader-pw'")
    try:
        pg_store("t_poolreader")  # dropped after the test
        name = postgres_server.uri("t_poolreader", user="poolreader")
        authcfg = basic_auth("poolreader", "poolreader-pw")
        _reads_share_one_connection(tmp_path, postgres_server, name, authcfg, close_connections)
    finally:
        close_connections()
        postgres_server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'poolreader'")
        postgres_server.sql("DROP OWNED BY poolreader CASCADE")
        postgres_server.sql("DROP ROLE poolreader")


def _reads_share_one_connection(tmp_path, postgres_server, name, authcfg, close_connections):
    pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
    close_connections()  # no idle reader of the pull
    store = open_store(name, authcfg)

    def readers():
        return sorted(pid for (pid,) in postgres_server.sql(
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'Stadtdialog' AND usename = 'poolreader'"))

    assert [store.count(schema.SUBMISSIONS) for _ in range(4)] == [15] * 4
    quarantined = store.count(schema.QUARANTINE)
    assert quarantined > 0
    first = readers()
    assert len(first) == 1  # one idle reading connection, kept
    assert store.count(schema.SUBMISSIONS) == 15
    assert readers() == first  # … and taken again
    postgres_server.sql("SELECT pg_terminate_backend(%s)", (first[0],))
    assert store.count(schema.SUBMISSIONS) == 15  # no error: the dropped connection is replaced
    assert store.count(schema.QUARANTINE) == quarantined
    second = readers()
    assert len(second) == 1 and second != first
    # two readers at once leave two idle connections; a restart drops both, and the next read still works
    import threading

    def read_at_once(count):
        barrier = threading.Barrier(count)
        together = [threading.Thread(target=store._read, args=(
            lambda con: barrier.wait(timeout=10) or con.execute("SELECT 1").fetchone(),)) for _ in range(count)]
        for thread in together:
            thread.start()
        for thread in together:
            thread.join()

    read_at_once(2)
    assert len(readers()) == 2
    for pid in readers():
        postgres_server.sql("SELECT pg_terminate_backend(%s)", (pid,))
    assert store.count(schema.SUBMISSIONS) == 15
    # four readers at once: two idle connections are kept, the others closed (the pool is small on purpose: a
    # city's server counts every reviewer's connections)
    close_connections()
    read_at_once(4)
    assert len(readers()) == 2
    close_connections()
    assert readers() == []


def test_a_login_that_may_not_make_roles_gets_a_working_store_and_is_told_the_roles_wait(
        tmp_path, postgres_server, basic_auth):
    """A planner's own login on the city's server may make a schema but neither roles nor rows in the city's style
    table: create_store makes the store, its ROLES output says the roles were not granted (city IT runs it once
    more) instead of claiming them, and both it and a first pull say the styles were not saved in the database —
    the store works and the plugin styles its layers."""
    from qgis_process_run import run_json
    from stadtdialog.core.store.pg_schema import styles_sql

    for statement in styles_sql():  # the city's style table is there, made by its GIS administrators
        postgres_server.sql(statement)
    postgres_server.sql("CREATE ROLE lim LOGIN PASSWORD 'lim-pw'")
    try:
        postgres_server.sql("GRANT CREATE ON DATABASE {} TO lim".format(postgres_server.database))
        postgres_server.sql("GRANT SELECT ON public.layer_styles TO lim")  # … which a planner may only read
        authcfg = basic_auth("lim", "lim-pw")
        name = postgres_server.uri("lim_store", user="lim")
        result, proc = run_json("stadtdialog:create_store", {"OUTPUT": name, "STORE_AUTHCFG": authcfg},
                                tmp_path / "home", auth=True)
        assert result["results"]["ROLES"] is False
        assert "public.layer_styles" in proc.stdout + proc.stderr  # said, not a traceback
        pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
        assert open_store(name, authcfg).count(schema.SUBMISSIONS) == 15
        assert postgres_server.sql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'lim_store%'") == [(0,)]
        # the first pull into a new schema stores the submissions and says the styles were not saved
        other = postgres_server.uri("lim_other", user="lim")
        pulled = pull(_source(tmp_path), "demo-kaiserslautern", other, store_authcfg=authcfg)
        assert open_store(other, authcfg).count(schema.SUBMISSIONS) == 15
        assert any("public.layer_styles" in w for w in pulled.warnings)
    finally:
        postgres_server.sql("DROP SCHEMA IF EXISTS lim_store CASCADE")
        postgres_server.sql("DROP SCHEMA IF EXISTS lim_other CASCADE")
        postgres_server.sql("DROP OWNED BY lim")
        postgres_server.sql("DROP ROLE lim")


def test_a_store_of_an_older_plugin_is_brought_up_to_date_when_opened_and_named_by_its_schema(
        tmp_path, postgres_server, pg_store, qgis_new_project):
    """A team store made by an older Stadtdialog is brought to the current schema when a newer one opens it,
    keeping its submissions; its layers are named after the schema (the database where it is the default one)."""
    from qgis.core import QgsProject
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store.pg_store import DEFAULT_SCHEMA, PgStore, name_from_uri

    name, authcfg = pg_store("kl_integration")
    pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
    def older():
        postgres_server.sql("UPDATE kl_integration.stadtdialog_meta SET value = %s WHERE key = 'schema_version'",
                            (str(schema.SCHEMA_VERSION - 1),))

    def version():
        return postgres_server.sql("SELECT value FROM kl_integration.stadtdialog_meta WHERE key = 'schema_version'")

    older()
    pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)  # a pull into it brings it up …
    assert version() == [(str(schema.SCHEMA_VERSION),)]
    older()
    store = open_store(name, authcfg)  # … and so does opening it
    assert store.schema_version() == schema.SCHEMA_VERSION and store.count(schema.SUBMISSIONS) == 15
    layer = add_submissions(store, QgsProject.instance(), language="en")
    assert "kl_integration" in layer.name()
    default = PgStore(postgres_server.uri(DEFAULT_SCHEMA), authcfg, migrate=False)
    assert (store.title, default.title) == ("kl_integration", postgres_server.database)
    # a layer's source names the store again, with the login it was made with
    again, again_auth = name_from_uri(layer.source())
    assert (parse(again)["schema"], again_auth) == ("kl_integration", authcfg)
    assert parse(name_from_uri("dbname='kl' host=db.kl port=5432 user='anna' table=\"team\".\"submissions\"")[0])[
        "user"] == "anna"
    assert not parse(name_from_uri("dbname='kl' host=db.kl port=5432 table=\"team\".\"submissions\"")[0]).get("user")


def test_a_store_named_with_an_authentication_configuration_qgis_does_not_have_says_so(postgres_server):
    with pytest.raises(StoreError, match="'nosuch1' does not exist in this QGIS profile"):
        open_store(postgres_server.uri("t_unknown"), "nosuch1")


def test_a_store_that_refuses_the_login_says_why(postgres_server, basic_auth):
    """A wrong password (or a server that is not there) is told with the server's own reason, in one line, and
    without the password."""
    name = postgres_server.uri("t_refused")
    with pytest.raises(StoreError) as refused:
        open_store(name, basic_auth(SUPERUSER, "not-the-password"))
    message = str(refused.value)
    assert "password authentication failed" in message and "\n" not in message
    assert "not-the-password" not in message


def test_a_connection_qgis_does_not_have_or_a_server_not_there_is_told_in_one_line(postgres_server, basic_auth):
    """A store named after a saved connection this QGIS lacks is told so by name; a server that does not answer
    is told with libpq's first line (it adds a hint on a second), which names the server and port that failed."""
    with pytest.raises(StoreError, match="QGIS has no PostgreSQL connection named 'Nirgends'"):
        open_store("postgres:Nirgends?schema=t_nowhere")
    import socket

    with socket.socket() as closed:  # a port nothing listens on once it is closed again
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    name = postgres_server.uri("t_down").replace(":{}/".format(postgres_server.port), ":{}/".format(port))
    with pytest.raises(StoreError) as down:
        open_store(name, basic_auth(SUPERUSER, SUPERPASSWORD))
    message = str(down.value)
    import psycopg2

    with pytest.raises(psycopg2.OperationalError) as libpq:  # what libpq says, in the language it speaks
        psycopg2.connect(host="127.0.0.1", port=port, dbname="x", user="x", password="x", connect_timeout=5)
    first, *hint = str(libpq.value).strip().splitlines()
    assert hint and first.strip() in message and "\n" not in message and SUPERPASSWORD not in message


def test_a_saved_connection_that_requires_tls_is_never_made_without_it(tmp_path, postgres_server, pg_store,
                                                                        monkeypatch):
    """The SSL mode of a saved QGIS connection ("require", as QGIS keeps it) is kept: the test server speaks no
    TLS, so the store is refused with the reason instead of being opened unencrypted (the login would do); the
    layers QGIS opens from a store use its SSL mode; a store name asking for TLS wins over the saved connection."""
    monkeypatch.setenv("PGPASSWORD", SUPERPASSWORD)
    settings = QgsSettings()
    key = "PostgreSQL/connections/Stadt-TLS/"
    for k, v in (("host", postgres_server.host), ("port", str(postgres_server.port)),
                 ("database", postgres_server.database), ("username", SUPERUSER), ("sslmode", "SslRequire")):
        settings.setValue(key + k, v)
    try:
        with pytest.raises(StoreError, match="SSL"):
            open_store("postgres:Stadt-TLS?schema=t_tls")
        # the layers QGIS opens from a store connect with the store's SSL mode too ("allow" here, which this
        # server can serve; not QGIS's default "prefer")
        from qgis.core import QgsDataSourceUri
        from stadtdialog.core.store.pg_store import PgStore

        name, authcfg = pg_store("t_allow")
        pull(_source(tmp_path, 3), "demo-kaiserslautern", name, store_authcfg=authcfg)
        settings.setValue(key + "sslmode", "SslAllow")
        layers = QgsDataSourceUri(PgStore("postgres:Stadt-TLS?schema=t_allow").layer_uri())
        assert layers.sslMode() == QgsDataSourceUri.SslMode.SslAllow
        # the store's name asks for TLS where the saved connection does not: the name wins
        settings.setValue(key + "sslmode", "SslDisable")
        with pytest.raises(StoreError, match="SSL"):
            open_store("postgres:Stadt-TLS?schema=t_tls&sslmode=require")
    finally:
        settings.remove("PostgreSQL/connections/Stadt-TLS")


def test_times_come_back_from_a_team_store_as_the_geopackage_keeps_them(tmp_path, postgres_server, pg_store):
    """A submission's time read from PostgreSQL is the same ISO text, in UTC and to the millisecond, as a
    GeoPackage keeps: what the exports, the review queue and the History tab show."""
    name, authcfg = pg_store()
    pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
    schema_name = parse(name)["schema"]
    fid = open_store(name, authcfg).rows(schema.SUBMISSIONS, "fid")[0]["fid"]
    postgres_server.sql("UPDATE {}.submissions SET created_at = %s WHERE fid = %s".format(schema_name),
                        ("2018-07-01 14:00:59.9996+02", fid))
    row = open_store(name, authcfg).rows(schema.SUBMISSIONS, "created_at", "fid = ?", (fid,))[0]
    assert row["created_at"] == "2018-07-01T12:00:59.999Z"


def test_a_login_that_may_not_make_a_schema_is_told_so_and_leaves_nothing(postgres_server, basic_auth):
    """A planner's login on the city's server that may not make schemas: creating a store says which schema could
    not be made and why, in one line (not a database driver's traceback), and leaves no schema behind."""
    from stadtdialog.core.store.pg_store import create

    postgres_server.sql("CREATE ROLE nocreate LOGIN PASSWORD 'nocreate-pw'")
    try:
        authcfg = basic_auth("nocreate", "nocreate-pw")
        with pytest.raises(StoreError) as raised:
            create(postgres_server.uri("nocreate_store", user="nocreate"), authcfg=authcfg)
        message = str(raised.value)
        assert "nocreate_store" in message and "permission denied" in message and "\n" not in message
        assert postgres_server.sql(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'nocreate_store'") == [(0,)]
    finally:
        postgres_server.sql("DROP OWNED BY nocreate")
        postgres_server.sql("DROP ROLE nocreate")


def test_a_nul_a_geopackage_holds_is_copied_into_postgis_as_a_replacement_character(tmp_path, pg_store):
    """A GeoPackage keeps a NUL character in a text (SQLite takes it; a note written by another tool); moving the
    store to PostgreSQL, which refuses NUL in text, keeps the note with a replacement character instead of failing."""
    from stadtdialog.core.store.copy_store import copy_store

    gpkg = tmp_path / "s.gpkg"
    pull(_source(tmp_path), "demo-kaiserslautern", str(gpkg))
    con = sqlite3.connect(str(gpkg))
    for function in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # named by the R-tree's triggers,
        con.create_function(function, 1, lambda geometry: 0)  # which a note's change does not run
    con.execute("UPDATE submissions SET planner_note = 'Bank' || char(0) || 'platz' "
                "WHERE fid = (SELECT min(fid) FROM submissions)")
    con.commit()
    con.close()
    name, authcfg = pg_store("nulcopy")
    copy_store(str(gpkg), name, target_authcfg=authcfg)
    notes = [r["planner_note"] for r in open_store(name, authcfg).rows(schema.SUBMISSIONS, "planner_note")
             if r["planner_note"]]
    assert notes == ["Bank\ufffdplatz"]


def test_a_store_is_made_only_in_an_epsg_crs(pg_store):
    """A CRS QGIS knows but by no EPSG code (an ESRI projection) is refused with the message, and no schema is
    left behind: the store's layers, styles and the portal's write-back all name the CRS by its EPSG code."""
    from stadtdialog.core.store.pg_store import create
    from stadtdialog.core.store.stores import exists

    name, authcfg = pg_store("esri")
    with pytest.raises(StoreError, match="ESRI:54009"):
        create(name, "ESRI:54009", authcfg)
    assert not exists(name, authcfg)


def test_a_layer_s_source_without_host_names_a_store_on_this_computer():
    """A QGIS layer from a local PostgreSQL (a socket, no host or port in its source) names the store
    postgresql://…@localhost:5432/…, as libpq would reach it."""
    from stadtdialog.core.store.pg_store import name_from_uri

    name, authcfg = name_from_uri("dbname='stadt' user='planer' authcfg=abc1234 table=\"planung\".\"submissions\"")
    assert name == "postgresql://planer@localhost:5432/stadt?schema=planung" and authcfg == "abc1234"


def test_a_first_pull_into_a_schema_the_city_uses_keeps_the_city_s_own_styles(tmp_path, postgres_server, pg_store):
    """A team store made in a schema that already holds a city's own table (its streets) writes its submissions'
    styles into QGIS's public.layer_styles: the city's style of its own table stays (only the submissions' styles of
    the plugin's names are replaced)."""
    from stadtdialog.core.store.pg_schema import styles_sql

    for statement in styles_sql():
        postgres_server.sql(statement)
    name, authcfg = pg_store("gemeinsam")
    postgres_server.sql("CREATE SCHEMA gemeinsam")
    postgres_server.sql("CREATE TABLE gemeinsam.strassen (id int PRIMARY KEY)")
    city_style = ("SELECT stylename FROM public.layer_styles WHERE f_table_schema = 'gemeinsam' AND "
                  "f_table_name = 'strassen'")
    try:
        postgres_server.sql(
            "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
            "stylename, styleqml, useasdefault) VALUES (%s, 'gemeinsam', 'strassen', 'geom', 'Straßen der Stadt', "
            "'<qgis/>', true)", (postgres_server.database,))
        pull(_source(tmp_path), "demo-kaiserslautern", name, store_authcfg=authcfg)
        assert open_store(name, authcfg).count(schema.SUBMISSIONS) == 15
        assert postgres_server.sql(city_style) == [("Straßen der Stadt",)]
    finally:
        postgres_server.sql("DELETE FROM public.layer_styles WHERE f_table_schema = 'gemeinsam'")
