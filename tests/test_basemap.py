"""A map to find one's way: the background map the planner chose, added below the layers when a pull creates
them, with its attribution; none when switched off; offline it is switched off and says why."""
import json

import pytest
from qgis.core import QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings, QgsProject
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from sample import submissions
from stadtdialog.core import settings
from stadtdialog.core.publish import basemap
from stadtdialog.dialogs.pull_dialog import PullDialog
from test_pull_dialog import Iface, _wait_for_tasks
from tile_server import COLOUR, TileServer


@pytest.fixture
def chosen():
    old = {s: settings.get(s) for s in (settings.BASEMAP, settings.BASEMAP_CUSTOM)}
    yield lambda choice, custom="": (settings.put(settings.BASEMAP, choice),
                                     settings.put(settings.BASEMAP_CUSTOM, custom))
    for s, value in old.items():
        settings.put(s, value)


@pytest.fixture
def tiles():
    server = TileServer()
    yield server
    server.stop()


def _pull(tmp_path, name="s"):
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(15)}), encoding="utf-8")
    iface = Iface()
    dialog = PullDialog(iface)
    dialog.name.setText(name)
    dialog.url.setText(str(source))
    dialog.profile.set_profile("demo-kaiserslautern")
    dialog.output.setFilePath(str(tmp_path / (name + ".gpkg")))
    dialog.pull_button.click()
    _wait_for_tasks()
    return iface


def _render(project, layers):
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(layers[0].crs())
    submissions_layer = next(layer for layer in project.mapLayers().values() if layer.name() == "s")
    ms.setDestinationCrs(submissions_layer.crs())
    ms.setExtent(submissions_layer.extent().buffered(500))
    ms.setOutputSize(QSize(300, 200))
    job = QgsMapRendererSequentialJob(ms)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), job.errors()


def test_a_pull_adds_the_chosen_background_below_everything_and_the_map_shows_it(qgis_new_project, tmp_path,
                                                                                 chosen, tiles):
    chosen("custom", tiles.url)
    _pull(tmp_path)
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    background = basemap.find(project)
    assert background is not None and background.customProperty(basemap.ROLE) == "custom"
    assert root.children()[-1].layer() is background  # drawn below the group of submissions
    assert root.findLayer(background.id()).itemVisibilityChecked()  # its server answers: shown
    image, errors = _render(project, [background])
    assert not errors and tiles.requests
    assert QColor(image.pixel(150, 100)) == COLOUR  # the tile is what the map shows
    _pull(tmp_path)  # pulling again adds nothing
    assert [layer for layer in project.mapLayers().values() if layer.customProperty(basemap.ROLE)] == [background]


def test_osm_is_the_default_with_its_attribution_and_offline_it_is_switched_off_and_says_why(
        qgis_new_project, tmp_path, chosen):
    chosen("osm")
    logged = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    iface = _pull(tmp_path)
    project = QgsProject.instance()
    background = basemap.find(project)
    assert "tile.openstreetmap.org" in background.source()
    assert basemap.attributions(project, visible_only=False) == ["© OpenStreetMap contributors"]
    # This machine has no way out: the background is there, switched off, so the map asks for no tile.
    node = project.layerTreeRoot().findLayer(background.id())
    assert not node.itemVisibilityChecked()
    visible = [n.layer() for n in project.layerTreeRoot().findLayers() if n.isVisible() and n.layer().isSpatial()]
    _render(project, visible)
    assert [item.text() for item in iface.bar.items() if "tile" in item.text().lower()] == []
    # the pull's summary, and why the map is white but for the points: once, in words, with what to do
    said = [item.full_text for item in iface.bar.items() if hasattr(item, "full_text")]
    assert len(iface.bar.items()) == 2 and any("background map is switched off" in t and "Layers panel" in t
                                               for t in said), said
    assert background.name().endswith("(off: its server did not answer)")  # the layer tree says it too
    assert not [entry for entry in logged if "openstreetmap" in entry[1].lower()], logged


def test_no_background_when_the_planner_switched_it_off(qgis_new_project, tmp_path, chosen):
    chosen("none")
    _pull(tmp_path)
    assert basemap.find(QgsProject.instance()) is None
