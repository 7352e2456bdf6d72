"""Write back… as a planner uses it: see what will change, check first, write, settle conflicts row by row."""
import json
import sqlite3
import time

from qgis.core import QgsApplication, QgsVectorLayer
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.dialogs.push_dialog import PushDialog
from test_push import PROFILE, portal_features


def _portal_docs(server):
    return json.loads(server.data.read_text(encoding="utf-8"))


def _edit_on_portal(server, changes):
    docs = _portal_docs(server)
    for doc in docs["_default"].values():
        doc["properties"].update(changes.get(doc["id"], {}))
    server.data.write_text(json.dumps(docs), encoding="utf-8")


def _run(dialog, button):
    button.click()
    deadline = time.monotonic() + 60
    while dialog.task is not None:
        assert time.monotonic() < deadline, "the push did not finish"
        QgsApplication.processEvents()
        time.sleep(0.02)


def test_a_planner_checks_writes_and_settles_conflicts_side_by_side(tmp_path, pygeoapi, qgis_app):
    server = pygeoapi(portal_features(12), editable=True, max_items=50)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, gpkg)
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    assert classify(layer, "true", ["willkommenskultur"], "classified", "ok", user="P") == 12
    # Meanwhile on the portal: a citizen corrects one text, a colleague answers another one.
    _edit_on_portal(server, {"KL-000003": {"text": "Korrigiert vom Bürger"},
                             "KL-000007": {"status": "not_relevant", "anmerkung_planung": "schon erledigt"}})
    dialog = PushDialog(gpkg, layer)
    assert dialog.pending.rowCount() == 12 and "12" in dialog.summary.text()
    before = sqlite3.connect(gpkg).execute("SELECT portal_id, sync_state FROM submissions").fetchall()

    _run(dialog, dialog.dry_button)
    assert dialog.last_result.planned and len(dialog.last_result.planned) == 10
    assert sqlite3.connect(gpkg).execute("SELECT portal_id, sync_state FROM submissions").fetchall() == before

    _run(dialog, dialog.push_button)
    assert (dialog.last_result.pushed, dialog.last_result.conflicts) == (10, 2)
    assert dialog.pending.rowCount() == 0 and dialog.load_conflicts_button.isEnabled()

    dialog.load_conflicts()
    table = dialog.conflict_table
    cells = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(4)] for r in range(table.rowCount())]
    assert ["KL-000003", "Citizen's text", "Korrigiert vom Bürger"] == cells[0][:3] and cells[0][3] != cells[0][2]
    # field names as the form calls them, values in labels
    assert any(row[1] == "Review status" and row[2] == "not relevant" and row[3] == "classified" for row in cells)
    assert all(row[2] != row[3] for row in cells), cells  # every row shows a difference (never "– | –")
    for r in range(table.rowCount()):
        widget = table.cellWidget(r, 4)
        if widget is not None:  # ours over the citizen's correction; the colleague's answer wins
            widget.setCurrentIndex(widget.findData("overwrite" if widget.property("portal_id") == "KL-000003"
                                                   else "portal"))
    dialog.apply_button.click()
    rows = {r["portal_id"]: r for r in Store(gpkg).rows("submissions")}
    assert rows["KL-000003"]["sync_state"] == "modified" and rows["KL-000003"]["text"] == "Korrigiert vom Bürger"
    assert (rows["KL-000007"]["review_status"], rows["KL-000007"]["planner_note"], rows["KL-000007"]["sync_state"]) \
        == ("not_relevant", "schon erledigt", "clean")

    _run(dialog, dialog.push_button)
    assert (dialog.last_result.pushed, dialog.last_result.conflicts) == (1, 0)
    portal = {d["id"]: d["properties"] for d in _portal_docs(server)["_default"].values()}
    assert portal["KL-000003"]["status"] == "classified" and portal["KL-000003"]["text"] == "Korrigiert vom Bürger"
    assert portal["KL-000007"]["status"] == "not_relevant"  # the colleague's answer was never overwritten
    # Everything written: the dialog says so in words, with nothing left to press
    assert "Nothing to write back" in dialog.summary.text() and not dialog.push_button.isEnabled()
