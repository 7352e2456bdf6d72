"""Likely duplicates: close in space and similar in text, shown side by side, marked with duplicate_of."""
import json

import pytest
from qgis.core import QgsProject
from sample import submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.duplicates import find_pairs
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.stores import open_store, store_of_layer
from stadtdialog.dialogs.duplicates_dialog import DuplicatesDialog


@pytest.fixture(params=["gpkg", "postgres"])
def layer(request, tmp_path, qgis_new_project):
    features = submissions(4)
    base = [7.7689, 49.4447]
    texts = ["Am Stiftsplatz fehlen Bänke und Schatten für Familien.",
             "Am Stiftsplatz fehlen Bänke und Schatten für die Familien!",   # the same, 10 m away
             "Am Stiftsplatz ist abends laute Musik, sehr schön zum Tanzen.",  # same place, other words
             "Am Stiftsplatz fehlen Bänke und Schatten für Familien."]        # same words, 2 km away
    offsets = [(0, 0), (0.00014, 0), (0.0001, 0.00005), (0.03, 0)]
    for f, text, (dx, dy) in zip(features, texts, offsets):
        f["properties"]["text"] = text
        f["properties"]["titel"] = "Stiftsplatz"
        f["geometry"]["coordinates"] = [base[0] + dx, base[1] + dy]
    source = tmp_path / "p.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    name, authcfg = (str(tmp_path / "s.gpkg"), None) if request.param == "gpkg" else \
        request.getfixturevalue("pg_store")()
    pull(source, "demo-kaiserslautern", name, store_authcfg=authcfg)
    layer = add_submissions(open_store(name, authcfg), QgsProject.instance(), language="de")
    yield layer
    if layer.isEditable():
        layer.rollBack()


def test_only_close_and_similar_submissions_pair_up(layer):
    ids = {f["portal_id"]: f.id() for f in layer.getFeatures()}
    pairs = find_pairs(layer, distance=50, min_similarity=0.5)
    assert [(p.first, p.second) for p in pairs] == [(ids["KL-000001"], ids["KL-000002"])]
    assert 5 < pairs[0].distance < 15 and pairs[0].similarity > 0.7
    assert len(find_pairs(layer, distance=5000, min_similarity=0.5)) == 3  # thresholds are the user's


def test_marking_in_the_dialog_sets_duplicate_of_and_can_be_undone(layer):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    dialog = DuplicatesDialog(layer)
    assert "1 of 1" in dialog.info.text()
    assert dialog.similar.text() == "50 %" and "% of words in common" in dialog.info.text()  # the same unit
    dialog.similar.setValue(95)
    dialog.find()
    assert "No (more) likely duplicates" in dialog.info.text()          # the pair shares fewer words than 95 %
    dialog.similar.setValue(50)
    dialog.find()
    dialog.show()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
    assert "Bänke und Schatten für die Familien!" in dialog.sides[1].toPlainText()
    dialog.right_button.click()
    second = next(f for f in layer.getFeatures() if f["portal_id"] == "KL-000002")
    assert (second["review_status"], second["duplicate_of"]) == ("duplicate", "KL-000001")
    layer.undoStack().undo()
    assert layer.getFeature(second.id())["review_status"] == "new"
    dialog.right_button.setEnabled(True)
    dialog.show_pair(0)
    dialog.right_button.click()
    assert layer.commitChanges(), layer.commitErrors()  # saved like any decision, in either store
    rows = store_of_layer(layer).rows("audit_log", "portal_id, field, new_value")
    assert {"portal_id": "KL-000002", "field": "duplicate_of", "new_value": "KL-000001"} in rows



def test_the_likely_original_is_an_active_submission_not_a_withdrawn_one(layer):
    from stadtdialog.core.review.duplicates import likely_original

    ids = {f["portal_id"]: f.id() for f in layer.getFeatures()}
    assert likely_original(layer, ids["KL-000002"]).first == ids["KL-000001"]
    layer.startEditing()
    layer.changeAttributeValue(ids["KL-000001"], layer.fields().indexOf("portal_state"), "withdrawn")
    assert likely_original(layer, ids["KL-000002"]) is None  # the citizen took it back: D names no original


def test_closing_the_dialog_saves_the_marks_and_a_planner_s_own_edits_are_left_to_them(layer):
    from qgis.PyQt.QtWidgets import QDialogButtonBox
    from stadtdialog.core import list_field

    second = next(f for f in layer.getFeatures() if f["portal_id"] == "KL-000002")
    layer.startEditing()  # areas ticked before it was seen to be a duplicate
    layer.changeAttributeValue(second.id(), layer.fields().indexOf("action_areas"),
                               list_field.for_feature(["sozialraum"], layer))
    assert layer.commitChanges()
    dialog = DuplicatesDialog(layer)
    dialog.right_button.click()
    assert "saved when you close" in dialog.saved.text()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Save and close"
    close.click()
    assert not layer.isEditable() and not layer.isModified()  # saved, not left in edit mode
    row = store_of_layer(layer).rows("submissions", "review_status, duplicate_of, action_areas",
                                     "portal_id = 'KL-000002'")[0]
    assert (row["review_status"], row["duplicate_of"]) == ("duplicate", "KL-000001")
    assert list_field.codes(row["action_areas"]) == []  # a duplicate counts in no action area


def test_marks_made_while_a_planner_edits_the_layer_stay_in_those_edits_and_the_dialog_says_so(layer):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    layer.startEditing()
    dialog = DuplicatesDialog(layer)
    dialog.right_button.click()
    assert "save them to keep it" in dialog.saved.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert layer.isEditable() and layer.isModified()  # their own edits are theirs to save
