"""A PNG of the styled submissions with title and legend, through a QGIS print layout (headless)."""
from qgis.core import (
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ..compat import set_label_font, set_legend_font
from ..errors import StadtdialogError
from ..i18n import tr


def add_map(layout, layers, legend_layers, x, y, width, height, page=0, legend_title=None):
    """A framed map of `layers` (fitted to the first) with a legend of `legend_layers` to its right (none
    without)."""
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(x, y, mm), page=page)
    item.attemptResize(QgsLayoutSize(width, height, mm))
    item.setKeepLayerSet(True)  # otherwise setLayers() is ignored and the map follows the layer tree
    item.setLayers(layers)
    item.setCrs(layers[0].crs())
    item.setExtent(_fit(layers[0].extent(), width / height))  # fitted first: setExtent() resizes the item
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    if not legend_layers:
        return item
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)  # only these layers, not the project's groups
    tree = QgsLayerTree()
    for layer in legend_layers:
        node = tree.addLayer(layer)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)  # the legend's title says it
    legend.model().setRootGroup(tree)  # not owned by the model: it must live as long as the layout
    if not hasattr(layout, "stadtdialog_trees"):
        layout.stadtdialog_trees = []
    layout.stadtdialog_trees.append(tree)
    legend.setSymbolHeight(5)
    legend.setSymbolWidth(6)
    legend.setTitle(legend_title or tr("Legend"))
    for style, size, bold in (("Title", 11, True), ("SymbolLabel", 8, False)):
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        set_legend_font(legend, style, font)
    legend.attemptMove(QgsLayoutPoint(x + width + 5, y, mm), page=page)
    layout.addLayoutItem(legend)
    return item


def text_height(text, width, size=10, bold=False, spacing=1.25):
    """The height in mm a label needs for `text` at `size` pt wrapped to `width` mm (a title that runs to a
    second line gets room for it)."""
    import math

    from qgis.PyQt.QtGui import QFontMetricsF

    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    metrics = QFontMetricsF(font)
    mm_per_px = 25.4 / (metrics.fontDpi() if hasattr(metrics, "fontDpi") else 96.0)
    lines, line = 1, 0.0
    space = metrics.horizontalAdvance(" ") * mm_per_px
    for word in str(text).split():
        advance = metrics.horizontalAdvance(word) * mm_per_px
        if line and line + space + advance > width:
            lines, line = lines + 1, advance
        else:
            line += (space if line else 0) + advance
    return math.ceil(lines * size * 0.3528 * spacing + 2)


def add_label(layout, text, x, y, width, height, size=10, page=0, bold=False):
    """Plain text (never HTML): citizen and portal text can be shown as it is."""
    label = QgsLayoutItemLabel(layout)
    label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    label.setText(text)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)  # wrapped lines ragged, not stretched word by word
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    set_label_font(label, font)
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    label.attemptMove(QgsLayoutPoint(x, y, mm), page=page)
    label.attemptResize(QgsLayoutSize(width, height, mm))
    layout.addLayoutItem(label)
    return label


def export_map_png(project, layer, path, title, dpi=110, below=()):
    """`below`: layers drawn under the submissions (districts, the background map), in that order."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 landscape page
    add_label(layout, title, 10, 7, 277, 12, size=18)
    add_map(layout, [layer] + [b for b in below if b is not None], [layer], 10, 22, 200, 180,
            legend_title=tr("Category"))
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
