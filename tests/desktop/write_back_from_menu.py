"""Inside the real QGIS desktop: a planner with classified submissions opens Write back… from the menu,
checks first (dry run), writes back, and the dialog says what happened; a screenshot of the dialog."""
import os

from harness import finish, guarded, result, watchdog
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, loadPlugin, startPlugin

watchdog(150)
state = {}


def start():
    assert loadPlugin("stadtdialog") and startPlugin("stadtdialog")
    from stadtdialog.core.pull.sync import pull
    from stadtdialog.core.review.classify import classify
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store.gpkg_store import Store

    gpkg = os.environ["STADTDIALOG_GPKG"]
    pull(os.environ["STADTDIALOG_PORTAL"], "demo-kaiserslautern", gpkg)
    layer = add_submissions(Store(gpkg), QgsProject.instance())
    result["classified"] = classify(layer, "\"category\" = 'meeting_place'", ["kultur_sport"], "classified", None, "P")
    iface.setActiveLayer(layer)
    menu = [a for a in iface.webMenu().actions() if a.menu() and "Stadtdialog" in a.text().replace("&", "")][0]
    QTimer.singleShot(800, guarded(dry_run))
    [a for a in menu.menu().actions() if a.objectName() == "StadtdialogPush"][0].trigger()  # modal from here


def dry_run():
    dialog = state["dialog"] = QApplication.activeModalWidget()
    result["dialog"] = dialog.objectName()
    result["pending_rows"] = dialog.pending.rowCount()
    dialog.dry_button.click()
    wait_then(lambda: dialog.last_result is not None, push)


def push():
    dialog = state["dialog"]
    result["dry_planned"] = len(dialog.last_result.planned)
    result["dry_summary"] = dialog.summary.text()
    dialog.last_result = None
    dialog.push_button.click()
    wait_then(lambda: dialog.last_result is not None, done)


def done():
    dialog = state["dialog"]
    result["pushed"] = dialog.last_result.pushed
    result["summary"] = dialog.summary.text()
    result["pending_after"] = dialog.pending.rowCount()
    dialog.grab().save(os.environ["STADTDIALOG_SHOT"], "PNG")
    dialog.reject()
    finish(0)


def wait_then(condition, step, tries=300):
    if condition():
        QTimer.singleShot(100, guarded(step))
    elif tries:
        QTimer.singleShot(100, guarded(lambda: wait_then(condition, step, tries - 1)))
    else:
        raise AssertionError("timed out waiting in the dialog")


QTimer.singleShot(500, guarded(start))
