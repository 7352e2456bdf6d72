"""Pull and push through a fault-injecting proxy in front of the real pygeoapi: a seeded random run.

After each scenario either the result equals the fault-free result, or (pull) the store is exactly as it was
and the user got a clear message, or (push) the user got a clear message and running the push again ends
exactly where a fault-free push ends. Lost or duplicated records must be zero. `make test` runs a sample,
`make test-slow` the long run; both print their figures at the end of the test run.
"""
import json
import random
import shutil
import sqlite3
import time
from collections import Counter

import pytest
import requests
from conftest import FIGURES
from qgis.core import QgsVectorLayer
from sample import submissions
from servers import read_items
from stadtdialog.core.errors import StadtdialogError
from stadtdialog.core.pull.profile import load_profile
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.classify import classify
from stadtdialog.core.sources.http import Http
from stadtdialog.core.writeback.push import push
from test_push import WRITEBACK

PROFILE = "demo-kaiserslautern"
SEED = 2018


def fault_kinds(other_host):
    return [("reset",), ("status", 429, "0"), ("status", 429, None), ("status", 503, "0"), ("status", 500, None),
            ("status", 502, None), ("truncate",), ("slow", 0.7), ("html200",), ("redirect", other_host),
            ("reset_after_forward",)]


def _http():
    return Http(timeout=(2, 0.5), retries=3, backoff=0.01, max_wait=0.05)


def _patient_http():
    """The fault-free run afterwards, as a user runs it: a read timeout that a busy 2-core machine never hits
    (with 0.5 s, a slow but correct answer was counted as lost work)."""
    return Http(timeout=(5, 30), retries=3, backoff=0.01, max_wait=0.05)


def _snapshot(gpkg):
    con = sqlite3.connect(gpkg)
    try:
        rows = con.execute("SELECT portal_id, portal_hash, portal_state, review_status, action_areas, sync_state, "
                           "title, text FROM submissions ORDER BY portal_id").fetchall()
        quarantine = con.execute("SELECT reason, raw FROM quarantine ORDER BY reason, raw").fetchall()
    finally:
        con.close()
    return rows, quarantine


class Portal:
    """The real pygeoapi with an editable submissions collection and an annotations collection."""

    def __init__(self, pygeoapi, fault_proxy, tmp_path):
        features = submissions(60)
        for f in features:
            f["properties"].update({name: "" for name in WRITEBACK})
        self.new = features
        self.old = json.loads(json.dumps(features[:50]))  # the portal as it was at the last pull
        for f in self.old[:5]:
            f["properties"]["text"] = "frühere Fassung"
        self.server = pygeoapi(self.old, editable=True, max_items=10, annotations=True)
        self.proxy = fault_proxy(self.server.url)
        self.other_host = self.proxy.url.replace("127.0.0.1", "localhost")
        self.tmp = tmp_path

    def serve(self, features):
        from servers import write_tinydb

        # A write the last scenario's client gave up waiting for may still be under way on the server:
        # rewriting the files under it would corrupt them.
        assert self.proxy.wait_idle(), "the portal is still busy with the last scenario"
        write_tinydb(self.server.data, features)
        write_tinydb(self.server.annotations, [])

    def url(self):
        return self.proxy.rewrite(self.server.collection_url)


def _annotations_profile(tmp_path):
    path = tmp_path / "readonly.json"
    data = json.loads(load_profile(PROFILE).path.read_text(encoding="utf-8"))
    data.update(name="readonly", annotations_collection="annotations")
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _pull_base(portal, tmp_path):
    """A store pulled from the old portal, with reviewers' work in it; and the fault-free pull of the new one."""
    portal.serve(portal.old)
    base = tmp_path / "base.gpkg"
    pull(portal.server.collection_url, PROFILE, base)
    layer = QgsVectorLayer("{}|layername=submissions".format(base), "s", "ogr")
    classify(layer, "\"category\" = 'idea'", ["religion"], "classified", "geprüft", user="R")
    del layer
    portal.serve(portal.new)
    reference = tmp_path / "reference.gpkg"
    shutil.copy(base, reference)
    pull(portal.server.collection_url, PROFILE, reference)
    return base, _snapshot(base), _snapshot(reference)


def _push_bases(portal, tmp_path):
    """Two stores with twelve pending answers: one writes by PUT, one into the annotations collection."""
    portal.serve(portal.new)
    bases = {}
    for mode, profile in (("put", PROFILE), ("annotations", _annotations_profile(tmp_path))):
        path = tmp_path / "push-{}.gpkg".format(mode)
        pull(portal.server.collection_url, profile, path)
        layer = QgsVectorLayer("{}|layername=submissions".format(path), "s", "ogr")
        assert classify(layer, "\"portal_id\" <= 'KL-000012'", ["asyl"], "classified", "ok", user="R") == 12
        del layer
        bases[mode] = path
    return bases


def _faults(rng, kinds, requests):
    return {rng.randint(1, requests): rng.choice(kinds) for _ in range(rng.randint(1, 3))}


def _pull_scenario(portal, base, before, expected, faults, tmp_path, n):
    work = tmp_path / "work-pull-{}.gpkg".format(n)
    shutil.copy(base, work)
    portal.proxy.count, portal.proxy.faults, portal.proxy.dead = 0, faults, False
    try:
        pull(portal.url(), PROFILE, work, http=_http())
    except StadtdialogError as exc:
        clean = _snapshot(work) == before and str(exc) and "Traceback" not in str(exc)
        return "failed cleanly" if clean else "lost or duplicated"
    except Exception:  # noqa: BLE001 - counted: a crash is what this suite exists to find
        return "crashed"
    return "recovered" if _snapshot(work) == expected else "lost or duplicated"


def _portal_answers(portal, mode):
    """What the portal holds, asked of the server itself (not the proxy, not its file, which it may still be
    writing when a lost answer's request is being finished)."""
    collection = "annotations" if mode == "annotations" else "submissions"
    portal.proxy.wait_idle()
    for attempt in range(20):  # a write the client gave up waiting for may still be under way on the server
        try:
            docs = read_items(portal.server.url, collection)
            break
        except (requests.HTTPError, ValueError, KeyError):
            if attempt == 19:
                raise
            time.sleep(0.5)
    if mode == "annotations":
        ids = [d["properties"].get("beitrag_id") for d in docs]
    else:
        ids = [d["id"] for d in docs if d["properties"].get("status") == "classified"]
    return Counter(ids)


def _push_then_again(target, proxy, base, faults, work, answered_once):
    """A push under faults, then once more without (as the user would): the outcome of the two."""
    shutil.copy(base, work)
    proxy.count, proxy.faults, proxy.dead = 0, faults, False
    try:
        first = push(work, target=target, http=_http())
        message = "; ".join(first.errors)
        recovered = (first.pushed, first.failed, first.conflicts) == (12, 0, 0)
    except StadtdialogError as exc:
        recovered, message = False, str(exc)
    except Exception:  # noqa: BLE001
        return "crashed"
    proxy.faults = {}
    # The user runs the push again once the first one's requests have settled. A write the client gave up on
    # (0.5 s) that is still on its way to the server when the second push looks for it cannot be seen by any
    # client; a portal that checks "exists" and inserts in two steps then stores it twice.
    assert proxy.wait_idle(), "the portal is still busy with the first push"
    try:
        push(work, target=target, http=_patient_http())
    except Exception:  # noqa: BLE001
        return "crashed"
    con = sqlite3.connect(work)
    pending = con.execute("SELECT count(*) FROM submissions WHERE sync_state <> 'clean'").fetchone()[0]
    con.close()
    if not answered_once() or pending:
        return "lost or duplicated"
    if recovered:
        return "recovered"
    return "failed cleanly" if message and "Traceback" not in message else "lost or duplicated"


def _push_scenario(portal, bases, mode, faults, tmp_path, n):
    portal.serve(portal.new)

    def answered_once():
        answers = _portal_answers(portal, mode)
        return len(answers) == 12 and max(answers.values()) == 1

    return _push_then_again(portal.url(), portal.proxy, bases[mode], faults,
                            tmp_path / "work-push-{}.gpkg".format(n), answered_once)


class WfsPortal:
    """The real qgis_mapserver (WFS 1.1 with transactions) behind its own fault proxy."""

    def __init__(self, mapserver, fault_proxy, features):
        self.server = mapserver(features)
        self.proxy = fault_proxy(self.server.url)

    def url(self):
        return self.proxy.rewrite(self.server.wfs_url)

    def reset_answers(self):
        from osgeo import ogr

        assert self.proxy.wait_idle(), "the server is still busy with the last scenario"
        ds = ogr.Open(str(self.server.data), 1)  # as any GIS would edit it, with GDAL's SQL functions
        ds.ExecuteSQL("UPDATE submissions SET {}".format(", ".join("{} = ''".format(n) for n in WRITEBACK)))
        ds = None

    def answered(self):
        self.proxy.wait_idle()
        con = sqlite3.connect(self.server.data)
        try:
            return con.execute("SELECT count(*) FROM submissions WHERE status = 'classified'").fetchone()[0]
        finally:
            con.close()


def _wfs_scenario(wfs, base, faults, tmp_path, n):
    """A WFS-T push under faults, then once more without: every answer on the server."""
    wfs.reset_answers()
    return _push_then_again(wfs.url(), wfs.proxy, base, faults, tmp_path / "work-wfs-{}.gpkg".format(n),
                            lambda: wfs.answered() == 12)


def _wfs_base(wfs, tmp_path):
    path = tmp_path / "push-wfs.gpkg"
    pull(wfs.server.wfs_url, PROFILE, path)
    layer = QgsVectorLayer("{}|layername=submissions".format(path), "s", "ogr")
    assert classify(layer, "\"portal_id\" <= 'KL-000012'", ["asyl"], "classified", "prüfen", user="R") == 12
    del layer
    return path


def run_faults(pygeoapi, fault_proxy, tmp_path, scenarios, mapserver=None):
    portal = Portal(pygeoapi, fault_proxy, tmp_path)
    wfs = WfsPortal(mapserver, fault_proxy, portal.new) if mapserver else None
    wfs_base = _wfs_base(wfs, tmp_path) if wfs else None
    base, before, expected = _pull_base(portal, tmp_path)
    assert before != expected  # the new portal state really changes the store
    bases = _push_bases(portal, tmp_path)
    kinds = fault_kinds(portal.other_host)
    rng = random.Random(SEED)
    outcomes = Counter()
    for n in range(scenarios):
        if wfs and n % 4 == 3:
            what, faults = "wfs-t", _faults(rng, kinds, 8)
            outcome = _wfs_scenario(wfs, wfs_base, faults, tmp_path, n)
        elif n % 2 == 0:
            what, faults = "pull", _faults(rng, kinds, 10)
            outcome = _pull_scenario(portal, base, before, expected, faults, tmp_path, n)
        else:
            what, faults = rng.choice(("put", "annotations")), _faults(rng, kinds, 40)
            outcome = _push_scenario(portal, bases, what, faults, tmp_path, n)
        outcomes[outcome] += 1
        if outcome in ("lost or duplicated", "crashed"):
            FIGURES.append("  scenario {} ({}): {} with faults {}".format(n, what, outcome, sorted(faults.items())))
    FIGURES.append("faults (seed {}; pull and PUT/annotations push via pygeoapi, WFS-T push via qgis_mapserver): "
                   "{} scenarios, {} recovered, {} failed cleanly, {} lost or duplicated, "
                   "{} crashed".format(SEED, scenarios, outcomes["recovered"], outcomes["failed cleanly"],
                                       outcomes["lost or duplicated"], outcomes["crashed"]))
    return outcomes


def test_a_sample_of_fault_scenarios_loses_nothing(pygeoapi, fault_proxy, mapserver, tmp_path):
    outcomes = run_faults(pygeoapi, fault_proxy, tmp_path, 16, mapserver)
    assert outcomes["lost or duplicated"] == outcomes["crashed"] == 0, outcomes
    assert outcomes["recovered"] > 0
    assert sum(outcomes.values()) == 16 and set(outcomes) <= {"recovered", "failed cleanly"}  # every one counted


@pytest.mark.slow
def test_two_hundred_and_forty_fault_scenarios_lose_nothing(pygeoapi, fault_proxy, mapserver, tmp_path):
    outcomes = run_faults(pygeoapi, fault_proxy, tmp_path, 240, mapserver)
    assert outcomes["lost or duplicated"] == outcomes["crashed"] == 0, outcomes
    assert sum(outcomes.values()) == 240 and set(outcomes) <= {"recovered", "failed cleanly"}
