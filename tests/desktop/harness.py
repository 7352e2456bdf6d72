"""Shared by the scripts that run inside the real QGIS desktop: the result file, a watchdog, guarded steps."""
import json
import os
import threading
import traceback

result = {}


def finish(code=0):
    with open(os.environ["STADTDIALOG_RESULT"], "w") as f:
        json.dump(result, f)
    os._exit(code)


def watchdog(seconds):
    threading.Timer(seconds, lambda: (result.setdefault("error", "timeout"), finish(3))).start()


def guarded(fn):
    """A step run from QGIS's event loop; an exception ends the run and is reported to the test."""
    def run():
        try:
            fn()
        except Exception:  # noqa: BLE001 - reported to the test
            result["error"] = traceback.format_exc()
            finish(1)
    return run
