"""Classify many submissions at once: the selection, or all matching an expression (undoable)."""
from qgis.core import Qgis
from qgis.gui import QgsFieldExpressionWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import StadtdialogError
from ..core.i18n import counted, tr, ui_language
from ..core.review.classify import catalogue_labels, classify
from ..core.store import schema


class ClassifyDialog(QDialog):
    def __init__(self, iface, layer, parent=None):
        super().__init__(parent)
        self.setObjectName("StadtdialogClassify")
        self.setWindowTitle(tr("Stadtdialog – classify several submissions"))
        self.iface, self.layer = iface, layer
        selected = layer.selectedFeatureCount()
        self.use_selection = QRadioButton(tr("The selected submission") if selected == 1 else
                                          tr("The {n} selected submissions").format(n=selected))
        self.use_expression = QRadioButton(tr("All submissions matching"))
        self.expression = QgsFieldExpressionWidget()
        self.expression.setLayer(layer)
        (self.use_selection if selected else self.use_expression).setChecked(True)
        self.use_selection.setEnabled(bool(selected))
        language = ui_language()
        areas = catalogue_labels(layer, language)
        self.boxes = []
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for i, (code, label) in enumerate(areas):
            box = QCheckBox(label)
            box.setObjectName("area_" + code)
            box.code = code
            grid.addWidget(box, i // 2, i % 2)
            self.boxes.append(box)
        self.status = QComboBox()
        labels = schema.STATUS_LABELS[language]
        for status in schema.REVIEW_STATUSES:
            self.status.addItem(labels[status], status)
        self.status.setCurrentIndex(schema.REVIEW_STATUSES.index("classified"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.use_selection)
        form.addRow(self.use_expression, self.expression)
        form.addRow(tr("Action areas"), grid_widget)
        form.addRow(tr("Review status"), self.status)
        form.addRow(tr("Planner's note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(tr("&Classify"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)

    def target_expression(self):
        if self.use_selection.isChecked():
            ids = self.layer.selectedFeatureIds()
            return "$id IN ({})".format(",".join(str(i) for i in ids)) if ids else "false"
        return self.expression.expression() or "false"

    def apply(self):
        codes = [b.code for b in self.boxes if b.isChecked()]
        if not self.layer.isEditable():
            self.layer.startEditing()  # the edit buffer: one Ctrl+Z takes it all back
        try:
            count = classify(self.layer, self.target_expression(), codes, self.status.currentData(),
                             self.note.text().strip() or None)
        except StadtdialogError as exc:
            QMessageBox.warning(self, tr("Stadtdialog"), str(exc))
            return
        self.count = count
        if self.iface is not None:
            self.iface.messageBar().pushMessage(
                tr("Stadtdialog"), counted(count, tr("1 submission classified; save the layer's edits to keep it, "
                                                     "or undo."),
                                           tr("{n} submissions classified; save the layer's edits to keep them, "
                                              "or undo.")), level=Qgis.MessageLevel.Success, duration=8)
        self.accept()
