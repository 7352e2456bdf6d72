"""make demo: the main job on the bundled demo portal, the whole loop.

Starts pygeoapi on 127.0.0.1 with a seeded demo participation and runs, with the real qgis_process.bin:
pull → suggest → classify a sample by expression → push the answers to the portal → pull again (the
answers are now on the portal, and no change to us) → export (GeoJSON, CSV) → report (PDF, HTML). Leaves in
demo-output/ the GeoPackage, the .qgz project, the PNG map and the PDF report, prints a summary, stops the
server.
"""
import argparse
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

import servers  # noqa: E402  (the same server helpers the tests use)
from qgis.core import QgsApplication, QgsProject  # noqa: E402
from qgis_process_run import run_json  # noqa: E402
from stadtdialog.core import translation  # noqa: E402
from stadtdialog.core.i18n import words  # noqa: E402
from stadtdialog.core.publish.basemap import add_basemap, online  # noqa: E402
from stadtdialog.core.publish.districts import add_districts  # noqa: E402
from stadtdialog.core.publish.map_image import export_map_png  # noqa: E402
from stadtdialog.core.review.project_layers import add_submissions  # noqa: E402
from stadtdialog.core.store.gpkg_store import Store  # noqa: E402
from stadtdialog.dialogs.project_view import write_with_view  # noqa: E402
from stadtdialog.resources.demo.districts import write_districts  # noqa: E402
from stadtdialog.resources.demo.generate import generate  # noqa: E402

PROFILE = "demo-kaiserslautern"
WORDS = {"de": {"layer": "Beiträge", "districts": "Stadtteile (Demo, ungefähr)",
                "map": "Integration findet Stadt – Beiträge nach Kategorie"},
         "en": {"layer": "Submissions", "districts": "Districts (demo, approximate)",
                "map": "Integration findet Stadt – submissions by category"}}
# The sample a planner classifies by expression: wishes for a meeting place, and remarks about sport.
SAMPLE = [("\"category\" = 'missing_meeting_place'", "sozialraum,willkommenskultur", "classified",
           "Treffpunkt im Quartier prüfen"),
          ("\"category\" = 'idea' AND (\"text\" ILIKE '%sport%' OR \"text\" ILIKE '%verein%')", "kultur_sport",
           "in_review", None)]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "demo-output"))
    parser.add_argument("--count", type=int, default=600)
    args = parser.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = out / "portal"
    work.mkdir()
    home = out / "qgis-home"
    data = work / "beitraege.tinydb.json"
    servers.write_tinydb(data, generate(args.count))
    print("Demo portal: {} submissions plus a handful of broken records".format(args.count))
    server = servers.start_pygeoapi(work, data, editable=True, max_items=250)
    gpkg = out / "integration-findet-stadt.gpkg"
    districts = write_districts(out / "stadtteile-demo.gpkg")
    steps = {}

    def run(step, algorithm, params):
        result, _ = run_json(algorithm, params, home)
        steps[step] = result["results"]
        return result["results"]

    try:
        print("pygeoapi is serving them at {}".format(server.collection_url))
        source = {"SOURCE": server.collection_url, "PROFILE": PROFILE, "OUTPUT": gpkg}
        run("pull", "stadtdialog:pull", source)
        run("suggest", "stadtdialog:suggest", {"INPUT": gpkg})
        classified = 0
        for expression, areas, status, note in SAMPLE:
            params = {"INPUT": gpkg, "EXPRESSION": expression, "ACTION_AREAS": areas, "STATUS": status}
            if note:
                params["NOTE"] = note
            classified += run("classify", "stadtdialog:classify", params)["CLASSIFIED"]
        run("dry", "stadtdialog:push", {"INPUT": gpkg, "DRY_RUN": "true"})
        run("push", "stadtdialog:push", {"INPUT": gpkg})
        run("again", "stadtdialog:pull", source)
    finally:
        server.stop()
    on_portal = [d for d in json.loads(data.read_text(encoding="utf-8"))["_default"].values()
                 if (d.get("properties") or {}).get("status")]
    run("geojson", "stadtdialog:export", {"INPUT": gpkg, "OUTPUT": out / "beitraege.geojson"})
    run("csv", "stadtdialog:export", {"INPUT": gpkg, "OUTPUT": out / "beitraege.csv"})
    pdf, html = out / "bericht-integration-findet-stadt.pdf", out / "bericht-integration-findet-stadt.html"
    title = "Integration findet Stadt – Im Dialog zum Erfolg!"
    run("report", "stadtdialog:report", {"INPUT": gpkg, "OUTPUT": pdf, "DISTRICTS": districts, "TITLE": title})
    run("html", "stadtdialog:report", {"INPUT": gpkg, "OUTPUT": html, "DISTRICTS": districts, "TITLE": title})

    app = QgsApplication([], True)  # with widgets: a map canvas writes the project's view
    app.initQgis()
    language = translation.install()  # the project speaks the language of the locale (LANG=de_DE.UTF-8: German)
    names = WORDS[language]
    project = QgsProject.instance()
    store = Store(gpkg)
    layer = add_submissions(store, project, names["layer"], language=language)
    district_layer = add_districts(districts, names["districts"], project)  # outlines with names, below the points
    reachable = online() is not False
    background = add_basemap(project, visible=reachable)  # OpenStreetMap below; switched off offline
    extent = layer.extent().buffered(max(layer.extent().width(), layer.extent().height()) * 0.05)
    project.setTitle("Integration findet Stadt – Im Dialog zum Erfolg!")
    qgz = out / "stadtdialog-demo.qgz"
    write_with_view(project, qgz, extent, layer.crs())  # opens on the submissions
    png = export_map_png(project, layer, out / "map-by-category.png", names["map"],
                         below=[district_layer, background if reachable else None])
    first, again, push = steps["pull"], steps["again"], steps["push"]
    print()
    print("Pull:      pulled {PULLED}, new {NEW}, updated {UPDATED}, unchanged {UNCHANGED}, withdrawn {WITHDRAWN}, "
          "quarantined {QUARANTINED}".format(**first))
    for row in store.rows("quarantine", "reason, reason_code"):
        print("           quarantined: {}".format(words(row["reason_code"], row["reason"])))
    print("Suggest:   {SUGGESTED} submissions got suggested action areas".format(**steps["suggest"]))
    print("Classify:  {} submissions classified by expression".format(classified))
    print("Dry run:   would write {PLANNED}, {CONFLICTS} conflicts; nothing was written".format(**steps["dry"]))
    print("Push:      written back {PUSHED}, conflicts {CONFLICTS}, failed {FAILED}".format(**push))
    print("Portal:    now holds the answers of {} submissions".format(len(on_portal)))
    print("Pull again: new {NEW}, updated {UPDATED}, unchanged {UNCHANGED} (our answers are no change)".format(
        **again))
    print("Export:    {} to GeoJSON, {} to CSV".format(steps["geojson"]["EXPORTED"], steps["csv"]["EXPORTED"]))
    print()
    print("Wrote {}".format("\n      ".join(str(p) for p in (gpkg, qgz, png, pdf, html))))
    app.exitQgis()
    problems = []
    if first["NEW"] != args.count:
        problems.append("the first pull did not bring every submission")
    if push["PUSHED"] != classified or push["FAILED"] or len(on_portal) != classified:
        problems.append("the push did not write every classified submission")
    if again["NEW"] or again["UPDATED"]:
        problems.append("pulling again saw changes")
    if problems:
        sys.exit("the demo did not come out as expected: " + "; ".join(problems) + " " + json.dumps(steps))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
