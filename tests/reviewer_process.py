"""One reviewer of the concurrency run, in a QGIS process of its own: for a fixed time, opens a random submission
of a hot set shared with the other reviewers (the layer through QGIS's postgres provider, set up as Stadtdialog
sets it up), thinks, decides, saves — and writes down what happened to every attempt.

    python3 reviewer_process.py STORE AUTHCFG REVIEWER SEED SECONDS FIDS LOG
"""
import json
import random
import sys
import time


def main():
    store_name, authcfg, reviewer, seed, seconds, fids, log = sys.argv[1:8]
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    manager = QgsApplication.authManager()
    manager.setMasterPassword("master-for-tests", True)
    from stadtdialog.core.review import form
    from stadtdialog.core.store import claims, edit_stamp
    from stadtdialog.core.store.stores import open_store

    store = open_store(store_name, authcfg or None)
    layer = QgsVectorLayer(store.layer_uri(), "submissions", store.provider)
    form.configure(layer, "en")  # as Stadtdialog sets up the layer …
    edit_stamp.watch(layer)  # … and the plugin watches it: who, when and the version claim stamped on every save
    rng = random.Random(int(seed))
    hot = [int(f) for f in fids.split(",")]
    statuses = ("classified", "in_review", "not_relevant")
    areas = [code for code, _ in store.action_area_labels("en")]
    attempts = []
    deadline = time.monotonic() + float(seconds)
    n = 0
    while time.monotonic() < deadline:
        n += 1
        fid = rng.choice(hot)
        marker = "{}-{}".format(reviewer, n)
        status = rng.choice(statuses)
        chosen = sorted(rng.sample(areas, rng.randint(1, 2))) if status == "classified" else []
        layer.startEditing()  # the reviewer decides in the form (its OK puts the decision into the edit buffer) …
        index = layer.fields().indexOf
        for name, value in (("review_status", status), ("action_areas", chosen), ("planner_note", marker)):
            layer.changeAttributeValue(fid, index(name), value)
        read = claims.based_on(layer, fid)
        time.sleep(rng.uniform(0.0, 0.25))  # … and saves the layer's edits a moment later
        started = time.monotonic()
        saved = layer.commitChanges(False)
        took = time.monotonic() - started
        errors = " ".join(layer.commitErrors())
        if not saved:
            layer.rollBack()
        outcome = "saved" if saved else "refused" if "stadtdialog-stale" in errors else "error"
        attempts.append({"fid": fid, "read": read, "marker": marker, "status": status, "areas": chosen,
                         "outcome": outcome, "seconds": took, "error": "" if saved else errors[-300:]})
    with open(log, "w", encoding="utf-8") as f:
        json.dump(attempts, f)
    app.exitQgis()


if __name__ == "__main__":
    main()
