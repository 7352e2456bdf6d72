"""The attribution of the background map, drawn in the lower right corner of the map canvas while it shows
(OpenStreetMap's tile policy asks for it to be visible on the map)."""
from qgis.core import QgsProject
from qgis.gui import QgsMapCanvasItem
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFontMetrics

from ..core.publish.basemap import attributions


class AttributionItem(QgsMapCanvasItem):
    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.setZValue(1000)
        canvas.extentsChanged.connect(self.update)
        canvas.layersChanged.connect(self.update)

    def text(self):
        return " · ".join(attributions(QgsProject.instance()))

    def boundingRect(self):  # noqa: N802
        return QRectF(0, 0, self.canvas.width(), self.canvas.height())

    def updatePosition(self):  # noqa: N802
        self.setPos(0, 0)

    def paint(self, painter, *args):
        text = self.text()
        if not text:
            return
        metrics = QFontMetrics(painter.font())
        width, height = metrics.horizontalAdvance(text) + 8, metrics.height() + 4
        box = QRectF(self.canvas.width() - width - 2, self.canvas.height() - height - 2, width, height)
        painter.fillRect(box, QColor(255, 255, 255, 200))
        painter.setPen(QColor(60, 60, 60))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def remove(self):
        for signal in (self.canvas.extentsChanged, self.canvas.layersChanged):
            try:
                signal.disconnect(self.update)
            except TypeError:
                pass
        if self.scene() is not None:
            self.scene().removeItem(self)
