"""Part of make bench: open a big Stadtdialog layer and review in the panel; prints JSON timings.

Usage: bench_review.py STORE [--connection-per-read] (a GeoPackage, or a PostgreSQL store's name; the option
keeps no idle reading connection, as the PostgreSQL store did before its pool, for comparison). Compares
opening the layer with QGIS's own attribute table model (all rows loaded), measured in the same run, and times
the panel's "next" after a decision (which saves that decision to the store) and after a skip.
"""
import json
import statistics
import sys
import time

from qgis.core import QgsApplication, QgsProject, QgsVectorLayerCache

app = QgsApplication([], True)
app.initQgis()

from types import SimpleNamespace  # noqa: E402

from qgis.gui import QgsAttributeTableModel, QgsMapCanvas, QgsMessageBar  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtWidgets import QMainWindow  # noqa: E402
from stadtdialog.core.review.project_layers import add_submissions  # noqa: E402
from stadtdialog.core.store.stores import open_store  # noqa: E402
from stadtdialog.dialogs.review_panel import ReviewPanel  # noqa: E402


def ms(start):
    return (time.perf_counter() - start) * 1000


def main(name):
    out = {}
    start = time.perf_counter()
    layer = add_submissions(open_store(name), QgsProject.instance(), language="de")
    out["features"] = layer.featureCount()
    out["open_layer_ms"] = ms(start)
    start = time.perf_counter()
    cache = QgsVectorLayerCache(layer, layer.featureCount())
    model = QgsAttributeTableModel(cache)
    model.loadLayer()
    out["qgis_attribute_table_ms"] = ms(start)
    del model, cache
    window = QMainWindow()
    canvas = QgsMapCanvas(window)
    canvas.setDestinationCrs(layer.crs())
    bar = QgsMessageBar(window)
    # The two parts of the desktop the panel uses: a real map canvas and a real message bar.
    panel = ReviewPanel(SimpleNamespace(mapCanvas=lambda: canvas, messageBar=lambda: bar))
    start = time.perf_counter()
    panel.set_layer(layer)
    out["panel_first_submission_ms"] = ms(start)
    decided, skipped = [], []
    for _ in range(40):
        panel.handle_key(Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier)
        panel.handle_key(Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        panel.handle_key(Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier)  # save the decision, show the next
        app.processEvents()
        decided.append(ms(start))
        start = time.perf_counter()
        panel.handle_key(Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier)
        app.processEvents()
        skipped.append(ms(start))
    out["next_after_decision_ms"] = {"median": statistics.median(decided), "max": max(decided)}
    out["next_after_skip_ms"] = {"median": statistics.median(skipped), "max": max(skipped)}
    out["progress"] = panel.progress.text()
    print("BENCH_REVIEW " + json.dumps(out))


if __name__ == "__main__":
    if "--connection-per-read" in sys.argv[2:]:
        from stadtdialog.core.store import pg_store

        pg_store.read_pool.KEEP = 0  # every read connects anew and closes
    main(sys.argv[1])
