"""Plugin wiring only: menu, toolbar, Processing provider, translator."""
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core import translation
from .core.i18n import tr

MENU = "&Stadtdialog"
ICONS = Path(__file__).resolve().parent / "resources" / "icons"


class StadtdialogPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.toolbar = None
        self.actions = []
        translation.install()

    def initProcessing(self):  # noqa: N802 (QGIS API name; also called by qgis_process)
        if self.provider is None:
            from .processing.provider import StadtdialogProvider

            self.provider = StadtdialogProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar("Stadtdialog")
        self.toolbar.setObjectName("StadtdialogToolbar")
        self._add_action("stadtdialog.svg", tr("Connect and pull…"), self.open_pull_dialog,
                         "StadtdialogPull", toolbar=True)
        self._add_action("quarantine.svg", tr("Open quarantine…"), self.open_quarantine,
                         "StadtdialogQuarantine")

    def _add_action(self, icon, text, slot, name, toolbar=False):
        action = QAction(QIcon(str(ICONS / icon)), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.iface.addPluginToWebMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        submenus = [a.menu() for a in self.iface.webMenu().actions() if a.menu() is not None and a.text() == MENU]
        for action in self.actions:
            self.iface.removePluginWebMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        for menu in submenus:
            # QGIS takes the empty submenu out of the Web menu but never deletes it:
            # without this, every reload would leave one more QMenu behind.
            if not menu.actions():
                menu.deleteLater()
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        translation.uninstall()

    def open_pull_dialog(self):
        from .dialogs.pull_dialog import PullDialog

        dialog = PullDialog(self.iface, self.iface.mainWindow())
        dialog.exec()

    def open_quarantine(self):
        from .dialogs.quarantine import open_quarantine_layer

        open_quarantine_layer(self.iface)
