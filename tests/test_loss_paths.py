"""Seven ways a user could lose work that nothing noticed before (issue 22), each asserted on what the user would
see — the decision and note as stored, every table of the store, the cell as a spreadsheet reads it — on both
stores where both have the path. Each has a break in scripts/mutate.py that it catches."""
import csv
import json

import pytest
from qgis.core import QgsDefaultValue, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from sample import geojson_file, submissions
from stadtdialog.core import list_field
from stadtdialog.core.errors import CancelledError
from stadtdialog.core.feedback import Feedback
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify
from stadtdialog.core.store import schema, versions
from stadtdialog.core.store.stores import open_store

PROFILE = "demo-kaiserslautern"
AREA_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7,
             Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0)
CLAIM = 'CASE WHEN "row_version" < 0 THEN "row_version" ELSE -(coalesce("row_version", 0) + 1) END'


def _reviewer(store, name):
    """A reviewer's layer as the form gives it: the version claim applied on update."""
    layer = QgsVectorLayer(store.layer_uri(), name, store.provider)
    assert layer.isValid()
    layer.setDefaultValueDefinition(layer.fields().indexOf("row_version"), QgsDefaultValue(CLAIM, True))
    return layer


def _decide(layer, fid, status, note, reviewer, areas=None):
    index = layer.fields().indexOf
    layer.startEditing()
    layer.changeAttributeValue(fid, index("review_status"), status)
    layer.changeAttributeValue(fid, index("planner_note"), note)
    if areas is not None:
        layer.changeAttributeValue(fid, index("action_areas"), list_field.for_feature(areas, layer))
    # who decided, set after the defaults the layer's style applies on every change (as the plugin stamps it)
    layer.changeAttributeValue(fid, index("reviewer"), reviewer, None, True)


def _everything(store):
    """Every table of the store, row by row."""
    return {table: store.rows(table) for table in schema.TABLES}


def test_a_save_carrying_an_older_version_after_taking_theirs_does_not_overwrite_a_third_colleague(
        tmp_path, new_store):
    """The reviewer takes the colleague's decision in the stale-save window; a third colleague saves; the
    reviewer's save (which carries the version taken, no claim) must not put the second decision back over the
    third."""
    name, authcfg = new_store()
    pull(geojson_file(tmp_path, submissions(8)), PROFILE, name, store_authcfg=authcfg)
    store = open_store(name, authcfg)
    mine, theirs, third = (_reviewer(store, n) for n in ("mine", "theirs", "third"))
    fid = next(mine.getFeatures()).id()
    try:
        _decide(mine, fid, "in_review", "meine Notiz", "Mia")
        _decide(theirs, fid, "not_relevant", "ihre Notiz", "Tom")
        assert theirs.commitChanges(), theirs.commitErrors()
        stale = versions.stale_edits(mine)
        assert [s.fid for s in stale] == [fid]
        versions.settle(mine, stale, {fid: "theirs"})  # "take theirs": the buffer now holds version 1, no claim
        _decide(third, fid, "classified", "dritte Notiz", "Uli", ["religion"])
        assert third.commitChanges(), third.commitErrors()
        mine.commitChanges(False)  # refused, or nothing of an older decision written
        row = store.rows(schema.SUBMISSIONS, "review_status, planner_note, reviewer, action_areas, row_version",
                         "fid = ?", (fid,))[0]
        assert (row["review_status"], row["planner_note"], row["reviewer"]) == ("classified", "dritte Notiz", "Uli")
        assert json.loads(row["action_areas"]) == ["religion"] and row["row_version"] == 2
    finally:
        for layer in (mine, theirs, third):
            if layer.isEditable():
                layer.rollBack()


def test_the_audit_log_names_the_reviewer_on_either_store(tmp_path, new_store):
    name, authcfg = new_store()
    pull(geojson_file(tmp_path, submissions(5)), PROFILE, name, store_authcfg=authcfg)
    store = open_store(name, authcfg)
    layer = _reviewer(store, "s")
    fid = next(layer.getFeatures()).id()
    _decide(layer, fid, "in_review", "Ortstermin", "Anna Becker")
    assert layer.commitChanges(), layer.commitErrors()
    audit = store.rows(schema.AUDIT_LOG, "field, new_value, \"user\"")
    assert {(a["field"], a["new_value"]) for a in audit} == {("review_status", "in_review"),
                                                              ("planner_note", "Ortstermin")}
    assert {a["user"] for a in audit} == {"Anna Becker"}  # the History tab names who decided


def test_a_pull_cancelled_after_rows_were_written_leaves_every_table_as_it_was(tmp_path, new_store, monkeypatch):
    from stadtdialog.core.store import bulk_writer, pg_store

    name, authcfg = new_store()
    pull(geojson_file(tmp_path, submissions(30)), PROFILE, name, store_authcfg=authcfg)
    store = open_store(name, authcfg)
    classify(_reviewer(store, "s"), "\"portal_id\" = 'KL-000002'", ["religion"], "classified", "Ortstermin",
             user="A")
    before = _everything(store)
    written = []  # batches of rows sent to the store inside the pull's transaction
    for writer in (bulk_writer.Writer, pg_store.Writer):
        monkeypatch.setattr(writer, "BATCH", 5)

        def flush(self, _flush=writer.flush):
            if any(self._inserts.values()) or any(self._updates.values()):
                written.append(1)
            return _flush(self)

        monkeypatch.setattr(writer, "flush", flush)

    class CancelOnceRowsAreWritten(Feedback):
        def isCanceled(self):  # noqa: N802 - the planner presses Cancel after the store got rows
            return bool(written)

    grown = submissions(60)
    grown[4]["properties"]["text"] = "Vom Bürger geändert."
    grown.append({"type": "Feature", "geometry": None, "properties": {"beitrag_id": "KL-999"}})
    with pytest.raises(CancelledError, match="left as it was"):
        pull(geojson_file(tmp_path, grown, "grown.geojson"), PROFILE, name, store_authcfg=authcfg,
             feedback=CancelOnceRowsAreWritten())
    assert written  # rows had reached the store when the cancel came …
    assert _everything(open_store(name, authcfg)) == before  # … and none of them, nor the changed text, is kept


def test_a_withdrawn_submission_listed_again_unchanged_is_active_and_back_in_the_queue(
        tmp_path, new_store, qgis_new_project):
    from stadtdialog.core.review.review_queue import ReviewQueue

    name, authcfg = new_store()
    features = submissions(10)
    pull(geojson_file(tmp_path, features), PROFILE, name, store_authcfg=authcfg)
    pull(geojson_file(tmp_path, features[1:], "without.geojson"), PROFILE, name, store_authcfg=authcfg)
    store = open_store(name, authcfg)
    state = "portal_state", "portal_id = ?", ("KL-000001",)
    assert store.rows(schema.SUBMISSIONS, *state)[0]["portal_state"] == "withdrawn"
    again = pull(geojson_file(tmp_path, features, "again.geojson"), PROFILE, name, store_authcfg=authcfg)
    assert again.updated == 1 and again.withdrawn == 0
    assert store.rows(schema.SUBMISSIONS, *state)[0]["portal_state"] == "active"
    layer = QgsVectorLayer(store.layer_uri(), "s", store.provider)
    fid = store.rows(schema.SUBMISSIONS, "fid", "portal_id = ?", ("KL-000001",))[0]["fid"]
    assert fid in ReviewQueue(layer).order  # the reviewer meets it again


@pytest.mark.parametrize("text", [' =HYPERLINK("http://evil.example","klick")', "\u00a0=1+1", "  +49 631 365-0",
                                  "\u2007@SUM(A1:A9)", " \t-1+1"])
def test_no_csv_cell_runs_as_a_formula_behind_leading_white_space(tmp_path, text):
    from stadtdialog.core.publish.export import export
    from stadtdialog.core.store.gpkg_store import Store

    out = tmp_path / "s.gpkg"
    pull(geojson_file(tmp_path, submissions(3)), PROFILE, out)
    with Store(out).connect() as con:
        con.execute("UPDATE submissions SET planner_note = ?, text = ? WHERE portal_id = 'KL-000001'", (text, text))
    export(out, tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["portal_id"] == "KL-000001")
    for column in ("planner_note", "text"):
        assert row[column] == "'" + text  # as the citizen wrote it, after the apostrophe that stops a formula


def _stored(panel, fid):
    return open_store(panel.layer.source().split("|")[0]).rows(
        schema.SUBMISSIONS, "action_areas, review_status", "fid = ?", (fid,))[0]


@pytest.mark.parametrize("status_key, status", [(Qt.Key.Key_I, "in_review"), (Qt.Key.Key_C, "classified")])
def test_accepting_suggestions_keeps_the_reviewer_s_own_areas_and_status(panel, status_key, status):
    """A on a submission the reviewer already decided (reopened with B): the machine's areas are added to the
    reviewer's, never put in their place, and the reviewer's status stays."""
    fid = panel.fid
    suggested = list(panel.live.codes)
    assert suggested
    own_index = next(i for i, (code, _) in enumerate(panel.areas) if code not in suggested)
    own = panel.areas[own_index][0]
    for key in (AREA_KEYS[own_index], status_key, Qt.Key.Key_N):
        QTest.keyClick(panel.view, key)
    assert json.loads(_stored(panel, fid)["action_areas"]) == [own]
    QTest.keyClick(panel.view, Qt.Key.Key_B)  # reopened
    assert panel.fid == fid
    suggested = list(panel.live.codes)  # what A accepts now (the suggester has learned from the decision)
    for key in (Qt.Key.Key_A, Qt.Key.Key_N):
        QTest.keyClick(panel.view, key)
    row = _stored(panel, fid)
    assert own in json.loads(row["action_areas"]) and set(suggested) <= set(json.loads(row["action_areas"]))
    assert row["review_status"] == status


def test_a_participation_copied_into_postgresql_takes_new_submissions_and_back(tmp_path, pg_store):
    from stadtdialog.core.store.copy_store import copy_store

    gpkg = tmp_path / "planerin.gpkg"
    pull(geojson_file(tmp_path, submissions(20)), PROFILE, gpkg)
    name, authcfg = pg_store("kopie")
    copy_store(gpkg, name, target_authcfg=authcfg)
    more = pull(geojson_file(tmp_path, submissions(35), "more.geojson"), PROFILE, name, store_authcfg=authcfg)
    assert (more.new, more.unchanged) == (15, 20)
    team = open_store(name, authcfg)
    assert team.count(schema.SUBMISSIONS) == 35
    fids = [r["fid"] for r in team.rows(schema.SUBMISSIONS, "fid")]
    assert len(set(fids)) == 35
    back = tmp_path / "zurueck.gpkg"
    copy_store(name, back, source_authcfg=authcfg)
    last = pull(geojson_file(tmp_path, submissions(40), "last.geojson"), PROFILE, back)
    assert (last.new, last.unchanged) == (5, 35) and open_store(back).count(schema.SUBMISSIONS) == 40


def test_the_machine_s_suggestions_saved_in_a_watched_layer_name_no_reviewer(tmp_path, new_store):
    """Found by the mutation report: only a change of decisions is stamped with who and when; suggestions written
    into the edit buffer (the panel's A reads them) must not make a submission look decided by somebody."""
    from stadtdialog.core.store import edit_stamp

    name, authcfg = new_store()
    pull(geojson_file(tmp_path, submissions(3)), PROFILE, name, store_authcfg=authcfg)
    store = open_store(name, authcfg)
    layer = QgsVectorLayer(store.layer_uri(), "s", store.provider)
    edit_stamp.watch(layer)
    fid, decided = sorted(f.id() for f in layer.getFeatures())[:2]
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("suggested_action_areas"),
                               list_field.for_feature(["religion"], layer))
    # in the same save, a reviewer's decision on the next submission: it is stamped, past the one that is not
    layer.changeAttributeValue(decided, layer.fields().indexOf("review_status"), "in_review")
    assert layer.commitChanges(), layer.commitErrors()
    row = store.rows(schema.SUBMISSIONS, "reviewer, reviewed_at, row_version, suggested_action_areas", "fid = ?",
                     (fid,))[0]
    assert (row["reviewer"] or "", row["reviewed_at"], row["row_version"]) == ("", None, 0)
    assert json.loads(row["suggested_action_areas"]) == ["religion"]
    row = store.rows(schema.SUBMISSIONS, "reviewer, reviewed_at, row_version, review_status", "fid = ?",
                     (decided,))[0]
    assert row["review_status"] == "in_review" and row["reviewer"] and row["reviewed_at"] and row["row_version"] == 1


def test_a_decision_made_after_a_colleague_s_save_is_based_on_what_it_read_and_keeps_the_names_it_gives(
        tmp_path, new_store):
    """Found by the mutation report: the version a decision is based on is read when the first *decision* field
    changes (not when the machine's suggestions were written into the buffer before a colleague saved: that would
    show a conflict where the reviewer had seen the colleague's save); a reviewer and time the edit sets itself
    are kept, not stamped over."""
    from stadtdialog.core.store import edit_stamp

    name, authcfg = new_store()
    pull(geojson_file(tmp_path, submissions(2)), PROFILE, name, store_authcfg=authcfg)
    store = open_store(name, authcfg)
    mine, colleague = (QgsVectorLayer(store.layer_uri(), n, store.provider) for n in ("mine", "colleague"))
    for layer in (mine, colleague):
        edit_stamp.watch(layer)
    fid = sorted(f.id() for f in mine.getFeatures())[0]
    index = mine.fields().indexOf
    mine.startEditing()  # the machine's suggestions in my buffer first
    mine.changeAttributeValue(fid, index("suggested_action_areas"), list_field.for_feature(["religion"], mine))
    colleague.startEditing()  # a colleague saves a decision meanwhile
    colleague.changeAttributeValue(fid, colleague.fields().indexOf("review_status"), "in_review")
    assert colleague.commitChanges(), colleague.commitErrors()
    mine.changeAttributeValue(fid, index("review_status"), "classified")  # I decide on what I now read
    mine.changeAttributeValue(fid, index("action_areas"), list_field.for_feature(["religion"], mine))
    mine.changeAttributeValue(fid, index("reviewer"), "Anna Schmidt")
    mine.changeAttributeValue(fid, index("reviewed_at"), "2018-08-01T10:00:00")
    assert mine.commitChanges(), mine.commitErrors()  # no conflict: my decision was made after their save
    row = store.rows(schema.SUBMISSIONS, "review_status, reviewer, reviewed_at, row_version", "fid = ?", (fid,))[0]
    assert (row["review_status"], row["reviewer"], row["row_version"]) == ("classified", "Anna Schmidt", 2)
    assert str(row["reviewed_at"]).startswith("2018-08-01")
