"""What the README promises about writing back, each against the real pygeoapi, with the portal's features
read back from the server field by field."""
import json
import sqlite3

import pytest
import requests
from qgis.core import QgsProcessingFeedback
from qgis_process_run import run_json
from servers import read_items
from stadtdialog.core.errors import CancelledError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.sources.http import Http
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.core.writeback.conflicts import conflicts, resolve
from stadtdialog.core.writeback.push import push
from test_push import PROFILE, WRITEBACK, classify_some, portal_features


def portal_state(server, collection="submissions"):
    """{id: (properties, geometry)} as the server itself answers."""
    return {str(f["id"]): (f["properties"], f["geometry"]) for f in read_items(server.url, collection)}


def store_state(gpkg):
    con = sqlite3.connect(str(gpkg))
    try:
        return con.execute("SELECT portal_id, action_areas, review_status, planner_note, sync_state, "
                           "portal_answer_hash FROM submissions ORDER BY portal_id").fetchall()
    finally:
        con.close()


@pytest.fixture
def portal(tmp_path, pygeoapi):
    server = pygeoapi(portal_features(12), editable=True, max_items=50)
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, gpkg)
    return server, gpkg


def test_the_dry_run_leaves_the_portal_and_the_store_unchanged(portal):
    server, gpkg = portal
    classify_some(gpkg, "true", ["sozialraum"], "prüfen")
    before_portal, before_store = portal_state(server), store_state(gpkg)
    dry = push(gpkg, dry_run=True)
    assert sorted(dry.planned) == sorted(before_portal) and dry.pushed == 0
    assert portal_state(server) == before_portal  # every field of every feature, geometry included
    assert store_state(gpkg) == before_store


def test_only_the_profile_s_writeback_fields_are_written(portal):
    server, gpkg = portal
    classify_some(gpkg, "\"portal_id\" IN ('KL-000002', 'KL-000007')", ["asyl"], "Ortstermin")
    before = portal_state(server)
    assert push(gpkg).pushed == 2
    after = portal_state(server)
    for pid in before:
        props_before, geometry_before = before[pid]
        props_after, geometry_after = after[pid]
        assert geometry_after == geometry_before
        changed = {k for k in set(props_before) | set(props_after) if props_before.get(k) != props_after.get(k)}
        if pid in ("KL-000002", "KL-000007"):
            assert {"handlungsfelder", "status", "anmerkung_planung"} <= changed <= set(WRITEBACK), changed
            assert (props_after["handlungsfelder"], props_after["status"], props_after["anmerkung_planung"]) == \
                ('["asyl"]', "classified", "Ortstermin")
        else:
            assert changed == set(), (pid, changed)


def test_a_decision_changed_during_the_push_stays_pending_and_is_written_next_time(portal, fault_proxy):
    server, gpkg = portal
    classify_some(gpkg, "\"portal_id\" = 'KL-000004'", ["religion"])
    proxy = fault_proxy(server.url)

    def reviewer_changes_it_meanwhile(method, path):
        if method == "PUT" and path.endswith("/KL-000004"):  # while the push writes, a reviewer decides again
            with Store(gpkg).connect() as con:
                con.execute("UPDATE submissions SET action_areas = '[\"kultur_sport\"]' "
                            "WHERE portal_id = 'KL-000004'")
        return None

    proxy.rule = reviewer_changes_it_meanwhile
    first = push(gpkg, target=proxy.rewrite(server.collection_url))
    assert (first.pushed, first.conflicts) == (0, 0)  # written, but not marked clean: it changed meanwhile
    assert portal_state(server)["KL-000004"][0]["handlungsfelder"] == '["religion"]'
    row = Store(gpkg).rows("submissions", "action_areas, sync_state", "portal_id = 'KL-000004'")[0]
    assert row == {"action_areas": '["kultur_sport"]', "sync_state": "modified"}
    proxy.rule = None
    second = push(gpkg, target=proxy.rewrite(server.collection_url))
    # Our own earlier write on the portal is no conflict: the new decision goes out.
    assert (second.pushed, second.conflicts) == (1, 0), second.errors
    assert portal_state(server)["KL-000004"][0]["handlungsfelder"] == '["kultur_sport"]'
    assert Store(gpkg).count("submissions", "sync_state <> 'clean'") == 0


def test_a_submission_deleted_on_the_portal_is_a_conflict_with_a_message(portal):
    server, gpkg = portal
    classify_some(gpkg, "\"portal_id\" IN ('KL-000005', 'KL-000006', 'KL-000007')", ["asyl"])
    requests.delete(server.collection_url + "/items/KL-000005", timeout=30).raise_for_status()
    docs = json.loads(server.data.read_text(encoding="utf-8"))
    for doc in docs["_default"].values():  # and one after it edited by its citizen
        if doc["id"] == "KL-000007":
            doc["properties"]["text"] = "Auf dem Portal geändert"
    server.data.write_text(json.dumps(docs), encoding="utf-8")
    result = push(gpkg)
    assert (result.pushed, result.conflicts, result.conflict_ids) == (1, 2, ["KL-000005", "KL-000007"])
    assert any("KL-000005 is no longer on the portal" in e for e in result.errors)
    assert "KL-000005" not in portal_state(server)  # nothing re-created
    assert Store(gpkg).rows("submissions", "sync_state", "portal_id = 'KL-000005'")[0]["sync_state"] == "conflict"
    found = conflicts(gpkg)  # shown as gone: it can only be skipped, "take the portal's" changes nothing
    assert [(c.portal_id, c.gone) for c in found] == [("KL-000005", True), ("KL-000007", False)]
    title = Store(gpkg).rows("submissions", "title", "portal_id = 'KL-000005'")[0]["title"]
    assert title and found[0].differences == [("submission", "no longer on the portal", title)]  # which one it was
    before = store_state(gpkg)
    assert resolve(gpkg, found[:1], {"KL-000005": "portal"}) == 0
    assert store_state(gpkg) == before


def test_an_empty_note_on_either_side_is_no_difference(portal):
    server, gpkg = portal
    classify_some(gpkg, "\"portal_id\" = 'KL-000004'", ["asyl"], "")  # a note typed and deleted again
    docs = json.loads(server.data.read_text(encoding="utf-8"))
    for doc in docs["_default"].values():
        if doc["id"] == "KL-000004":
            doc["properties"]["text"] = "Auf dem Portal geändert"
    server.data.write_text(json.dumps(docs), encoding="utf-8")
    assert push(gpkg).conflict_ids == ["KL-000004"]
    shown = [d[0] for d in conflicts(gpkg)[0].differences]
    assert "text" in shown and "planner_note" not in shown  # not a row that shows "–" on both sides


def push_with_every_put_answered_by(fault, server, gpkg, fault_proxy):
    """A push through a proxy that answers every PUT, retries included, with `fault`: (the proxy, the result).
    Retries stay on, so that a connection a busy machine drops on the way does not decide the outcome."""
    proxy = fault_proxy(server.url)
    proxy.rule = lambda method, path: fault if method == "PUT" else None
    return proxy, push(gpkg, target=proxy.rewrite(server.collection_url), http=Http(retries=2, backoff=0.01))


def test_a_web_page_answering_a_write_is_not_taken_as_written(portal, fault_proxy):
    server, gpkg = portal
    classify_some(gpkg, "\"portal_id\" = 'KL-000003'", ["religion"])
    proxy, result = push_with_every_put_answered_by(("html200",), server, gpkg, fault_proxy)
    assert (result.pushed, result.failed) == (0, 1) and result.errors
    assert Store(gpkg).rows("submissions", "sync_state", "portal_id = 'KL-000003'")[0]["sync_state"] == "modified"
    proxy.rule = None
    assert push(gpkg, target=proxy.rewrite(server.collection_url)).pushed == 1
    assert portal_state(server)["KL-000003"][0]["status"] == "classified"


def test_a_cancelled_push_keeps_what_it_wrote_and_writes_exactly_the_rest_next_time(portal, fault_proxy):
    server, gpkg = portal
    classify_some(gpkg, "true", ["asyl"])

    class CancelAfterFirstBatch(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802 - Qt's name
            super().setProgress(value)
            if value > 0:
                self.cancel()

    proxy = fault_proxy(server.url)
    with pytest.raises(CancelledError, match="cancelled"):
        push(gpkg, target=proxy.rewrite(server.collection_url), batch=5, feedback=CancelAfterFirstBatch())
    first = [p.rsplit("/", 1)[-1] for _, m, p, _ in proxy.log if m == "PUT"]
    assert len(first) == 5 and Store(gpkg).count("submissions", "sync_state = 'clean'") == 5
    proxy.log.clear()
    assert push(gpkg, target=proxy.rewrite(server.collection_url)).pushed == 7
    second = [p.rsplit("/", 1)[-1] for _, m, p, _ in proxy.log if m == "PUT"]
    assert sorted(first + second) == sorted(portal_state(server)) and not set(first) & set(second)


def test_a_colleague_s_answer_seen_through_a_re_pull_is_still_not_overwritten(portal):
    server, gpkg = portal
    ids = ["KL-{:06d}".format(n) for n in range(7, 13)]
    where = "\"portal_id\" IN ({})".format(", ".join("'{}'".format(i) for i in ids))
    classify_some(gpkg, where, ["religion"])
    assert push(gpkg).pushed == 6
    # Colleagues answer on the portal while the citizens correct their texts; our re-pull takes the new texts ...
    for n, portal_id in enumerate(ids):  # each answer its own, so that nothing depends on one answer's fingerprint
        requests.put(server.collection_url + "/items/" + portal_id, json={
            "type": "Feature", "id": portal_id, "geometry": portal_state(server)[portal_id][1],
            "properties": dict(portal_state(server)[portal_id][0], status="not_relevant", text="Korrigiert.",
                               anmerkung_planung="Kollegin {}: erledigt".format(n))}, timeout=30).raise_for_status()
    assert pull(server.collection_url, PROFILE, gpkg).updated == 6
    # ... and then decide differently here: the push must show the conflicts, not write over their answers.
    classify_some(gpkg, where, ["asyl"])
    result = push(gpkg)
    assert (result.pushed, sorted(result.conflict_ids)) == (0, ids)
    for n, portal_id in enumerate(ids):
        props = portal_state(server)[portal_id][0]
        assert (props["status"], props["anmerkung_planung"]) == ("not_relevant", "Kollegin {}: erledigt".format(n))


def test_an_annotation_is_replaced_by_put_after_a_changed_decision(tmp_path, pygeoapi, fault_proxy):
    import json

    from stadtdialog.core.pull.profile import load_profile

    server = pygeoapi(portal_features(6), editable=True, max_items=50, annotations=True)
    profile = json.loads(load_profile(PROFILE).path.read_text(encoding="utf-8"))
    profile.update(name="read-only-portal", annotations_collection="annotations")
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    gpkg = tmp_path / "s.gpkg"
    pull(server.collection_url, str(path), gpkg)
    classify_some(gpkg, "\"portal_id\" = 'KL-000002'", ["asyl"])
    proxy = fault_proxy(server.url)
    assert push(gpkg, target=proxy.rewrite(server.collection_url)).pushed == 1
    classify_some(gpkg, "\"portal_id\" = 'KL-000002'", ["religion", "sozialraum"])
    assert push(gpkg, target=proxy.rewrite(server.collection_url)).pushed == 1
    methods = [m for _, m, p, _ in proxy.log if "/collections/annotations/items" in p and m in ("POST", "PUT")]
    assert methods == ["POST", "PUT"]  # created once, then replaced
    notes = list(portal_state(server, "annotations").values())
    assert len(notes) == 1 and notes[0][0]["handlungsfelder"] == '["religion","sozialraum"]'
    assert all(p["status"] == "" for p, _ in portal_state(server).values())  # the submissions stay read-only


def test_the_push_algorithm_answers_numbers_and_its_dry_run_writes_nothing(portal, tmp_path):
    server, gpkg = portal
    classify_some(gpkg, "\"category\" = 'idea'", ["asyl"])
    pending = Store(gpkg).count("submissions", "sync_state = 'modified'")
    before = portal_state(server)
    dry, _ = run_json("stadtdialog:push", {"INPUT": gpkg, "DRY_RUN": "true"}, tmp_path / "home")
    assert dry["results"]["PLANNED"] == pending and dry["results"]["PUSHED"] == 0
    assert portal_state(server) == before
    done, _ = run_json("stadtdialog:push", {"INPUT": gpkg}, tmp_path / "home")
    assert {k: done["results"][k] for k in ("PUSHED", "CONFLICTS", "FAILED", "SKIPPED")} == {
        "PUSHED": pending, "CONFLICTS": 0, "FAILED": 0, "SKIPPED": 0}
    assert sum(1 for p, _ in portal_state(server).values() if p["status"] == "classified") == pending


def test_an_answer_whose_reply_was_lost_is_no_conflict_the_next_time(portal, fault_proxy):
    server, gpkg = portal
    classify_some(gpkg, "\"portal_id\" = 'KL-000009'", ["asyl"])
    proxy, first = push_with_every_put_answered_by(("reset_after_forward",), server, gpkg, fault_proxy)
    assert first.pushed == 0 and first.failed == 1  # the portal applied it; we never heard
    assert portal_state(server)["KL-000009"][0]["handlungsfelder"] == '["asyl"]'
    proxy.rule = None
    second = push(gpkg, target=proxy.rewrite(server.collection_url))
    assert (second.pushed, second.conflicts) == (1, 0), second.errors  # our own answer, found there: no conflict
    assert Store(gpkg).count("submissions", "sync_state <> 'clean'") == 0


def test_wfs_t_writes_in_transactions_of_500_and_a_web_page_is_no_list_of_features(tmp_path, mapserver,
                                                                                   fault_proxy):
    server = mapserver(portal_features(620))
    gpkg = tmp_path / "s.gpkg"
    pull(server.wfs_url, PROFILE, gpkg)
    assert classify_some(gpkg, "true", ["asyl"]) == 620
    proxy = fault_proxy(server.url)
    # A maintenance page where the current state of the submissions should be: nothing is a conflict.
    proxy.rule = lambda method, path: ("html200",) if "FEATUREID" in path or method == "GET" and \
        "GetFeature" in path else None
    broken = push(gpkg, target=proxy.rewrite(server.wfs_url), http=Http(retries=0))
    assert broken.pushed == 0 and broken.conflicts == 0 and broken.failed == 620
    assert Store(gpkg).count("submissions", "sync_state = 'conflict'") == 0
    proxy.rule = None
    proxy.log.clear()
    done = push(gpkg, target=proxy.rewrite(server.wfs_url))
    assert (done.pushed, done.conflicts, done.failed) == (620, 0, 0), done.errors[:3]
    assert done.writes == 2  # 500 + 120: the default transaction size
    assert sum(1 for _, m, _, _ in proxy.log if m == "POST") == 2
