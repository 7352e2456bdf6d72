"""Run inside the real QGIS desktop (qgis --code): load, unload, load the plugin; write what was there.

Each step runs from QGIS's main event loop (QTimer), as a user's clicks would, so that
objects released with deleteLater() are really gone before the next count.
"""
import os

from harness import finish, guarded, result, watchdog
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar
from qgis.utils import available_plugins, iface, loadPlugin, startPlugin, unloadPlugin

watchdog(120)


def snapshot():
    window = iface.mainWindow()
    ours = [a for a in iface.webMenu().actions()
            if a.menu() is not None and "Stadtdialog" in a.text().replace("&", "")]
    return {
        "web_menus": [a.text() for a in ours],
        "menu_entries": [x.text() for a in ours for x in a.menu().actions()],
        "toolbars": [t.objectName() for t in window.findChildren(QToolBar) if t.objectName() == "StadtdialogToolbar"],
        "actions": len([a for a in window.findChildren(QAction) if a.objectName().startswith("Stadtdialog")]),
        "providers": [p.id() for p in QgsApplication.processingRegistry().providers() if p.id() == "stadtdialog"],
        "algorithms": [a.id() for a in QgsApplication.processingRegistry().algorithms()
                       if a.provider() and a.provider().id() == "stadtdialog"],
        "menus_total": len(window.findChildren(QMenu)),
        "toolbars_total": len(window.findChildren(QToolBar)),
    }


def step(fn, then=None):
    def run():
        guarded(fn)()
        if then:
            QTimer.singleShot(300, then)
    return run


def before():
    result["before"] = snapshot()
    assert "stadtdialog" in available_plugins, "QGIS did not find the plugin on QGIS_PLUGINPATH"
    assert loadPlugin("stadtdialog") and startPlugin("stadtdialog"), "loading failed"


def loaded():
    result["loaded"] = snapshot()
    iface.mainWindow().grab().save(os.environ.get("STADTDIALOG_SHOT", "/dev/null"), "PNG")
    assert unloadPlugin("stadtdialog"), "unloadPlugin failed"


def unloaded():
    result["unloaded"] = snapshot()
    assert loadPlugin("stadtdialog") and startPlugin("stadtdialog"), "reload failed"


def reloaded():
    result["reloaded"] = snapshot()
    finish(0)


QTimer.singleShot(500, step(before, step(loaded, step(unloaded, step(reloaded)))))
