"""Part of make bench: 10,000 decisions written back by WFS-T to qgis_mapserver serving 100,000 submissions.

Usage: bench_push.py WORKDIR COUNT CHANGES. Pulls the layer over WFS, classifies CHANGES submissions, pushes,
and checks the server's GeoPackage. Prints JSON: times, write requests (transactions), read requests.
"""
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

import servers  # noqa: E402
from stadtdialog.core.pull.sync import pull  # noqa: E402
from stadtdialog.core.review.classify import classify  # noqa: E402
from stadtdialog.core.writeback.push import push  # noqa: E402
from stadtdialog.resources.demo.generate import generate  # noqa: E402

WRITEBACK = ("handlungsfelder", "status", "prioritaet", "anmerkung_planung")


def main(work, count, changes):
    work.mkdir(parents=True, exist_ok=True)
    portal = work / "wfs-portal-{}.gpkg".format(count)
    if not portal.exists():
        features = generate(count, seed=100, broken=False)
        for f in features:
            f["properties"].update({name: "" for name in WRITEBACK})
        partial = portal.with_suffix(".partial.gpkg")
        servers.write_gpkg(partial, features)
        os.replace(partial, portal)
    served = work / "mapserver" / "portal.gpkg"  # a fresh copy: the push writes into it
    served.parent.mkdir(exist_ok=True)
    served.write_bytes(portal.read_bytes())
    server = servers.start_mapserver(served.parent, servers.write_wfs_project(served.parent, served))
    out = {}
    try:
        store = work / "wfs-store.gpkg"
        if store.exists():
            store.unlink()
        start = time.monotonic()
        pulled = pull(server.wfs_url, "demo-kaiserslautern", store)
        out["pull_seconds"], out["pulled"] = time.monotonic() - start, pulled.new
        layer = QgsVectorLayer("{}|layername=submissions".format(store), "s", "ogr")
        out["classified"] = classify(layer, "$id <= {}".format(changes), ["sozialraum"], "classified",
                                     "Bitte im Quartier prüfen", user="Bench")
        del layer
        start = time.monotonic()
        result = push(store)
        out["push_seconds"] = time.monotonic() - start
        out.update(pushed=result.pushed, conflicts=result.conflicts, failed=result.failed, writes=result.writes,
                   reads=result.reads)
    finally:
        server.stop()
    con = sqlite3.connect(served)
    out["on_server"] = con.execute("SELECT count(*) FROM submissions WHERE status = 'classified'").fetchone()[0]
    con.close()
    print("BENCH_PUSH " + json.dumps(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
