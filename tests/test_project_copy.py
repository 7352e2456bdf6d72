"""A project folder copied (or moved) with its GeoPackage: every Stadtdialog action uses the copy the layer
shows, never the original file the layer was first added from."""
import json
import shutil

from qgis.core import QgsProject
from sample import submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.core.store.layer_source import store_path


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


def _copied_project(tmp_path, source):
    """A project folder saved with its GeoPackage, copied elsewhere, the original deleted, the copy opened."""
    original, copy = tmp_path / "original", tmp_path / "copy"
    original.mkdir()
    pull(source, "demo-kaiserslautern", original / "beteiligung.gpkg")
    project = QgsProject.instance()
    add_submissions(Store(original / "beteiligung.gpkg"), project, language="de")
    assert project.write(str(original / "planung.qgz"))
    project.clear()
    shutil.copytree(original, copy)
    shutil.rmtree(original)
    assert project.read(str(copy / "planung.qgz"))
    return next(layer for layer in project.mapLayers().values() if layer.customProperty("stadtdialog/store")), copy


def test_a_decision_made_in_a_copied_project_is_written_back_from_the_copy(tmp_path, qgis_new_project, pygeoapi):
    from stadtdialog.core.review.classify import classify
    from stadtdialog.dialogs.push_dialog import PushDialog
    from test_pull_dialog import _wait_for_tasks
    from test_push import portal_features

    server = pygeoapi(portal_features(8), editable=True, max_items=50)
    layer, copy = _copied_project(tmp_path, server.collection_url)
    assert classify(layer, "\"portal_id\" = 'KL-000003'", ["religion"], "classified", user="Planerin") == 1
    dialog = PushDialog(store_path(layer), layer, None)  # what Write back… opens for this layer
    assert dialog.gpkg == str(copy / "beteiligung.gpkg") and dialog.pending.rowCount() == 1
    dialog.start(dry_run=False)
    _wait_for_tasks()
    assert dialog.last_result is not None and dialog.last_result.pushed == 1
    stored = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    answered = {d["properties"]["beitrag_id"]: d["properties"].get("status") for d in stored}
    assert answered["KL-000003"] == "classified"
    assert Store(copy / "beteiligung.gpkg").count("submissions", "sync_state = 'modified'") == 0


def test_a_missing_geopackage_is_a_message_not_a_traceback(tmp_path, qgis_new_project):
    from stadtdialog.plugin import StadtdialogPlugin
    from test_quarantine_menu import ActiveIface

    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(5)}), encoding="utf-8")
    layer, copy = _copied_project(tmp_path, source)
    (copy / "beteiligung.gpkg").unlink()  # and now the copy's file is gone too
    iface = ActiveIface(layer)
    plugin = StadtdialogPlugin(iface)
    for action in (plugin.open_push, lambda: plugin.open_algorithm("export"), plugin.open_duplicates):
        plugin._run(action)  # as the menu runs it
        item = iface.bar.currentItem()
        assert item is not None and "is not at" in item.full_text and "beteiligung.gpkg" in item.full_text
        iface.bar.clearWidgets()
