"""The review panel driven by the keyboard on a real layer: classify, accept, undo, follow the map."""
import json

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from sample import submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.core.store.stores import open_store, store_of_layer
from stadtdialog.dialogs.review_panel import ReviewPanel
from stored_lists import not_arrays


def keys(panel, *sequence):
    for key in sequence:
        QTest.keyClick(panel.view, key)


def stored(panel, fid):
    return store_of_layer(panel.layer).rows(
        "submissions", "action_areas, review_status, priority, suggested_action_areas", "fid = ?", (fid,))[0]


@pytest.mark.parametrize("panel", ["gpkg", "postgres"], indirect=True)
def test_three_submissions_classified_by_keyboard_alone(panel):
    first = panel.fid
    assert panel.progress.text() == "0 of 12 reviewed"
    keys(panel, Qt.Key.Key_1, Qt.Key.Key_6, Qt.Key.Key_N)  # Arbeit und Wirtschaft, Sozialraum; save & next
    assert json.loads(stored(panel, first)["action_areas"]) == ["arbeit_wirtschaft", "sozialraum"]
    assert stored(panel, first)["review_status"] == "classified"  # ticking areas is a decision
    second = panel.fid
    assert second != first and panel.progress.text() == "1 of 12 reviewed"
    assert json.loads(stored(panel, second)["suggested_action_areas"])  # stored after the pull …
    suggestion = panel.live.codes  # … and shown as they are now, with the decision just made to learn from
    assert suggestion and panel.suggested.text().startswith("Suggested: ")
    keys(panel, Qt.Key.Key_A, Qt.Key.Key_Return)  # accept the suggestions
    assert json.loads(stored(panel, second)["action_areas"]) == suggestion
    third = panel.fid
    keys(panel, Qt.Key.Key_X, Qt.Key.Key_P, Qt.Key.Key_N)  # not relevant, priority 1
    row = stored(panel, third)
    assert (row["review_status"], row["priority"]) == ("not_relevant", 1)
    assert panel.progress.text() == "3 of 12 reviewed"
    store = store_of_layer(panel.layer)
    assert store.count("audit_log") >= 6  # every decision is on record
    if store.kind == "gpkg":
        assert not_arrays(panel.layer.source().split("|")[0]) == []  # JSON arrays in the file, audit log included
    else:
        assert store.count("submissions", "jsonb_typeof(action_areas) <> 'array'") == 0  # jsonb arrays


def test_areas_ticked_on_a_submission_in_review_are_saved_and_the_panel_says_it_stays_in_review(panel):
    first = panel.fid
    keys(panel, Qt.Key.Key_I, Qt.Key.Key_N)  # in review, for now
    assert stored(panel, first)["review_status"] == "in_review"
    assert "in review" in panel.saved.text()
    keys(panel, Qt.Key.Key_B, Qt.Key.Key_2, Qt.Key.Key_N)  # back to it, tick an area, save
    assert json.loads(stored(panel, first)["action_areas"]) == [panel.areas[1][0]]
    assert stored(panel, first)["review_status"] == "in_review"  # the reviewer's status is kept …
    portal_id = Store(panel.layer.source().split("|")[0]).rows("submissions", "portal_id", "fid = ?", (first,))[0]
    assert panel.saved.text().startswith("Saved {}".format(portal_id["portal_id"]))
    assert "1 action area" in panel.saved.text() and "C marks it classified" in panel.saved.text()  # … and said


@pytest.mark.parametrize("kind", ["gpkg", "postgres"])
def test_after_a_save_the_reviewer_ends_editing_without_a_warning_in_the_log(kind, request, tmp_path, qgis_iface,
                                                                             qgis_new_project):
    from qgis.core import QgsApplication
    from sample import geojson_file

    out, authcfg = (str(tmp_path / "s.gpkg"), None) if kind == "gpkg" else request.getfixturevalue("pg_store")()
    pull(geojson_file(tmp_path, submissions(3)), "demo-kaiserslautern", out, store_authcfg=authcfg)
    panel = ReviewPanel(qgis_iface)  # on the layer as a planner's project opens it
    panel.set_layer(add_submissions(open_store(out, authcfg), QgsProject.instance(), language="en"))
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append(text))
    first = panel.fid
    keys(panel, Qt.Key.Key_2, Qt.Key.Key_N)  # saved; the layer stays in edit mode for the next key
    assert panel.layer.isEditable() and stored(panel, first)["review_status"] == "classified"
    keys(panel, Qt.Key.Key_3)
    panel.layer.rollBack()  # the reviewer ends editing and drops the tick not yet saved
    assert stored(panel, panel.fid)["review_status"] == "new"
    assert not [m for m in logged if "UpdateMode" in m], logged  # the log panel stays quiet
    panel.deleteLater()


@pytest.mark.parametrize("panel", ["gpkg", "postgres"], indirect=True)
def test_the_suggestion_the_panel_showed_is_stored_with_the_decision_for_the_form(panel):
    from stadtdialog.core import list_field

    first, layer = panel.fid, panel.layer
    layer.startEditing()  # an older pull suggested nothing for it
    layer.changeAttributeValue(first, layer.fields().indexOf("suggested_action_areas"),
                               list_field.for_feature([], layer))
    assert layer.commitChanges()
    panel.show_submission(first)
    shown = panel.live.codes
    assert shown and panel.suggested.text().startswith("Suggested: ")
    keys(panel, Qt.Key.Key_A, Qt.Key.Key_N)  # accepted and saved
    assert json.loads(stored(panel, first)["suggested_action_areas"]) == shown
    assert json.loads(stored(panel, first)["action_areas"]) == shown


@pytest.mark.parametrize("kind", ["gpkg", "postgres"])
def test_d_says_which_submission_it_duplicates_and_undo_takes_it_back(kind, request, tmp_path, qgis_iface,
                                                                      qgis_new_project):
    from sample import geojson_file

    features = submissions(3)
    for f, text, dx in zip(features, ["Am Stiftsplatz fehlen Bänke und Schatten für Familien.",
                                      "Am Stiftsplatz fehlen Bänke und Schatten für die Familien!",
                                      "Am Stiftsplatz fehlen Bänke und Schatten für Familien."], (0, 0.00014, 0.03)):
        f["properties"]["text"], f["properties"]["titel"] = text, "Stiftsplatz"
        f["geometry"]["coordinates"] = [7.7689 + dx, 49.4447]
    out, authcfg = (str(tmp_path / "s.gpkg"), None) if kind == "gpkg" else request.getfixturevalue("pg_store")()
    pull(geojson_file(tmp_path, features), "demo-kaiserslautern", out, store_authcfg=authcfg)
    panel = ReviewPanel(qgis_iface)
    panel.set_layer(add_submissions(open_store(out, authcfg), QgsProject.instance(), language="en"))
    ids = {f["portal_id"]: f.id() for f in panel.layer.getFeatures()}
    panel.show_submission(ids["KL-000002"])  # 10 m from KL-000001, the same words but one
    keys(panel, Qt.Key.Key_D)
    assert panel.saved.text() == "A duplicate of KL-000001 (10 m away, 88% of the words alike): Stiftsplatz"
    assert "duplicate of KL-000001" in panel.status_label.text()
    panel.layer.undoStack().undo()  # Ctrl+Z
    assert panel.feature()["review_status"] in (None, "new") and not panel.feature()["duplicate_of"]
    panel.show_submission(ids["KL-000003"])  # the same words, 2 km away: of none nearby
    keys(panel, Qt.Key.Key_D)
    assert panel.saved.text() == ("A duplicate, but of none nearby with a text alike: write its id into "
                                  "'Duplicate of' in the form.")
    keys(panel, Qt.Key.Key_N)
    row = store_of_layer(panel.layer).rows("submissions", "review_status, duplicate_of", "portal_id = 'KL-000003'")[0]
    assert row["review_status"] == "duplicate" and row["duplicate_of"] in (None, "")
    panel.layer.rollBack()
    panel.deleteLater()


def test_undo_takes_back_a_tick_and_skip_leaves_the_submission_unreviewed(panel):
    fid = panel.fid
    keys(panel, Qt.Key.Key_2)
    assert panel.area_boxes[1].isChecked()
    QTest.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not panel.area_boxes[1].isChecked()
    keys(panel, Qt.Key.Key_S)
    assert panel.fid != fid
    assert stored(panel, fid)["review_status"] == "new" and stored(panel, fid)["action_areas"] == "[]"


def test_classified_without_an_area_stays_with_a_message(panel):
    fid = panel.fid
    keys(panel, Qt.Key.Key_C, Qt.Key.Key_N)
    assert panel.fid == fid and "needs at least one action area" in panel.message.text()
    keys(panel, Qt.Key.Key_3, Qt.Key.Key_N)
    assert panel.fid != fid and stored(panel, fid)["review_status"] == "classified"


def _in_view(panel, widget):
    """Whether all of `widget` lies inside the visible part of the panel's scroll area."""
    from qgis.PyQt.QtCore import QPoint

    top = widget.mapTo(panel.scroll.viewport(), QPoint(0, 0)).y()
    return widget.isVisible() and 0 <= top and top + widget.height() <= panel.scroll.viewport().height()


def test_what_a_key_did_is_seen_without_scrolling_on_a_laptop_screen(panel):
    # The dock beside the layer tree on a 1366 × 768 screen: about 580 px of viewport (issue 25: the error after
    # C sat at y = 605 and the reviewer saw nothing happen).
    from qgis.PyQt.QtWidgets import QApplication

    panel.resize(420, 585)
    panel.show()
    QApplication.processEvents()
    assert panel.scroll.viewport().height() <= 600
    keys(panel, Qt.Key.Key_C, Qt.Key.Key_N)
    QApplication.processEvents()
    assert "needs at least one action area" in panel.message.text() and _in_view(panel, panel.message)
    keys(panel, Qt.Key.Key_I, Qt.Key.Key_N)
    QApplication.processEvents()
    assert "in review" in panel.saved.text() and _in_view(panel, panel.saved)
    panel.hide()


def test_q_marks_the_citizen_s_words_as_a_quote_for_the_report_audited(panel, tmp_path):
    from stadtdialog.core.publish.report_data import collect

    fid = panel.fid
    keys(panel, Qt.Key.Key_3, Qt.Key.Key_Q)
    assert "quote for the report" in panel.status_label.text() and "N saves it" in panel.saved.text()
    keys(panel, Qt.Key.Key_N)
    store = store_of_layer(panel.layer)
    row = store.rows("submissions", "quote, text, action_areas, reviewer", "fid = ?", (fid,))[0]
    assert row["quote"] == 1
    audit = store.rows("audit_log", "field, new_value, \"user\"", "field = 'quote'")
    assert [(a["new_value"], a["user"]) for a in audit] == [("1", row["reviewer"])] and row["reviewer"]
    area = json.loads(row["action_areas"])[0]
    quotes = dict(collect(panel.layer.source().split("|")[0], language="en").quotes)
    assert [text for _, text in quotes[area]] == [row["text"].strip()]  # the reviewer's quote, not the rule's
    keys(panel, Qt.Key.Key_B, Qt.Key.Key_Q, Qt.Key.Key_N)  # and taken back
    assert store.rows("submissions", "quote", "fid = ?", (fid,))[0]["quote"] == 0
    assert "quote for the report" not in panel.status_label.text()


def test_not_relevant_or_duplicate_takes_the_ticked_areas_away_and_undo_brings_them_back(panel):
    fid = panel.fid
    keys(panel, Qt.Key.Key_2, Qt.Key.Key_X)
    assert not any(box.isChecked() for box in panel.area_boxes)  # counts in no action area
    QTest.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.area_boxes[1].isChecked()
    keys(panel, Qt.Key.Key_D, Qt.Key.Key_N)
    assert (stored(panel, fid)["review_status"], json.loads(stored(panel, fid)["action_areas"])) == ("duplicate", [])


def test_selection_on_the_map_and_the_panel_follow_each_other(panel):
    other = panel.queue.order[5]
    panel.layer.selectByIds([other])
    assert panel.fid == other
    keys(panel, Qt.Key.Key_B)
    assert panel.fid == panel.queue.order[4]
    assert panel.layer.selectedFeatureIds() == [panel.queue.order[4]]


def test_citizen_text_is_shown_as_plain_text(panel):
    panel.layer.startEditing()
    panel.layer.changeAttributeValue(panel.fid, panel.layer.fields().indexOf("title"), "<h1>Laut</h1>")
    panel.show_submission(panel.fid)
    assert panel.title.textFormat() == Qt.TextFormat.PlainText and panel.title.text() == "<h1>Laut</h1>"
    panel.layer.rollBack()


def test_district_filter_keeps_only_submissions_inside_the_district(panel):
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    inside = [f for f in panel.layer.getFeatures()][:3]
    box = QgsGeometry.fromMultiPointXY([f.geometry().asPoint() for f in inside]).boundingBox()
    box.grow(1)
    districts = QgsVectorLayer("Polygon?crs=EPSG:25832&field=name:string", "Stadtteile", "memory")
    feature = QgsFeature(districts.fields())
    feature.setGeometry(QgsGeometry.fromRect(box))
    feature["name"] = "Testviertel"
    far = QgsFeature(districts.fields())
    far.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 10, 10)))
    far["name"] = "Anderswo"
    districts.dataProvider().addFeatures([feature, far])
    QgsProject.instance().addMapLayer(districts)  # added while the panel is open
    # after "All districts" and "Without a place"
    entries = [panel.district_filter.itemText(i) for i in range(2, panel.district_filter.count())]
    assert entries == ["Anderswo", "Testviertel"]  # by name, the one layer's name not repeated in each
    index = panel.district_filter.findText("Testviertel")
    assert index > 0
    panel.district_filter.setCurrentIndex(index)
    expected = {f.id() for f in panel.layer.getFeatures() if box.contains(f.geometry().asPoint())}
    assert set(panel.queue.order) == expected and len(expected) >= 3
    assert panel.progress.text() == "0 of {} reviewed".format(len(expected))


def _pulled_layer(tmp_path, created, store):
    features = submissions(len(created))
    for feature, moment in zip(features, created):
        feature["properties"]["erstellt_am"] = moment
    source = tmp_path / "times.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out, authcfg = store
    pull(source, "demo-kaiserslautern", out, store_authcfg=authcfg)
    layer = add_submissions(open_store(out, authcfg), QgsProject.instance(), language="en")
    ids = {f["portal_id"]: f.id() for f in layer.getFeatures()}
    return layer, [ids[f["properties"]["beitrag_id"]] for f in features]


@pytest.mark.parametrize("new_store", ["gpkg", "postgres"], indirect=True)
def test_the_queue_goes_oldest_first_across_hours_days_and_months(tmp_path, qgis_new_project, new_store):
    """On either store (each reads the queue's times in one query of its own)."""
    from stadtdialog.core.review.review_queue import ReviewQueue

    created = ["2018-08-09T11:00:00Z", "2018-08-09T02:00:00Z", "2018-10-01T00:00:00Z",
               "2018-08-10T01:00:00Z", "2018-09-01T23:59:59Z", "2018-07-23T10:00:00Z"]
    layer, fids = _pulled_layer(tmp_path, created, new_store())
    expected = [fid for _, fid in sorted(zip(created, fids))]
    assert ReviewQueue(layer).order == expected
    layer.startEditing()  # a reviewer's unsaved edits in the attribute table count as well
    layer.changeAttributeValue(expected[0], layer.fields().indexOf("review_status"), "classified")
    layer.changeAttributeValue(expected[1], layer.fields().indexOf("created_at"), "2018-12-24T18:00:00.000Z")
    queue = ReviewQueue(layer)
    assert queue.order == [expected[0]] + expected[2:] + [expected[1]]
    assert queue.next_unreviewed() == expected[2]  # the oldest is decided, the second moved to Christmas
    layer.rollBack()


def test_the_panel_centres_without_zooming_closer_than_the_street_view_setting(panel, qgis_iface):
    from stadtdialog.core import settings

    canvas = qgis_iface.mapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(panel.layer.crs())
    canvas.setExtent(panel.layer.extent())
    old = settings.get(settings.REVIEW_CLOSEST_SCALE)
    try:
        settings.put(settings.REVIEW_CLOSEST_SCALE, 5000)
        canvas.zoomScale(800)  # closer than a street view needs
        panel.show_submission(panel.fid)
        assert abs(canvas.scale() - 5000) < 50
        point = canvas.mapSettings().layerToMapCoordinates(panel.layer, panel.feature().geometry().asPoint())
        assert canvas.center().distance(point) < 1  # centred on it
        canvas.zoomScale(12000)  # the planner's own scale, still showing the street: kept
        keys(panel, Qt.Key.Key_S)
        assert abs(canvas.scale() - 12000) < 100
        settings.put(settings.REVIEW_CLOSEST_SCALE, 0)  # "keep the map's scale"
        canvas.zoomScale(800)
        keys(panel, Qt.Key.Key_S)
        assert abs(canvas.scale() - 800) < 20
    finally:
        settings.put(settings.REVIEW_CLOSEST_SCALE, old)


def test_the_panel_says_why_it_suggests_and_learns_from_each_decision_made_in_it(panel):
    f = panel.feature()
    assert panel.live is not None and panel.live.codes
    why = panel.why.text()
    assert why.startswith("Because of: “") and all(w in (f["title"] or "") + " " + (f["text"] or "")
                                                    for code in panel.live.codes for w in panel.live.words[code])
    assert panel.why.textFormat() == Qt.TextFormat.PlainText  # citizen words, never markup
    first = f["portal_id"]
    keys(panel, Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_N)  # accept the suggestions, classified, save and next
    assert first in panel.suggester.decisions.docs  # the next suggestions already know this decision …
    again = panel.suggester.explain(f["title"], f["text"], f["category"])
    assert again.similar[0] == first  # … and name it as their reason
    shown = panel.feature()
    if panel.live.similar:
        assert "Decided alike: " in panel.why.text() and all(i in panel.why.text() for i in panel.live.similar)
    assert shown["portal_id"] != first


def test_a_submission_without_a_place_is_reviewed_says_so_and_has_a_filter_of_its_own(
        tmp_path, qgis_iface, qgis_new_project):
    import random

    from sample import unplaced_records

    source = tmp_path / "portal.geojson"
    features = submissions(6) + unplaced_records(random.Random(2), 7)
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    pull(source, "demo-kaiserslautern", out)
    layer = add_submissions(open_store(out), QgsProject.instance(), language="en")
    panel = ReviewPanel(qgis_iface)
    panel.set_layer(layer)
    try:
        assert panel.progress.text() == "0 of 9 reviewed"  # every contribution is in the queue
        unplaced = panel.district_filter.findText("Without a place")
        assert unplaced == 1
        panel.district_filter.setCurrentIndex(unplaced)
        assert panel.progress.text() == "0 of 3 reviewed"
        assert "without a place: nothing to show on the map" in panel.meta.text()
        keys(panel, Qt.Key.Key_2, Qt.Key.Key_N)  # decided like any other
        assert panel.progress.text() == "1 of 3 reviewed"
    finally:
        if layer.isEditable():
            layer.rollBack()
        panel.deleteLater()


@pytest.mark.parametrize("store_kind", ["gpkg", "postgres"])
def test_personal_data_is_highlighted_named_and_a_reviewer_can_say_it_is_not_personal(
        request, tmp_path, qgis_iface, qgis_new_project, store_kind):
    import csv

    from stadtdialog.core.publish.export import export

    features = submissions(3)
    features[0]["properties"]["text"] = "Ruft mich an unter 0176 12345678 oder schreibt an anna.k@web.de."
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out, authcfg = (str(tmp_path / "s.gpkg"), None) if store_kind == "gpkg" else request.getfixturevalue("pg_store")()
    pull(source, "demo-kaiserslautern", out, store_authcfg=authcfg)
    layer = add_submissions(open_store(out, authcfg), QgsProject.instance(), language="en")
    panel = ReviewPanel(qgis_iface)
    panel.set_layer(layer)
    try:
        fid = next(f.id() for f in layer.getFeatures() if f["portal_id"] == "KL-000001")
        panel.show_submission(fid)
        assert panel.personal.text() == ("Personal data, masked when published: phone number “0176 12345678” · "
                                         "e-mail address “anna.k@web.de”")
        assert len(panel.text.extraSelections()) == 2  # both highlighted in the citizen's text
        keys(panel, Qt.Key.Key_V)
        [phone] = [a for a in panel._menu.actions() if "0176" in a.text()]
        phone.trigger()  # "not personal": a number the reviewer knows to be a shop's, say
        assert "Marked as not personal: 0176 12345678" in panel.personal.text()
        assert len(panel.text.extraSelections()) == 1
        keys(panel, Qt.Key.Key_I, Qt.Key.Key_N)
        store = open_store(out, authcfg)
        assert json.loads(store.rows("submissions", "privacy", "fid = ?", (fid,))[0]["privacy"]) == {
            "not_personal": ["0176 12345678"]}
        assert [a["field"] for a in store.rows("audit_log", "field")].count("privacy") == 1
        export(store, tmp_path / "e.csv", language="en")
        with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
            text = next(r for r in csv.DictReader(f) if r["portal_id"] == "KL-000001")["text"]
        assert text == "Ruft mich an unter 0176 12345678 oder schreibt an [e-mail address]."
    finally:
        if layer.isEditable():
            layer.rollBack()
        panel.deleteLater()
