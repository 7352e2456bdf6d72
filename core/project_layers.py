"""Adding the store's layers to a QGIS project: the submissions in a 'Stadtdialog' group."""
from qgis.core import QgsProject, QgsVectorLayer

from . import schema
from .i18n import tr

GROUP = "Stadtdialog"


def add_submissions(store, project=None, name=None):
    """Add (or reload) the submissions layer with its default style; returns the layer."""
    project = project or QgsProject.instance()
    uri = store.layer_uri()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.source() == uri:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
            return layer
    layer = QgsVectorLayer(uri, name or store.path.stem, "ogr")
    # Layer variable: the 'reload' of a later session knows where this layer came from.
    layer.setCustomProperty("stadtdialog/store", str(store.path))
    project.addMapLayer(layer, False)
    group = project.layerTreeRoot().findGroup(GROUP) or project.layerTreeRoot().insertGroup(0, GROUP)
    group.addLayer(layer)
    return layer


def quarantine_layer(store, project=None):
    project = project or QgsProject.instance()
    uri = store.layer_uri(schema.QUARANTINE)
    for layer in project.mapLayers().values():
        if layer.source() == uri:
            layer.dataProvider().reloadData()
            return layer
    layer = QgsVectorLayer(uri, tr("{name} – quarantine").format(name=store.path.stem), "ogr")
    project.addMapLayer(layer, False)
    group = project.layerTreeRoot().findGroup(GROUP) or project.layerTreeRoot().insertGroup(0, GROUP)
    group.addLayer(layer)
    return layer
