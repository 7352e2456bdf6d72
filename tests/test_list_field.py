"""Action areas are a JSON array in the GeoPackage on every QGIS version and through every path that writes
them: provider, edit buffer (attribute table, form, panel), field calculator, algorithms, triggers."""
import json

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsProject, QgsVectorLayer
from sample import pulled_store, submissions
from stadtdialog.core import list_field
from stadtdialog.core.publish.export import export
from stadtdialog.core.review.classify import classify, suggest_layer
from stadtdialog.core.store import gpkg_store as store
from stadtdialog.core.store.catalogue import load_catalogue
from stadtdialog.core.store.gpkg_store import Store
from stored_lists import not_arrays, raw


@pytest.fixture
def gpkg(tmp_path):
    return pulled_store(tmp_path, submissions(12))


@pytest.fixture
def layer(gpkg, qgis_new_project):
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_a_fresh_pull_stores_empty_arrays(gpkg):
    assert raw(gpkg, "KL-000001") == ("[]", "array")
    assert not_arrays(gpkg) == []


def test_classify_through_the_provider_stores_an_array(gpkg, layer):
    classify(layer, "\"portal_id\" = 'KL-000001'", ["religion", "sozialraum"], "classified", user="R")
    value, kind = raw(gpkg, "KL-000001")
    assert kind == "array" and json.loads(value) == ["religion", "sozialraum"]
    assert not_arrays(gpkg) == []


def test_classify_in_the_edit_buffer_stores_an_array(gpkg, layer):
    layer.startEditing()
    classify(layer, "\"portal_id\" = 'KL-000002'", ["asyl"], "classified", user="R")
    assert layer.commitChanges(), layer.commitErrors()
    value, kind = raw(gpkg, "KL-000002")
    assert kind == "array" and json.loads(value) == ["asyl"]
    assert not_arrays(gpkg) == []


def test_an_edit_in_the_attribute_table_with_the_value_qgis_reads_stores_an_array(gpkg, layer):
    feature = next(f for f in layer.getFeatures() if f["portal_id"] == "KL-000003")
    index = layer.fields().indexOf("action_areas")
    layer.startEditing()
    # What the table's editor hands back is what QGIS read for the field, with one more code ticked.
    layer.changeAttributeValue(feature.id(), index, list_field.for_feature(
        list_field.codes(feature["action_areas"]) + ["religion"]))
    assert layer.commitChanges(), layer.commitErrors()
    assert raw(gpkg, "KL-000003") == ('["religion"]', "array")


def test_the_field_calculator_with_an_array_expression_stores_an_array(gpkg, layer):
    index = layer.fields().indexOf("action_areas")
    feature = next(f for f in layer.getFeatures() if f["portal_id"] == "KL-000004")
    value = QgsExpression("array('kultur_sport', 'willkommenskultur')").evaluate(QgsExpressionContext())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), index, value)
    assert layer.commitChanges(), layer.commitErrors()
    value, kind = raw(gpkg, "KL-000004")
    assert kind == "array" and json.loads(value) == ["kultur_sport", "willkommenskultur"]


def test_suggestions_are_arrays_and_unchanged_ones_are_not_rewritten(gpkg, layer):
    assert suggest_layer(layer, load_catalogue()) > 0
    assert not_arrays(gpkg) == []
    assert suggest_layer(layer, load_catalogue()) == 0  # read back as the same codes: nothing to write


def test_expressions_read_the_field_as_an_array(gpkg, layer):
    classify(layer, "\"portal_id\" = 'KL-000005'", ["religion"], "classified", user="R")
    layer.reload()
    expression = "array_contains({}, 'religion')".format(list_field.expression("action_areas"))
    matches = [f["portal_id"] for f in layer.getFeatures(expression)]
    assert matches == ["KL-000005"]


def test_exports_carry_the_codes_once_encoded(gpkg, layer, tmp_path):
    classify(layer, "\"portal_id\" = 'KL-000006'", ["asyl", "religion"], "classified", user="R")
    out = tmp_path / "e.geojson"
    export(gpkg, out)
    props = {f["properties"]["portal_id"]: f["properties"]
             for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    assert props["KL-000006"]["action_areas"] in (["asyl", "religion"], '["asyl","religion"]')


def test_the_codec_reads_every_form_a_value_arrives_in():
    assert list_field.codes(["a", "b"]) == ["a", "b"]
    assert list_field.codes('["a","b"]') == ["a", "b"]
    assert list_field.codes('[\n    "a",\n    "b"\n]\n') == ["a", "b"]  # QGIS 3.22 writing a list
    assert list_field.codes('"[\\"a\\"]"') == ["a"]  # doubly encoded by QGIS 3.40 before the codec
    assert list_field.codes(None) == list_field.codes("") == list_field.codes("[]") == []
    assert list_field.codes("religion") == ["religion"]  # a portal sending a bare code
    assert list_field.to_text(["ä", "b"]) == '["ä","b"]'


def test_a_store_with_doubly_encoded_decisions_is_repaired_on_opening(tmp_path):
    path = tmp_path / "old.gpkg"
    old = store.create(path, version=5)
    with old.transaction() as w:
        for i in range(3):
            w.insert({"portal_id": str(i), "portal_state": "active", "review_status": "new",
                      "sync_state": "clean"}, 410000.0 + i, 5478000.0)
    con = old.connect()  # as an older plugin on QGIS 3.40 left it
    con.execute("UPDATE submissions SET action_areas = ?, review_status = 'classified', sync_state = 'clean' "
                "WHERE portal_id = '1'", (json.dumps(json.dumps(["religion"])),))
    con.execute("UPDATE submissions SET sync_state = 'clean'")
    con.commit()
    con.close()
    assert raw(path, "1") == ('"[\\"religion\\"]"', "text")
    repaired = Store(path)
    assert raw(path, "1") == ('["religion"]', "array")
    assert raw(path, "0") == ("[]", "array")
    # The portal got the doubled text from the last push: the repaired decision is pending again.
    assert repaired.rows("submissions", "sync_state", "portal_id = '1'")[0]["sync_state"] == "modified"
    assert repaired.rows("submissions", "sync_state", "portal_id = '0'")[0]["sync_state"] == "clean"
