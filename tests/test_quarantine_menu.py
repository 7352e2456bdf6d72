"""'Open quarantine…' from the menu: the quarantine of the GeoPackage the project already shows, no file
dialog; a file is asked for only when the project has no Stadtdialog layer. The reasons read in the user's
language, whatever language the pull ran in."""
import json
import random

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QFileDialog
from sample import broken_records, submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.dialogs.quarantine import open_project_quarantine
from test_pull_dialog import Iface


class ActiveIface(Iface):
    def __init__(self, active=None):
        super().__init__()
        self.active = active

    def activeLayer(self):  # noqa: N802
        return self.active


def test_the_project_s_quarantine_opens_without_asking_for_a_file(tmp_path, qgis_new_project, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: asked.append(args) or ("", ""))
    source = tmp_path / "portal.geojson"
    features = submissions(10) + broken_records(random.Random(3), 11)
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "s.gpkg")
    add_submissions(Store(tmp_path / "s.gpkg"), QgsProject.instance(), language="de")
    iface = ActiveIface()
    dialog = open_project_quarantine(iface)
    assert not asked and dialog is not None and dialog.table.rowCount() == 5
    reasons = [dialog.table.item(r, 0).text() for r in range(5)]
    assert all(reasons) and not [r for r in reasons if "\n" in r]
    dialog.table.selectRow(0)
    assert json.loads(dialog.record.toPlainText())  # the record as received, readable
    dialog.close()


def test_reasons_are_stored_as_messages_and_shown_in_the_reader_s_language(tmp_path, qgis_new_project):
    from locales import Locale
    from stadtdialog.dialogs.quarantine import quarantine_entries

    source = tmp_path / "portal.geojson"
    features = submissions(3) + broken_records(random.Random(3), 4)
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "s.gpkg")  # pulled in English
    store = Store(tmp_path / "s.gpkg")
    stored = store.rows("quarantine", "reason, reason_code")
    assert all(json.loads(r["reason_code"])["message"] for r in stored)
    english = sorted(e[0] for e in quarantine_entries(store, "en"))
    assert english == sorted(r["reason"] for r in stored)  # stored in English for other programs
    assert "coordinates are not numbers" in english
    with Locale("de"):
        german = [e[0] for e in quarantine_entries(store, "de")]
    assert "Koordinaten sind keine Zahlen" in german and not set(german) & set(english)

