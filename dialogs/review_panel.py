"""The review panel: one submission at a time, classified from the keyboard.

Keys (when the panel has focus): 1–9, 0 toggle action areas · A accepts the suggestions ·
C classified · I in review · X not relevant · D duplicate · P priority 1→2→3→none ·
E edit the note (Esc returns) · N or Enter save and next unreviewed · B previous · S skip.
Every change goes through the layer's edit buffer (Ctrl+Z undoes it) and is saved on "next".
"""

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import list_field, settings
from ..core.compat import commit_and_keep_editing
from ..core.errors import StadtdialogError
from ..core.i18n import tr, ui_language
from ..core.publish.districts import districts
from ..core.review import personal_data
from ..core.review.classify import catalogue_labels, layer_suggester
from ..core.review.duplicates import likely_original
from ..core.review.review_queue import ReviewQueue
from ..core.review.suggest import unique as _unique
from ..core.store import claims, schema
from ..core.store.claims import current_user
from ..core.store.gpkg_store import now_iso

STATUS_KEYS = {Qt.Key.Key_C: "classified", Qt.Key.Key_I: "in_review", Qt.Key.Key_X: "not_relevant",
               Qt.Key.Key_D: "duplicate"}
CLEARS_AREAS = ("duplicate", "not_relevant")
AREA_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7,
             Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0]


def submission_layers(project):
    return [layer for layer in project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf("review_status") >= 0
            and layer.fields().indexOf("action_areas") >= 0]


UNPLACED = "unplaced"  # the district filter's choice of the submissions without a place

class _Said(QLabel):
    """A line that takes room only while it says something (at the top of the panel, empty lines would push the
    submission down for nothing)."""

    def __init__(self):
        super().__init__()
        self.setVisible(False)

    def setText(self, text):  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))


class ReviewView(QWidget):
    """The panel's content; takes the keyboard."""

    def __init__(self, panel):
        super().__init__()
        self.panel = panel
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event):  # noqa: N802
        if not self.panel.handle_key(event.key(), event.modifiers()):
            super().keyPressEvent(event)


class ReviewPanel(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Stadtdialog review"), parent)
        self.setObjectName("StadtdialogReviewPanel")
        self.iface = iface
        self.layer = None
        self.queue = None
        self.fid = None
        self.shown_version = None  # the row version of the submission as it was shown
        self.language = ui_language()
        self.areas = []  # (code, label)
        self._following_selection = False

        self.view = ReviewView(self)
        self.layer_box = QComboBox()
        self.status_filter = QComboBox()
        self.category_filter = QComboBox()
        self.suggested_filter = QComboBox()
        self.district_filter = QComboBox()
        self.district_filter.setObjectName("districtFilter")
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # citizen text: never rich text
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit()  # plain text by construction
        self.text.setReadOnly(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        big = QFont(self.text.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.text.setFont(big)
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(150)  # room for the decision below it on a laptop screen
        self.personal = QLabel()  # personal data in the text: highlighted above, masked wherever it is published
        self.personal.setObjectName("personalData")
        self.personal.setTextFormat(Qt.TextFormat.PlainText)
        self.personal.setWordWrap(True)
        self.personal_button = QPushButton(tr("Personal data… (V)"))
        self.personal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.personal_button.clicked.connect(self.personal_menu)
        self.suggested = QLabel()
        self.suggested.setTextFormat(Qt.TextFormat.PlainText)
        self.suggested.setWordWrap(True)
        self.why = QLabel()  # why those: the words, the decided submissions alike (citizen words: plain text)
        self.why.setObjectName("suggestionReasons")
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setWordWrap(True)
        italic = QFont(self.why.font())
        italic.setItalic(True)
        self.why.setFont(italic)
        self.suggester = None
        self.live = None
        self.area_boxes = []
        self.area_grid = QGridLayout()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Planner's note (E to edit, Esc to return)"))
        self.note.installEventFilter(self)
        self.previous_button = QPushButton(tr("Previous (B)"))
        self.skip_button = QPushButton(tr("Skip (S)"))
        self.next_button = QPushButton(tr("Save and next (N)"))
        for button in (self.previous_button, self.skip_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = _Said()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.saved = _Said()  # what the last save did, so a decision never goes unsaid
        self.saved.setObjectName("lastSaved")
        self.saved.setWordWrap(True)
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(tr("Keys: 1–9, 0 action areas · A accept suggestions · C classified · I in review · "
                         "X not relevant · D duplicate · P priority · E note · V personal data · "
                         "Q quote for the report · N/Enter save and next · "
                         "B previous · S skip · Ctrl+Z undo"))
        hint.setWordWrap(True)

        filters = QGridLayout()
        for i, box in enumerate((self.status_filter, self.category_filter, self.suggested_filter,
                                 self.district_filter)):
            filters.addWidget(box, i // 2, i % 2)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.skip_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self.view)
        personal = QHBoxLayout()
        personal.addWidget(self.personal, 1)
        personal.addWidget(self.personal_button)
        # What a key did (an error, what a save did) at the top: seen without scrolling on a laptop screen.
        for item in (self.layer_box, filters, self.progress, self.message, self.saved, self.title, self.meta,
                     self.text, personal, self.suggested, self.why, self.area_grid, self.status_label, self.note,
                     buttons, hint):
            (layout.addLayout if not isinstance(item, QWidget) else layout.addWidget)(item)
        # Scrollable: beside other docks on a 1366 × 768 laptop screen the panel may get less height than it wants.
        scroll = self.scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # as wide as it needs: see _fit
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.view)
        scroll.setFocusProxy(self.view)
        self.setWidget(scroll)
        self.setFocusProxy(self.view)

        self.layer_box.currentIndexChanged.connect(self._layer_chosen)
        for box in (self.status_filter, self.category_filter, self.suggested_filter, self.district_filter):
            box.currentIndexChanged.connect(self._filters_changed)
        self.previous_button.clicked.connect(lambda: self.move(-1))
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.save_and_next)
        self.note.editingFinished.connect(self._note_changed)
        QgsProject.instance().layersAdded.connect(self.refresh_layers)
        QgsProject.instance().layersRemoved.connect(self.refresh_layers)
        self.refresh_layers()

    # -- layers and filters ----------------------------------------------------------
    def refresh_layers(self, *args):
        current = self.layer.id() if self.layer is not None and not _deleted(self.layer) else None
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for layer in submission_layers(QgsProject.instance()):
            self.layer_box.addItem(layer.name(), layer.id())
        index = self.layer_box.findData(current) if current else 0
        self.layer_box.setCurrentIndex(max(index, 0))
        self.layer_box.blockSignals(False)
        if self.layer_box.currentData() != current:
            self._layer_chosen()
        elif self.layer is not None:
            self._fill_districts()  # a district layer may have come or gone

    def _layer_chosen(self):
        layer = QgsProject.instance().mapLayer(self.layer_box.currentData()) if self.layer_box.count() else None
        self.set_layer(layer)

    def set_layer(self, layer):
        if self.layer is not None and not _deleted(self.layer):
            try:
                self.layer.selectionChanged.disconnect(self._selection_changed)
            except TypeError:
                pass
        self.layer = layer
        self.fid = None
        if layer is None:
            self.queue = None
            self._show_empty(tr("Add a Stadtdialog layer (Connect and pull…) to start reviewing."))
            return
        layer.selectionChanged.connect(self._selection_changed)
        self.areas = catalogue_labels(layer, self.language)  # read once: filters and check boxes
        self._fill_filters()
        self._fill_areas()
        self.queue = ReviewQueue(layer)
        try:  # the suggestions learn from the team's decisions, and from each one made here
            self.suggester = layer_suggester(layer)
        except StadtdialogError:
            self.suggester = None
        self.show_submission(self.queue.next_unreviewed())

    def _fill_filters(self):
        labels = schema.STATUS_LABELS[self.language]
        for box, first, items in (
                (self.status_filter, tr("All statuses"), [(labels[s], s) for s in schema.REVIEW_STATUSES]),
                (self.category_filter, tr("All categories"),
                 [(schema.CATEGORY_LABELS[c][self.language], c) for c in schema.CATEGORIES]),
                (self.suggested_filter, tr("Any suggestion"), [(label, code) for code, label in self.areas])):
            box.blockSignals(True)
            box.clear()
            box.addItem(first, None)
            for label, value in items:
                box.addItem(label, value)
            box.blockSignals(False)
        self._fill_districts()

    def _fill_districts(self):
        """Areas of every polygon layer in the project (the city's districts, typically)."""
        self.district_filter.blockSignals(True)
        self.district_filter.clear()
        self.district_filter.addItem(tr("All districts"), None)
        self.district_filter.addItem(tr("Without a place"), UNPLACED)
        for label, key in districts(QgsProject.instance()):
            self.district_filter.addItem(label, key)
        self.district_filter.blockSignals(False)

    def _district_geometry(self):
        chosen = self.district_filter.currentData()
        if not chosen or chosen == UNPLACED:
            return None
        source = QgsProject.instance().mapLayer(chosen[0])
        if source is None:
            return None
        geometry = QgsGeometry(source.getFeature(chosen[1]).geometry())
        if source.crs() != self.layer.crs():
            geometry.transform(QgsCoordinateTransform(source.crs(), self.layer.crs(), QgsProject.instance()))
        return geometry

    def _fill_areas(self):
        for box in self.area_boxes:
            self.area_grid.removeWidget(box)
            box.hide()  # gone at once, not when the event loop gets round to deleting it
            box.deleteLater()
        self.area_boxes = []
        for i, (code, label) in enumerate(self.areas):
            key = str((i + 1) % 10) + " " if i < 10 else ""
            box = QCheckBox(key + label)
            box.setObjectName("area_" + code)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.clicked.connect(lambda checked, c=code: self.toggle_area(c))
            self.area_grid.addWidget(box, i // 2, i % 2)
            self.area_boxes.append(box)
        self._fit()

    def _fit(self):
        """The panel as wide as its two columns of action areas need; its height scrolls on a small screen."""
        self.view.adjustSize()
        self.scroll.setMinimumWidth(self.view.minimumSizeHint().width() +
                                    self.scroll.verticalScrollBar().sizeHint().width() + 4)

    def _filters_changed(self):
        if self.queue is None:
            return
        self.queue.set_filters(self.status_filter.currentData(), self.category_filter.currentData(),
                               self.suggested_filter.currentData(), district=self._district_geometry(),
                               unplaced=self.district_filter.currentData() == UNPLACED)
        self.show_submission(self.fid if self.fid in self.queue.order else self.queue.next_unreviewed())

    # -- showing ---------------------------------------------------------------------
    def _show_empty(self, text):
        self.title.setText(text)
        self.live = None
        for widget in (self.meta, self.suggested, self.why, self.status_label):
            widget.setText("")
        self.text.setPlainText("")
        self._update_progress()

    def feature(self):
        return self.layer.getFeature(self.fid) if self.fid is not None else None

    def show_submission(self, fid):
        self.fid = fid
        self.shown_version = None
        self.message.setText("")
        if fid is None:
            self._show_empty(tr("Nothing left to review here."))
            return
        f = self.feature()
        if self.layer.fields().indexOf("row_version") >= 0:
            self.shown_version = claims.read_version(f["row_version"])
        self.title.setText(f["title"] or tr("(no title)"))
        category = schema.CATEGORY_LABELS.get(f["category"] or "other", schema.CATEGORY_LABELS["other"])
        created = f["created_at"].toString("dd.MM.yyyy") if hasattr(f["created_at"], "toString") else ""
        place = "" if f.hasGeometry() else tr("without a place: nothing to show on the map")
        self.meta.setText(" · ".join(x for x in (category[self.language], created, f["language"] or "",
                                                 f["portal_id"], place) if x))
        self.text.setPlainText(f["text"] or "")
        self._show_personal(f)
        self._show_suggestion(f)
        self._show_decision(f)
        self._following_selection = True
        self.layer.selectByIds([fid])
        self._following_selection = False
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is not None and f.hasGeometry():
            # Centred, at the reviewer's own scale where it shows the street; never closer than the setting.
            point = canvas.mapSettings().layerToMapCoordinates(self.layer, f.geometry().asPoint())
            canvas.setCenter(point)
            closest = settings.get(settings.REVIEW_CLOSEST_SCALE)
            if closest > 0 and not closest <= canvas.scale() <= 5 * closest:
                canvas.zoomScale(closest)
            canvas.refresh()
            canvas.flashFeatureIds(self.layer, [fid])
        self._update_progress()

    # -- personal data in the text ------------------------------------------------------
    def _privacy(self, f):
        return f["privacy"] if self.layer.fields().indexOf("privacy") >= 0 else None

    def _show_personal(self, f):
        """What a publication masks, highlighted in the text and named below it; a finding marked as not
        personal is named as such."""
        text = f["text"] or ""
        privacy = self._privacy(f)
        shown = personal_data.findings(text, privacy)
        marked = QTextCharFormat()
        marked.setBackground(QColor("#ffe08a"))
        selections = []
        for finding in shown:
            selection = QTextEdit.ExtraSelection()
            selection.format = marked
            selection.cursor = QTextCursor(self.text.document())
            selection.cursor.setPosition(finding.start)
            selection.cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selections.append(selection)
        self.text.setExtraSelections(selections)
        words = personal_data.describe(shown, self.language)
        not_personal = [t for t in personal_data.choice_of(privacy)["not_personal"] if t in text]
        lines = [tr("Personal data, masked when published: {found}").format(found=words)] if words else []
        if not_personal:
            lines.append(tr("Marked as not personal: {words}").format(words=", ".join(not_personal)))
        self.personal.setText("\n".join(lines))
        self.personal.setVisible(bool(lines))

    def personal_menu(self):
        """V: each finding can be marked as not personal (or again as personal), and words selected in the text as
        personal — saved with the decision, audited, used in every export, report and write-back."""
        f = self.feature()
        if f is None:
            return
        text, privacy = f["text"] or "", self._privacy(f)
        choice = personal_data.choice_of(privacy)
        menu = QMenu(self)
        labels = personal_data.KIND_LABELS[self.language]
        for finding in personal_data.find(text):
            action = menu.addAction(tr("Not personal: {kind} “{text}”").format(kind=labels[finding.kind],
                                                                              text=finding.text))
            action.setCheckable(True)
            action.setChecked(finding.text in choice["not_personal"])
            action.toggled.connect(lambda on, t=finding.text: self._mark(t, "not_personal", on))
        selected = self.text.textCursor().selectedText().strip()
        add = menu.addAction(tr("Mark the selected words as personal") if not selected else
                             tr("Mark “{words}” as personal").format(words=selected[:40]))
        add.setEnabled(bool(selected))
        add.triggered.connect(lambda: self._mark(selected, "personal", True))
        for phrase in choice["personal"]:
            action = menu.addAction(tr("Personal (marked): “{words}”").format(words=phrase[:40]))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, t=phrase: self._mark(t, "personal", on))
        menu.popup(self.personal_button.mapToGlobal(self.personal_button.rect().bottomLeft()))
        self._menu = menu

    def _mark(self, words, key, on):
        f = self.feature()
        if f is None or not words:
            return
        choice = personal_data.choice_of(self._privacy(f))
        chosen = [w for w in choice[key] if w != words] + ([words] if on else [])
        choice[key] = chosen
        self._set({"privacy": personal_data.privacy_for_feature(choice, self.layer)}, tr("Personal data"))
        self._show_personal(self.feature())

    def _show_suggestion(self, f):
        """The suggestion as of now (the catalogue's words and every decision so far), and why."""
        labels = dict(self.areas)
        self.live = None
        if self.suggester is not None:
            self.live = self.suggester.explain(f["title"], f["text"], f["category"], exclude=str(f["portal_id"]))
            codes = self.live.codes
        else:
            codes = list_field.codes(f["suggested_action_areas"])
        self.suggested.setText(tr("Suggested: {areas} (A to accept)").format(
            areas=", ".join(labels.get(c, c) for c in codes)) if codes else tr("No suggestion."))
        self.why.setText(self._reasons(self.live) if self.live is not None and codes else "")

    def _reasons(self, live):
        words = _unique(w for code in live.codes for w in live.words.get(code, ()))
        parts = []
        if words:
            quoted = tr("“{word}”")  # the quotation marks of the reader's language
            parts.append(tr("Because of: {words}").format(words=", ".join(quoted.format(word=w) for w in words[:6])))
        if live.similar:
            parts.append(tr("Decided alike: {ids}").format(ids=", ".join(live.similar)))
        return " · ".join(parts)

    def _show_decision(self, f):
        chosen = set(list_field.codes(f["action_areas"]))
        for box, (code, _) in zip(self.area_boxes, self.areas):
            box.setChecked(code in chosen)
        status = f["review_status"] or "new"
        priority = f["priority"]
        text = tr("Status: {status} · priority: {priority}").format(
            status=self.status_filter.itemText(self.status_filter.findData(status)) or status,
            priority=priority if priority not in (None, "") and str(priority) != "NULL" else "–")
        if status == "duplicate" and self.layer.fields().indexOf("duplicate_of") >= 0 and f["duplicate_of"] and \
                str(f["duplicate_of"]) != "NULL":
            text += " · " + tr("duplicate of {id}").format(id=f["duplicate_of"])
        if self._quoted(f):
            text += " · " + tr("quote for the report")
        self.status_label.setText(text)
        self.note.setText(f["planner_note"] if f["planner_note"] not in (None, "NULL") else "")

    def _update_progress(self):
        if self.queue is None:
            self.progress.setText("")
            return
        done, total = self.queue.progress()
        self.progress.setText(tr("{done} of {total} reviewed").format(done=done, total=total))

    def _selection_changed(self, selected, *args):
        if self._following_selection or len(selected) != 1 or selected[0] == self.fid:
            return
        if self.queue is not None and selected[0] in self.queue.order:
            self.show_submission(selected[0])

    # -- deciding (through the edit buffer: undoable) --------------------------------
    def _set(self, values, text):
        if self.fid is None:
            return
        if not self.layer.isEditable():
            self.layer.startEditing()
        values = dict(values, reviewer=current_user(), reviewed_at=now_iso())
        self.layer.beginEditCommand(text)
        version = self.layer.fields().indexOf("row_version")
        if version >= 0 and self.shown_version is not None:
            # The decision is made on what the reviewer saw: a colleague's save since then makes it stale, and the
            # save then shows theirs beside it (dialogs/conflict_dialog) instead of writing over it.
            current = self.feature()["row_version"]
            if not (isinstance(current, int) and current < 0):
                self.layer.changeAttributeValue(self.fid, version, claims.claim(self.shown_version), None, True)
        for name, value in values.items():
            self.layer.changeAttributeValue(self.fid, self.layer.fields().indexOf(name), value, None, True)
        self.layer.endEditCommand()
        self._show_decision(self.feature())

    def _quoted(self, f):
        return self.layer.fields().indexOf("quote") >= 0 and f["quote"] not in (None, 0, "0", "") and \
            str(f["quote"]) != "NULL"

    def toggle_quote(self):
        """Q: the citizen's words as a quote for the report ("What citizens said"), or no longer."""
        f = self.feature()
        if f is None or self.layer.fields().indexOf("quote") < 0:
            return
        quoted = not self._quoted(f)
        self._set({"quote": 1 if quoted else 0}, tr("Quote for the report"))
        said = tr("{id}: quoted in the report (masked); N saves it.") if quoted else \
            tr("{id}: no longer quoted in the report; N saves it.")
        self.saved.setText(said.format(id=f["portal_id"]))

    def toggle_area(self, code):
        f = self.feature()
        if f is None:
            return
        codes = list_field.codes(f["action_areas"])
        codes = [c for c in codes if c != code] if code in codes else codes + [code]
        order = [c for c, _ in self.areas]
        codes.sort(key=lambda c: order.index(c) if c in order else len(order))
        self._set({"action_areas": list_field.for_feature(codes, self.layer)}, tr("Action areas"))

    def accept_suggestions(self):
        f = self.feature()
        suggested = self.live.codes if self.live is not None else list_field.codes(f["suggested_action_areas"]) \
            if f is not None else []
        if f is not None and suggested:
            merged = list_field.codes(f["action_areas"])
            merged += [c for c in suggested if c not in merged]
            self._set({"action_areas": list_field.for_feature(merged, self.layer)}, tr("Accept suggestions"))

    def set_status(self, status):
        values = {"review_status": status}
        f = self.feature()
        if status in CLEARS_AREAS and f is not None and list_field.codes(f["action_areas"]):
            # a duplicate or a submission not relevant counts in no action area (Ctrl+Z brings the ticks back)
            values["action_areas"] = list_field.for_feature([], self.layer)
        original = None
        if status == "duplicate" and f is not None and self.layer.fields().indexOf("duplicate_of") >= 0:
            pair = likely_original(self.layer, self.fid)
            if pair is not None:  # of what: the most alike submission nearby
                original = self.layer.getFeature(pair.first)
                values["duplicate_of"] = str(original["portal_id"])
        self._set(values, tr("Review status"))
        if status == "duplicate" and f is not None:
            self.saved.setText(tr("A duplicate of {id} ({distance} m away, {share}% of the words alike): "
                                  "{title}").format(id=original["portal_id"], distance=round(pair.distance),
                                                    share=round(100 * pair.similarity), title=original["title"] or "")
                               if original is not None else
                               tr("A duplicate, but of none nearby with a text alike: write its id into "
                                  "'Duplicate of' in the form."))

    def cycle_priority(self):
        f = self.feature()
        if f is None:
            return
        current = f["priority"] if isinstance(f["priority"], int) else None
        following = {None: 1, 1: 2, 2: 3, 3: None}[current]
        self._set({"priority": following}, tr("Priority"))

    def _note_changed(self):
        f = self.feature()
        if f is not None and (f["planner_note"] or "") != self.note.text():
            self._set({"planner_note": self.note.text()}, tr("Planner's note"))

    # -- moving (saves) --------------------------------------------------------------
    def save(self):
        """Commit what this submission got; False (and a message) if it cannot be saved."""
        f = self.feature()
        if f is None or not self.layer.isEditable() or not self.layer.isModified():
            return True
        if (f["review_status"] in (None, "new")) and list_field.codes(f["action_areas"]):
            self.set_status("classified")  # areas ticked: the reviewer has decided
            f = self.feature()
        if f["review_status"] == "classified" and not list_field.codes(f["action_areas"]):
            self.message.setText(tr("'classified' needs at least one action area."))
            return False
        self._keep_suggestion_shown(f)
        if not commit_and_keep_editing(self.layer):
            errors = "; ".join(self.layer.commitErrors()[-2:])
            self.message.setText(tr("Could not save (the file may be busy); your changes are kept in the edit "
                                    "buffer. {errors}").format(errors=errors))
            if self.iface is not None:
                self.iface.messageBar().pushMessage(tr("Stadtdialog"), self.message.text(),
                                                    level=Qgis.MessageLevel.Warning)
            return False
        saved = self.feature()
        self.queue.note_status(self.fid, saved["review_status"])
        if self.suggester is not None and self.suggester.decisions is not None:  # the next suggestion learns from it
            codes = list_field.codes(saved["action_areas"]) if saved["review_status"] == "classified" else []
            shown = list_field.codes(saved["suggested_action_areas"])  # what the panel showed (_keep_suggestion_shown)
            self.suggester.decisions.add(str(saved["portal_id"]), "{} {}".format(saved["title"] or "",
                                                                                 saved["text"] or ""), codes, shown)
        self.saved.setText(self._saved_text(saved))
        return True

    def _keep_suggestion_shown(self, f):
        """The suggestion the reviewer saw beside the decision is the one stored with it: the form's "Suggestions"
        and the history then say what the panel said (the pull's may be older, from fewer decisions)."""
        if self.live is None or list_field.codes(f["suggested_action_areas"]) == self.live.codes:
            return
        self.layer.changeAttributeValue(self.fid, self.layer.fields().indexOf("suggested_action_areas"),
                                        list_field.for_feature(self.live.codes, self.layer))

    def _saved_text(self, f):
        status = f["review_status"] or "new"
        areas = len(list_field.codes(f["action_areas"]))
        template = (tr("Saved {id}: {status}, no action area.") if not areas else
                    tr("Saved {id}: {status}, 1 action area.") if areas == 1 else
                    tr("Saved {id}: {status}, {n} action areas."))
        text = template.format(id=f["portal_id"], status=schema.STATUS_LABELS[self.language].get(status, status),
                               n=areas)
        if status == "in_review" and areas:
            text += " " + tr("It stays 'in review'; C marks it classified.")
        return text

    def save_and_next(self):
        if self.save():
            self.show_submission(self.queue.next_unreviewed(self.fid))

    def skip(self):
        if self.save():
            self.show_submission(self.queue.next_unreviewed(self.fid))

    def move(self, delta):
        if self.queue is not None and self.save():
            self.show_submission(self.queue.step(self.fid, delta))

    def handle_key(self, key, modifiers):
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if key == Qt.Key.Key_Z and modifiers & Qt.KeyboardModifier.ControlModifier and self.layer is not None:
                self.layer.undoStack().undo()
                if self.fid is not None:
                    self._show_decision(self.feature())
                return True
            return False
        if key in AREA_KEYS:
            index = AREA_KEYS.index(key)
            if index < len(self.areas):
                self.toggle_area(self.areas[index][0])
            return True
        actions = {Qt.Key.Key_A: self.accept_suggestions, Qt.Key.Key_P: self.cycle_priority,
                   Qt.Key.Key_N: self.save_and_next, Qt.Key.Key_Return: self.save_and_next,
                   Qt.Key.Key_Enter: self.save_and_next, Qt.Key.Key_B: lambda: self.move(-1),
                   Qt.Key.Key_Backspace: lambda: self.move(-1), Qt.Key.Key_S: self.skip,
                   Qt.Key.Key_E: self.note.setFocus, Qt.Key.Key_V: self.personal_menu,
                   Qt.Key.Key_Q: self.toggle_quote}
        if key in STATUS_KEYS:
            self.set_status(STATUS_KEYS[key])
            return True
        if key in actions:
            actions[key]()
            return True
        return False

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.note and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._note_changed()
            self.view.setFocus()
            return True
        return super().eventFilter(obj, event)

    def closeEvent(self, event):  # noqa: N802
        if self.layer is not None and not _deleted(self.layer) and self.layer.isModified():
            self.save()
        super().closeEvent(event)


def _deleted(obj):
    try:
        obj.id()
        return False
    except RuntimeError:
        return True
