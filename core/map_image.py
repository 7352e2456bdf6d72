"""A PNG of the styled submissions with title and legend, through a QGIS print layout (headless)."""
from qgis.core import (
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont

from .errors import StadtdialogError
from .i18n import tr


def export_map_png(project, layer, path, title, dpi=110):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 landscape page
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("DejaVu Sans", 18))
    heading.attemptMove(QgsLayoutPoint(10, 7, mm))
    heading.attemptResize(QgsLayoutSize(277, 12, mm))
    layout.addLayoutItem(heading)
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(10, 22, mm))
    item.attemptResize(QgsLayoutSize(200, 180, mm))
    item.setKeepLayerSet(True)  # otherwise setLayers() is ignored and the map follows the layer tree
    item.setLayers([layer])
    item.setCrs(layer.crs())
    item.setExtent(_fit(layer.extent(), 200 / 180))  # fitted first: setExtent() resizes the item otherwise
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)  # only this layer, not the project's groups
    tree = QgsLayerTree()
    tree.addLayer(layer)
    legend.model().setRootGroup(tree)
    legend.setSymbolHeight(7)
    legend.setTitle(tr("Legend"))
    legend.attemptMove(QgsLayoutPoint(215, 22, mm))
    layout.addLayoutItem(legend)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise StadtdialogError(tr("The map image {path} could not be written.").format(path=path))
    return path


def _fit(extent, aspect, margin=1.08):
    """The extent grown to the frame's width/height ratio, centred, with a margin."""
    width, height = extent.width() * margin or 100.0, extent.height() * margin or 100.0
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    x, y = centre.x(), centre.y()
    return QgsRectangle(x - width / 2, y - height / 2, x + width / 2, y + height / 2)
