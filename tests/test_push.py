"""Writing back to real portals (WFS-T to qgis_mapserver, PUT to pygeoapi): conflicts, dry runs, interrupted pushes."""
import json
import sqlite3
from pathlib import Path

from osgeo import ogr
from qgis.core import QgsVectorLayer
from sample import submissions
from stadtdialog.core.feedback import Feedback
from stadtdialog.core.pull.profile import load_profile
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify
from stadtdialog.core.sources.http import Http
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.core.writeback.conflicts import conflicts, resolve
from stadtdialog.core.writeback.push import push

PROFILE = "demo-kaiserslautern"
WRITEBACK = ("handlungsfelder", "status", "prioritaet", "anmerkung_planung")


class ProgressRecorded(Feedback):
    """The progress a dialog's bar would show, value by value."""

    def __init__(self):
        super().__init__()
        self.progress = []

    def setProgress(self, value):  # noqa: N802
        self.progress.append(value)


def portal_features(count):
    features = submissions(count)
    for f in features:  # the portal has the fields the planners' answers go into
        f["properties"].update({name: "" for name in WRITEBACK})
    return features


def classify_some(gpkg, expression, codes, note=None):
    layer = QgsVectorLayer("{}|layername=submissions".format(gpkg), "s", "ogr")
    return classify(layer, expression, codes, "classified", note, user="A. Planerin")


def test_oapif_put_to_pygeoapi_writes_the_answers(tmp_path, pygeoapi):
    server = pygeoapi(portal_features(20), editable=True, max_items=50)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, gpkg)
    count = classify_some(gpkg, "\"category\" = 'meeting_place'", ["kultur_sport", "willkommenskultur"])
    result = push(gpkg)
    assert (result.pushed, result.conflicts, result.failed) == (count, 0, 0), result.errors
    stored = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    answered = [d for d in stored if d["properties"].get("status") == "classified"]
    assert len(answered) == count
    assert all(json.loads(d["properties"]["handlungsfelder"]) == ["kultur_sport", "willkommenskultur"]
               for d in answered)
    assert all(d["properties"]["titel"] for d in answered)  # the rest of the feature is intact


def test_a_push_interrupted_by_server_errors_writes_exactly_the_rest_next_time(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(portal_features(20), editable=True, max_items=50)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, gpkg)
    classify_some(gpkg, "true", ["religion"])
    with sqlite3.connect(gpkg) as con:
        con.execute("UPDATE stadtdialog_meta SET value = ? WHERE key = 'source'", (server.collection_url,))
    # The portal fails on some writes: the PUTs of six submissions answer 500.
    broken = {"KL-{:06d}".format(n) for n in (2, 5, 9, 11, 16, 20)}
    proxy = fault_proxy(server.url)
    proxy.rule = lambda method, path: ("status", 500, None) if method == "PUT" and path.rsplit("/", 1)[-1] in broken \
        else None
    first = push(gpkg, target=proxy.rewrite(server.collection_url), batch=5, http=Http(retries=1, backoff=0.01))
    assert (first.pushed, first.failed) == (14, 6), first.errors[:4]
    failed_ids = {r["portal_id"] for r in Store(gpkg).rows("submissions", "portal_id", "sync_state = 'modified'")}
    assert len(failed_ids) == first.failed
    proxy.log.clear()
    proxy.rule = None
    second = push(gpkg, target=proxy.rewrite(server.collection_url), http=Http(retries=1, backoff=0.01))
    assert (second.pushed, second.failed) == (first.failed, 0), second.errors
    put_ids = {path.rsplit("/", 1)[-1] for _, method, path, _ in proxy.log if method == "PUT"}
    assert put_ids == failed_ids == broken  # exactly the rest, nothing twice


def test_a_portal_change_is_a_conflict_and_a_dry_run_changes_nothing(tmp_path, pygeoapi):
    server = pygeoapi(portal_features(12), editable=True, max_items=50)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, gpkg)
    classify_some(gpkg, "true", ["sozialraum"], "prüfen")
    victim = "KL-000003"
    docs = json.loads(server.data.read_text(encoding="utf-8"))
    for doc in docs["_default"].values():  # a citizen edits one on the portal meanwhile
        if doc["id"] == victim:
            doc["properties"]["text"] = "Nachträglich geändert"
    server.data.write_text(json.dumps(docs), encoding="utf-8")
    before = sqlite3.connect(gpkg).execute("SELECT portal_id, sync_state FROM submissions").fetchall()
    dry = push(gpkg, dry_run=True, batch=4)  # every batch planned, not only the first
    assert (dry.pushed, dry.conflicts, len(dry.planned)) == (0, 1, 11) and victim not in dry.planned
    assert sqlite3.connect(gpkg).execute("SELECT portal_id, sync_state FROM submissions").fetchall() == before
    recorded = ProgressRecorded()
    result = push(gpkg, batch=1, feedback=recorded)  # a batch that holds only the conflict does not end the push
    assert (result.pushed, result.conflicts, result.conflict_ids) == (11, 1, [victim])
    assert recorded.progress == sorted(recorded.progress) and recorded.progress[-1] == 100.0  # ends full, never past
    assert result.short_summary() == "11 written back, 1 conflict"  # the message bar's line
    stored = {d["id"]: d["properties"] for d in json.loads(server.data.read_text(encoding="utf-8"))["_default"]
              .values()}
    assert stored[victim]["status"] == "" and stored[victim]["text"] == "Nachträglich geändert"  # not overwritten
    assert all(p["status"] == "classified" for pid, p in stored.items() if pid != victim)
    again = push(gpkg)
    assert (again.pushed, again.skipped) == (0, 1)  # nothing twice; the conflict waits for a person
    assert again.short_summary() == "1 skipped"
    assert pull(server.collection_url, PROFILE, gpkg).updated == 1  # our answers are no change to the pull


def test_wfst_push_to_qgis_server_updates_its_geopackage_in_few_transactions(tmp_path, mapserver):
    server = mapserver(portal_features(620))
    gpkg = tmp_path / "s.gpkg"
    pull(server.wfs_url, PROFILE, gpkg)
    count = classify_some(gpkg, "\"category\" IN ('meeting_place', 'idea')", ["bildung_erziehung"],
                          "Bitte prüfen; <b>&</b>")
    assert count > 250  # more than one batch
    with sqlite3.connect(server.data) as con:  # a citizen edits one on the portal meanwhile
        victim = con.execute("SELECT beitrag_id FROM submissions WHERE kategorie IN ('Idee', 'Anmerkung / Idee') "
                             "ORDER BY fid LIMIT 1").fetchone()[0]
    portal = ogr.Open(str(server.data), 1)  # with GDAL's SQL functions, as any GIS would edit it
    portal.ExecuteSQL("UPDATE submissions SET text = 'geändert' WHERE beitrag_id = '{}'".format(victim))
    portal = None
    result = push(gpkg, batch=250)
    assert (result.pushed, result.conflicts, result.failed) == (count - 1, 1, 0), result.errors
    assert result.conflict_ids == [victim]
    assert result.writes == 2  # one transaction per batch
    with sqlite3.connect(server.data) as con:
        rows = con.execute("SELECT beitrag_id, status, handlungsfelder, anmerkung_planung, text "
                           "FROM submissions").fetchall()
    answered = {r[0]: r for r in rows if r[1] == "classified"}
    assert len(answered) == count - 1 and victim not in answered
    assert all(json.loads(r[2]) == ["bildung_erziehung"] and r[3] == "Bitte prüfen; <b>&</b>"
               for r in answered.values())
    assert Store(gpkg).count("submissions", "sync_state = 'modified'") == 0
    assert push(gpkg).pushed == 0  # nothing twice
    # the conflict read back from the WFS by the feature's own id (not the portal's id), settled as "keep ours"
    found = conflicts(gpkg)
    assert [(c.portal_id, c.gone) for c in found] == [(victim, False)]
    assert ("text", "geändert") in [d[:2] for d in found[0].differences]
    assert resolve(gpkg, found, {victim: "overwrite"}) == 1
    recorded = ProgressRecorded()
    assert push(gpkg, feedback=recorded).pushed == 1
    assert recorded.progress[-1] == 100.0  # a push of a single submission also ends with a full bar
    with sqlite3.connect(server.data) as con:
        assert con.execute("SELECT status, text FROM submissions WHERE beitrag_id = ?", (victim,)).fetchone() == (
            "classified", "geändert")


def test_annotations_are_posted_once_into_their_own_collection(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(submissions(15), editable=False, max_items=50, annotations=True)
    profile = tmp_path / "readonly-portal.json"
    data = json.loads(Path(load_profile(PROFILE).path).read_text(encoding="utf-8"))
    data.update(name="readonly-portal", annotations_collection="annotations")
    profile.write_text(json.dumps(data), encoding="utf-8")
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, str(profile), gpkg)
    count = classify_some(gpkg, "\"category\" <> 'idea'", ["asyl"], "Grüße ⚑")
    # The first run loses the answers to three POSTs: the server created them, we never heard.
    proxy = fault_proxy(server.url)
    lost = []

    def drop_answer(method, path):
        if method == "POST" and len(lost) < 3:
            lost.append(path)
            return ("reset_after_forward", None, None)
        return None

    proxy.rule = drop_answer
    first = push(gpkg, target=proxy.rewrite(server.collection_url), http=Http(retries=1, backoff=0.01))
    assert (first.pushed, first.failed) == (count - 3, 3)
    second = push(gpkg, target=proxy.rewrite(server.collection_url), http=Http(retries=1, backoff=0.01))
    assert (second.pushed, second.failed) == (3, 0), second.errors
    notes = list(json.loads(server.annotations.read_text(encoding="utf-8"))["_default"].values())
    assert len(notes) == count == len({n["properties"]["beitrag_id"] for n in notes})  # each once
    assert all(n["properties"]["status"] == "classified" and n["properties"]["anmerkung_planung"] == "Grüße ⚑"
               and json.loads(n["properties"]["handlungsfelder"]) == ["asyl"] for n in notes)
    portal = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    assert not any("status" in d["properties"] for d in portal)  # the submissions stay untouched


def readonly_profile(tmp_path, **changes):
    """The demo profile for a portal that takes answers only as annotations in their own collection."""
    profile = tmp_path / "readonly-portal.json"
    data = json.loads(Path(load_profile(PROFILE).path).read_text(encoding="utf-8"))
    data.update(name="readonly-portal", annotations_collection="annotations", **changes)
    profile.write_text(json.dumps(data), encoding="utf-8")
    return str(profile)


def test_annotations_name_their_submission_also_where_the_portal_s_feature_id_is_the_id(tmp_path, pygeoapi):
    server = pygeoapi(submissions(4), editable=False, max_items=50, annotations=True)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, readonly_profile(tmp_path, id="$id"), gpkg)
    classify_some(gpkg, "true", ["asyl"])
    assert push(gpkg).pushed == 4
    notes = json.loads(server.annotations.read_text(encoding="utf-8"))["_default"].values()
    ids = {r["portal_id"] for r in Store(gpkg).rows("submissions", "portal_id")}
    assert {n["properties"]["submission_id"] for n in notes} == ids  # a property a portal can hold, not "$id"


def test_a_participation_pulled_with_the_city_s_own_profile_file_is_written_back_with_it(tmp_path, pygeoapi):
    """The store remembers the profile file it was pulled with (not only its name): the push finds it again."""
    own = json.loads(Path(load_profile(PROFILE).path).read_text(encoding="utf-8"))
    own["name"] = "stadt-kl-eigenes-profil"
    own["writeback"]["planner_note"] = "bemerkung_stadt"
    path = tmp_path / "eigenes.json"
    path.write_text(json.dumps(own), encoding="utf-8")
    server = pygeoapi(portal_features(4), editable=True, max_items=50)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, str(path), gpkg)
    count = classify_some(gpkg, "true", ["asyl"], "geprüft")
    result = push(gpkg)
    assert (result.pushed, result.failed) == (count, 0) == (4, 0), result.errors
    stored = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    assert [d["properties"].get("bemerkung_stadt") for d in stored] == ["geprüft"] * 4  # the file's own mapping


def test_a_store_pulled_from_a_file_is_never_written_back_even_with_an_annotations_collection(tmp_path):
    import pytest
    from stadtdialog.core.errors import StadtdialogError

    source = tmp_path / "p.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": portal_features(3)}), encoding="utf-8")
    for n, profile in enumerate((PROFILE, readonly_profile(tmp_path))):
        gpkg = tmp_path / "s{}.gpkg".format(n)
        pull(source, profile, gpkg)
        classify_some(gpkg, "true", ["asyl"])
        with pytest.raises(StadtdialogError, match="files cannot be written back"):
            push(gpkg)
        assert Store(gpkg).count("submissions", "sync_state = 'modified'") == 3  # still pending, for the export


def test_each_conflict_is_settled_as_the_planner_chose_and_one_settled_meanwhile_is_left_alone(tmp_path, pygeoapi):
    from stadtdialog.core.writeback.conflicts import conflicts, resolve

    server = pygeoapi(portal_features(8), editable=True, max_items=50)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, gpkg)
    classify_some(gpkg, "true", ["sozialraum"], "unsere Notiz")
    docs = json.loads(server.data.read_text(encoding="utf-8"))
    for doc in docs["_default"].values():  # on the portal meanwhile: a colleague's answer, a citizen's edit
        if doc["id"] in ("KL-000002", "KL-000004", "KL-000006", "KL-000008"):
            doc["properties"].update({"text": "Auf dem Portal geändert", "status": "in_review", "prioritaet": "2",
                                      "anmerkung_planung": "ihre Notiz", "handlungsfelder": ["religion"]})
            if doc["id"] == "KL-000002":  # a portal that dropped one answer field: the others still count
                del doc["properties"]["handlungsfelder"]
            if doc["id"] == "KL-000008":  # a priority written as a word: no priority, not a crash
                doc["properties"]["prioritaet"] = "hoch"
        if doc["id"] == "KL-000001":  # edited into a place no map has: shown as a conflict that cannot be taken
            doc["properties"]["text"] = "Auf dem Portal verrückt"
            doc["geometry"]["coordinates"] = [500.0, 95.0]
    server.data.write_text(json.dumps(docs), encoding="utf-8")
    assert push(gpkg).conflicts == 5
    found = conflicts(gpkg)
    assert [c.portal_id for c in found] == ["KL-000001", "KL-000002", "KL-000004", "KL-000006", "KL-000008"]
    assert found[0].gone and not any(c.gone for c in found[1:])  # the ones after it are read all the same
    # each row shows what differs: the citizen's text and every answer, notes as the words they are
    assert {"text", "review_status", "priority", "planner_note"} <= {d[0] for d in found[1].differences}
    con = Store(gpkg).connect()  # the store's own connection: its triggers need its functions
    assert resolve(gpkg, found, {}) == 0  # nothing chosen: every conflict waits
    assert {r[0] for r in con.execute("SELECT sync_state FROM submissions WHERE portal_id IN "
                                      "('KL-000002', 'KL-000004', 'KL-000006', 'KL-000008')")} == {"conflict"}
    assert resolve(gpkg, found, {"KL-000008": "portal"}) == 1  # one chosen: settled, the ones before it wait
    # settled meanwhile by a colleague who kept ours (to be written next time)
    con.execute("UPDATE submissions SET sync_state = 'modified' WHERE portal_id = 'KL-000006'")
    con.commit()
    done = resolve(gpkg, found, {"KL-000001": "portal", "KL-000002": "portal", "KL-000004": "overwrite",
                                 "KL-000006": "portal", "KL-000008": "portal"})
    assert done == 2  # the one the portal broke cannot be taken; those settled before are not counted, nor changed
    rows = {r[0]: r[1:] for r in con.execute("SELECT portal_id, text, review_status, priority, planner_note, "
                                             "action_areas, sync_state FROM submissions")}
    theirs = rows["KL-000002"]  # the portal's state, every decision field of it, the priority as a number
    assert theirs[0] == "Auf dem Portal geändert" and theirs[1:4] == ("in_review", 2, "ihre Notiz")
    assert json.loads(theirs[4]) == ["sozialraum"]  # what the portal no longer has stays ours
    assert theirs[5] == "clean"
    ours = rows["KL-000004"]  # the citizen's text from the portal, our decision kept and written next time
    assert ours[0] == "Auf dem Portal geändert" and ours[1] == "classified" and ours[3] == "unsere Notiz"
    assert ours[5] == "modified"
    assert rows["KL-000006"][5] == "modified" and rows["KL-000006"][3] == "unsere Notiz"
    assert rows["KL-000008"][1:3] == ("in_review", None) and rows["KL-000008"][5] == "clean"
    assert rows["KL-000001"][0] != "Auf dem Portal verrückt" and rows["KL-000001"][5] == "conflict"
    con.close()
