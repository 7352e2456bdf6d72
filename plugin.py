"""Plugin wiring only: menu, toolbar, Processing provider, translator."""
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
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
        self.review_panel = None
        self.actions = []
        translation.install()

    def initProcessing(self):  # noqa: N802 (QGIS API name; also called by qgis_process)
        if self.provider is None:
            from .processing.provider import StadtdialogProvider

            self.provider = StadtdialogProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        from .core.review import expressions
        from .dialogs import history_widget

        self.initProcessing()
        expressions.register()
        history_widget.register()
        # Every Stadtdialog layer that comes into a project speaks the user's language (see project_layers.adopt).
        QgsProject.instance().layersAdded.connect(self._adopt)
        from .dialogs.attribution import AttributionItem

        self.attribution = AttributionItem(self.iface.mapCanvas())
        self.toolbar = self.iface.addToolBar("Stadtdialog")
        self.toolbar.setObjectName("StadtdialogToolbar")
        self._add_action("stadtdialog.svg", tr("Connect and pull…"), self.open_pull_dialog,
                         "StadtdialogPull", toolbar=True)
        self.review_action = self._add_action("review.svg", tr("Review panel"), self.toggle_review_panel,
                                              "StadtdialogReview", toolbar=True)
        self.review_action.setCheckable(True)
        self._add_action("classify.svg", tr("Classify several…"), self.open_classify, "StadtdialogClassify")
        self._add_action("duplicates.svg", tr("Find duplicates…"), self.open_duplicates, "StadtdialogDuplicates")
        self._add_action("quarantine.svg", tr("Open quarantine…"), self.open_quarantine,
                         "StadtdialogQuarantine")
        self._add_action("push.svg", tr("Write back…"), self.open_push, "StadtdialogPush", toolbar=True)
        self._add_action("export.svg", tr("Export…"), lambda: self.open_algorithm("export"), "StadtdialogExport")
        self._add_action("report.svg", tr("Report for the council…"), lambda: self.open_algorithm("report"),
                         "StadtdialogReport")
        self._add_action("stadtdialog.svg", tr("Settings…"), self.open_settings, "StadtdialogSettings")

    def _add_action(self, icon, text, slot, name, toolbar=False):
        action = QAction(QIcon(str(ICONS / icon)), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, run=slot: self._run(run))
        self.iface.addPluginToWebMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _run(self, slot):
        """A menu action; what goes wrong in it reaches the planner as a message, never as a traceback."""
        from .core.errors import StadtdialogError

        try:
            slot()
        except StadtdialogError as exc:
            from qgis.core import Qgis

            from .dialogs import messages

            messages.show(self.iface.messageBar(), str(exc), Qgis.MessageLevel.Critical)

    def _adopt(self, layers):
        from .core.errors import StadtdialogError
        from .core.review.project_layers import adopt
        from .dialogs.conflict_dialog import watch
        from .dialogs.review_panel import submission_layers

        for layer in layers:  # a colleague's decision made meanwhile is shown before a save, never overwritten
            if layer in submission_layers(QgsProject.instance()):
                watch(layer, self.iface.mainWindow())
        try:
            adopt(layers)
        except StadtdialogError as exc:  # a GeoPackage that cannot be read: its layer stays as it came
            from qgis.core import Qgis

            self.iface.messageBar().pushMessage(tr("Stadtdialog"), str(exc), level=Qgis.MessageLevel.Warning)

    def unload(self):
        from .core.store.pg_store import close_connections
        from .dialogs import history_widget

        QgsProject.instance().layersAdded.disconnect(self._adopt)
        history_widget.unregister()
        close_connections()
        if getattr(self, "attribution", None) is not None:
            self.attribution.remove()
            self.attribution = None
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
        if self.review_panel is not None:
            self.iface.removeDockWidget(self.review_panel)
            self.review_panel.deleteLater()
            self.review_panel = None
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

    def toggle_review_panel(self, checked=True):
        # Created on first use; from then on the dock shows and hides itself with the action.
        if self.review_panel is None:
            from .dialogs.review_panel import ReviewPanel

            self.review_panel = ReviewPanel(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_panel)
            self.review_panel.setToggleVisibilityAction(self.review_action)
            self.review_panel.setUserVisible(True)
            self.review_panel.setFocus()

    def _submission_layer(self):
        """The active layer if it is a Stadtdialog one, else the first in the project; None with a message."""
        from qgis.core import Qgis, QgsProject

        from .core.errors import StoreError
        from .core.store.layer_source import store_source
        from .dialogs.review_panel import submission_layers

        layers = submission_layers(QgsProject.instance())
        layer = self.iface.activeLayer() if self.iface.activeLayer() in layers else (layers[0] if layers else None)
        if layer is None:
            self.iface.messageBar().pushMessage(tr("Stadtdialog"), tr("Add a Stadtdialog layer first (Connect and "
                                                                      "pull…)."), level=Qgis.MessageLevel.Info)
            return None
        path = Path(store_source(layer)[0] or layer.customProperty("stadtdialog/store") or "")
        if layer.dataProvider().name() == "ogr" and not path.is_file():  # moved or deleted since it was saved
            raise StoreError(tr("The GeoPackage of the layer '{name}' is not at {path} any more (moved or deleted?). "
                                "Nothing was changed. Open the project from the folder that holds its GeoPackage, "
                                "or pull again.").format(name=layer.name(), path=path))
        return layer

    def open_duplicates(self):
        from .dialogs.duplicates_dialog import DuplicatesDialog

        layer = self._submission_layer()
        if layer is not None:
            DuplicatesDialog(layer, self.iface.mainWindow()).exec()

    def open_classify(self):
        from .dialogs.classify_dialog import ClassifyDialog

        layer = self._submission_layer()
        if layer is not None:
            ClassifyDialog(self.iface, layer, self.iface.mainWindow()).exec()

    def _store_of(self, layer):
        from .core.store.stores import store_of_layer

        return store_of_layer(layer)

    def open_push(self):
        from .dialogs.push_dialog import PushDialog

        layer = self._submission_layer()
        if layer is not None:
            PushDialog(self._store_of(layer), layer, self.iface.messageBar(), self.iface.mainWindow()).exec()

    def open_algorithm(self, name):
        """Export and report are Processing algorithms: their dialog, with this layer's GeoPackage filled in."""
        layer = self._submission_layer()
        if layer is not None:
            from processing import execAlgorithmDialog  # QGIS's Processing plugin

            from .dialogs.algorithm_defaults import algorithm_defaults

            execAlgorithmDialog("stadtdialog:" + name, algorithm_defaults(name, layer))

    def open_settings(self):
        from .dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.iface.mainWindow()).exec()

    def open_quarantine(self):
        from .dialogs.quarantine import open_project_quarantine

        open_project_quarantine(self.iface)
