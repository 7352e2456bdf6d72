"""make demo: the main job on the bundled demo portal.

Starts pygeoapi on 127.0.0.1 with a seeded demo participation, pulls it with the real
qgis_process.bin (stadtdialog:pull), writes a .qgz project and a PNG of the styled map
into demo-output/, prints the summary and stops the server.
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
from stadtdialog.core.map_image import export_map_png  # noqa: E402
from stadtdialog.core.project_layers import add_submissions  # noqa: E402
from stadtdialog.core.store import Store  # noqa: E402
from stadtdialog.resources.demo.generate import generate  # noqa: E402


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
    data = work / "beitraege.tinydb.json"
    servers.write_tinydb(data, generate(args.count))
    print("Demo portal: {} submissions plus a handful of broken records".format(args.count))
    server = servers.start_pygeoapi(work, data, editable=True, max_items=250)
    try:
        print("pygeoapi is serving them at {}".format(server.collection_url))
        gpkg = out / "integration-findet-stadt.gpkg"
        result, _ = run_json("stadtdialog:pull", {"SOURCE": server.collection_url,
                                                  "PROFILE": "demo-kaiserslautern", "OUTPUT": gpkg},
                             out / "qgis-home")
        counts = result["results"]
        again, _ = run_json("stadtdialog:pull", {"SOURCE": server.collection_url,
                                                 "PROFILE": "demo-kaiserslautern", "OUTPUT": gpkg},
                            out / "qgis-home")
    finally:
        server.stop()

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    store = Store(gpkg)
    layer = add_submissions(store, project, "Beiträge / submissions")
    project.setCrs(layer.crs())
    project.setTitle("Integration findet Stadt – Im Dialog zum Erfolg!")
    qgz = out / "stadtdialog-demo.qgz"
    project.write(str(qgz))
    png = export_map_png(project, layer, out / "map-by-category.png",
                         "Integration findet Stadt – Beiträge nach Kategorie / submissions by category")
    print()
    print("First pull:  pulled {PULLED}, new {NEW}, updated {UPDATED}, unchanged {UNCHANGED}, "
          "withdrawn {WITHDRAWN}, quarantined {QUARANTINED}".format(**counts))
    print("Second pull: new {NEW}, updated {UPDATED}, unchanged {UNCHANGED} (nothing changed on the portal)".format(
        **again["results"]))
    for row in store.rows("quarantine", "reason"):
        print("  quarantined: {}".format(row["reason"]))
    print()
    print("Wrote {}\n      {}\n      {}".format(gpkg, qgz, png))
    app.exitQgis()
    if counts["NEW"] != args.count or again["results"]["NEW"] or again["results"]["UPDATED"]:
        sys.exit("the demo pull did not come out as expected: " + json.dumps(counts))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
