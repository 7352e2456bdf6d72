"""The plugin in the real QGIS desktop (under Xvfb): load/unload, pull, review and write back from the menu."""
import json
from pathlib import Path

from conftest import ROOT
from desktop_run import run_in_qgis

HERE = Path(__file__).resolve().parent


def _with_portal(script, tmp_path, server, shot, gpkg):
    """Run a desktop script against a portal; returns its report (after checking it raised nothing)."""
    shot.parent.mkdir(exist_ok=True)
    r = run_in_qgis(HERE / "desktop" / script, tmp_path, extra_env={
        "STADTDIALOG_PORTAL": server.collection_url, "STADTDIALOG_GPKG": str(gpkg), "STADTDIALOG_SHOT": str(shot)})
    assert "error" not in r, r.get("error")
    return r


def test_load_unload_load_in_real_qgis_leaves_no_leftovers(tmp_path):
    shot = tmp_path / "loaded.png"
    r = run_in_qgis(HERE / "desktop" / "load_unload.py", tmp_path, extra_env={"STADTDIALOG_SHOT": str(shot)})
    assert "error" not in r, r.get("error")
    loaded, unloaded, reloaded = r["loaded"], r["unloaded"], r["reloaded"]
    assert len(loaded["web_menus"]) == 1 and "Connect and pull…" in loaded["menu_entries"]
    assert loaded["toolbars"] == ["StadtdialogToolbar"]
    assert loaded["providers"] == ["stadtdialog"] and "stadtdialog:pull" in loaded["algorithms"]
    assert unloaded["web_menus"] == [] and unloaded["toolbars"] == []
    assert unloaded["actions"] == 0 and unloaded["providers"] == [] and unloaded["algorithms"] == []
    before = r["before"]
    assert (unloaded["menus_total"], unloaded["toolbars_total"]) == (before["menus_total"], before["toolbars_total"])
    # Loading again gives exactly what the first load gave: nothing doubled.
    for key in ("web_menus", "menu_entries", "toolbars", "actions", "providers", "algorithms", "menus_total",
                "toolbars_total"):
        assert reloaded[key] == loaded[key], key
    assert shot.stat().st_size > 10000


def test_a_new_user_pulls_the_demo_portal_from_the_menu(tmp_path, pygeoapi):
    from stadtdialog.resources.demo.generate import generate

    server = pygeoapi(generate(120), editable=True, max_items=50)
    shot = ROOT / "demo-output" / "pull-from-menu.png"  # the README's picture (make screenshots)
    r = _with_portal("pull_from_menu.py", tmp_path, server, shot, tmp_path / "demo.gpkg")
    assert r["dialog"] == "StadtdialogPullDialog"
    assert r["features"] == 120 and r["renderer"] == "categorizedSymbol"
    assert "120 new" in r["message"] and "5 quarantined" in r["message"]
    assert shot.stat().st_size > 20000


def test_a_reviewer_classifies_three_submissions_by_keyboard_in_real_qgis(tmp_path, pygeoapi):
    from stadtdialog.core.store.gpkg_store import Store
    from stadtdialog.resources.demo.generate import generate

    server = pygeoapi(generate(150), editable=True, max_items=100)
    gpkg = tmp_path / "demo.gpkg"
    shot = ROOT / "demo-output" / "review.png"
    r = _with_portal("review_by_keyboard.py", tmp_path, server, shot, gpkg)
    assert r["visible"] and r["progress"] == "3 of 150 reviewed"
    rows = {row["fid"]: row for row in Store(gpkg).rows("submissions")}
    first, second, third = (rows[fid] for fid in r["classified"])
    assert json.loads(first["action_areas"]) == ["arbeit_wirtschaft", "sozialraum"]
    assert first["review_status"] == second["review_status"] == "classified"
    assert json.loads(second["action_areas"]) == json.loads(second["suggested_action_areas"])
    assert (third["review_status"], third["priority"]) == ("not_relevant", 1)
    assert Store(gpkg).count("audit_log") >= 6
    assert shot.stat().st_size > 20000


def test_a_planner_writes_back_from_the_menu_after_checking_first(tmp_path, pygeoapi):
    from test_push import portal_features

    server = pygeoapi(portal_features(60), editable=True, max_items=100)
    gpkg = tmp_path / "demo.gpkg"
    shot = ROOT / "demo-output" / "write-back.png"
    r = _with_portal("write_back_from_menu.py", tmp_path, server, shot, gpkg)
    assert r["dialog"] == "StadtdialogPushDialog" and r["pending_rows"] == r["classified"] > 0
    assert r["dry_planned"] == r["classified"] and "Nothing was changed" in r["dry_summary"]
    assert r["pushed"] == r["classified"] and r["pending_after"] == 0
    stored = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    assert sum(1 for d in stored if d["properties"].get("status") == "classified") == r["classified"]
    assert shot.stat().st_size > 10000
