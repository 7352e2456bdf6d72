"""The attribute form as a reviewer sees it in the real QGIS desktop at 1366×768: three real tabs, nothing
that reads 'NULL', nothing to scroll, and at the size QGIS first opens a form (652×512) nothing cut and no
sideways scrolling, the history as a table in labels, in German and in English."""
import json
from pathlib import Path

import pytest
from conftest import ROOT
from desktop_run import run_in_qgis
from sample import submissions

HERE = Path(__file__).resolve().parent
WORDS = {"de": {"tabs": ["Beitrag", "Zuordnung", "Verlauf"], "status": "Bearbeitungsstand", "classified": "zugeordnet",
                "area": "Sozialraumorientierung", "headers": ["Wann", "Wer", "Was", "Vorher", "Nachher"],
                "foreign": ["Review status", "Action areas", "active", "Submission", "Citizen's text"]},
         "en": {"tabs": ["Submission", "Classification", "History"], "status": "Review status",
                "classified": "classified", "area": "Neighbourhoods and public space",
                "headers": ["When", "Who", "What", "Before", "After"],
                "foreign": ["Bearbeitungsstand", "Handlungsfelder", "aktiv", "Beitrag", "Bürgerin"]}}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_form_has_three_tabs_that_fit_1366_by_768_and_show_no_null(tmp_path, language):
    features = submissions(12)
    portal = tmp_path / "portal.geojson"
    portal.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    shots = (ROOT / "demo-output" / "form") if language == "de" else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    r = run_in_qgis(HERE / "desktop" / "form_at_1366.py", tmp_path, locale=language, extra_env={
        "STADTDIALOG_PORTAL": str(portal), "STADTDIALOG_GPKG": str(tmp_path / "s.gpkg"),
        "STADTDIALOG_PORTAL_ID": features[3]["properties"]["beitrag_id"],
        "STADTDIALOG_SHOT": str(shots / ("form-" + language + "-{}.png"))})
    assert "error" not in r, r.get("error")
    words = WORDS[language]
    assert r["tab_widgets"] == 1 and r["tabs"] == words["tabs"]
    assert r["size"] == [1366, 768]
    shown = [t for texts in r["tab_texts"] for t in texts]
    assert not [t for t in shown if "NULL" in t], shown
    assert all(not any(scrolls) for scrolls in r["scrolls"]), r["scrolls"]  # each tab fits without scrolling
    assert words["status"] in r["tab_texts"][1]
    assert not [t for t in shown if any(f in t for f in words["foreign"])], shown
    assert r["history_headers"] == words["headers"]
    changes = {row[2]: (row[3], row[4]) for row in r["history"]}
    assert changes[words["status"]][1] == words["classified"]
    assert words["area"] in changes[[k for k in changes if k != words["status"]][0]][1]
    assert all(row[1] == "Anna Schmidt" for row in r["history"])
    # at the size QGIS gives a form the first time (652 × 512): nothing cut, no sideways scrolling
    assert r["small"] == [[], [], []], r["small"]
