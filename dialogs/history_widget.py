"""The form's History tab: the audit log of one submission as a table (when, who, what, from → to), in labels.

A relation widget QGIS creates for the form's history relation once the plugin has registered it; without the
plugin, QGIS shows its own relation editor with the audit layer's readable display expression instead."""
from qgis.gui import (
    QgsAbstractRelationEditorConfigWidget,
    QgsAbstractRelationEditorWidget,
    QgsAbstractRelationEditorWidgetFactory,
    QgsGui,
)
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..core.i18n import tr, ui_language
from ..core.review import display
from ..core.review.classify import catalogue_labels
from ..core.review.form import HISTORY_WIDGET, LANGUAGE

_factories = []


def history_rows(features, language, labels):
    """[(when, who, what, before, after)] as a reviewer reads them, newest first."""
    rows = []
    for f in features:
        field = f["field"]
        rows.append((display.to_qdatetime(f["changed_at"]), display.format_datetime(f["changed_at"], language),
                     "" if display.empty(f["user"]) else str(f["user"]), display.field_label(field, language),
                     display.decision_value(field, f["old_value"], language, labels),
                     display.decision_value(field, f["new_value"], language, labels)))
    rows.sort(key=lambda r: r[0].toMSecsSinceEpoch() if r[0] is not None else 0, reverse=True)
    return [r[1:] for r in rows]


class HistoryWidget(QgsAbstractRelationEditorWidget):
    def __init__(self, config, parent=None):
        super().__init__(config, parent)
        self.setObjectName("StadtdialogHistory")
        self.language = None
        self.empty = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("historyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 3
                                      + (QHeaderView.ResizeMode.Stretch,) * 2):
            header.setSectionResizeMode(column, mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self._labels = None

    def config(self):
        return {}

    def setConfig(self, config):  # noqa: N802 - QGIS's API
        pass

    def parentFormValueChanged(self, attribute, value):  # noqa: N802 - the history does not follow edits
        pass

    def updateUi(self):  # noqa: N802
        relation, feature = self.relation(), self.feature()
        rows = []
        if relation.isValid() and feature.isValid() and relation.referencingLayer() is not None:
            if self._labels is None:  # the language the form was set up in
                layer = relation.referencedLayer()
                self.language = layer.customProperty(LANGUAGE) or ui_language()
                self._labels = dict(catalogue_labels(layer, self.language))
                self.table.setHorizontalHeaderLabels(list(display.HISTORY_HEADERS[self.language]))
                self.empty.setText(display.NO_HISTORY[self.language])
            features = relation.referencingLayer().getFeatures(relation.getRelatedFeaturesRequest(feature))
            rows = history_rows(features, self.language, self._labels)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))  # plain text items: never markup
        self.table.resizeRowsToContents()
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))


class HistoryConfigWidget(QgsAbstractRelationEditorConfigWidget):
    def __init__(self, relation, parent=None):
        super().__init__(relation, parent)
        QVBoxLayout(self).addWidget(QLabel(tr("The audit log of the submission, newest first.")))

    def config(self):
        return {}

    def setConfig(self, config):  # noqa: N802
        pass


class HistoryWidgetFactory(QgsAbstractRelationEditorWidgetFactory):
    def type(self):
        return HISTORY_WIDGET

    def name(self):
        return tr("Stadtdialog history")

    def create(self, config, parent=None):
        return HistoryWidget(config, parent)

    def configWidget(self, relation, parent):  # noqa: N802
        return HistoryConfigWidget(relation, parent)


def register():
    registry = QgsGui.relationWidgetRegistry()
    if HISTORY_WIDGET not in registry.relationWidgetNames():
        factory = HistoryWidgetFactory()
        registry.addRelationWidget(factory)
        _factories.append(factory)  # QGIS keeps a pointer: Python must keep the object


def unregister():
    if _factories:
        QgsGui.relationWidgetRegistry().removeRelationWidget(HISTORY_WIDGET)
        _factories.clear()
