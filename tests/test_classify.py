"""Classifying: every path is audited, bulk changes undo in one step, suggestions are never applied."""
import json
import sqlite3

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis_process_run import qgis_process, run_json
from sample import pulled_store, submissions
from stadtdialog.core.errors import StadtdialogError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify, current_user
from stadtdialog.core.store.gpkg_store import Store
from stored_lists import not_arrays


@pytest.fixture
def gpkg(tmp_path):
    return pulled_store(tmp_path, submissions(30))


def test_classify_algorithm_by_expression_is_audited_and_marks_pending(tmp_path, gpkg):
    result, _ = run_json("stadtdialog:classify", {
        "INPUT": "{}|layername=submissions".format(gpkg), "EXPRESSION": "\"category\" = 'unpleasant_place'",
        "ACTION_AREAS": "sozialraum,gesundheit_pflege", "STATUS": "classified", "NOTE": "Ortstermin"},
        tmp_path / "home")
    store = Store(gpkg)
    matching = store.rows("submissions", "portal_id, action_areas, review_status, planner_note, sync_state",
                          "category = 'unpleasant_place'")
    assert result["results"]["CLASSIFIED"] == len(matching) > 0
    assert all(json.loads(r["action_areas"]) == ["sozialraum", "gesundheit_pflege"] and
               r["review_status"] == "classified" and r["planner_note"] == "Ortstermin" and
               r["sync_state"] == "modified" for r in matching)
    assert store.count("submissions", "review_status = 'classified'") == len(matching)  # nothing else touched
    assert not_arrays(gpkg) == []  # arrays as SQLite reads them, in the audit log too
    audit = store.rows("audit_log", "portal_id, field, old_value, new_value")
    assert {(a["portal_id"], a["field"]) for a in audit} == {
        (r["portal_id"], f) for r in matching for f in ("action_areas", "review_status", "planner_note")}
    assert all(a["old_value"] in ("[]", "new", "") for a in audit)  # no note before: ""


def test_unknown_action_area_is_refused_by_name(tmp_path, gpkg):
    proc = qgis_process(["run", "stadtdialog:classify", "--", "INPUT={}|layername=submissions".format(gpkg),
                         "EXPRESSION=true", "ACTION_AREAS=sozialraum,verkehr", "STATUS=classified"],
                        tmp_path / "home", check=False)
    assert proc.returncode != 0 and "Unknown action area(s): verkehr" in proc.stdout + proc.stderr
    assert Store(gpkg).count("audit_log") == 0


def test_every_path_lands_in_the_audit_log(gpkg, qgis_new_project):
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    QgsProject.instance().addMapLayer(layer)
    ids = [f.id() for f in layer.getFeatures()][:3]
    # 1. the attribute table / form: the layer's edit buffer, committed
    layer.startEditing()
    layer.changeAttributeValue(ids[0], layer.fields().indexOf("priority"), 1)
    assert layer.commitChanges()
    # 2. the algorithm's core, headless
    classify(layer, "$id = {}".format(ids[1]), ["religion"], "classified", user="Algorithmus")
    # 3. another program writing the GeoPackage directly
    con = Store(gpkg).connect()
    con.execute("UPDATE submissions SET planner_note = 'extern', reviewer = 'Fremdsoftware' WHERE fid = ?",
                (ids[2],))
    con.commit()
    con.close()
    fields = {(a["field"], a["new_value"], a["user"]) for a in Store(gpkg).rows("audit_log")}
    # The default style's form fills 'reviewer' with @user_full_name on every edit.
    assert ("priority", "1", current_user()) in fields
    assert ("action_areas", '["religion"]', "Algorithmus") in fields
    assert ("planner_note", "extern", "Fremdsoftware") in fields


def test_bulk_classify_in_the_gui_is_one_undo_step(gpkg, qgis_new_project):
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    layer.startEditing()
    count = classify(layer, "\"category\" = 'idea'", ["willkommenskultur"], "in_review", user="R")
    assert count > 0
    assert all(f["review_status"] == "in_review" for f in layer.getFeatures() if f["category"] == "idea")
    layer.undoStack().undo()
    assert all(f["review_status"] == "new" for f in layer.getFeatures())
    layer.rollBack()
    assert Store(gpkg).count("audit_log") == 0  # nothing reached the file


def test_a_pull_never_writes_the_audit_log(tmp_path, gpkg):
    features = submissions(30)
    features[4]["properties"]["text"] = "geändert im Portal"
    source = tmp_path / "portal2.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    assert pull(source, "demo-kaiserslautern", gpkg).updated == 1
    assert Store(gpkg).count("audit_log") == 0


def test_suggest_fills_suggestions_but_never_decides(tmp_path, gpkg):
    result, _ = run_json("stadtdialog:suggest", {"INPUT": "{}|layername=submissions".format(gpkg)},
                         tmp_path / "home")
    rows = Store(gpkg).rows("submissions", "suggested_action_areas, action_areas, review_status")
    assert result["results"]["SUGGESTED"] == sum(1 for r in rows if json.loads(r["suggested_action_areas"]))
    assert result["results"]["SUGGESTED"] >= 25
    assert all(r["action_areas"] == "[]" and r["review_status"] == "new" for r in rows)
    with sqlite3.connect(gpkg) as con:
        assert con.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_classified_needs_an_area_in_core_too(gpkg):
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    with pytest.raises(StadtdialogError, match="needs at least one action area"):
        classify(layer, "true", [], "classified")


def test_bulk_classify_dialog_on_the_selection_is_undoable(gpkg, qgis_new_project):
    from stadtdialog.dialogs.classify_dialog import ClassifyDialog

    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    QgsProject.instance().addMapLayer(layer)
    chosen = [f.id() for f in layer.getFeatures()][:4]
    layer.selectByIds(chosen)
    dialog = ClassifyDialog(None, layer)
    assert dialog.use_selection.isChecked() and "4 selected" in dialog.use_selection.text()
    next(b for b in dialog.boxes if b.code == "kultur_sport").setChecked(True)
    dialog.apply_button.click()
    assert dialog.count == 4
    assert {f.id() for f in layer.getFeatures() if f["review_status"] == "classified"} == set(chosen)
    layer.undoStack().undo()
    assert not [f for f in layer.getFeatures() if f["review_status"] == "classified"]
    layer.undoStack().redo()  # and once saved, the file holds JSON arrays
    assert layer.commitChanges(), layer.commitErrors()
    assert Store(gpkg).count("submissions", "action_areas = '[\"kultur_sport\"]'") == 4
    assert not_arrays(gpkg) == []
