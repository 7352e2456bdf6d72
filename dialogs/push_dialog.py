"""Write back…: what will change before it happens, conflicts side by side, progress and cancel."""
from collections import Counter

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import StadtdialogError
from ..core.i18n import counted, tr, ui_language
from ..core.pull.connections import load_all
from ..core.review import display
from ..core.store.schema import SUBMISSION_FIELDS, review_status_labels
from ..core.store.stores import as_store
from ..core.writeback.conflicts import conflicts, resolve
from ..core.writeback.push_task import PushTask
from . import messages


def choice_texts():
    return (("skip", tr("Skip for now")), ("overwrite", tr("Write ours over the portal's")),
            ("portal", tr("Take the portal's")))


def _item(text):
    item = QTableWidgetItem("" if text is None else str(text))  # plain text, never HTML
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


SUBMISSION_NAMES = {f.name for f in SUBMISSION_FIELDS}


class PushDialog(QDialog):
    def __init__(self, gpkg, layer=None, bar=None, parent=None):
        super().__init__(parent)
        self.setObjectName("StadtdialogPushDialog")
        self.setWindowTitle(tr("Write back to the portal"))
        self.store = as_store(gpkg)  # a GeoPackage path, a store name, or the store of the layer
        self.gpkg, self.layer, self.bar = self.store.name, layer, bar
        self.task = None
        self.found = []
        self.last_result = None
        store = self.store
        self.target = store.meta("source") or ""
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr("Authentication")))
        self.auth = QgsAuthConfigSelect(self)
        saved = [c for c in load_all() if c.url == self.target and c.authcfg]  # the pull's login, by reference
        if saved:
            self.auth.setConfigId(saved[0].authcfg)
        layout.addWidget(self.auth)
        layout.addWidget(QLabel(tr("Changes that will be written:")))
        self.pending = QTableWidget(0, 4, self)
        self.pending.setObjectName("pending")
        self.pending.setHorizontalHeaderLabels([tr("Id"), tr("Title"), tr("Review status"), tr("Action areas")])
        layout.addWidget(self.pending)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Conflicts (changed on the portal since the pull):")))
        self.load_conflicts_button = QPushButton(tr("Compare with the portal"))
        self.load_conflicts_button.clicked.connect(self.load_conflicts)
        row.addWidget(self.load_conflicts_button)
        layout.addLayout(row)
        self.conflict_table = QTableWidget(0, 5, self)
        self.conflict_table.setObjectName("conflicts")
        self.conflict_table.setHorizontalHeaderLabels([tr("Id"), tr("Field"), tr("On the portal"), tr("Here"),
                                                       tr("Choice")])
        layout.addWidget(self.conflict_table)
        self.apply_button = QPushButton(tr("Apply choices"))
        self.apply_button.clicked.connect(self.apply_choices)
        layout.addWidget(self.apply_button)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(self)
        self.dry_button = self.buttons.addButton(tr("Check first (dry run)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.push_button = self.buttons.addButton(tr("Write back"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.dry_button.clicked.connect(lambda: self.start(dry_run=True))
        self.push_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(860, 620)
        self.refresh()

    # -- what is pending ----------------------------------------------------------------------------
    def refresh(self, message=None):
        store = self.store
        rows = store.rows("submissions", "portal_id, title, review_status, action_areas", "sync_state = 'modified'")
        conflict_count = store.count("submissions", "sync_state = 'conflict'")
        labels = review_status_labels()
        areas = dict(store.action_area_labels(ui_language()))
        by_status = Counter(labels.get(r["review_status"], r["review_status"] or "") for r in rows)
        text = (tr("1 changed submission to write back to {target}") if len(rows) == 1 else
                tr("{n} changed submissions to write back to {target}")).format(n=len(rows), target=self.target)
        if by_status:
            text += " (" + ", ".join("{} {}".format(n, s) for s, n in sorted(by_status.items())) + ")"
        text += "."
        if conflict_count:
            text += " " + (tr("1 conflict waits for your choice.") if conflict_count == 1 else
                           tr("{n} conflicts wait for your choice.").format(n=conflict_count))
        if not rows and not conflict_count:
            text = tr("Nothing to write back: every saved decision is already on {target}.").format(
                target=self.target)
        if message:
            text = message + "\n" + text
        self.summary.setText(text)
        self.pending.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, value in enumerate((r["portal_id"], r["title"], labels.get(r["review_status"], r["review_status"]),
                                       display.area_labels(r["action_areas"], areas))):
                self.pending.setItem(i, j, _item(value))
        self.pending.resizeColumnsToContents()
        self.push_button.setEnabled(bool(rows) and self.task is None)
        self.dry_button.setEnabled(bool(rows) and self.task is None)
        self.load_conflicts_button.setEnabled(conflict_count > 0 and self.task is None)
        self.apply_button.setEnabled(bool(self.found))
        self.cancel_button.setEnabled(self.task is not None)

    # -- conflicts ----------------------------------------------------------------------------------
    def load_conflicts(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.found = conflicts(self.store, authcfg=self.auth.configId() or None)
        except StadtdialogError as exc:
            self._message(str(exc), Qgis.MessageLevel.Critical)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.conflict_table.setRowCount(0)
        language = ui_language()
        areas = dict(self.store.action_area_labels(language))
        for conflict in self.found:
            first = self.conflict_table.rowCount()
            for name, theirs, ours in conflict.differences or [("", "", "")]:
                i = self.conflict_table.rowCount()
                self.conflict_table.insertRow(i)
                shown = (display.any_field_label(name, language), display.any_value(name, theirs, language, areas),
                         display.any_value(name, ours, language, areas)) if name in SUBMISSION_NAMES else \
                    (name, theirs or "", ours or "")
                for j, value in enumerate((conflict.portal_id,) + shown):
                    self.conflict_table.setItem(i, j, _item(value))
            choice = QComboBox()
            for code, text in choice_texts():
                if code == "skip" or not conflict.gone:
                    choice.addItem(text, code)
            choice.setProperty("portal_id", conflict.portal_id)
            self.conflict_table.setCellWidget(first, 4, choice)
        self.conflict_table.resizeColumnsToContents()
        self.apply_button.setEnabled(bool(self.found))

    def choices(self):
        found = {}
        for i in range(self.conflict_table.rowCount()):
            widget = self.conflict_table.cellWidget(i, 4)
            if widget is not None:
                found[widget.property("portal_id")] = widget.currentData()
        return found

    def apply_choices(self):
        try:
            done = resolve(self.store, self.found, self.choices())
        except StadtdialogError as exc:
            self._message(str(exc), Qgis.MessageLevel.Critical)
            return
        self.found = []
        self.conflict_table.setRowCount(0)
        if self.layer is not None:
            self.layer.reload()
        self.refresh(counted(done, tr("1 conflict resolved; what you chose to write goes out with the next push."),
                             tr("{n} conflicts resolved; what you chose to write goes out with the next push.")))

    # -- the push -----------------------------------------------------------------------------------
    def start(self, dry_run):
        if self.layer is not None and self.layer.isModified():
            self._message(tr("The layer has unsaved edits. Save them first; only saved decisions are written back."),
                          Qgis.MessageLevel.Warning)
            return
        self.task = PushTask(self.store, self.finished, dry_run=dry_run, authcfg=self.auth.configId() or None)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        QgsApplication.taskManager().addTask(self.task)
        self.refresh()

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def finished(self, task):
        self.task = None
        self.progress.setVisible(False)
        if task.error:
            self._message(task.error, Qgis.MessageLevel.Critical)
            self.refresh(task.error)
            return
        result = self.last_result = task.result
        if task.dry_run:
            text = tr("Dry run: {n} would be written, {c} are conflicts. Nothing was changed.").format(
                n=len(result.planned), c=result.conflicts)
        else:
            text = result.summary()
        for error in result.errors[:3]:
            text += "\n" + error
        level = Qgis.MessageLevel.Success if not (result.failed or result.conflicts) else Qgis.MessageLevel.Warning
        self._message(text, level, None if task.dry_run else result.short_summary())
        if self.layer is not None:
            self.layer.reload()
        self.refresh(text)

    def _message(self, text, level, short=None):
        """`text` in the dialog; in the message bar `short` first (what fits one line), `text` behind Details."""
        if self.bar is not None:
            messages.show(self.bar, short or text, level, 0 if level != Qgis.MessageLevel.Success else 8,
                          details=text if short else None)
        self.summary.setText(text)
