"""Several reviewers on one GeoPackage: no lost update, and a clear message when the file is busy."""
import json
import os
import subprocess
import sys

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from sample import submissions
from stadtdialog.core.project_layers import add_submissions
from stadtdialog.core.store import Store
from stadtdialog.core.sync import pull
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


def test_two_reviewers_editing_the_same_submission_lose_nothing(gpkg, qgis_new_project):
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("planner_note"), "Ortstermin im Mai")
    # Meanwhile the second reviewer, in another QGIS process, classifies the same submission.
    subprocess.run([sys.executable, "-c", OTHER_REVIEWER, str(gpkg), str(fid)], check=True, env=_env(),
                   capture_output=True, timeout=120)
    assert layer.commitChanges(), layer.commitErrors()
    row = Store(gpkg).rows("submissions", "planner_note, action_areas", "fid = ?", (fid,))[0]
    assert row == {"planner_note": "Ortstermin im Mai", "action_areas": '["religion"]'}
    assert {a["field"] for a in Store(gpkg).rows("audit_log")} == {"planner_note", "action_areas"}


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
