"""Opening the quarantine table of a Stadtdialog GeoPackage as a layer with its attribute table."""
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.errors import StadtdialogError
from ..core.i18n import tr


def open_quarantine_layer(iface, path=None):
    from ..core.project_layers import quarantine_layer
    from ..core.store import Store

    if path is None:
        path, _ = QFileDialog.getOpenFileName(iface.mainWindow(), tr("Stadtdialog GeoPackage"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if not path:
            return None
    try:
        layer = quarantine_layer(Store(path), QgsProject.instance())
    except StadtdialogError as exc:
        iface.messageBar().pushMessage(tr("Stadtdialog"), str(exc), level=Qgis.MessageLevel.Critical)
        return None
    iface.showAttributeTable(layer)
    return layer


def open_project_quarantine(iface):
    """The quarantine of the Stadtdialog GeoPackage in the project (the active layer's, else the first one);
    only when the project has none, the planner is asked for a file."""
    from ..core.layer_source import store_path
    from .review_panel import submission_layers

    layers = submission_layers(QgsProject.instance())
    active = iface.activeLayer()
    layer = active if active in layers else (layers[0] if layers else None)
    return open_quarantine_layer(iface, store_path(layer) if layer is not None else None)
