"""The profile assistant: for GIS staff who meet a new portal. Shows the fields found with sample values and
what each is proposed to be, the category values present and which category each means, and twenty records
exactly as a pull would import them; saves the profile to the QGIS profile folder or exports it as a file.
The work is core.draft_profile's; this only shows it and takes the edits."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import StadtdialogError
from ..core.i18n import tr
from ..core.pull import draft_profile as draft
from ..core.pull.normalise import Rejected
from ..core.pull.profile import user_profile_dir
from ..core.store.schema import CATEGORIES


def role_labels():
    return {"": tr("—"), "id": tr("Id"), "title": tr("Title"), "text": tr("Text"), "category": tr("Category"),
            "created_at": tr("Created"), "updated_at": tr("Changed"), "lon": tr("Longitude"), "lat": tr("Latitude"),
            "geojson": tr("Location (GeoJSON)"), "wkt": tr("Location (WKT)"), "address": tr("Address (to place by)"),
            "district": tr("District"), "personal": tr("Personal (not stored)")}


def category_labels():
    return {"": tr("no category of ours"), "meeting_place": tr("Place of encounter"),
            "missing_meeting_place": tr("A meeting place is missing here"),
            "unpleasant_place": tr("Less pleasant corner"), "idea": tr("Remark / idea"), "other": tr("Other")}


def _item(text):
    item = QTableWidgetItem(str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(str(text))
    return item


class ProfileAssistant(QDialog):
    """Opened with a sample already read (core.draft_profile.read_sample); `saved_name` is set on save."""

    def __init__(self, sample, parent=None):
        super().__init__(parent)
        self.setObjectName("StadtdialogProfileAssistant")
        self.setWindowTitle(tr("Stadtdialog – profile assistant"))
        self.resize(1100, 680)  # fits a 1366 × 768 screen with QGIS's title bar and the panel of the desktop
        self.sample = sample
        self.fields = draft.inventory(sample.records)
        self.roles = draft.assign_roles(sample, self.fields)
        self.saved_name = None
        self.profile = {}

        self.name = QLineEdit(draft.propose(sample, self.fields, roles=self.roles)["name"])
        self.name.setObjectName("profileName")
        form = QFormLayout()
        form.addRow(tr("Source"), QLabel(tr("{source} — {n} records read").format(source=sample.source,
                                                                                    n=len(sample.records))))
        form.addRow(tr("Profile &name"), self.name)

        self.field_table = self._table("fieldTable", [tr("Field"), tr("Sample values"), tr("Filled"), tr("Use as")])
        self.category_table = self._table("categoryTable", [tr("Value on the portal"), tr("Records"),
                                                            tr("Category")])
        self.preview_table = self._table("previewTable", [tr("Id"), tr("Title"), tr("Category"), tr("Created"),
                                                          tr("Result")])
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, table in ((tr("Fields found (change “Use as” where the proposal is wrong)"), self.field_table),
                             (tr("Category values present"), self.category_table),
                             (tr("Preview: the first 20 records as the pull will import them"), self.preview_table)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            label = QLabel("<b>{}</b>".format(title))
            label.setTextFormat(Qt.TextFormat.RichText)  # our own heading; portal text never goes into labels
            inner.addWidget(label)
            inner.addWidget(table)
            splitter.addWidget(box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(tr("&Save profile"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button = self.buttons.addButton(tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self.export)

        self._fill_fields()
        self._fill_categories()
        self.refresh()

    def _table(self, name, headers):
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- fields and their roles ----------------------------------------------------------------------------
    def _role_of(self, path):
        if path in self.roles.get("personal", []):
            return "personal"
        return next((role for role, chosen in self.roles.items() if chosen == path and role != "personal"), "")

    def _fill_fields(self):
        labels = role_labels()
        self.field_table.setRowCount(len(self.fields))
        for row, f in enumerate(self.fields):
            self.field_table.setItem(row, 0, _item(f.path))
            self.field_table.setItem(row, 1, _item(" · ".join(f.samples)))
            self.field_table.setItem(row, 2, _item("{} / {}".format(f.filled, len(self.sample.records))))
            combo = QComboBox()
            for role, label in labels.items():
                combo.addItem(label, role)
            combo.setCurrentIndex(list(labels).index(self._role_of(f.path)))
            combo.currentIndexChanged.connect(lambda _, path=f.path, c=combo: self.set_role(path, c.currentData()))
            self.field_table.setCellWidget(row, 3, combo)
        self.field_table.resizeColumnsToContents()
        self.field_table.setColumnWidth(1, min(self.field_table.columnWidth(1), 520))

    def set_role(self, path, role):
        """`path` is used as `role` from now on ('' for nothing); a role has one field, personal several."""
        for key in list(self.roles):
            if key == "personal":
                self.roles[key] = [p for p in self.roles[key] if p != path]
            elif self.roles[key] == path:
                del self.roles[key]
        if role == "personal":
            self.roles.setdefault("personal", []).append(path)
        elif role:
            previous = self.roles.get(role)
            self.roles[role] = path
            if previous and previous != path:
                self._show_role(previous, "")
        if role == "category" or path == self.roles.get("category") or role == "":
            self._fill_categories()
        self.refresh()

    def _show_role(self, path, role):
        for row, f in enumerate(self.fields):
            if f.path == path:
                combo = self.field_table.cellWidget(row, 3)
                combo.blockSignals(True)
                combo.setCurrentIndex(list(role_labels()).index(role))
                combo.blockSignals(False)

    # -- category values ------------------------------------------------------------------------------------
    def _fill_categories(self):
        path = self.roles.get("category")
        values = draft.category_values(self.sample, path) if path else []
        lookup = draft.category_lookup(self.sample, path) if path else {}
        meaning = {raw: code for code, raws in lookup.items() for raw in raws}
        labels = category_labels()
        self.category_table.setRowCount(len(values))
        for row, (raw, count) in enumerate(values):
            self.category_table.setItem(row, 0, _item(raw))
            self.category_table.setItem(row, 1, _item(count))
            combo = QComboBox()
            for code, label in labels.items():
                combo.addItem(label, code)
            combo.setCurrentIndex(list(labels).index(meaning.get(raw, "")))
            combo.currentIndexChanged.connect(lambda _: self.refresh())
            self.category_table.setCellWidget(row, 2, combo)
        self.category_table.resizeColumnsToContents()

    def lookup(self):
        lookup = {code: [] for code in CATEGORIES}
        for row in range(self.category_table.rowCount()):
            code = self.category_table.cellWidget(row, 2).currentData()
            if code:
                lookup[code].append(self.category_table.item(row, 0).text())
        return lookup

    # -- the profile and its preview -------------------------------------------------------------------------
    def refresh(self):
        self.profile = draft.propose(self.sample, self.fields, name=draft.slug(self.name.text()),
                                     roles=self.roles, lookup=self.lookup(), title=self.name.text())
        try:
            rows = draft.preview(self.profile, self.sample)
        except StadtdialogError as exc:
            rows = []
            self.preview_table.setToolTip(str(exc))
        labels = category_labels()
        self.preview_table.setRowCount(len(rows))
        for i, (_, row) in enumerate(rows):
            if isinstance(row, Rejected):
                cells = ["", "", "", "", tr("quarantined: {reason}").format(reason=row.reason)]
            else:
                r = row.record
                created = (r["created_at"] or "")[:16].replace("T", " ") + (" UTC" if r["created_at"] else "")
                result = r["import_note"] or tr("imported")
                if row.x is None:  # reviewed all the same, without a point
                    result = tr("without a place: {note}").format(note=result)
                cells = [r["portal_id"], r["title"] or "", labels.get(r["category"], r["category"]), created, result]
            for column, text in enumerate(cells):
                self.preview_table.setItem(i, column, _item(text))
        self.preview_table.resizeColumnsToContents()
        self.preview_table.setColumnWidth(1, min(self.preview_table.columnWidth(1), 360))

    def _write(self, path):
        self.refresh()
        try:
            return draft.save(self.profile, path)
        except StadtdialogError as exc:
            QMessageBox.warning(self, tr("Stadtdialog"), str(exc))
            return None

    def save(self):
        self.refresh()
        name = self.profile["name"]
        saved = self._write(user_profile_dir() / "{}.json".format(name))
        if saved:
            self.saved_name = name
            self.accept()

    def export(self):
        self.refresh()
        path, _ = QFileDialog.getSaveFileName(self, tr("Export profile"), "{}.json".format(self.profile["name"]),
                                              tr("Profile (*.json)"))
        if path:
            self._write(path if path.lower().endswith(".json") else path + ".json")
