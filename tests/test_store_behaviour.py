"""The store's behaviour, the same on both stores: the GeoPackage of one planner and the PostgreSQL/PostGIS
store of a review team (a real cluster on 127.0.0.1, tests/pg_server.py). One suite, parametrised."""
import csv
import json
import random

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from sample import broken_records, geojson_file, submissions
from stadtdialog.core.errors import StadtdialogError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify
from stadtdialog.core.store import schema, versions
from stadtdialog.core.store.stores import exists, open_store


def _pulled(tmp_path, new_store, count=20, broken=True):
    name, authcfg = new_store()
    features = submissions(count) + (broken_records(random.Random(3), count + 1) if broken else [])
    result = pull(geojson_file(tmp_path, features), "demo-kaiserslautern", name, store_authcfg=authcfg)
    return name, authcfg, result


def _layer(name, authcfg):
    store = open_store(name, authcfg)
    layer = QgsVectorLayer(store.layer_uri(), "s", store.provider)
    assert layer.isValid()
    return store, layer


def test_a_pull_makes_the_contract_tables_and_quarantines_with_reasons_as_messages(tmp_path, new_store):
    name, authcfg, result = _pulled(tmp_path, new_store)
    assert (result.new, result.quarantined) == (20, 5)
    store = open_store(name, authcfg)
    assert store.schema_version() == schema.SCHEMA_VERSION and store.crs_authid() == "EPSG:25832"
    columns = set(store.columns(schema.SUBMISSIONS))
    assert {f.name for f in schema.SUBMISSION_FIELDS} <= columns
    assert set(store.columns(schema.AUDIT_LOG)) >= {"portal_id", "field", "old_value", "new_value", "user",
                                                    "changed_at", "db_user"}
    reasons = store.rows(schema.QUARANTINE, "reason, reason_code")
    assert len(reasons) == 5 and all(json.loads(r["reason_code"])["message"] for r in reasons)
    from stadtdialog.dialogs.quarantine import quarantine_entries

    shown = quarantine_entries(store, "de")  # what the quarantine window lists: the reason, the date as read
    assert sorted(reason for reason, *_ in shown) == sorted(r["reason"] for r in reasons)  # (English QGIS here)
    assert all(seen.count(".") == 2 and ":" in seen for _, _, seen, _ in shown)
    row = store.rows(schema.SUBMISSIONS, "action_areas, review_status, planner_note, row_version, created_at",
                     "portal_id = ?", ("KL-000001",))[0]
    assert row["action_areas"] == "[]" and row["review_status"] == "new" and row["planner_note"] == ""
    assert row["row_version"] == 0 and row["created_at"].endswith("Z")  # dates read the same on both


def test_an_unchanged_re_pull_writes_nothing_and_never_touches_a_decision(tmp_path, new_store):
    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    store, layer = _layer(name, authcfg)
    assert classify(layer, "\"portal_id\" = 'KL-000004'", ["religion"], "classified", "Ortstermin", user="A") == 1
    before = store.rows(schema.SUBMISSIONS)
    features = submissions(20)
    features[3]["properties"]["text"] = "Vom Bürger ergänzt."  # the portal changed the same submission
    again = pull(geojson_file(tmp_path, features[1:], "again.geojson"), "demo-kaiserslautern", name,
                 store_authcfg=authcfg)
    assert (again.new, again.updated, again.unchanged, again.withdrawn) == (0, 1, 18, 1)
    after = {r["portal_id"]: r for r in store.rows(schema.SUBMISSIONS)}
    changed = after["KL-000004"]
    assert changed["text"] == "Vom Bürger ergänzt."
    assert (changed["action_areas"], changed["review_status"], changed["planner_note"]) == (
        '["religion"]', "classified", "Ortstermin")  # the reviewer's decision, untouched by the pull
    assert after["KL-000001"]["portal_state"] == "withdrawn"  # no longer listed: withdrawn, never deleted
    unchanged = {r["portal_id"]: r for r in before if r["portal_id"] not in ("KL-000001", "KL-000004")}
    assert all(after[pid] == row for pid, row in unchanged.items())


def test_a_failed_pull_leaves_the_store_as_it_was_and_a_failed_first_pull_leaves_none(tmp_path, new_store):
    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    store = open_store(name, authcfg)
    before = store.rows(schema.SUBMISSIONS)
    berlin = submissions(25)
    for f in berlin:  # in Berlin: outside EPSG:25832's area of use, so the pull is refused after reading
        f["geometry"]["coordinates"] = [13.4, 52.5]
    with pytest.raises(StadtdialogError, match="outside the area of use"):
        pull(geojson_file(tmp_path, berlin, "berlin.geojson"), "demo-kaiserslautern", name, store_authcfg=authcfg)
    assert store.rows(schema.SUBMISSIONS) == before
    fresh, fresh_auth = new_store()
    with pytest.raises(StadtdialogError):
        pull(geojson_file(tmp_path, berlin, "berlin.geojson"), "demo-kaiserslautern", fresh, store_authcfg=fresh_auth)
    assert not exists(fresh, fresh_auth)  # no half-made file or schema


def test_decisions_are_audited_pending_and_an_empty_note_is_no_change(tmp_path, new_store):
    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    store, layer = _layer(name, authcfg)
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("planner_note"), "")  # '' where '' was
    layer.changeAttributeValue(fid, layer.fields().indexOf("review_status"), "in_review")
    assert layer.commitChanges(), layer.commitErrors()
    audit = store.rows(schema.AUDIT_LOG, "field, old_value, new_value")
    assert [(a["field"], a["old_value"], a["new_value"]) for a in audit] == [("review_status", "new", "in_review")]
    row = store.rows(schema.SUBMISSIONS, "sync_state, row_version", "fid = ?", (fid,))[0]
    assert row == {"sync_state": "modified", "row_version": 1}


def test_a_save_on_an_old_version_is_refused_and_settled_by_the_reviewer_s_choice(tmp_path, new_store):
    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    store, mine = _layer(name, authcfg)
    _, theirs = _layer(name, authcfg)
    fid = next(mine.getFeatures()).id()
    for layer in (mine, theirs):  # both reviewers open the same submission, with the form's version claim
        layer.setDefaultValueDefinition(layer.fields().indexOf("row_version"),
                                        __import__("qgis.core", fromlist=["QgsDefaultValue"]).QgsDefaultValue(
                                            "CASE WHEN \"row_version\" < 0 THEN \"row_version\" ELSE "
                                            "-(coalesce(\"row_version\", 0) + 1) END", True))
        layer.startEditing()
    mine.changeAttributeValue(fid, mine.fields().indexOf("review_status"), "in_review")  # in my edit buffer …
    try:
        theirs.changeAttributeValue(fid, theirs.fields().indexOf("review_status"), "not_relevant")
        assert theirs.commitChanges(), theirs.commitErrors()  # … while the colleague saves theirs
        stale = versions.stale_edits(mine)
        assert [(s.fid, s.read, s.version) for s in stale] == [(fid, 0, 1)]
        assert not mine.commitChanges(False)  # refused: the colleague's decision stays
        assert store.rows(schema.SUBMISSIONS, "review_status", "fid = ?", (fid,))[0]["review_status"] == "not_relevant"
        versions.settle(mine, stale, {fid: "ours"})
        assert mine.commitChanges(), mine.commitErrors()
        row = store.rows(schema.SUBMISSIONS, "review_status, row_version", "fid = ?", (fid,))[0]
        assert row == {"review_status": "in_review", "row_version": 2}
        assert [a["new_value"] for a in store.rows(schema.AUDIT_LOG, "new_value")] == ["not_relevant", "in_review"]
    finally:  # a failed check must not leave edits behind for QGIS to tear down
        for layer in (mine, theirs):
            if layer.isEditable():
                layer.rollBack()


def test_the_layers_come_with_styles_form_history_and_a_review_queue(tmp_path, new_store, qgis_new_project):
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.review.review_queue import ReviewQueue

    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    layer = add_submissions(open_store(name, authcfg), QgsProject.instance(), language="de")
    assert layer.renderer().type() == "categorizedSymbol"
    assert [t.name() for t in layer.editFormConfig().tabs()] == ["Beitrag", "Zuordnung", "Verlauf"]
    assert "Nach Handlungsfeld" in layer.styleManager().styles()
    companions = {n.layer().name() for n in QgsProject.instance().layerTreeRoot().findLayers()}
    assert any(n.endswith("– Verlauf") for n in companions) and any(n.endswith("– Handlungsfelder") for n in companions)
    queue = ReviewQueue(layer)
    assert queue.progress() == (0, 20) and queue.next_unreviewed() is not None
    stored = QgsVectorLayer(open_store(name, authcfg).layer_uri(), "again", layer.providerType())
    assert stored.renderer().type() == "categorizedSymbol"  # the default style is in the store itself
    from stadtdialog.core.review.classify import suggest_layer
    from stadtdialog.core.store.catalogue import load_catalogue

    suggested = suggest_layer(stored, load_catalogue())  # suggestions are stored, never decided
    store = open_store(name, authcfg)
    assert suggested > 0 and store.count(schema.SUBMISSIONS, "suggested_action_areas IS NOT NULL AND "
                                         "CAST(suggested_action_areas AS text) <> '[]'") == suggested
    assert store.count(schema.SUBMISSIONS, "review_status <> 'new'") == 0 and store.count(schema.AUDIT_LOG) == 0


def test_export_and_report_read_either_store(tmp_path, new_store):
    from stadtdialog.core.publish.export import export
    from stadtdialog.core.publish.report import report

    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    _, layer = _layer(name, authcfg)
    classify(layer, "\"category\" = 'meeting_place'", ["kultur_sport"], "classified", user="R")
    out = tmp_path / "beitraege.csv"
    assert export(name, out, store_authcfg=authcfg) == 20
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert sum(1 for r in rows if r["action_areas"] == "kultur_sport") > 0 and all(r["lon"] for r in rows)
    for language, label in (("de", "Kultur und Sport"), ("en", "Culture and sport")):  # the catalogue's words
        export(name, out, store_authcfg=authcfg, language=language)
        rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
        assert {r["action_areas_labels"] for r in rows if r["action_areas"] == "kultur_sport"} == {label}
    data = report(name, tmp_path / "bericht.pdf", store_authcfg=authcfg, background=False)
    assert data.total == 20 and data.by_area["kultur_sport"] > 0 and (tmp_path / "bericht.pdf").stat().st_size > 10000


def test_a_push_from_either_store_writes_the_decisions_to_the_portal(tmp_path, new_store, pygeoapi):
    from stadtdialog.core.writeback.push import push
    from test_push import PROFILE, portal_features

    server = pygeoapi(portal_features(12), editable=True, max_items=50)
    name, authcfg = new_store()
    pull(server.collection_url, PROFILE, name, store_authcfg=authcfg)
    _, layer = _layer(name, authcfg)
    assert classify(layer, "\"portal_id\" IN ('KL-000002', 'KL-000005')", ["religion"], "classified", user="R") == 2
    result = push(name, store_authcfg=authcfg)
    assert (result.pushed, result.failed, result.conflicts) == (2, 0, 0)
    stored = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    assert sorted(d["properties"]["beitrag_id"] for d in stored if d["properties"].get("status")) == [
        "KL-000002", "KL-000005"]
    # the action areas as the portal's JSON array text, whichever store they came from
    assert [d["properties"]["handlungsfelder"] for d in stored if d["properties"].get("status")] == ['["religion"]'] * 2
    assert open_store(name, authcfg).count(schema.SUBMISSIONS, "sync_state = 'modified'") == 0


def test_qgis_addresses_each_submission_by_the_store_s_own_fid(tmp_path, new_store):
    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    store, layer = _layer(name, authcfg)
    classify(layer, "\"portal_id\" IN ('KL-000001', 'KL-000002')", ["religion"], "in_review", user="A")  # rows move
    again = QgsVectorLayer(store.layer_uri(), "again", store.provider)
    from qgis.core import QgsFeatureRequest

    backwards = QgsFeatureRequest().addOrderBy("portal_id", False)  # a first read in another order than the key's
    by_qgis = {f.id(): f["portal_id"] for f in again.getFeatures(backwards)}
    by_store = {r["fid"]: r["portal_id"] for r in store.rows(schema.SUBMISSIONS, "fid, portal_id")}
    assert by_qgis == by_store  # the review queue, the version checks and the panel rely on it


def test_in_the_plugin_a_save_stamps_who_when_and_the_version_and_sends_nothing_else(tmp_path, new_store):
    """A layer the plugin watches (edit_stamp): the first change of a decision notes the version it is based on;
    the save stamps the claim, the reviewer and the time and sends no other column. What a push wrote to the row
    in between stays; a colleague's save in between makes ours stale, and the reviewer's choice settles it."""
    from stadtdialog.core.review.classify import current_user
    from stadtdialog.core.store import edit_stamp

    name, authcfg, _ = _pulled(tmp_path, new_store, broken=False)
    store, mine = _layer(name, authcfg)
    _, theirs = _layer(name, authcfg)
    for layer in (mine, theirs):
        edit_stamp.watch(layer)
        layer.startEditing()
    first, second = [f.id() for f in mine.getFeatures()][:2]
    index = mine.fields().indexOf
    try:
        mine.changeAttributeValue(first, index("review_status"), "in_review")
        mine.changeAttributeValue(second, index("planner_note"), "Ortstermin")
        with store.transaction() as w:  # meanwhile the coordinator's push marks the first as written …
            w.con.execute("UPDATE submissions SET portal_answer_hash = 'after-the-push', sync_state = 'clean' "
                          "WHERE fid = ?", (first,))
        theirs.changeAttributeValue(second, index("review_status"), "not_relevant")  # … and a colleague decides
        assert theirs.commitChanges(), theirs.commitErrors()
        assert not mine.commitChanges(False)  # refused as a whole: the colleague's decision stays
        stale = versions.stale_edits(mine)
        assert [(s.fid, s.read, s.version) for s in stale] == [(second, 0, 1)]
        versions.settle(mine, stale, {second: "theirs"})
        assert mine.commitChanges(), mine.commitErrors()
        rows = {r["fid"]: r for r in store.rows(schema.SUBMISSIONS, "fid, review_status, planner_note, reviewer, "
                                                  "reviewed_at, row_version, sync_state, portal_answer_hash",
                                                  "fid IN (?, ?)", (first, second))}
        assert rows[first]["review_status"] == "in_review" and rows[first]["row_version"] == 1
        assert rows[first]["reviewer"] == current_user() and rows[first]["reviewed_at"]
        assert rows[first]["portal_answer_hash"] == "after-the-push"  # nothing but the decision was sent …
        assert rows[first]["sync_state"] == "modified"  # … and the store marked it to be written back again
        assert (rows[second]["review_status"], rows[second]["planner_note"], rows[second]["row_version"]) == \
            ("not_relevant", "", 1)  # theirs, as the reviewer chose
    finally:
        for layer in (mine, theirs):
            if layer.isEditable():
                layer.rollBack()


def test_a_contribution_without_a_place_is_stored_reviewed_and_exported_from_either_store(tmp_path, new_store,
                                                                                           qgis_new_project):
    from sample import unplaced_records
    from stadtdialog.core.publish.export import export
    from stadtdialog.core.review.review_queue import ReviewQueue

    name, authcfg = new_store()
    features = submissions(4) + unplaced_records(random.Random(5), 5)
    result = pull(geojson_file(tmp_path, features), "demo-kaiserslautern", name, store_authcfg=authcfg)
    assert (result.new, result.quarantined, result.without_place) == (7, 0, 3)
    store, layer = _layer(name, authcfg)
    unplaced = [v["portal_id"] for v, x, y in store.points(["portal_id", "placed_by"]) if x is None]
    assert unplaced == ["KL-000005", "KL-000006", "KL-000007"]
    assert {r["placed_by"] for r in store.rows(schema.SUBMISSIONS, "placed_by", "portal_id IN (?, ?, ?)",
                                               tuple(unplaced))} == {"none"}
    assert len(ReviewQueue(layer).order) == 7
    assert classify(layer, "\"portal_id\" = 'KL-000006'", ["religion"], "classified", user="A") == 1  # decided
    again = pull(geojson_file(tmp_path, features, "again.geojson"), "demo-kaiserslautern", name, store_authcfg=authcfg)
    assert (again.unchanged, again.updated) == (7, 0)
    export(store, tmp_path / "e.geojson")
    geometries = {f["properties"]["portal_id"]: f["geometry"] for f in json.loads(
        (tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"]}
    assert [pid for pid, g in sorted(geometries.items()) if g is None] == unplaced
    from stadtdialog.core.publish.report_data import collect

    data = collect(store)
    assert (data.total, data.without_place) == (7, 3)  # counted in the report, never drawn somewhere made up
