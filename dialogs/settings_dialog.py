"""Stadtdialog › Settings…: the background map, suggestions after a pull, how close the review panel zooms."""
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ..core import settings
from ..core.i18n import tr
from ..core.publish import basemap


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("StadtdialogSettings")
        self.setWindowTitle(tr("Stadtdialog – settings"))
        self.setMinimumWidth(560)
        self.basemap = QComboBox()
        self.basemap.setObjectName("basemapChoice")
        for code, label in basemap.choice_labels().items():
            self.basemap.addItem(label, code)
        self.basemap.setCurrentIndex(max(0, self.basemap.findData(settings.get(settings.BASEMAP))))
        self.custom = QLineEdit(settings.get(settings.BASEMAP_CUSTOM))
        self.custom.setObjectName("basemapCustom")
        self.custom.setPlaceholderText(tr("https://geo.example/tiles/{z}/{x}/{y}.png, or a QGIS WMS/WMTS source"))
        self.custom.setToolTip(tr("An XYZ tile address with {z}, {x} and {y}, or the data source of a WMS or WMTS "
                                  "layer as QGIS writes it (url=…&layers=…&format=…&crs=…)"))
        self.suggest = QCheckBox(tr("Suggest action areas after every pull"))
        self.suggest.setObjectName("suggestAfterPull")
        self.suggest.setChecked(settings.get(settings.SUGGEST_AFTER_PULL))
        self.closest = QSpinBox()
        self.closest.setObjectName("reviewClosestScale")
        self.closest.setRange(0, 100000)
        self.closest.setSingleStep(500)
        self.closest.setPrefix("1:")
        self.closest.setSpecialValueText(tr("keep the map's scale"))
        self.closest.setValue(settings.get(settings.REVIEW_CLOSEST_SCALE))
        self.closest.setToolTip(tr("The review panel centres each submission; it zooms to this scale when the map "
                                   "is closer, or much farther out"))
        hint = QLabel(tr("The background map is added below the layers when a pull creates them. Offline it stays "
                         "empty."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Background map"), self.basemap)
        form.addRow(tr("&Own service"), self.custom)
        form.addRow("", hint)
        form.addRow("", self.suggest)
        form.addRow(tr("Review panel zooms in to at most"), self.closest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.basemap.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self):
        self.custom.setEnabled(self.basemap.currentData() == "custom")

    def accept(self):
        settings.put(settings.BASEMAP, self.basemap.currentData())
        settings.put(settings.BASEMAP_CUSTOM, self.custom.text().strip())
        settings.put(settings.SUGGEST_AFTER_PULL, self.suggest.isChecked())
        settings.put(settings.REVIEW_CLOSEST_SCALE, self.closest.value())
        super().accept()
