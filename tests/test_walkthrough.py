"""A planner's day in German QGIS, walked in the real desktop under Xvfb: the demo project opened, a pull, three
submissions reviewed by keyboard, the form, write back, export, report. Every step leaves a screenshot in
demo-output/walkthrough/ and is checked from what the widgets show: German words only, a map to orient by,
nothing that reads NULL."""
import json
import re
import shutil
import subprocess
from pathlib import Path

from conftest import ROOT
from desktop_run import run_in_qgis
from locales import Locale
from qgis.core import QgsProject
from test_language import FOREIGN

HERE = Path(__file__).resolve().parent
SHOTS = ROOT / "demo-output" / "walkthrough"
# English a German planner must not meet (our words, and Qt's and QGIS's own buttons)
ENGLISH = re.compile(r"\b(Cancel|Close|Run|Help|Pull|Write back|Nothing|submissions?|reviewed|Save|Details)\b")


def _demo_project(tmp_path, server):
    """The demo project as `make demo` leaves it, made in German."""
    from stadtdialog.core.publish.basemap import add_basemap
    from stadtdialog.core.publish.districts import add_districts
    from stadtdialog.core.pull.sync import pull
    from stadtdialog.core.review.project_layers import add_submissions
    from stadtdialog.core.store.gpkg_store import Store
    from stadtdialog.dialogs.project_view import write_with_view
    from stadtdialog.resources.demo.districts import write_districts

    gpkg = tmp_path / "integration-findet-stadt.gpkg"
    pull(server.collection_url, "demo-kaiserslautern", gpkg, title="Integration findet Stadt – Im Dialog zum Erfolg!")
    project = QgsProject.instance()
    with Locale("de"):
        layer = add_submissions(Store(gpkg), project, "Beiträge")
        add_districts(write_districts(tmp_path / "stadtteile.gpkg"), "Stadtteile (Demo, ungefähr)", project)
        add_basemap(project, "osm", visible=False)  # as make demo adds it on a machine without a way out
    qgz = tmp_path / "stadtdialog-demo.qgz"
    assert write_with_view(project, qgz, layer.extent().buffered(300), layer.crs())
    project.clear()
    return qgz, gpkg


def _foreign(texts):
    """Words of the English interface among what a German planner read (addresses and file paths aside)."""
    bare = [(t, re.sub(r"(https?://|/)\S+", "", t)) for t in texts]
    return sorted({t for t, words in bare if t in FOREIGN["de"] or ENGLISH.search(words)})


def test_a_planner_s_day_in_german_qgis(tmp_path, pygeoapi, qgis_new_project):
    from stadtdialog.resources.demo.generate import generate

    server = pygeoapi(generate(150, broken=False), editable=True, max_items=100)
    qgz, gpkg = _demo_project(tmp_path, server)
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    r = run_in_qgis(HERE / "desktop" / "walkthrough.py", tmp_path, timeout=300, locale="de", screen="1366x768",
                    extra_env={"STADTDIALOG_PROJECT": str(qgz), "STADTDIALOG_PORTAL": server.collection_url,
                               "STADTDIALOG_GPKG": str(gpkg), "STADTDIALOG_SHOTS": str(SHOTS)})
    assert "error" not in r, r.get("error")
    # no noise in the log panel: no layout label warned about background threads, no unbalanced edit mode
    assert not [m for m in r["log"] if "Hintergrundthread" in m or "UpdateMode" in m], r["log"]
    assert len(r["steps"]) == 14 and all((SHOTS / (step + ".png")).stat().st_size > 10000 for step in r["steps"])
    # 1. The project opens on its submissions, named in German, with districts and a background map below.
    assert r["scale"] > 1000
    assert r["layer_tree"][0] == "Beiträge" and "Stadtteile (Demo, ungefähr)" in r["layer_tree"]
    assert r["layer_tree"][-1] == "Hintergrund: OpenStreetMap (aus: ihr Server antwortete nicht)"  # offline: says why
    assert "Verbinden und abrufen…" in r["menu"] and "Einstellungen…" in r["menu"]
    # 2. The pull says what it found, in German.
    assert "150 unverändert" in r["pull_message"]
    # 3. The review panel: three decisions, counted in German.
    assert r["progress"] == "3 von 150 geprüft"
    assert r["panel_first"]["suggested"].startswith("Vorschlag")
    # 4. The form: three tabs, German words, no NULL; the history in labels.
    assert {"Beitrag", "Zuordnung", "Verlauf"} <= set(r["form"])
    assert not [t for t in r["form"] if "NULL" in t]
    assert {row[2] for row in r["history"]} == {"Handlungsfelder", "Bearbeitungsstand"}
    # 5. Write back: checked first, then the three decisions written.
    assert r["pushed"] == 3 and "Es wurde nichts geändert" in r["dry_summary"]
    stored = json.loads(server.data.read_text(encoding="utf-8"))["_default"].values()
    assert sum(1 for d in stored if d["properties"].get("status")) == 3
    # 6. and 7. Export and report ran from their dialogs, with the files beside the GeoPackage.
    exported = Path(r["11-exportiert-results"]["OUTPUT"])
    report = Path(r["13-bericht-erstellt-results"]["OUTPUT"])
    assert exported.parent == gpkg.parent and exported.exists() and report.suffix == ".pdf" and report.exists()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(report), str(SHOTS / "15-bericht-seite")], check=True)
    pages = sorted(SHOTS.glob("15-bericht-seite*.png"))
    text = subprocess.run(["pdftotext", str(report), "-"], check=True, capture_output=True, text=True).stdout
    # title, map, density map (150 placed), what citizens said (the three decided in the walkthrough), counts,
    # chart, chart by district, catalogue
    assert len(pages) == 8 and "Stimmen aus der Beteiligung" in text.split("\f")[3]
    read = r["pull_dialog"] + r["panel"] + r["form"] + r["push_dialog"] + r["10-export"] + r["12-bericht"]
    citizen = r["citizen"] + r["panel_citizen"]
    assert _foreign([t for t in read if t not in citizen]) == []  # a citizen may write English; we do not
