"""A colleague decided while you did: their decision beside yours, one submission a row, and the choice —
take theirs, or put yours over it. Shown before a layer's edits are saved (form, attribute table, review panel,
Classify several…), whenever the store holds a newer decision than the one the edit was based on."""
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.i18n import tr, ui_language
from ..core.review import display
from ..core.review.classify import catalogue_labels
from ..core.store import edit_stamp, versions


def decision_text(values, language, labels):
    """'zugeordnet · Religion, Asylbewerber · „Notiz“' for a row's decision fields."""
    parts = []
    if "review_status" in values:
        parts.append(display.status_label(values.get("review_status"), language))
    if "action_areas" in values:
        parts.append(display.area_labels(values.get("action_areas"), labels) or display.NONE_LABEL[language])
    if "priority" in values and not display.empty(values.get("priority")):
        parts.append(display.priority_label(values.get("priority"), language))
    if not display.empty(values.get("planner_note")):
        parts.append("„{}“".format(values["planner_note"]) if language == "de" else '"{}"'.format(
            values["planner_note"]))
    return " · ".join(parts)


class ConflictDialog(QDialog):
    def __init__(self, layer, stale, parent=None):
        super().__init__(parent)
        self.setObjectName("StadtdialogConflictDialog")
        self.setWindowTitle(tr("Stadtdialog – a colleague decided meanwhile"))
        self.resize(900, 360)
        self.stale = stale
        language = ui_language()
        labels = dict(catalogue_labels(layer, language))
        text = QLabel(tr("These submissions were decided by a colleague after you opened them. Nothing of theirs is "
                         "lost: choose for each whose decision counts."))
        text.setWordWrap(True)
        self.table = QTableWidget(len(stale), 5)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([tr("Submission"), tr("Decided by"), tr("Their decision"),
                                              tr("Your decision"), tr("Choice")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.boxes = []
        for row, item in enumerate(stale):
            who = "{} · {}".format(item.current.get("reviewer") or "?",
                                   display.format_datetime(item.current.get("reviewed_at"), language))
            ours = {k: v for k, v in item.ours.items()}
            theirs = {k: item.current.get(k) for k in ours}
            for column, value in enumerate((item.portal_id, who, decision_text(theirs, language, labels),
                                            decision_text(ours, language, labels))):
                self.table.setItem(row, column, QTableWidgetItem(value))  # plain text
            box = QComboBox()
            box.addItem(tr("Take theirs"), "theirs")
            box.addItem(tr("Put mine over it"), "ours")
            self.table.setCellWidget(row, 4, box)
            self.boxes.append(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def choices(self):
        return {item.fid: box.currentData() for item, box in zip(self.stale, self.boxes)}


def settle_before_saving(layer, parent=None, ask=None):
    """Before `layer`'s edits are saved: where a colleague decided meanwhile, let the reviewer choose (`ask`: a
    function from the stale list to choices, the dialog by default). Without a choice the save is refused by the
    store and the edits stay in the buffer."""
    edit_stamp.stamp(layer)  # the claim first: it says which version the edits were based on
    stale = versions.stale_edits(layer)
    if not stale:
        return {}
    if ask is None:
        dialog = ConflictDialog(layer, stale, parent)
        choices = dialog.choices() if dialog.exec() else {}
    else:
        choices = ask(stale)
    versions.settle(layer, stale, choices)
    return choices


_watched = {}


def watch(layer, parent=None):
    """Ask before every save of this layer's edits (once per layer)."""
    edit_stamp.watch(layer)
    layer_id = layer.id()
    if layer_id in _watched:
        return
    handler = _watched[layer_id] = lambda *args: settle_before_saving(layer, parent)
    layer.beforeCommitChanges.connect(handler)
    layer.willBeDeleted.connect(lambda: _watched.pop(layer_id, None))
