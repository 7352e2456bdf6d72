"""Likely duplicates side by side: mark the left or right one as the duplicate, or go on."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..core.i18n import counted, tr
from ..core.review.duplicates import find_pairs, mark_duplicate


class DuplicatesDialog(QDialog):
    def __init__(self, layer, parent=None):
        super().__init__(parent)
        self.setObjectName("StadtdialogDuplicates")
        self.setWindowTitle(tr("Stadtdialog – likely duplicates"))
        self.layer = layer
        self.pairs, self.index = [], 0
        self.distance = QDoubleSpinBox()
        self.distance.setRange(1, 1000)
        self.distance.setValue(50)
        self.distance.setSuffix(" m")
        self.similar = QSpinBox()  # in per cent, as each pair's share of common words is shown
        self.similar.setRange(5, 100)
        self.similar.setSingleStep(5)
        self.similar.setValue(50)
        self.similar.setSuffix(" %")
        search = QPushButton(tr("&Find"))
        form = QFormLayout()
        form.addRow(tr("At most this far apart"), self.distance)
        form.addRow(tr("At least this similar (share of words)"), self.similar)
        form.addRow("", search)
        self.info = QLabel()
        self.sides = [QPlainTextEdit(), QPlainTextEdit()]  # plain text: citizen text is never HTML
        sides = QHBoxLayout()
        for side in self.sides:
            side.setReadOnly(True)
            sides.addWidget(side)
        self.left_button = QPushButton(tr("&Left is the duplicate"))
        self.right_button = QPushButton(tr("&Right is the duplicate"))
        self.next_button = QPushButton(tr("&Not a duplicate"))
        buttons = QHBoxLayout()
        for button in (self.left_button, self.right_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addLayout(sides)
        layout.addLayout(buttons)
        self.saved = QLabel()  # what closing does with the marks: saved, or left in the layer's edits
        self.saved.setWordWrap(True)
        layout.addWidget(self.saved)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(close)
        self.marked = 0
        self.was_editing = layer.isEditable()  # a planner's own edits in progress are never saved for them
        search.clicked.connect(self.find)
        self.left_button.clicked.connect(lambda: self.decide(0))
        self.right_button.clicked.connect(lambda: self.decide(1))
        self.next_button.clicked.connect(lambda: self.show_pair(self.index + 1))
        self.find()

    def find(self):
        self.pairs = find_pairs(self.layer, self.distance.value(), self.similar.value() / 100)
        self.show_pair(0)

    def show_pair(self, index):
        self.index = index
        has = index < len(self.pairs)
        for button in (self.left_button, self.right_button, self.next_button):
            button.setEnabled(has)
        if not has:
            self.info.setText(tr("No (more) likely duplicates."))
            for side in self.sides:
                side.setPlainText("")
            return
        pair = self.pairs[index]
        self.info.setText(tr("Pair {n} of {total}: {distance:.0f} m apart, {share:.0%} of words in common").format(
            n=index + 1, total=len(self.pairs), distance=pair.distance, share=pair.similarity))
        for side, fid in zip(self.sides, (pair.first, pair.second)):
            f = self.layer.getFeature(fid)
            side.setPlainText("{}\n{}\n\n{}".format(f["portal_id"], f["title"] or "", f["text"] or ""))
        self.layer.selectByIds([pair.first, pair.second])

    def decide(self, side):
        pair = self.pairs[self.index]
        duplicate, original = (pair.first, pair.second) if side == 0 else (pair.second, pair.first)
        if not self.layer.isEditable():
            self.layer.startEditing()
        mark_duplicate(self.layer, duplicate, original)
        self.marked += 1
        if self.was_editing:
            self.saved.setText(counted(self.marked, tr("1 marked as a duplicate, in the layer's edits: save them to "
                                                       "keep it (Ctrl+Z undoes)."),
                                       tr("{n} marked as duplicates, in the layer's edits: save them to keep them "
                                          "(Ctrl+Z undoes).")))
        else:
            self.saved.setText(counted(self.marked, tr("1 marked as a duplicate; saved when you close."),
                                       tr("{n} marked as duplicates; saved when you close.")))
            self.close_button.setText(tr("Save and close"))
        self.show_pair(self.index + 1)

    def done(self, result):  # closing, by the button, Esc or the window's cross
        """Marks made here are saved on closing, unless the layer was already being edited (then they stay in
        those edits, as the dialog said). A save that fails leaves them in the edit buffer and says why."""
        if self.marked and not self.was_editing and self.layer.isEditable() and self.layer.isModified():
            if not self.layer.commitChanges():  # a failed save keeps the edits (and the layer in edit mode)
                QMessageBox.warning(self, tr("Stadtdialog"), tr("The duplicates could not be saved: {errors}. They "
                                                               "are still in the layer's edits.").format(
                    errors="; ".join(self.layer.commitErrors()[-3:])))
                return
        super().done(result)

    def keyPressEvent(self, event):  # noqa: N802
        keys = {Qt.Key.Key_L: self.left_button, Qt.Key.Key_R: self.right_button, Qt.Key.Key_N: self.next_button}
        if event.key() in keys and keys[event.key()].isEnabled():
            keys[event.key()].click()
            return
        super().keyPressEvent(event)
