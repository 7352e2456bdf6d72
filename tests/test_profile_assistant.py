"""The profile assistant as GIS staff use it: opened from 'Connect and pull…' on a new export, the proposal
corrected in the tables, the preview following every change, the profile saved and pulled with."""
import json
import os
from pathlib import Path

from platform_files import PLATFORMS
from qgis.PyQt.QtCore import QTimer
from stadtdialog.core.pull import draft_profile as draft
from stadtdialog.core.pull.profile import load_profile, saved_profiles, user_profile_dir
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.sources.http import Http
from stadtdialog.dialogs.profile_assistant import ProfileAssistant
from stadtdialog.dialogs.pull_dialog import PullDialog
from test_pull_dialog import Iface

SHOTS = Path(os.environ.get("STADTDIALOG_BUILD", Path(__file__).resolve().parent.parent / "build")).parent / \
    "demo-output"


def _assistant(source):
    with Http() as http:
        return ProfileAssistant(draft.read_sample(source, http))


def _column(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _row_of(table, text):
    return _column(table, 0).index(text)


def test_the_tables_show_the_proposal_and_the_preview_follows_every_change(qgis_new_project):
    assistant = _assistant(PLATFORMS / "dipas" / "contributions.geojson")
    fields = assistant.field_table
    assert fields.cellWidget(_row_of(fields, "title"), 3).currentData() == "title"
    assert fields.cellWidget(_row_of(fields, "category"), 3).currentData() == "category"
    categories = assistant.category_table
    assert set(_column(categories, 0)) == {"Ort der Begegnung", "none", "Weniger schöne Ecke", "Verkehr"}
    results = _column(assistant.preview_table, 4)
    assert len(results) == 5 and results[-1].startswith("without a place: at 0, 0")
    assert _column(assistant.preview_table, 2)[3] == "Other"                 # Verkehr: no category of ours
    assert _column(assistant.preview_table, 3)[0] == "2018-07-25 14:03 UTC"  # as written; the time zone is not guessed

    # The user says what 'Verkehr' means: the preview shows it at once
    combo = categories.cellWidget(_row_of(categories, "Verkehr"), 2)
    combo.setCurrentIndex(combo.findData("unpleasant_place"))
    assert _column(assistant.preview_table, 2)[3] == "Less pleasant corner"
    # and that the contribution type is the category: the values listed change with it
    kind = fields.cellWidget(_row_of(fields, "contributionType"), 3)
    kind.setCurrentIndex(kind.findData("category"))
    assert fields.cellWidget(_row_of(fields, "category"), 3).currentData() == ""   # one field per role
    assert set(_column(assistant.category_table, 0)) == {"Hinweis", "Idee", "Kritik", "Frage", "none"}
    assert assistant.profile["category"]["field"] == "contributionType"
    assistant.grab().save(str(SHOTS / "profile-assistant-dipas.png"))


def test_drafted_from_connect_and_pull_saved_and_pulled_with(qgis_new_project, tmp_path):
    source = PLATFORMS / "decidim" / "proposals.json"
    dialog = PullDialog(Iface())
    dialog.url.setText(str(source))

    def in_the_assistant():
        assistant = dialog.assistant
        assistant.name.setText("Beteiligung KL: Vorschläge")
        SHOTS.mkdir(exist_ok=True)
        assistant.grab().save(str(SHOTS / "profile-assistant.png"))
        assistant.save()

    QTimer.singleShot(0, in_the_assistant)
    dialog.open_assistant()
    assert dialog.profile.profile_name() == "beteiligung-kl-vorschlage"
    assert dialog.profile.currentText() == "Beteiligung KL: Vorschläge"  # shown as the planner named it
    saved = user_profile_dir() / "beteiligung-kl-vorschlage.json"
    try:
        assert "beteiligung-kl-vorschlage" in saved_profiles()
        assert json.loads(saved.read_text(encoding="utf-8"))["records"] == "$"
        assert load_profile("beteiligung-kl-vorschlage").path == saved      # found by its name, as in the combo
        result = pull(source, "beteiligung-kl-vorschlage", tmp_path / "s.gpkg")
        assert (result.new, result.quarantined) == (5, 0)
    finally:
        saved.unlink()


def test_a_source_that_cannot_be_read_is_said_and_nothing_opens(qgis_new_project, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = PullDialog(Iface())
    dialog.url.setText("/nowhere/export.csv")
    dialog.open_assistant()
    assert shown == ["/nowhere/export.csv does not exist."] and not hasattr(dialog, "assistant")
