"""Inside the real QGIS desktop: pull the demo portal, open the review panel from the menu,
classify three submissions by keyboard, take a screenshot."""
import os

from harness import finish, guarded, result, watchdog
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface, loadPlugin, plugins, startPlugin

watchdog(150)


def start():
    assert loadPlugin("stadtdialog") and startPlugin("stadtdialog")
    from stadtdialog.core.pull.sync import pull
    from stadtdialog.core.review.classify import suggest_layer
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store.catalogue import load_catalogue
    from stadtdialog.core.store.gpkg_store import Store

    gpkg = os.environ["STADTDIALOG_GPKG"]
    pull(os.environ["STADTDIALOG_PORTAL"], "demo-kaiserslautern", gpkg)
    layer = add_submissions(Store(gpkg), QgsProject.instance())
    suggest_layer(layer, load_catalogue())
    iface.setActiveLayer(layer)
    iface.mapCanvas().setExtent(layer.extent())
    menu = [a for a in iface.webMenu().actions() if a.menu() and "Stadtdialog" in a.text().replace("&", "")][0]
    [a for a in menu.menu().actions() if a.text() == "Review panel"][0].trigger()
    QTimer.singleShot(800, guarded(classify))


def classify():
    panel = plugins["stadtdialog"].review_panel
    result["visible"] = panel.isVisible()
    done = []
    for sequence in ((Qt.Key.Key_1, Qt.Key.Key_6), (Qt.Key.Key_A,), (Qt.Key.Key_X, Qt.Key.Key_P)):
        done.append(panel.fid)
        for key in sequence:
            QTest.keyClick(panel.view, key)
        QTest.keyClick(panel.view, Qt.Key.Key_N)
    result["classified"] = done
    result["progress"] = panel.progress.text()
    result["current"] = panel.fid
    QTimer.singleShot(1500, guarded(screenshot))


def screenshot():
    iface.mainWindow().grab().save(os.environ["STADTDIALOG_SHOT"], "PNG")
    finish(0)


QTimer.singleShot(500, guarded(start))
