"""Likely duplicates side by side: mark the left or right one as the duplicate, or go on."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..core.i18n import tr
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
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
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
        self.show_pair(self.index + 1)

    def keyPressEvent(self, event):  # noqa: N802
        keys = {Qt.Key.Key_L: self.left_button, Qt.Key.Key_R: self.right_button, Qt.Key.Key_N: self.next_button}
        if event.key() in keys and keys[event.key()].isEnabled():
            keys[event.key()].click()
            return
        super().keyPressEvent(event)
