"""'Open quarantine…' from the menu: the quarantine of the GeoPackage the project already shows, no file
dialog; a file is asked for only when the project has no Stadtdialog layer."""
import json
import random

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QFileDialog
from sample import broken_records, submissions
from stadtdialog.core.project_layers import add_submissions
from stadtdialog.core.store import Store
from stadtdialog.core.sync import pull
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
    layer = open_project_quarantine(iface)
    assert not asked and layer is not None and layer.featureCount() == 5 and iface.tables == [layer]


def test_without_a_stadtdialog_layer_the_planner_picks_the_file(tmp_path, qgis_new_project, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: asked.append(args) or ("", ""))
    assert open_project_quarantine(ActiveIface()) is None and len(asked) == 1
