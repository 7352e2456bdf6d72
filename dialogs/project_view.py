"""Saving a project made without the desktop (the demo, scripts) so that QGIS opens it on its submissions: the
view is kept where QGIS reads it, in the project's map canvas state, which only a map canvas writes."""
from qgis.core import QgsReferencedRectangle
from qgis.gui import QgsMapCanvas

MAIN_CANVAS = "theMapCanvas"  # the name of QGIS's main map canvas: its state is read back by that name


def write_with_view(project, path, extent, crs):
    """Write `project` to `path` opening on `extent` (in `crs`); needs a QApplication with widgets."""
    project.setCrs(crs)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    canvas = QgsMapCanvas()
    canvas.setObjectName(MAIN_CANVAS)
    canvas.resize(1200, 800)
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent)
    try:
        return project.write(str(path))  # the canvas writes its state into the project as it is saved
    finally:
        canvas.deleteLater()
