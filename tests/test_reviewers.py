"""Several reviewers on one store: no lost update, a colleague's decision shown before a save, and a clear message
when a GeoPackage is busy."""
import json
import os
import subprocess
import sys

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from sample import submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.dialogs.review_panel import ReviewPanel

OTHER_REVIEWER = """
import sys
from qgis.core import QgsApplication, QgsVectorLayer
from stadtdialog.core import list_field
app = QgsApplication([], False); app.initQgis()
layer = QgsVectorLayer(sys.argv[1] + "|layername=submissions", "s", "ogr")
layer.startEditing()
layer.changeAttributeValue(int(sys.argv[2]), layer.fields().indexOf("action_areas"),
                           list_field.for_feature(["religion"]))
layer.changeAttributeValue(int(sys.argv[2]), layer.fields().indexOf("reviewer"), "B. Zweite")
assert layer.commitChanges(), layer.commitErrors()
"""


@pytest.fixture
def gpkg(tmp_path):
    source = tmp_path / "p.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(6)}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "s.gpkg")
    return tmp_path / "s.gpkg"


def _env():
    env = dict(os.environ)
    for key in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
        env.pop(key, None)
    return env


def test_a_save_based_on_what_a_colleague_has_since_changed_is_refused_and_settled_by_choice(gpkg, qgis_new_project):
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store import versions

    layer = add_submissions(Store(gpkg), QgsProject.instance(), language="en")  # with the form's version claim
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("planner_note"), "Ortstermin im Mai")
    # Meanwhile the second reviewer, in another QGIS process, classifies the same submission.
    subprocess.run([sys.executable, "-c", OTHER_REVIEWER, str(gpkg), str(fid)], check=True, env=_env(),
                   capture_output=True, timeout=120)
    colleague = Store(gpkg).rows("submissions", "reviewer", "fid = ?", (fid,))[0]["reviewer"]
    stale = versions.stale_edits(layer)
    assert [(s.fid, s.read, s.version, s.current["reviewer"]) for s in stale] == [(fid, 0, 1, colleague)]
    assert not layer.commitChanges(False)  # the store refuses it: nothing of the colleague's is lost
    assert "stadtdialog-stale" in " ".join(layer.commitErrors())
    assert Store(gpkg).rows("submissions", "planner_note, action_areas", "fid = ?", (fid,))[0] == {
        "planner_note": "", "action_areas": '["religion"]'}
    versions.settle(layer, stale, {fid: "ours"})  # the reviewer keeps the note, knowing the colleague's areas
    assert layer.commitChanges(), layer.commitErrors()
    row = Store(gpkg).rows("submissions", "planner_note, action_areas, row_version", "fid = ?", (fid,))[0]
    assert row == {"planner_note": "Ortstermin im Mai", "action_areas": '["religion"]', "row_version": 2}
    assert [a["field"] for a in Store(gpkg).rows("audit_log")] == ["action_areas", "planner_note"]


def test_taking_the_colleague_s_decision_writes_nothing_of_ours(gpkg, qgis_new_project):
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store import versions

    layer = add_submissions(Store(gpkg), QgsProject.instance(), language="en")
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("action_areas"), '["asyl"]')
    subprocess.run([sys.executable, "-c", OTHER_REVIEWER, str(gpkg), str(fid)], check=True, env=_env(),
                   capture_output=True, timeout=120)
    colleague = Store(gpkg).rows("submissions", "reviewer, reviewed_at", "fid = ?", (fid,))[0]
    versions.settle(layer, versions.stale_edits(layer), {fid: "theirs"})
    assert layer.commitChanges(), layer.commitErrors()
    row = Store(gpkg).rows("submissions", "action_areas, reviewer, reviewed_at, row_version", "fid = ?", (fid,))[0]
    assert row == dict(colleague, action_areas='["religion"]', row_version=1)
    assert [a["field"] for a in Store(gpkg).rows("audit_log")] == ["action_areas"]  # the colleague's only


def test_bulk_classify_refuses_what_a_colleague_decided_after_it_was_read(gpkg, qgis_new_project):
    from stadtdialog.core.review.classify import StaleError, classify

    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    fid = next(layer.getFeatures()).id()
    read = {f.id(): f for f in layer.getFeatures()}
    subprocess.run([sys.executable, "-c", OTHER_REVIEWER, str(gpkg), str(fid)], check=True, env=_env(),
                   capture_output=True, timeout=120)
    original = layer.getFeatures

    def as_read_before(request=None):  # the features as classify read them, before the colleague's save
        wanted = [f.id() for f in (original(request) if request is not None else original())]
        return iter([read[i] for i in wanted])

    layer.getFeatures = as_read_before
    with pytest.raises(StaleError) as refused:
        classify(layer, "true", ["asyl"], "classified", user="A. Erste")
    colleague = Store(gpkg).rows("submissions", "reviewer", "fid = ?", (fid,))[0]["reviewer"]
    assert [s.fid for s in refused.value.stale] == [fid] and colleague in str(refused.value)
    assert Store(gpkg).count("submissions", "review_status = 'classified'") == 0  # nothing was written
    layer.getFeatures = original
    assert classify(layer, "true", ["asyl"], "classified", user="A. Erste", skip={fid}) == 5  # theirs kept
    assert Store(gpkg).rows("submissions", "action_areas", "fid = ?", (fid,))[0]["action_areas"] == '["religion"]'


def test_the_machine_s_suggestions_do_not_make_a_reviewer_s_edit_stale(gpkg, qgis_new_project):
    from stadtdialog.core.review.classify import suggest_layer
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store.catalogue import load_catalogue

    layer = add_submissions(Store(gpkg), QgsProject.instance(), language="en")
    other = QgsVectorLayer("{}|layername=submissions".format(gpkg), "other", "ogr")
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("review_status"), "in_review")
    assert suggest_layer(other, load_catalogue()) > 0  # written while the reviewer edits
    assert Store(gpkg).rows("submissions", "row_version", "fid = ?", (fid,))[0]["row_version"] == 0
    assert layer.commitChanges(), layer.commitErrors()


def test_a_busy_file_is_said_clearly_in_the_panel_and_the_edit_is_kept(gpkg, qgis_iface, qgis_new_project):
    layer = add_submissions(Store(gpkg), QgsProject.instance(), language="en")
    panel = ReviewPanel(qgis_iface)
    panel.set_layer(layer)
    fid = panel.fid
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); sys.stdin.readline(); c.execute('ROLLBACK')",
         str(gpkg)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout.readline().strip() == "locked"  # another program is writing
        QTest.keyClick(panel.view, Qt.Key.Key_4)
        QTest.keyClick(panel.view, Qt.Key.Key_N)
        assert panel.fid == fid and "file may be busy" in panel.message.text()
        assert layer.isModified()  # nothing lost: still in the edit buffer
    finally:
        holder.communicate("go\n", timeout=30)
    QTest.keyClick(panel.view, Qt.Key.Key_N)
    assert panel.fid != fid
    assert Store(gpkg).rows("submissions", "action_areas", "fid = ?", (fid,))[0]["action_areas"] == \
        '["gesundheit_soziales"]'
    layer.rollBack()


@pytest.mark.parametrize("choice,colleague_first", [("theirs", False), ("ours", False), ("ours", True)])
def test_the_review_panel_shows_the_colleague_s_decision_and_saves_the_reviewer_s_choice(
        gpkg, qgis_iface, qgis_new_project, monkeypatch, choice, colleague_first):
    from stadtdialog.dialogs import conflict_dialog

    layer = add_submissions(Store(gpkg), QgsProject.instance(), language="en")
    conflict_dialog.watch(layer)  # as the plugin does for every Stadtdialog layer
    panel = ReviewPanel(qgis_iface)
    panel.set_layer(layer)
    fid = panel.fid
    colleague = [sys.executable, "-c", OTHER_REVIEWER, str(gpkg), str(fid)]
    if colleague_first:  # the colleague saves while the reviewer is still reading the submission …
        subprocess.run(colleague, check=True, env=_env(), capture_output=True, timeout=120)
    QTest.keyClick(panel.view, Qt.Key.Key_2)  # the reviewer ticks an area …
    if not colleague_first:  # … or while the reviewer's decision waits to be saved
        subprocess.run(colleague, check=True, env=_env(), capture_output=True, timeout=120)
    shown = {}

    def exec_(dialog):
        table = dialog.table
        shown["row"] = [table.item(0, c).text() for c in range(4)]
        dialog.boxes[0].setCurrentIndex(dialog.boxes[0].findData(choice))
        return 1

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", exec_)
    QTest.keyClick(panel.view, Qt.Key.Key_N)
    portal_id = Store(gpkg).rows("submissions", "portal_id", "fid = ?", (fid,))[0]["portal_id"]
    assert shown["row"][0] == portal_id and "Religion" in shown["row"][2]  # whose, and what they decided
    assert panel.fid != fid  # saved, and on to the next
    row = Store(gpkg).rows("submissions", "action_areas, row_version", "fid = ?", (fid,))[0]
    # "ours" is what the dialog showed as the reviewer's decision: the tick made on the submission as it now is
    ticked = [panel.areas[1][0]] + (["religion"] if colleague_first else [])
    expected = '["religion"]' if choice == "theirs" else json.dumps(ticked, separators=(",", ":"))
    assert row["action_areas"] == expected
    assert row["row_version"] == (1 if choice == "theirs" else 2)


OTHER_REVIEWER_ON_POSTGRES = """
import sys
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False); app.initQgis()
QgsApplication.authManager().setMasterPassword("master-for-tests", True)
from stadtdialog.core import list_field
from stadtdialog.core.store import edit_stamp
from stadtdialog.core.store.stores import open_store
store = open_store(sys.argv[1], sys.argv[2])
layer = QgsVectorLayer(store.layer_uri(), "s", "postgres")
edit_stamp.watch(layer)  # as the plugin does
layer.startEditing()
areas = layer.fields().indexOf("action_areas")
layer.changeAttributeValue(int(sys.argv[3]), areas, list_field.for_feature(["religion"], layer))
assert layer.commitChanges(), layer.commitErrors()
"""


def test_on_a_team_store_the_panel_shows_a_colleague_s_decision_made_with_another_login(
        tmp_path, pg_store, postgres_server, basic_auth, qgis_iface, qgis_new_project, monkeypatch):
    """Two reviewers with logins of their own (the reviewer role only) on one PostgreSQL store: the colleague
    saves while the reviewer's tick waits in the panel; the panel shows whose decision it is and saves the
    reviewer's choice, and the audit log names both logins."""
    from qgis.core import QgsApplication
    from stadtdialog.core.store.pg_store import grant_roles
    from stadtdialog.core.store.stores import open_store
    from stadtdialog.dialogs import conflict_dialog

    source = tmp_path / "p.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(6)}), encoding="utf-8")
    name, authcfg = pg_store("panel_team")
    pull(source, "demo-kaiserslautern", name, store_authcfg=authcfg)
    assert grant_roles(open_store(name, authcfg))
    logins = {}
    for who in ("anna", "ben"):
        postgres_server.sql("DROP ROLE IF EXISTS {}".format(who))
        postgres_server.sql("CREATE ROLE {0} LOGIN PASSWORD '{0}-pw' IN ROLE panel_team_reviewer".format(who))
        logins[who] = (postgres_server.uri("panel_team", user=who), basic_auth(who, who + "-pw"))
    layer = None
    try:
        layer = add_submissions(open_store(*logins["anna"]), QgsProject.instance(), language="en")
        conflict_dialog.watch(layer)
        panel = ReviewPanel(qgis_iface)
        panel.set_layer(layer)
        fid = panel.fid
        QTest.keyClick(panel.view, Qt.Key.Key_2)  # anna ticks an area; meanwhile ben, elsewhere, decides
        env = dict(_env(), QGIS_AUTH_DB_DIR_PATH=os.path.dirname(QgsApplication.qgisAuthDatabaseFilePath()))
        subprocess.run([sys.executable, "-c", OTHER_REVIEWER_ON_POSTGRES, *logins["ben"], str(fid)], check=True,
                       env=env, capture_output=True, timeout=120)
        shown = {}

        def exec_(dialog):
            shown["row"] = [dialog.table.item(0, c).text() for c in range(4)]
            dialog.boxes[0].setCurrentIndex(dialog.boxes[0].findData("ours"))
            return 1

        monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", exec_)
        QTest.keyClick(panel.view, Qt.Key.Key_N)
        assert "Religion" in shown["row"][2] and panel.fid != fid  # ben's decision shown; anna's saved
        store = open_store(name, authcfg)
        row = store.rows("submissions", "action_areas, row_version", "fid = ?", (fid,))[0]
        assert json.loads(row["action_areas"]) == [panel.areas[1][0]] and row["row_version"] == 2
        audit = store.rows("audit_log", "field, db_user", "field = 'action_areas'")
        assert [a["db_user"] for a in audit] == ["ben", "anna"]
    finally:
        if layer is not None and layer.isEditable():
            layer.rollBack()
        QgsProject.instance().removeAllMapLayers()
        for who in logins:
            postgres_server.sql("DROP ROLE IF EXISTS {}".format(who))
