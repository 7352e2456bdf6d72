"""Messages in QGIS's message bar that are read: the reason first, whole, in what one line of the bar shows,
and the rest behind a Details button. Text goes in as plain text (the bar renders markup)."""
import html
import re
from urllib.parse import urlsplit

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..core.i18n import tr

LINE = 120  # characters the bar shows on one line of a 1366 px wide QGIS window


URL = re.compile(r"https?://[^\s,;()<>\"']+")
# A file path: folders may hold spaces ("Beteiligung 2018/"), never a colon or a comma; the file name none.
PATH = re.compile(r"(?<![\w:/.])(?:[A-Za-z]:)?[/\\](?:[^/\\,;:()\n]+?[/\\])+([^\s/\\,;:()]+)")


def _short_url(match):
    url = match.group().rstrip(".:")  # a sentence's full stop or colon after the address stays in the sentence
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return parts.netloc + ("/…/" + last if last else "") + match.group()[len(url):]


def shortened(text):
    """Addresses and file paths as their server and last part ("127.0.0.1:5000/…/items", "…/s.gpkg"): the words
    after them then fit on the line. The whole text stays behind Details and in the log."""
    return PATH.sub(lambda m: "…/" + m.group(1), URL.sub(_short_url, text))


def split(text, line=LINE):
    """(what the bar shows, the rest or ''): the first sentence when it fits, else the words that fit — with
    addresses and paths shortened first, so the reason is never cut off behind a long URL."""
    text = " ".join(str(text).split())
    if len(text) <= line:
        return text, ""
    whole, text = text, shortened(text)
    if len(text) <= line:
        return text, whole
    end = text.find(". ", 20)
    if 0 < end < line:
        return text[:end + 1], whole if whole != text else text[end + 2:]
    end = text.find("; ", 20)
    if 0 < end < line:
        return text[:end] + " …", whole
    cut = text.rfind(" ", 0, line - 1)
    cut = cut if cut > 20 else line - 1
    return text[:cut] + " …", whole


def room(bar, title):
    """How many characters of text one line of `bar` shows after `title` (icons, Details and the bar's own
    buttons take some 420 px)."""
    from qgis.PyQt.QtGui import QFontMetrics

    metrics = QFontMetrics(bar.font())
    width = bar.width() if bar.width() > 200 else 1366
    chars = int((width - 420) / max(metrics.averageCharWidth(), 1)) - len(title) - 2
    return max(24, min(LINE, chars))


def show(bar, text, level=Qgis.MessageLevel.Info, duration=None, title=None, buttons=(), details=None):
    """Push `text`; `buttons`: (label, slot, object name); `details`: more to read behind Details. Errors and
    warnings stay until closed."""
    title = title or tr("Stadtdialog")
    head, rest = split(text, room(bar, title))
    widget = bar.createMessage(html.escape(title), html.escape(head))
    widget.setObjectName("StadtdialogMessage")
    widget.full_text = str(text)
    more = "\n\n".join(t for t in (str(text) if rest else "", details or "") if t)
    if more:
        button = QPushButton(tr("Details…"), widget)
        button.setObjectName("StadtdialogDetails")
        button.clicked.connect(lambda: _details(bar, title, more))
        widget.layout().addWidget(button)
    for label, slot, name in buttons:
        button = QPushButton(label, widget)
        button.setObjectName(name)
        button.clicked.connect(slot)
        widget.layout().addWidget(button)
    if duration is None:
        duration = 10 if level in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success) else 0
    bar.pushWidget(widget, level, duration)
    if rest or details:  # the bar logs only what it shows: the whole text in the log's Stadtdialog tab
        QgsMessageLog.logMessage("\n\n".join(t for t in (" ".join(str(text).split()), details or "") if t),
                                 "Stadtdialog", level, False)
    return widget


def _details(bar, title, text):
    box = QMessageBox(QMessageBox.Icon.Information, title or tr("Stadtdialog"), str(text),
                      QMessageBox.StandardButton.Close, bar.window())
    box.setTextFormat(Qt.TextFormat.PlainText)  # a server's words are never markup
    box.exec()
