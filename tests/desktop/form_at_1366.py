"""Inside the real QGIS desktop, in the locale the test asks for: a pulled layer, one decision made, its
attribute form opened at 1366×768; what each tab shows, read from the widgets, and a screenshot of each."""
import os

from harness import finish, guarded, result, watchdog
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QTextEdit,
)
from qgis.utils import iface, loadPlugin, startPlugin

watchdog(150)


def start():
    assert loadPlugin("stadtdialog") and startPlugin("stadtdialog")
    from stadtdialog.core.pull.sync import pull
    from stadtdialog.core.review.classify import classify, store_catalogue, suggest_layer
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store.gpkg_store import Store

    gpkg = os.environ["STADTDIALOG_GPKG"]
    pull(os.environ["STADTDIALOG_PORTAL"], "demo-kaiserslautern", gpkg)
    layer = add_submissions(Store(gpkg), QgsProject.instance())
    suggest_layer(layer, store_catalogue(layer))
    portal_id = os.environ["STADTDIALOG_PORTAL_ID"]
    classify(layer, "\"portal_id\" = '{}'".format(portal_id), ["religion", "sozialraum"], "classified",
             user="Anna Schmidt")
    feature = next(f for f in layer.getFeatures() if f["portal_id"] == portal_id)
    dialog = iface.getFeatureForm(layer, feature)
    dialog.resize(1366, 768)
    dialog.show()
    QTimer.singleShot(800, guarded(lambda: inspect(dialog)))


def _visible_texts(widget, root):
    texts = []
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QLabel):
        for w in widget.findChildren(kind):
            if not w.isVisibleTo(root):
                continue
            if isinstance(w, QComboBox):
                texts.append(w.currentText())
            elif isinstance(w, (QLineEdit, QLabel)):
                texts.append(w.text())
            else:
                texts.append(w.toPlainText())
    return texts


def inspect(dialog):
    tabs = dialog.findChildren(QTabWidget)
    result["tab_widgets"] = len(tabs)
    tab = tabs[0]
    result["tabs"] = [tab.tabText(i) for i in range(tab.count())]
    result["tab_texts"], result["scrolls"] = [], []
    shots = os.environ["STADTDIALOG_SHOT"]
    for i in range(tab.count()):
        tab.setCurrentIndex(i)
        QApplication.processEvents()
        page = tab.widget(i)
        result["tab_texts"].append(_visible_texts(page, dialog))
        result["scrolls"].append([a.verticalScrollBar().isVisible() for a in page.findChildren(QScrollArea)
                                  if a.isVisibleTo(dialog) and a.widget() is not None
                                  and a.widget().findChild(QTableWidget) is None])
        dialog.grab().save(shots.format(i), "PNG")
    table = dialog.findChild(QTableWidget, "historyTable")
    result["history"] = [[table.item(r, c).text() for c in range(table.columnCount())]
                         for r in range(table.rowCount())] if table is not None else None
    result["history_headers"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] \
        if table is not None else None
    result["size"] = [dialog.width(), dialog.height()]
    dialog.resize(652, 512)  # the size QGIS gives a feature form it has not seen before
    result["small"] = []
    for i in range(tab.count()):
        tab.setCurrentIndex(i)
        QApplication.processEvents()
        result["small"].append(_cut(tab.widget(i), dialog))
        dialog.grab().save(shots.format("652-{}".format(i)), "PNG")
    finish(0)


def _cut(page, dialog):
    """What a person cannot read whole on this tab: a sideways scroll bar, a label or a check box wider than the
    room it is given (an action area in the list cut to "Gesundheit, Behinderung, ...")."""
    cut = ["sideways scroll bar in " + (a.objectName() or type(a).__name__)
           for a in page.findChildren(QAbstractScrollArea)
           if a.isVisibleTo(dialog) and a.horizontalScrollBar().isVisible()]
    for table in page.findChildren(QTableWidget):
        if not table.isVisibleTo(dialog) or table.objectName() == "historyTable":
            continue
        room = table.viewport().width()
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None and item.text():
                    rect = table.visualItemRect(item)
                    need = table.fontMetrics().horizontalAdvance(item.text()) + 28  # with its check box
                    if rect.width() < need or rect.right() > room:
                        cut.append(item.text())
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.text() and not label.wordWrap() and \
                label.fontMetrics().horizontalAdvance(label.text()) > label.width() + 1:
            cut.append(label.text())
    return cut


QTimer.singleShot(500, guarded(start))
