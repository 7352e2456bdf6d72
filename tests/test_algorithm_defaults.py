"""Export and Report opened from the menu start with this layer's GeoPackage, an output beside it, and the
project's district layer for the report."""
import json

from qgis.core import QgsProject, QgsVectorLayer
from sample import submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.dialogs.algorithm_defaults import algorithm_defaults


def test_export_and_report_start_beside_the_geopackage_with_the_district_layer(tmp_path, qgis_new_project):
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(5)}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "beteiligung.gpkg")
    project = QgsProject.instance()
    layer = add_submissions(Store(tmp_path / "beteiligung.gpkg"), project, language="de")
    hidden = QgsVectorLayer("Polygon?crs=EPSG:25832", "Baublöcke", "memory")
    districts = QgsVectorLayer("Polygon?crs=EPSG:25832", "Stadtteile", "memory")
    project.addMapLayers([hidden, districts])
    project.layerTreeRoot().findLayer(hidden.id()).setItemVisibilityChecked(False)

    export = algorithm_defaults("export", layer, project)
    assert export == {"INPUT": str(tmp_path / "beteiligung.gpkg"), "OUTPUT": str(tmp_path / "beteiligung-export.gpkg")}
    report = algorithm_defaults("report", layer, project)
    assert report["OUTPUT"] == str(tmp_path / "beteiligung-report.pdf")
    assert report["DISTRICTS"] == districts.id()          # the visible polygon layer, not the hidden one
