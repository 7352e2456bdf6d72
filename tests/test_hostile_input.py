"""The hostile-input corpus (tests/data/hostile, written by its make_corpus.py): every case ends as stated.

Never a crash, never a traceback in front of the user: a case ends imported, normalised with a note,
quarantined with its reason, or refused with a clear message that leaves nothing behind.
"""
import http.server
import json
import threading
import traceback
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from conftest import FIGURES
from stadtdialog.core.errors import StadtdialogError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.sources.http import Http
from stadtdialog.core.store.gpkg_store import Store

DATA = Path(__file__).resolve().parent / "data" / "hostile"
CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))


def run_case(case, tmp_path, http=None, source=None):
    """(outcome, text the user sees or stored notes, the stored row of the case's id)."""
    gpkg = tmp_path / (case["file"] + ".gpkg")
    profile, source = case["profile"], source or DATA / case["file"]
    if profile == "SELF":  # the case is a profile; the data is a good file
        profile, source = str(DATA / case["file"]), DATA / "basic.geojson"
    elif profile.endswith(".json"):
        profile = str(DATA / profile)
    try:
        pull(source, profile, gpkg, http=http)
    except StadtdialogError as exc:
        return ("refused" if not gpkg.exists() else "refused, but a file was left"), str(exc), None
    except Exception:  # noqa: BLE001 - what this suite exists to find
        return "crashed", traceback.format_exc(), None
    store = Store(gpkg)
    reasons = " | ".join(r["reason"] for r in store.rows("quarantine", "reason"))
    row = store.rows("submissions", where="portal_id = ?", params=(case["id"],)) if case["id"] else []
    row = row[0] if row else None
    if reasons:
        return "quarantined", reasons, row
    if row is not None and row["import_note"]:
        return "normalised", row["import_note"], row
    return "imported", "", row


def check(case, outcome, text, row):
    problems = []
    if outcome != case["expect"]:
        problems.append("expected {}, got {}: {}".format(case["expect"], outcome, text[:300]))
    if case["match"] and case["match"].lower() not in text.lower():
        problems.append("'{}' not in: {}".format(case["match"], text[:300]))
    if "Traceback" in text:
        problems.append("a traceback reached the user")
    if case["expect"] in ("imported", "normalised") and case["id"] and row is None:
        problems.append("the submission is missing")
    if case["check"] and row is not None and row[case["check"]["field"]] != case["check"]["equals"]:
        problems.append("{} stored as {!r}".format(case["check"]["field"], row[case["check"]["field"]][:120]))
    return problems


def test_the_corpus_has_enough_cases_of_every_kind():
    kinds = Counter(c["expect"] for c in CASES)
    assert len(CASES) >= 40 and all(kinds[k] >= 5 for k in ("imported", "normalised", "quarantined", "refused"))


def test_every_hostile_file_ends_as_stated(tmp_path):
    failures, outcomes = {}, Counter()
    for case in CASES:
        outcome, text, row = run_case(case, tmp_path)
        outcomes[outcome] += 1
        problems = check(case, outcome, text, row)
        if problems:
            failures[case["file"]] = problems
    FIGURES.append("hostile input: {} cases: {} imported, {} normalised with a note, {} quarantined with a reason, "
                   "{} refused with a message; {} crashed, {} not as stated".format(
                       len(CASES), outcomes["imported"], outcomes["normalised"], outcomes["quarantined"],
                       outcomes["refused"], outcomes["crashed"], len(failures)))
    assert not failures, json.dumps(failures, indent=1, ensure_ascii=False)


@pytest.fixture
def web_server(tmp_path):
    """A plain web server serving files, as a city's web server serves an export; its types can be wrong."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {".geojson": "text/html", "": "application/octet-stream"}

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(DATA)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield "http://127.0.0.1:{}".format(server.server_address[1])
    server.shutdown()
    server.server_close()


def test_over_the_web_a_wrong_content_type_and_an_oversized_page_are_handled(web_server, tmp_path):
    basic = next(c for c in CASES if c["file"] == "basic.geojson")
    html = next(c for c in CASES if c["file"] == "html-instead.geojson")
    # GeoJSON served as text/html is still read for what it is; an HTML page is refused.
    assert run_case(basic, tmp_path / "a", source=web_server + "/basic.geojson")[0] == "imported"
    outcome, text, _ = run_case(html, tmp_path / "b", source=web_server + "/html-instead.geojson")
    assert outcome == "refused" and "web page" in text
    big = next(c for c in CASES if c["file"] == "long-text.geojson")  # 132 kB in one answer
    outcome, text, _ = run_case(big, tmp_path / "c", http=Http(max_bytes=64 * 1024),
                                source=web_server + "/long-text.geojson")
    assert outcome == "refused" and "larger than" in text and "smaller pages" in text
    FIGURES.append("hostile input over the web: wrong content type read for what it is, HTML refused, "
                   "oversized answer refused unread")


def test_the_readme_states_the_corpus_as_it_is():
    """The figures the README gives for the corpus are the ones cases.json states (and the test above proves)."""
    import re

    from conftest import ROOT

    kinds = Counter(c["expect"] for c in CASES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"(\d+) cases with their stated outcome", readme)
    figures = re.search(r"\*\*(\d+) imported, (\d+) normalised with a note, (\d+)\s+quarantined with a reason, "
                        r"(\d+) refused with a message", readme)
    assert stated and int(stated.group(1)) == len(CASES)
    assert figures and tuple(int(g) for g in figures.groups()) == (
        kinds["imported"], kinds["normalised"], kinds["quarantined"], kinds["refused"])
