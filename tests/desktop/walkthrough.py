"""Inside the real QGIS desktop, in German: a planner's day with the demo project — open it, pull, review three
submissions by keyboard, open the form, write back, export, report — a screenshot of every step, and what each
step showed, read from the widgets."""
import os

from harness import finish, guarded, result, watchdog
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTextEdit,
)
from qgis.utils import iface, loadPlugin, plugins, startPlugin

watchdog(280)
SHOTS = os.environ["STADTDIALOG_SHOTS"]
state = {}
result["steps"] = []


def shot(name, widget=None):
    QApplication.processEvents()
    (widget or iface.mainWindow()).grab().save(os.path.join(SHOTS, name + ".png"), "PNG")
    result["steps"].append(name)


def texts(widget):
    """What a person reads in a window: labels, fields, buttons, tabs, tables, the message bar."""
    found = [w.text() for kind in (QLabel, QLineEdit, QPushButton) for w in widget.findChildren(kind)
             if w.isVisibleTo(widget) and w.text()]
    found += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit) if w.isVisibleTo(widget)]
    for tabs in widget.findChildren(QTabWidget):
        found += [tabs.tabText(i) for i in range(tabs.count())]
    return found


def menu():
    return [a for a in iface.webMenu().actions() if a.menu() and "Stadtdialog" in a.text().replace("&", "")][0].menu()


def action(name):
    return [a for a in menu().actions() if a.objectName() == name][0]


def wait_then(condition, step, tries=400):
    if condition():
        QTimer.singleShot(200, guarded(step))
    elif tries:
        QTimer.singleShot(100, guarded(lambda: wait_then(condition, step, tries - 1)))
    else:
        raise AssertionError("timed out waiting for " + getattr(step, "__name__", "a step"))


# 1. The demo project, as the planner finds it
def open_project():
    result["log"] = []  # what QGIS's log panel shows the planner, from here on
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: result["log"].append(text))
    assert loadPlugin("stadtdialog") and startPlugin("stadtdialog")
    # A planner's laptop screen, 1366 × 768 (Xvfb has no window manager to maximise it).
    iface.mainWindow().setGeometry(QApplication.primaryScreen().availableGeometry())
    iface.addProject(os.environ["STADTDIALOG_PROJECT"])
    QTimer.singleShot(2500, guarded(project_opened))


def project_opened():
    canvas = iface.mapCanvas()
    root = QgsProject.instance().layerTreeRoot()
    result["layer_tree"] = [node.name() for node in root.findLayers()]
    result["scale"] = canvas.scale()
    result["menu"] = [a.text() for a in menu().actions()]
    shot("01-projekt-geoeffnet")
    QTimer.singleShot(400, guarded(fill_pull))
    action("StadtdialogPull").trigger()  # modal from here


# 2. Pull again from the portal
def fill_pull():
    dialog = state["pull"] = QApplication.activeModalWidget()
    dialog.name.setText("Integration findet Stadt")
    dialog.url.setText(os.environ["STADTDIALOG_PORTAL"])
    dialog.profile.set_profile("demo-kaiserslautern")
    dialog.output.setFilePath(os.environ["STADTDIALOG_GPKG"])
    result["pull_dialog"] = texts(dialog)
    shot("02-abrufen", dialog)
    dialog.pull_button.click()
    wait_then(lambda: QgsApplication.taskManager().countActiveTasks() == 0 and iface.messageBar().currentItem(),
              pulled)


def pulled():
    item = iface.messageBar().currentItem()
    result["pull_message"] = item.text()
    shot("03-abgerufen")
    iface.messageBar().clearWidgets()
    layer = next(n.layer() for n in QgsProject.instance().layerTreeRoot().findLayers()
                 if n.layer().customProperty("stadtdialog/table") == "submissions")
    iface.setActiveLayer(layer)
    state["layer"] = layer
    action("StadtdialogReview").trigger()
    QTimer.singleShot(1200, guarded(review))


# 3. Three submissions by keyboard
def review():
    panel = state["panel"] = plugins["stadtdialog"].review_panel
    result["panel_first"] = {"title": panel.title.text(), "suggested": panel.suggested.text()}
    done = []
    for sequence in ((Qt.Key.Key_1, Qt.Key.Key_6), (Qt.Key.Key_A,), (Qt.Key.Key_X, Qt.Key.Key_P)):
        done.append(panel.fid)
        for key in sequence:
            QTest.keyClick(panel.view, key)
        QTest.keyClick(panel.view, Qt.Key.Key_N)
    state["reviewed"] = done
    result["panel"] = texts(panel)
    result["panel_citizen"] = [panel.title.text(), panel.text.toPlainText()]
    result["progress"] = panel.progress.text()
    QTimer.singleShot(1200, guarded(reviewed))


def reviewed():
    shot("04-pruefung")
    layer = state["layer"]
    feature = layer.getFeature(state["reviewed"][0])
    result["citizen"] = [str(feature[name]) for name in ("title", "text", "category_raw")]  # their words, not ours
    dialog = state["form"] = iface.getFeatureForm(layer, feature)
    dialog.resize(1366, 768)
    dialog.show()
    QTimer.singleShot(800, guarded(form))


# 4. The form of the first one reviewed
def form():
    dialog = state["form"]
    tabs = dialog.findChildren(QTabWidget)[0]
    result["form"] = []
    for i, name in enumerate(("05-formular-beitrag", "06-formular-zuordnung", "07-formular-verlauf")):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        result["form"] += texts(tabs.widget(i)) + [tabs.tabText(i)]
        table = dialog.findChild(QTableWidget, "historyTable")
        if i == 2 and table is not None:
            result["history"] = [[table.item(r, c).text() for c in range(table.columnCount())]
                                 for r in range(table.rowCount())]
        shot(name, dialog)
    dialog.reject()
    QTimer.singleShot(400, guarded(dry_run))
    action("StadtdialogPush").trigger()  # modal from here


# 5. Write back: check first, then write
def dry_run():
    dialog = state["push"] = QApplication.activeModalWidget()
    result["push_dialog"] = texts(dialog)
    shot("08-zurueckschreiben", dialog)
    dialog.dry_button.click()
    wait_then(lambda: dialog.last_result is not None, push)


def push():
    dialog = state["push"]
    result["dry_summary"] = dialog.summary.text()
    dialog.last_result = None
    dialog.push_button.click()
    wait_then(lambda: dialog.last_result is not None, pushed)


def pushed():
    dialog = state["push"]
    result["pushed"] = dialog.last_result.pushed
    result["push_summary"] = dialog.summary.text()
    shot("09-zurueckgeschrieben", dialog)
    dialog.reject()
    QTimer.singleShot(300, guarded(lambda: algorithm("StadtdialogExport", "10-export", "11-exportiert", report)))


# 6. and 7. Export and report, through their Processing dialogs
def algorithm(name, before, after, following):
    wait_then(lambda: processing_dialog() is not None, lambda: run_dialog(before, after, following))
    action(name).trigger()  # modal from here


def processing_dialog():
    from qgis.gui import QgsProcessingAlgorithmDialogBase

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QgsProcessingAlgorithmDialogBase)
             and w.isVisible()]
    return found[0] if found else None


def run_dialog(before, after, following):
    dialog = processing_dialog()
    result[before] = texts(dialog)
    shot(before, dialog)
    dialog.runButton().click()
    wait_then(lambda: bool(dialog.results()) or failed(dialog), lambda: ran(dialog, after, following))


def failed(dialog):
    return any("Fehler" in w.toPlainText() or "Error" in w.toPlainText() for w in dialog.findChildren(QTextEdit))


def ran(dialog, after, following):
    result[after + "-results"] = {k: str(v) for k, v in dialog.results().items()}
    log = [w.toPlainText() for w in dialog.findChildren(QTextEdit) if w.toPlainText()]
    result[after] = log
    shot(after, dialog)
    dialog.close()
    QTimer.singleShot(500, guarded(following))


def report():
    algorithm("StadtdialogReport", "12-bericht", "13-bericht-erstellt", done)


def done():
    shot("14-ende")
    finish(0)


QTimer.singleShot(800, guarded(open_project))
