"""A review team on one PostgreSQL store: N reviewer processes (real QGIS, the postgres provider) make seeded
random decisions on an overlapping set of submissions for a fixed time, while a coordinator pulls and writes back.
Counted: decisions attempted, saved, refused as conflicts, lost (must be 0); the audit log must account for every
saved decision, and what the store holds at the end must be each submission's last saved decision."""
import json
import os
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import FIGURES, PLUGINS
from procgroup import run
from stadtdialog.core.store import schema
from stadtdialog.core.store.stores import open_store

HERE = Path(__file__).resolve().parent


def _run(tmp_path, pygeoapi, pg_store, postgres_server, basic_auth, reviewers, seconds, hot=12):
    from stadtdialog.core.pull.sync import pull
    from stadtdialog.core.store.pg_store import grant_roles
    from stadtdialog.core.writeback.push import push
    from test_push import PROFILE, portal_features

    server = pygeoapi(portal_features(40), editable=True, max_items=100)
    name, authcfg = pg_store("team_run")
    pull(server.collection_url, PROFILE, name, store_authcfg=authcfg)
    store = open_store(name, authcfg)
    assert grant_roles(store)
    logins = []  # every reviewer with a login of their own, granted the reviewer role only (as city IT would)
    for i in range(reviewers):
        postgres_server.sql("DROP ROLE IF EXISTS reviewer{}".format(i))
        postgres_server.sql("CREATE ROLE reviewer{0} LOGIN PASSWORD 'pw-{0}' IN ROLE team_run_reviewer".format(i))
        logins.append((postgres_server.uri("team_run", user="reviewer{}".format(i)),
                       basic_auth("reviewer{}".format(i), "pw-{}".format(i))))
    fids = [r["fid"] for r in store.rows(schema.SUBMISSIONS, "fid")][:hot]
    # room on the server for every reviewer's QGIS (a few connections each) beside what earlier tests keep open:
    # without it a reviewer's save fails as "attribute value change(s) not applied", which reads like a lost save
    free = postgres_server.sql("SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity")
    assert free[0][0] >= 5 * reviewers + 10, "the test server has {} connections free".format(free[0][0])
    from qgis.core import QgsApplication

    env = dict(os.environ, QGIS_PLUGINPATH=str(PLUGINS), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(PLUGINS), "/usr/share/qgis/python/plugins"]),
               QGIS_AUTH_DB_DIR_PATH=os.path.dirname(QgsApplication.qgisAuthDatabaseFilePath()))
    for key in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):
        env.pop(key, None)
    logs = [tmp_path / "reviewer{}.json".format(i) for i in range(reviewers)]
    results = {}

    def reviewer(i):
        results[i] = run(["/usr/bin/python3", str(HERE / "reviewer_process.py"), *logins[i], "R{}".format(i),
                          str(2018 + i), str(seconds), ",".join(map(str, fids)), str(logs[i])], env=env,
                          timeout=seconds + 180)

    threads = [threading.Thread(target=reviewer, args=(i,)) for i in range(reviewers)]
    for t in threads:
        t.start()
    time.sleep(min(4.0, seconds / 3))  # the reviewers are at work: the coordinator pulls and writes back
    coordinator = []
    while any(t.is_alive() for t in threads) and len(coordinator) < max(6, seconds // 3):
        pulled = pull(server.collection_url, PROFILE, name, store_authcfg=authcfg)
        pushed = push(name, store_authcfg=authcfg)
        coordinator.append((pulled.unchanged + pulled.updated, pushed.pushed, pushed.failed, pushed.conflict_ids,
                            pushed.errors))
        time.sleep(0.5)
    for t in threads:
        t.join()
    for proc in results.values():
        assert proc.returncode == 0, proc.stderr[-3000:]
    attempts = [a for log in logs for a in json.loads(log.read_text(encoding="utf-8"))]
    return store, attempts, coordinator


def _account(store, attempts):
    """(figures, problems): what was tried and saved, and every way a saved decision could have been lost."""
    saved = [a for a in attempts if a["outcome"] == "saved"]
    refused = [a for a in attempts if a["outcome"] == "refused"]
    errors = [a for a in attempts if a["outcome"] == "error"]
    problems = ["error: {}".format(a["error"]) for a in errors]
    by_fid = defaultdict(list)
    for a in saved:
        by_fid[a["fid"]].append(a)
    lost = 0
    for items in by_fid.values():
        versions = sorted(a["read"] + 1 for a in items)
        if len(set(versions)) != len(versions):  # two saves on the same version: one overwrote the other blindly
            lost += len(versions) - len(set(versions))
    audited = {(r["portal_id"], r["new_value"]): r["db_user"]
               for r in store.rows(schema.AUDIT_LOG, "portal_id, new_value, db_user", "field = 'planner_note'")}
    portal_ids = {r["fid"]: r["portal_id"] for r in store.rows(schema.SUBMISSIONS, "fid, portal_id")}
    unaudited = [a for a in saved if (portal_ids[a["fid"]], a["marker"]) not in audited]
    lost += len(unaudited)
    for a in saved:  # each under the login that made it (R3-12 was reviewer3's twelfth attempt)
        login = audited.get((portal_ids[a["fid"]], a["marker"]))
        if login is not None and login != "reviewer" + a["marker"].split("-")[0][1:]:
            problems.append("{} was audited as {}".format(a["marker"], login))
    final = {r["fid"]: r for r in store.rows(schema.SUBMISSIONS, "fid, planner_note, row_version")}
    for fid, items in by_fid.items():
        last = max(items, key=lambda a: a["read"])
        if final[fid]["planner_note"] != last["marker"] or final[fid]["row_version"] != last["read"] + 1:
            problems.append("submission {} holds {} (version {}), not the last saved decision {} (version {})".format(
                fid, final[fid]["planner_note"], final[fid]["row_version"], last["marker"], last["read"] + 1))
    figures = {"attempted": len(attempts), "saved": len(saved), "refused": len(refused), "errors": len(errors),
               "lost": lost, "slowest save": max((a["seconds"] for a in attempts), default=0)}
    return figures, problems


def _check(store, attempts, coordinator, reviewers, seconds, label):
    figures, problems = _account(store, attempts)
    FIGURES.append("team mode ({}): {} reviewers for {} s on one PostgreSQL store while {} pulls and pushes ran: "
                   "{attempted} decisions attempted, {saved} saved, {refused} refused as conflicts, {lost} lost; "
                   "slowest save {slowest:.2f} s".format(label, reviewers, seconds, len(coordinator),
                                                         slowest=figures["slowest save"], **figures))
    assert figures["saved"] > 0 and figures["refused"] > 0  # the reviewers really did meet on the same submissions
    assert coordinator and all(c[2] == 0 for c in coordinator)
    assert problems == []
    assert figures["lost"] == 0
    assert store.count(schema.SUBMISSIONS, "sync_state = 'conflict'") == 0


@pytest.fixture(autouse=True)
def _logins_dropped(postgres_server):
    """The reviewers' logins go with the test (the cluster serves the whole session)."""
    yield
    for i in range(8):
        postgres_server.sql("DROP ROLE IF EXISTS reviewer{}".format(i))


def test_eight_reviewers_a_pull_and_a_push_at_once_lose_no_decision(tmp_path, pygeoapi, pg_store, postgres_server,
                                                                     basic_auth):
    store, attempts, coordinator = _run(tmp_path, pygeoapi, pg_store, postgres_server, basic_auth, reviewers=8,
                                        seconds=8)
    _check(store, attempts, coordinator, 8, 8, "sample")


@pytest.mark.slow
def test_eight_reviewers_for_a_minute_lose_no_decision(tmp_path, pygeoapi, pg_store, postgres_server, basic_auth):
    store, attempts, coordinator = _run(tmp_path, pygeoapi, pg_store, postgres_server, basic_auth, reviewers=8,
                                        seconds=60, hot=20)
    _check(store, attempts, coordinator, 8, 60, "long run")
