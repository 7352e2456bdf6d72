"""Messages in QGIS's message bar that are read: the reason first, whole, in what one line of the bar shows,
and the rest behind a Details button. Text goes in as plain text (the bar renders markup)."""
import html

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..core.i18n import tr

LINE = 120  # characters the bar shows on one line of a 1366 px wide QGIS window


def split(text):
    """(what the bar shows, the rest or ''): the first sentence when it fits, else the words that fit."""
    text = " ".join(str(text).split())
    if len(text) <= LINE:
        return text, ""
    end = text.find(". ", 20)
    if 0 < end < LINE:
        return text[:end + 1], text[end + 2:]
    end = text.find("; ", 20)
    if 0 < end < LINE:
        return text[:end] + " …", text
    cut = text.rfind(" ", 0, LINE - 1)
    cut = cut if cut > 20 else LINE - 1
    return text[:cut] + " …", text


def show(bar, text, level=Qgis.MessageLevel.Info, duration=None, title=None, buttons=()):
    """Push `text`; `buttons`: (label, slot, object name). Errors and warnings stay until closed."""
    head, rest = split(text)
    widget = bar.createMessage(html.escape(title or tr("Stadtdialog")), html.escape(head))
    widget.setObjectName("StadtdialogMessage")
    widget.full_text = str(text)
    if rest:
        details = QPushButton(tr("Details…"), widget)
        details.setObjectName("StadtdialogDetails")
        details.clicked.connect(lambda: _details(bar, title, text))
        widget.layout().addWidget(details)
    for label, slot, name in buttons:
        button = QPushButton(label, widget)
        button.setObjectName(name)
        button.clicked.connect(slot)
        widget.layout().addWidget(button)
    if duration is None:
        duration = 10 if level in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success) else 0
    bar.pushWidget(widget, level, duration)
    return widget


def _details(bar, title, text):
    box = QMessageBox(QMessageBox.Icon.Information, title or tr("Stadtdialog"), str(text),
                      QMessageBox.StandardButton.Close, bar.window())
    box.setTextFormat(Qt.TextFormat.PlainText)  # a server's words are never markup
    box.exec()
