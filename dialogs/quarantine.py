"""The quarantine of a Stadtdialog GeoPackage: every record that could not be imported, with its reason in the
reader's language, and the record itself as received (plain text), for the planner to fix at the source."""
import json

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import StadtdialogError
from ..core.i18n import tr, ui_language, words
from ..core.review import display


def quarantine_entries(store, language):
    """[(reason, source, last seen, record)] as the planner reads them, newest first."""
    entries = []
    for row in store.rows("quarantine", "fid, source, raw, reason, reason_code, seen_at"):
        entries.append((words(row["reason_code"], row["reason"] or ""), row["source"] or "",
                        display.format_datetime(row["seen_at"], language), _readable(row["raw"]), row["seen_at"]))
    entries.sort(key=lambda e: e[4] or "", reverse=True)
    return [e[:4] for e in entries]


def _readable(raw):
    try:
        return json.dumps(json.loads(raw), ensure_ascii=False, indent=2)
    except (TypeError, ValueError):
        return raw or ""


class QuarantineDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("StadtdialogQuarantineDialog")
        self.store = store
        self.setWindowTitle(tr("Stadtdialog – quarantine of {name}").format(name=store.title))
        self.resize(980, 620)
        self.entries = quarantine_entries(store, ui_language())
        n = len(self.entries)
        self.summary = QLabel(
            tr("Nothing in quarantine: every record was imported.") if not n else
            tr("1 record could not be imported. It was not dropped: fix it at the source and pull again.")
            if n == 1 else tr("{n} records could not be imported. None of them was dropped: fix them at the source "
                              "and pull again.").format(n=n))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), 3)
        self.table.setObjectName("quarantineTable")
        self.table.setHorizontalHeaderLabels([tr("Reason"), tr("Source"), tr("Last seen")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for r, (reason, source, seen, _) in enumerate(self.entries):
            for c, value in enumerate((reason, source, seen)):
                item = QTableWidgetItem(value)  # plain text: a record is never markup
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.setColumnWidth(1, 260)
        self.table.resizeRowsToContents()
        self.record = QPlainTextEdit()
        self.record.setObjectName("quarantineRecord")
        self.record.setReadOnly(True)
        self.record.setPlaceholderText(tr("Choose a record to see it as the portal sent it."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.record)
        splitter.setSizes([360, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        if self.entries:
            self.table.selectRow(0)

    def _show(self, row):
        self.record.setPlainText(self.entries[row][3] if 0 <= row < len(self.entries) else "")


def open_quarantine(iface, path=None):
    """The quarantine of the store `path` (a GeoPackage, asked for when None; a store name; a store) in its
    window; returns the window."""
    from ..core.store.stores import as_store

    if path is None:
        path, _ = QFileDialog.getOpenFileName(iface.mainWindow(), tr("Stadtdialog GeoPackage"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if not path:
            return None
    try:
        dialog = QuarantineDialog(as_store(path), iface.mainWindow())
    except StadtdialogError as exc:
        iface.messageBar().pushMessage(tr("Stadtdialog"), str(exc), level=Qgis.MessageLevel.Critical)
        return None
    dialog.show()
    return dialog


def open_project_quarantine(iface):
    """The quarantine of the Stadtdialog GeoPackage in the project (the active layer's, else the first one);
    only when the project has none, the planner is asked for a file."""
    from ..core.store.stores import store_of_layer
    from .review_panel import submission_layers

    layers = submission_layers(QgsProject.instance())
    active = iface.activeLayer()
    layer = active if active in layers else (layers[0] if layers else None)
    try:
        store = store_of_layer(layer) if layer is not None else None
    except StadtdialogError as exc:
        iface.messageBar().pushMessage(tr("Stadtdialog"), str(exc), level=Qgis.MessageLevel.Critical)
        return None
    return open_quarantine(iface, store)
