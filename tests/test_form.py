"""The attribute form reviewers use: widgets, read-only citizen text, constraints, the multi-select."""
import json

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProject
from qgis.gui import QgsAttributeDialog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLineEdit, QPlainTextEdit, QTableWidget
from sample import submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store
from stored_lists import not_arrays


@pytest.fixture
def layer(tmp_path, qgis_new_project):
    features = submissions(5)
    features[0]["properties"]["text"] = "<b>Fett</b> <script>alert(1)</script> & mehr"
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "s.gpkg")
    return add_submissions(Store(tmp_path / "s.gpkg"), QgsProject.instance(), language="de")


def _dialog(layer, feature):
    return QgsAttributeDialog(layer, feature, False, None, True)


def test_form_shows_citizen_text_read_only_as_plain_text_and_german_labels(layer, qgis_bot):
    layer.startEditing()
    feature = next(f for f in layer.getFeatures() if f["portal_id"] == "KL-000001")
    dialog = _dialog(layer, feature)
    widgets = qgis_bot.get_qgs_attribute_dialog_widgets_by_name(dialog)
    text = widgets["Text der Bürgerin / des Bürgers"].findChild(QPlainTextEdit)  # plain text: never HTML
    assert text.isReadOnly()  # reviewers read it, they do not change it
    assert text.toPlainText() == "<b>Fett</b> <script>alert(1)</script> & mehr"  # shown as typed
    assert widgets["Titel"].findChild(QLineEdit, "title").isReadOnly()
    note = widgets["Notiz der Planung"].findChild(QPlainTextEdit)
    assert note.isEnabled() and not note.isReadOnly()
    tabs = [t.name() for t in layer.editFormConfig().tabs()]
    assert tabs == ["Beitrag", "Zuordnung", "Verlauf"]


def test_multi_select_writes_a_json_array_of_codes_and_labels_are_german(layer, qgis_bot):
    layer.startEditing()
    feature = next(layer.getFeatures())
    dialog = _dialog(layer, feature)
    table = qgis_bot.get_qgs_attribute_dialog_widgets_by_name(dialog)["Handlungsfelder"].findChild(QTableWidget)
    items = {table.item(r, c).text(): table.item(r, c) for r in range(table.rowCount())
             for c in range(table.columnCount()) if table.item(r, c)}
    assert "Sozialraumorientierung" in items and "Willkommenskultur" in items
    items["Sozialraumorientierung"].setCheckState(Qt.CheckState.Checked)
    items["Willkommenskultur"].setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert layer.commitChanges(), layer.commitErrors()
    stored = Store(layer.source().split("|")[0]).rows("submissions", "action_areas, reviewer, sync_state",
                                                      "fid = ?", (feature.id(),))[0]
    assert json.loads(stored["action_areas"]) == ["sozialraum", "willkommenskultur"]
    assert not_arrays(layer.source().split("|")[0]) == []
    assert stored["sync_state"] == "modified"  # pending for the next push


def test_classified_without_an_action_area_is_refused_with_a_clear_message(layer, qgis_bot):
    layer.startEditing()
    point = QgsGeometry.fromPointXY(QgsPointXY(410000, 5478000))
    with pytest.raises(ValueError, match="braucht mindestens ein Handlungsfeld"):
        qgis_bot.create_feature_with_attribute_dialog(
            layer, point, {"portal_id": "x", "review_status": "classified", "action_areas": "[]"})
    feature = qgis_bot.create_feature_with_attribute_dialog(
        layer, point, {"portal_id": "y", "review_status": "classified", "action_areas": '["religion"]'})
    assert feature["review_status"] == "classified"
    layer.rollBack()


def test_a_classified_submission_read_back_from_the_geopackage_passes_the_constraint(layer):
    from qgis.core import QgsVectorLayerUtils
    from stadtdialog.core.review.classify import classify

    assert classify(layer, "\"portal_id\" = 'KL-000002'", ["religion"], "classified", user="R") == 1
    feature = next(f for f in layer.getFeatures() if f["portal_id"] == "KL-000002")  # OGR reads a list here
    ok, errors = QgsVectorLayerUtils.validateAttribute(layer, feature, layer.fields().indexOf("review_status"))
    assert ok, errors  # the same rule must hold for what QGIS reads back, not only for typed JSON text


def test_the_attribute_table_shows_words_where_it_showed_null_braces_and_the_key(layer):
    # What a planner reads in the attribute table (the real table model, as the desktop shows it): action areas as
    # labels, nobody-yet as empty, no fid, no JSON, no NULL in any visible cell — also after a decision.
    from qgis.core import QgsVectorLayerCache
    from qgis.gui import QgsAttributeTableModel
    from stadtdialog.core import list_field

    layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("action_areas"),
                               list_field.for_feature(["kultur_sport", "sozialraum"], layer))
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("review_status"), "classified")
    assert layer.commitChanges(), layer.commitErrors()
    cache = QgsVectorLayerCache(layer, 100)
    model = QgsAttributeTableModel(cache)
    model.loadLayer()
    visible = [c.name for c in layer.attributeTableConfig().columns() if not c.hidden and c.name]
    header = [layer.attributeDisplayName(layer.fields().indexOf(n)) for n in visible]
    assert "fid" not in visible and "Handlungsfelder" in header and "Bearbeitet von" in header
    cells = {}
    for row in range(model.rowCount()):
        fid = model.rowToId(row)
        cells[fid] = {n: model.data(model.index(row, model.fieldCol(layer.fields().indexOf(n))),
                                    Qt.ItemDataRole.DisplayRole) for n in visible}
    shown = [str(v) for values in cells.values() for v in values.values()]
    assert not [v for v in shown if v == "NULL" or v.startswith("{")], [v for v in shown if "NULL" in v or "{" in v]
    areas = cells[first.id()]["sd_action_areas"]
    assert "Sozialraumorientierung" in areas and "Kultur" in areas and not areas.startswith("{")
    assert cells[first.id()]["sd_reviewer"]  # who decided, by name
    assert [v["sd_action_areas"] for fid, v in cells.items() if fid != first.id()] == [""] * (len(cells) - 1)
