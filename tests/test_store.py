"""The GeoPackage store: contract tables, QGIS round trip, idempotent upsert, migrations."""
import json
import sqlite3

import pytest
from qgis.core import QgsVectorLayer
from stadtdialog.core.errors import StoreBusyError, StoreError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.store import gpkg_store as store
from stadtdialog.core.store import schema


def _row(pid, **extra):
    record = {"portal_id": pid, "source": "test", "category": "idea", "category_raw": "Idee", "title": "T " + pid,
              "text": "Text", "language": "de", "created_at": "2018-07-24T10:00:00.000Z", "updated_at": None,
              "portal_hash": "h" + pid, "portal_state": "active"}
    record.update(extra)
    return record


def test_new_store_has_the_contract_tables_and_fields(tmp_path):
    s = store.create(tmp_path / "s.gpkg")
    con = sqlite3.connect(s.path)
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    assert {"submissions", "quarantine", "audit_log", "action_areas"} <= tables
    columns = {r[1] for r in con.execute("PRAGMA table_info(submissions)")}
    required = {"portal_id", "source", "category", "category_raw", "title", "text", "language", "created_at",
                "updated_at", "portal_hash", "portal_state", "action_areas", "suggested_action_areas",
                "review_status", "priority", "planner_note", "reviewer", "reviewed_at", "duplicate_of", "sync_state"}
    assert required <= columns
    assert {r[1] for r in con.execute("PRAGMA table_info(quarantine)")} >= {"source", "raw", "reason", "seen_at"}
    assert {r[1] for r in con.execute("PRAGMA table_info(audit_log)")} >= {
        "portal_id", "field", "old_value", "new_value", "user", "changed_at"}
    assert s.crs_authid() == "EPSG:25832"
    assert s.schema_version() == schema.SCHEMA_VERSION


def test_round_trip_through_qgis_keeps_values_types_and_defaults(tmp_path):
    s = store.create(tmp_path / "s.gpkg")
    with s.transaction() as w:
        w.insert(_row("1", text="Schön hier – café ☕"), 411000.0, 5478000.0)
    layer = QgsVectorLayer(s.layer_uri(), "s", "ogr")
    assert layer.isValid() and layer.featureCount() == 1
    assert layer.crs().authid() == "EPSG:25832"
    fields = layer.fields()
    assert fields.field("action_areas").typeName() == "JSON"  # multi-select ValueRelation writes JSON arrays
    assert fields.field("created_at").typeName() == "DateTime"
    feature = next(layer.getFeatures())
    assert feature["text"] == "Schön hier – café ☕"
    assert feature["review_status"] == "new" and feature["sync_state"] == "clean"
    assert feature.geometry().asPoint().x() == pytest.approx(411000.0)
    assert layer.extent().xMinimum() == pytest.approx(411000.0)  # gpkg_contents extent kept current


def test_upsert_twice_changes_nothing_the_second_time(tmp_path, sample):
    path = tmp_path / "portal.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": sample}), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    first = pull(str(path), "demo-kaiserslautern", out)
    assert (first.new, first.updated) == (25, 0)
    con = sqlite3.connect(out)
    con.executescript("""
        CREATE TABLE writes(n INTEGER);
        CREATE TRIGGER count_updates AFTER UPDATE ON submissions BEGIN INSERT INTO writes VALUES (1); END;
        CREATE TRIGGER count_inserts AFTER INSERT ON submissions BEGIN INSERT INTO writes VALUES (1); END;""")
    before = con.execute("SELECT * FROM submissions ORDER BY fid").fetchall()
    con.close()
    second = pull(str(path), "demo-kaiserslautern", out)
    assert (second.new, second.updated, second.unchanged, second.withdrawn) == (0, 0, 25, 0)
    con = sqlite3.connect(out)
    assert con.execute("SELECT count(*) FROM writes").fetchone()[0] == 0  # not one row written
    assert con.execute("SELECT * FROM submissions ORDER BY fid").fetchall() == before


def test_update_refuses_reviewer_fields(tmp_path):
    s = store.create(tmp_path / "s.gpkg")
    with pytest.raises(StoreError, match="non-portal"):
        with s.transaction() as w:
            w.insert(_row("1"), 1.0, 2.0)
            w.update(1, {"review_status": "classified"}, 1.0, 2.0)
    assert s.count("submissions") == 0  # the whole transaction was rolled back


def test_migration_from_schema_1_keeps_every_row_and_adds_the_new_fields(tmp_path):
    path = tmp_path / "old.gpkg"
    old = store.create(path, version=1)
    with old.transaction() as w:
        for i in range(50):
            w.insert(_row(str(i)), 410000.0 + i, 5478000.0)
        w.insert(_row("ohne-ort"), None, None)  # an old store's record without a point (from another program)
        w.execute("UPDATE submissions SET review_status = 'classified', action_areas = '[\"religion\"]' "
                      "WHERE portal_id = '7'")
    con = sqlite3.connect(path)
    assert "extra" not in {r[1] for r in con.execute("PRAGMA table_info(submissions)")}
    con.close()
    migrated = store.Store(path)
    assert migrated.schema_version() == schema.SCHEMA_VERSION
    rows = migrated.rows("submissions", "portal_id, review_status, action_areas, extra, geometry_kind")
    assert len(rows) == 51
    assert rows[7] == {"portal_id": "7", "review_status": "classified", "action_areas": '["religion"]',
                       "extra": None, "geometry_kind": None}
    placed = {r["portal_id"]: r["placed_by"] for r in migrated.rows("submissions", "portal_id, placed_by")}
    assert placed.pop("ohne-ort") == "none" and set(placed.values()) == {"citizen"}  # v9 says how each was placed
    layer = QgsVectorLayer(migrated.layer_uri(), "m", "ogr")
    assert layer.featureCount() == 51 and layer.fields().field("extra").typeName() == "JSON"


def test_a_store_from_a_newer_plugin_is_refused_not_damaged(tmp_path):
    s = store.create(tmp_path / "s.gpkg")
    with s.transaction() as w:
        w.set_meta("schema_version", str(schema.SCHEMA_VERSION + 1))
    with pytest.raises(StoreError, match="newer Stadtdialog"):
        store.Store(s.path)


def test_a_file_that_is_not_a_stadtdialog_geopackage_is_named(tmp_path):
    path = tmp_path / "other.gpkg"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a Stadtdialog GeoPackage"):
        store.Store(path)


def test_busy_file_gives_a_clear_message_and_changes_nothing(tmp_path, monkeypatch):
    s = store.create(tmp_path / "s.gpkg")
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(s.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(StoreBusyError, match="busy: another program is writing"):
            with s.transaction() as w:
                w.insert(_row("1"), 1.0, 2.0)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert s.count("submissions") == 0


@pytest.mark.parametrize("json_functions", [True, False], ids=["index-thread", "sqlite-without-json"])
def test_a_bulk_write_keeps_the_spatial_index_that_qgis_draws_from(tmp_path, monkeypatch, json_functions):
    """Inserted and moved points are found where they are by a QGIS map query (the GeoPackage rtree)."""
    from qgis.core import QgsFeatureRequest, QgsRectangle
    from stadtdialog.core.store import bulk_writer, rtree_feed

    if not json_functions:  # an SQLite built without JSON functions writes the index from Python
        monkeypatch.setattr(rtree_feed, "_has_json", lambda con: False)
    monkeypatch.setattr(bulk_writer.Writer, "BATCH", 7)  # several batches, one in flight while the next is queued
    s = store.create(tmp_path / "s.gpkg")
    place = {"id-{}".format(i): (410000.0 + 100 * i, 5470000.0 + 50 * (i % 9)) for i in range(40)}
    with s.transaction(bulk=True) as w:
        for pid, (x, y) in place.items():
            w.insert(_row(pid), x, y)
    fids = {r["portal_id"]: r["fid"] for r in s.rows("submissions", "fid, portal_id")}
    moved = {pid: (x + 3000.0, y + 2000.0) for pid, (x, y) in list(place.items())[::3]}
    with s.transaction(bulk=True) as w:
        for pid, (x, y) in moved.items():
            w.update(fids[pid], {"portal_id": pid, "title": "moved"}, x, y)
    place.update(moved)
    layer = QgsVectorLayer(s.layer_uri(), "s", "ogr")
    assert layer.featureCount() == 40
    for pid, (x, y) in place.items():
        box = QgsRectangle(x - 1, y - 1, x + 1, y + 1)
        found = [f["portal_id"] for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(box))]
        assert found == [pid]
    con = sqlite3.connect(s.path)
    assert con.execute("SELECT count(*) FROM rtree_submissions_geom").fetchone()[0] == 40
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "rtree_submissions_geom_insert" in triggers  # GDAL's own index upkeep is back after the transaction


def test_migration_to_schema_7_turns_empty_text_into_empty_strings_without_auditing_or_pending(tmp_path):
    path = tmp_path / "v6.gpkg"
    old = store.create(path, version=6)
    with old.transaction() as w:
        for i in range(3):
            w.insert(dict(_row(str(i)), title=None, import_note=None, planner_note=None, duplicate_of=None),
                     410000.0 + i, 5478000.0)  # as an older version wrote them
        w.execute("UPDATE submissions SET planner_note = 'schon notiert' WHERE portal_id = '2'")
    audited = old.count("audit_log")
    migrated = store.Store(path)
    rows = migrated.rows("submissions", "portal_id, title, planner_note, duplicate_of, import_note, sync_state")
    assert [(r["title"], r["planner_note"], r["duplicate_of"], r["import_note"]) for r in rows] == [
        ("", "", "", ""), ("", "", "", ""), ("", "schon notiert", "", "")]
    assert [r["sync_state"] for r in rows] == ["clean", "clean", "modified"]  # only the real note is pending
    assert migrated.count("audit_log") == audited  # "" for nothing is no change
    with migrated.transaction() as w:  # and a form saving "" where NULL was changes nothing either
        w.execute("UPDATE submissions SET planner_note = NULL WHERE portal_id = '0'")
        w.execute("UPDATE submissions SET planner_note = '' WHERE portal_id = '0'")
    assert migrated.count("audit_log") == audited
    assert migrated.rows("submissions", "sync_state", "portal_id = '0'")[0]["sync_state"] == "clean"
