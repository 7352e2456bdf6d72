"""A project folder copied (or moved) with its GeoPackage: every Stadtdialog action uses the copy the layer
shows, never the original file the layer was first added from."""
import json
import shutil

from qgis.core import QgsProject
from sample import submissions
from stadtdialog.core.layer_source import store_path
from stadtdialog.core.project_layers import add_submissions
from stadtdialog.core.store import Store
from stadtdialog.core.sync import pull


def test_a_copied_project_works_on_its_own_geopackage_even_when_the_original_is_gone(tmp_path, qgis_new_project):
    original = tmp_path / "original"
    original.mkdir()
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(5)}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", original / "beteiligung.gpkg")
    project = QgsProject.instance()
    add_submissions(Store(original / "beteiligung.gpkg"), project, language="de")
    # saved with relative paths, as QGIS does by default
    assert project.write(str(original / "planung.qgz"))
    project.clear()

    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    shutil.rmtree(original)                                  # the original folder is gone
    assert project.read(str(copy / "planung.qgz"))
    layer = next(layer for layer in project.mapLayers().values() if layer.customProperty("stadtdialog/store"))
    assert store_path(layer) == str(copy / "beteiligung.gpkg")
    assert Store(store_path(layer)).count("submissions") == 5
