"""Inside the real QGIS desktop: Web › Stadtdialog › Connect and pull…, fill in, Pull, wait, screenshot."""
import os

from harness import finish, guarded, result, watchdog
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, loadPlugin, startPlugin

watchdog(150)


def open_menu():
    assert loadPlugin("stadtdialog") and startPlugin("stadtdialog")
    menu = [a for a in iface.webMenu().actions() if a.menu() and "Stadtdialog" in a.text().replace("&", "")][0]
    action = [a for a in menu.menu().actions() if a.text() == "Connect and pull…"][0]
    QTimer.singleShot(400, guarded(fill_dialog))
    action.trigger()  # modal: returns when the dialog closes


def fill_dialog():
    dialog = QApplication.activeModalWidget()
    result["dialog"] = dialog.objectName()
    dialog.name.setText("Integration findet Stadt (Demo)")
    dialog.url.setText(os.environ["STADTDIALOG_PORTAL"])
    dialog.profile.setCurrentText("demo-kaiserslautern")
    dialog.output.setFilePath(os.environ["STADTDIALOG_GPKG"])
    dialog.pull_button.click()
    QTimer.singleShot(300, guarded(wait_for_layer))


def wait_for_layer(tries=[0]):  # noqa: B006 - a counter across timer calls
    tries[0] += 1
    group = QgsProject.instance().layerTreeRoot().findGroup("Stadtdialog")
    if (group is None or not group.findLayers()) and tries[0] < 300:
        QTimer.singleShot(200, guarded(wait_for_layer))
        return
    layer = group.findLayers()[0].layer()
    iface.setActiveLayer(layer)
    iface.mapCanvas().setExtent(layer.extent())
    iface.mapCanvas().refresh()
    result["features"] = layer.featureCount()
    result["renderer"] = layer.renderer().type()
    bar = iface.messageBar().currentItem()
    result["message"] = bar.text() if bar else ""
    QTimer.singleShot(1500, guarded(screenshot))


def screenshot():
    iface.mainWindow().grab().save(os.environ["STADTDIALOG_SHOT"], "PNG")
    result["tasks"] = QgsApplication.taskManager().countActiveTasks()
    finish(0)


QTimer.singleShot(500, guarded(open_menu))
