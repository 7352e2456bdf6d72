"""Adding the store's layers to a QGIS project: the submissions in a 'Stadtdialog' group."""
from qgis.core import QgsProject, QgsRelation, QgsVectorLayer

from . import form, schema
from .i18n import tr, ui_language

GROUP = "Stadtdialog"


def _find(project, uri):
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.source() == uri:
            return layer
    return None


def _add(project, uri, name, visible=True):
    layer = QgsVectorLayer(uri, name, "ogr")
    project.addMapLayer(layer, False)
    group = project.layerTreeRoot().findGroup(GROUP) or project.layerTreeRoot().insertGroup(0, GROUP)
    node = group.addLayer(layer)
    node.setItemVisibilityChecked(visible)
    node.setExpanded(visible)
    return layer


def add_submissions(store, project=None, name=None, language=None):
    """Add (or reload) the submissions layer with its default style and form; returns the layer.

    The catalogue (action_areas) and the audit log come along: the form's multi-select reads
    the one, its History tab shows the other."""
    project = project or QgsProject.instance()
    layer = _find(project, store.layer_uri())
    if layer is not None:
        layer.dataProvider().reloadData()
        layer.triggerRepaint()
        return layer
    layer = _add(project, store.layer_uri(), name or store.path.stem)
    # Layer variable: the 'reload' of a later session knows where this layer came from.
    layer.setCustomProperty("stadtdialog/store", str(store.path))
    areas = _find(project, store.layer_uri(schema.ACTION_AREAS)) or _add(
        project, store.layer_uri(schema.ACTION_AREAS), tr("{name} – action areas").format(name=store.path.stem),
        visible=False)
    audit = _find(project, store.layer_uri(schema.AUDIT_LOG)) or _add(
        project, store.layer_uri(schema.AUDIT_LOG), tr("{name} – audit log").format(name=store.path.stem),
        visible=False)
    relation = QgsRelation()
    relation.setId("stadtdialog_history_" + layer.id())
    relation.setName(tr("History"))
    relation.setReferencingLayer(audit.id())
    relation.setReferencedLayer(layer.id())
    relation.addFieldPair("portal_id", "portal_id")
    if relation.isValid():
        project.relationManager().addRelation(relation)
    form.configure(layer, language or ui_language(), areas, relation if relation.isValid() else None)
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
