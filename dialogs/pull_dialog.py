"""'Connect and pull…': choose or define a connection and start the pull as a background task."""
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsProject
from qgis.gui import QgsAuthConfigSelect, QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ..core.i18n import tr
from ..core.pull import connections
from ..core.pull.connections import Connection
from ..core.pull.pull_task import PullTask
from ..core.store.stores import is_postgres
from . import messages
from .profile_box import ProfileBox
from .quarantine import open_quarantine
from .summary import show_pull_result

KINDS = ("auto", "oapif", "wfs", "file", "json")


def kind_labels():
    return [tr("Detect automatically"), tr("OGC API – Features"), tr("WFS"), tr("File or file URL (GeoJSON, JSON, CSV, "
            "XLSX, ODS)"), tr("JSON API paged as the profile says (JSON:API, GraphQL, …)")]


class PullDialog(QDialog):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("StadtdialogPullDialog")
        self.setWindowTitle(tr("Stadtdialog – connect and pull"))
        self.setMinimumWidth(560)

        self.saved = QComboBox()
        self.saved.setObjectName("savedConnections")
        self.delete_button = QPushButton(tr("Delete"))
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.delete_button)

        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Integration findet Stadt 2018"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(tr("Address of the portal, or a file"))
        self.url.setToolTip(tr("An OGC API – Features collection (https://geoportal.example/ogc/collections/"
                               "beitraege), a WFS address, a JSON API, or an export file (GeoJSON, CSV, XLSX, ODS)"))
        self.browse_source = QPushButton(tr("File…"))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.browse_source)
        self.kind = QComboBox()
        self.kind.addItems(kind_labels())
        self.profile = ProfileBox()
        self.profile.set_profile("generic")  # for a new connection; a saved one brings its own
        self.draft_button = QPushButton(tr("&Draft…"))
        self.draft_button.setToolTip(tr("Read the first records of the source and draft a profile for it"))
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(self.draft_button)
        self.auth = QgsAuthConfigSelect(self)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output.setToolTip(tr("A GeoPackage file, or a team's PostgreSQL store: postgres:CONNECTION (a "
                                  "PostgreSQL connection of QGIS, with its authentication), service=NAME or "
                                  "postgresql://user@host/database, each optionally with ?schema=NAME"))
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setObjectName("newGeoPackageCrs")
        self.crs.setCrs(QgsCoordinateReferenceSystem(Connection.crs))
        self.crs.setToolTip(tr("Used when the GeoPackage is created; an existing one keeps its own. Points "
                               "outside its area of use are quarantined."))
        self.keep_personal = QCheckBox(tr("Keep personal data (names, e-mail) in the GeoPackage"))
        self.keep_personal.setToolTip(tr("Off by default: personal data named in the profile is not stored."))

        form = QFormLayout()
        # A row whose field is a layout gets its label with a buddy, so "&" is a keyboard shortcut, not a character.
        for text, field, buddy in ((tr("Saved &connections"), saved_row, self.saved), (tr("&Name"), self.name, None),
                                   (tr("&Source"), url_row, self.url), (tr("&Type"), self.kind, None),
                                   (tr("Pro&file"), profile_row, self.profile),
                                   (tr("&Authentication"), self.auth, None),
                                   (tr("St&ore (GeoPackage or PostgreSQL)"), self.output, self.output.lineEdit()),
                                   (tr("C&RS of a new GeoPackage"), self.crs, None)):
            label = QLabel(text)
            label.setBuddy(field if buddy is None else buddy)
            form.addRow(label, field)
        form.addRow("", self.keep_personal)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pull_button = self.buttons.addButton(tr("&Pull"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pull_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.pull_button.clicked.connect(self.start_pull)
        self.saved.currentIndexChanged.connect(self._show_saved)
        self.delete_button.clicked.connect(self._delete_saved)
        self.browse_source.clicked.connect(self._browse_source)
        self.draft_button.clicked.connect(self.open_assistant)
        self._fill_saved()

    # -- saved connections -------------------------------------------------------
    def _fill_saved(self, select=None):
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(tr("New connection"), None)
        for c in connections.load_all():
            self.saved.addItem(c.name, c)
            if c.name == select:
                self.saved.setCurrentIndex(self.saved.count() - 1)
        self.saved.blockSignals(False)
        self._show_saved()

    def _show_saved(self):
        c = self.saved.currentData()
        self.delete_button.setEnabled(c is not None)
        if c is None:
            return
        self.name.setText(c.name)
        self.url.setText(c.url)
        self.kind.setCurrentIndex(KINDS.index(c.kind) if c.kind in KINDS else 0)
        self.profile.set_profile(c.profile)
        self.auth.setConfigId(c.authcfg or "")
        self.output.setFilePath(c.output)
        self.keep_personal.setChecked(bool(c.keep_personal))
        self.crs.setCrs(QgsCoordinateReferenceSystem(c.crs or Connection.crs))

    def _delete_saved(self):
        c = self.saved.currentData()
        if c is not None:
            connections.remove(c.name)
            self._fill_saved()

    def _browse_source(self):
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, tr("Portal export"), "",
                                              tr("Exports (*.geojson *.json *.csv *.tsv *.txt *.xlsx *.ods)"))
        if path:
            self.url.setText(path)

    def open_assistant(self):
        """Read the first records of the source and open the profile assistant on them."""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QApplication

        from ..core.errors import StadtdialogError
        from ..core.pull import draft_profile
        from ..core.sources.http import Http
        from .profile_assistant import ProfileAssistant

        c = self.connection()
        if not c.url:
            QMessageBox.warning(self, tr("Stadtdialog"), tr("Enter the portal address or choose a file."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with Http(authcfg=c.authcfg or None) as http:
                sample = draft_profile.read_sample(c.url, http, c.kind)
        except StadtdialogError as exc:
            QMessageBox.warning(self, tr("Stadtdialog"), str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        assistant = ProfileAssistant(sample, self)
        self.assistant = assistant
        if assistant.exec() and assistant.saved_name:
            self.profile.add_profile(assistant.saved_name)
            self.profile.set_profile(assistant.saved_name)

    def connection(self):
        output = self.output.filePath().strip()
        if output and not output.lower().endswith(".gpkg") and not is_postgres(output):
            output += ".gpkg"
        return connections.Connection(
            name=self.name.text().strip() or Path(self.url.text().strip()).stem or "portal",
            url=self.url.text().strip(), kind=KINDS[self.kind.currentIndex()],
            profile=self.profile.profile_name() or "generic", authcfg=self.auth.configId() or "",
            output=output, keep_personal=self.keep_personal.isChecked(),
            crs=self.crs.crs().authid() or Connection.crs)

    # -- pulling -------------------------------------------------------------------
    def start_pull(self):
        c = self.connection()
        problem = None if c.url else tr("Enter the portal address or choose a file.")
        problem = problem or (None if c.output else tr("Choose the GeoPackage (or name the PostgreSQL store) to pull "
                                                       "into."))
        if problem:
            QMessageBox.warning(self, tr("Stadtdialog"), problem)
            return
        from ..core.publish import basemap

        self.task = PullTask(c, self._done, basemap_probe=basemap.online)
        QgsApplication.taskManager().addTask(self.task)
        self.accept()

    def _done(self, task):
        bar = self.iface.messageBar()
        if task.result is None:
            messages.show(bar, task.error, Qgis.MessageLevel.Critical)
            return  # a connection that did not work is not kept: the list would fill with every typo
        connections.save(task.connection)
        from ..core import settings
        from ..core.publish import basemap
        from ..core.review.project_layers import add_submissions, shows
        from ..core.store.stores import open_store

        store = open_store(task.result.output)
        project = QgsProject.instance()
        first = not shows(project, store)
        layer = add_submissions(store, project)
        offline = task.basemap_online is False
        if first:  # a map to find one's way: the planner's background map below it (once); switched off
            added = basemap.add_basemap(project, visible=not offline)  # while its server is silent
            if added is not None and offline:  # a white map with a few dots must say why
                messages.show(bar, tr("The background map is switched off: its server did not answer. Tick it in "
                                      "the Layers panel when you are online."), Qgis.MessageLevel.Warning)
        if settings.get(settings.SUGGEST_AFTER_PULL):
            # Suggestions for what is still to be reviewed, as the review panel's "A" expects them; shown, never
            # applied.
            from ..core.review.classify import store_catalogue, suggest_layer

            suggest_layer(layer, store_catalogue(layer))
        show_pull_result(bar, task.connection.name, task.result,
                         lambda: open_quarantine(self.iface, store))
