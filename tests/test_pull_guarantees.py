"""What the README promises about a pull, each proven on the stored rows and the file's schema, with the
real pygeoapi behind a fault-injecting proxy where the network has to fail."""
import hashlib
import sqlite3
import time
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsPointXY
from sample import submissions
from stadtdialog.core.errors import PortalError
from stadtdialog.core.pull.profile import load_profile
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.sources.http import Http
from stadtdialog.core.store import bulk_writer
from stadtdialog.core.store.gpkg_store import Store

PROFILE = "demo-kaiserslautern"


def whole_file(path):
    """Every row of every table and the schema itself (tables, indexes, GDAL's rtree triggers, ours)."""
    con = sqlite3.connect(str(path))
    try:
        digest = hashlib.sha256()
        schema = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        digest.update(repr(schema).encode())
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite_%' ORDER BY name"):
            for row in con.execute('SELECT * FROM "{}" ORDER BY 1'.format(table)):
                digest.update(repr(row).encode())
        return digest.hexdigest(), [s[1] for s in schema if s[0] == "trigger"]
    finally:
        con.close()


def count_row_writes(path):
    """A trigger of the test's own counting every row a later pull inserts into or updates in submissions."""
    con = Store(path).connect()
    con.executescript(
        "CREATE TABLE row_writes(n INTEGER); INSERT INTO row_writes VALUES (0);"
        "CREATE TRIGGER count_inserts AFTER INSERT ON submissions BEGIN UPDATE row_writes SET n = n + 1; END;"
        "CREATE TRIGGER count_updates AFTER UPDATE ON submissions BEGIN UPDATE row_writes SET n = n + 1; END;")
    con.commit()
    con.close()

    def written():
        with sqlite3.connect(str(path)) as c:
            return c.execute("SELECT n FROM row_writes").fetchone()[0]
    return written


def test_an_unchanged_re_pull_writes_no_row(tmp_path, pygeoapi):
    server = pygeoapi(submissions(30), max_items=10)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    written = count_row_writes(out)
    result = pull(server.collection_url, PROFILE, out)
    assert (result.new, result.updated, result.unchanged, result.withdrawn) == (0, 0, 30, 0)
    assert written() == 0


def test_an_empty_listing_withdraws_nothing_and_says_so(tmp_path, pygeoapi):
    out = tmp_path / "s.gpkg"
    pull(pygeoapi(submissions(12), max_items=50).collection_url, PROFILE, out)
    before = whole_file(out)[0]
    in_maintenance = pygeoapi([], max_items=50)  # the portal answers, but lists nothing at all
    result = pull(in_maintenance.collection_url, PROFILE, out)
    assert result.withdrawn == 0 and any("listed no submissions at all" in w for w in result.warnings)
    rows = Store(out).rows("submissions", "portal_state")
    assert len(rows) == 12 and {r["portal_state"] for r in rows} == {"active"}
    assert whole_file(out)[0] != before  # only the pull's own bookkeeping (last pull, source) moved
    states = sqlite3.connect(str(out)).execute("SELECT portal_id, portal_hash, portal_state FROM submissions")
    assert len(states.fetchall()) == 12


def test_a_datetime_filtered_pull_withdraws_nothing(tmp_path, pygeoapi):
    features = submissions(40)
    server = pygeoapi(features, time_field="erstellt_am", max_items=100)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    result = pull(server.collection_url, PROFILE, out, datetime="2018-08-01T00:00:00Z/2018-08-31T23:59:59Z")
    assert 0 < result.pulled < 40 and result.withdrawn == 0
    assert Store(out).count("submissions", "portal_state = 'withdrawn'") == 0


def test_a_failure_after_rows_were_written_rolls_all_of_them_back(tmp_path, pygeoapi, fault_proxy, monkeypatch):
    out = tmp_path / "s.gpkg"
    pull(pygeoapi(submissions(20), max_items=10).collection_url, PROFILE, out)
    before, triggers = whole_file(out)
    assert any(t.startswith("rtree_submissions_geom") for t in triggers)  # GDAL's spatial-index triggers
    # Small batches, so that pages 1-3 are already INSERTed into the file when page 5 fails.
    monkeypatch.setattr(bulk_writer.Writer, "BATCH", 5)
    grown = pygeoapi(submissions(60), max_items=10)
    proxy = fault_proxy(grown.url, {6: ("dead",)})
    with pytest.raises(PortalError, match="Nothing was changed"):
        pull(proxy.rewrite(grown.collection_url), PROFILE, out, http=Http(retries=0))
    assert whole_file(out) == (before, triggers)  # rows, quarantine, meta, index and schema exactly as before


def test_retry_after_is_waited_for_before_the_next_attempt(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(submissions(20), max_items=10)
    proxy = fault_proxy(server.url)
    stamps = []

    def busy_once(method, path):
        stamps.append(time.monotonic())
        return ("status", 429, "2") if len(stamps) == 2 else None  # the second request: "come back in 2 s"

    proxy.rule = busy_once
    assert pull(proxy.rewrite(server.collection_url), PROFILE, tmp_path / "s.gpkg",
                http=Http(backoff=0.01)).new == 20
    assert stamps[2] - stamps[1] >= 1.9  # the retry came after the 2 s the server asked for, not at once


def test_an_error_names_the_page_the_address_and_the_http_status(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(submissions(40), max_items=10)
    proxy = fault_proxy(server.url)
    # Page 3 (offset 20) fails, whichever request it is: pages are fetched ahead, so their order may vary.
    proxy.rule = lambda method, path: ("status", 502, None) if "offset=20" in path else None
    with pytest.raises(PortalError) as failed:
        pull(proxy.rewrite(server.collection_url), PROFILE, tmp_path / "s.gpkg", http=Http(retries=2, backoff=0.01))
    text = str(failed.value)
    assert "HTTP 502" in text and proxy.url in text and "age 3" in text, text


def test_a_polygon_submission_is_placed_on_its_surface(tmp_path):
    import json

    features = submissions(1)
    # A U-shaped area whose centroid lies outside it, in the open part of the U.
    ring = [[7.760, 49.440], [7.770, 49.440], [7.770, 49.450], [7.768, 49.450], [7.768, 49.442],
            [7.762, 49.442], [7.762, 49.450], [7.760, 49.450], [7.760, 49.440]]
    features[0]["geometry"] = {"type": "Polygon", "coordinates": [ring]}
    source = tmp_path / "p.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    assert pull(source, PROFILE, out).new == 1
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    point = next(layer.getFeatures()).geometry()
    back = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    point.transform(back)
    area = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])
    assert not area.contains(area.centroid())  # the naive answer would be wrong here
    assert area.buffer(1e-7, 4).contains(point)


def test_a_server_name_that_does_not_exist_is_said_at_once_not_retried(tmp_path):
    from stadtdialog.core.sources.http import Http

    started = time.monotonic()
    with pytest.raises(PortalError, match="the server name portal.stadtdialog-test.invalid is not known"):
        pull("https://portal.stadtdialog-test.invalid/collections/beitraege", "generic", tmp_path / "s.gpkg",
             http=Http(backoff=1))
    assert time.monotonic() - started < 1.0  # four retries with backoff 1 s would take 15 s
    assert not (tmp_path / "s.gpkg").exists()


def test_a_corrected_state_mapping_changes_the_state_of_unchanged_records(tmp_path):
    """The planner adds a portal value the profile did not know ("abgelehnt": rejected) and pulls again: the records
    the portal did not change take the state the corrected profile gives them, not the one they had."""
    import json

    from sample import geojson_file

    features = submissions(6)
    for i, f in enumerate(features):
        f["properties"]["moderation"] = "abgelehnt" if i < 2 else "freigegeben"
    source = geojson_file(tmp_path, features)
    profile = json.loads((Path(load_profile(PROFILE).path)).read_text(encoding="utf-8"))
    profile["format"] = 2
    profile["state"] = {"field": "moderation", "values": {"active": ["freigegeben"]}}
    first = tmp_path / "first.json"
    first.write_text(json.dumps(profile), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    pull(source, str(first), out)
    assert {r["portal_state"] for r in Store(out).rows("submissions", "portal_state")} == {"active"}
    profile["state"]["values"]["rejected"] = ["abgelehnt"]
    corrected = tmp_path / "corrected.json"
    corrected.write_text(json.dumps(profile), encoding="utf-8")
    result = pull(source, str(corrected), out)
    assert (result.updated, result.unchanged) == (2, 4)
    states = {r["portal_id"]: r["portal_state"] for r in Store(out).rows("submissions", "portal_id, portal_state")}
    assert sorted(states.values()) == ["active"] * 4 + ["rejected"] * 2


def test_each_bad_record_is_kept_in_quarantine_once_and_a_re_pull_adds_none(tmp_path):
    """Two different records rejected for the same reason are both kept, each with its own text; pulled again,
    each is found in quarantine (seen again) and nothing piles up."""
    from sample import geojson_file

    features = submissions(6)
    for i in (1, 3):
        features[i]["properties"]["beitrag_id"] = None
        features[i]["properties"]["titel"] = "Ohne Kennung {}".format(i)
    source = geojson_file(tmp_path, features)
    out = tmp_path / "s.gpkg"
    assert pull(source, PROFILE, out).quarantined == 2

    def kept():
        with sqlite3.connect(str(out)) as con:
            return sorted((reason, "Ohne Kennung 1" in raw, "Ohne Kennung 3" in raw, seen)
                          for raw, reason, seen in con.execute("SELECT raw, reason, seen_at FROM quarantine"))
    first = kept()
    assert [k[:3] for k in first] == [("no id (field 'beitrag_id')", False, True),
                                      ("no id (field 'beitrag_id')", True, False)]
    time.sleep(0.01)
    assert pull(source, PROFILE, out).quarantined == 2
    again = kept()
    assert [k[:3] for k in again] == [k[:3] for k in first]
    assert all(new[3] > old[3] for new, old in zip(again, first))  # each seen again, when the menu says


def test_a_record_rejected_again_for_another_reason_shows_the_new_reason(tmp_path):
    """The planner points the profile at another id field the records lack: the quarantine says so, not only the
    reason of the first pull."""
    import json

    from sample import geojson_file

    features = submissions(3)
    features[0]["properties"]["beitrag_id"] = None
    source = geojson_file(tmp_path, features)
    out = tmp_path / "s.gpkg"
    pull(source, PROFILE, out)
    profile = json.loads(Path(load_profile(PROFILE).path).read_text(encoding="utf-8"))
    profile["id"] = "kennung"
    other = tmp_path / "other-id.json"
    other.write_text(json.dumps(profile), encoding="utf-8")
    pull(source, str(other), out)
    with sqlite3.connect(str(out)) as con:
        reasons = sorted(r for (r,) in con.execute("SELECT reason FROM quarantine"))
    assert "no id (field 'beitrag_id')" in reasons and reasons.count("no id (field 'kennung')") == 3


def test_every_record_the_portal_changed_is_updated_and_no_other(tmp_path):
    """Twenty texts edited on the portal, ten left alone: the twenty are updated with the new text (however their
    new fingerprints compare with the old), the ten are not touched."""
    from sample import geojson_file

    features = submissions(30)
    source = geojson_file(tmp_path, features)
    out = tmp_path / "s.gpkg"
    pull(source, PROFILE, out)
    for f in features[:20]:
        f["properties"]["text"] += " (ergänzt)"
    geojson_file(tmp_path, features)
    written = count_row_writes(out)
    result = pull(source, PROFILE, out)
    assert (result.updated, result.unchanged, written()) == (20, 10, 20)
    texts = {r["portal_id"]: r["text"] for r in Store(out).rows("submissions", "portal_id, text")}
    assert sum(t.endswith(" (ergänzt)") for t in texts.values()) == 20


def test_a_submission_withdrawn_once_is_not_withdrawn_again_at_the_next_pull(tmp_path):
    """Two submissions leave the portal: the next pull says 2 withdrawn; the pull after that says none and writes no
    row."""
    from sample import geojson_file

    features = submissions(10)
    source = geojson_file(tmp_path, features)
    out = tmp_path / "s.gpkg"
    pull(source, PROFILE, out)
    geojson_file(tmp_path, features[:8])
    assert pull(source, PROFILE, out).withdrawn == 2
    written = count_row_writes(out)
    again = pull(source, PROFILE, out)
    assert (again.withdrawn, again.unchanged, written()) == (0, 8, 0)
    assert again.short_summary() == "8 unchanged"


def test_the_same_bad_record_from_two_sources_is_kept_for_each(tmp_path):
    """The city pulls the German and the English export into one store, and both hold the same broken record: the
    quarantine names both sources, so the planner can mend each."""
    from sample import geojson_file

    features = submissions(3)
    features[0]["properties"]["beitrag_id"] = None
    german, english = geojson_file(tmp_path, features, "karte-de.geojson"), geojson_file(tmp_path, features,
                                                                                         "map-en.geojson")
    out = tmp_path / "s.gpkg"
    pull(german, PROFILE, out)
    pull(english, PROFILE, out)
    with sqlite3.connect(str(out)) as con:
        sources = sorted(s for (s,) in con.execute("SELECT source FROM quarantine"))
    assert len(sources) == 2 and "karte-de" in sources[0] + sources[1] and "map-en" in sources[0] + sources[1]


def test_the_participation_s_name_given_at_the_pull_is_kept_for_the_report(tmp_path):
    """Named at the first pull, the participation keeps its name through a pull that names none."""
    from sample import geojson_file

    source = geojson_file(tmp_path, submissions(3))
    out = tmp_path / "s.gpkg"
    pull(source, PROFILE, out, title="Integration findet Stadt – Im Dialog zum Erfolg!")
    pull(source, PROFILE, out)
    assert Store(out).meta("participation") == "Integration findet Stadt – Im Dialog zum Erfolg!"
