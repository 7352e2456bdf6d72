"""Exports replace the target only when the new file is complete, and no cell runs as a formula."""
import csv

import pytest
from sample import pulled_store, submissions
from stadtdialog.core.errors import CancelledError
from stadtdialog.core.feedback import Feedback
from stadtdialog.core.publish.export import export
from stadtdialog.core.store.gpkg_store import Store


@pytest.fixture
def gpkg(tmp_path):
    return pulled_store(tmp_path, submissions(1200))


class CancelMidway(Feedback):
    calls = 0

    def isCanceled(self):  # noqa: N802 - Qt's name
        self.calls += 1
        return self.calls > 1  # asked every 500 records: cancelled with 1,000 already in the new file


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg"])
def test_a_cancelled_export_leaves_the_previous_file_exactly_as_it_was(gpkg, tmp_path, suffix):
    out = tmp_path / ("export" + suffix)
    export(gpkg, out)
    previous = out.read_bytes()
    with pytest.raises(CancelledError):
        export(gpkg, out, feedback=CancelMidway())
    assert out.read_bytes() == previous
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".stadtdialog-")]  # no half file left


@pytest.mark.parametrize("note", ["\tcmd|' /C calc'!A0", "\t=HYPERLINK(\"http://evil.example\")", "\r=1+1", "=1+1",
                                  "+1", "-1", "@A1"])
def test_no_csv_cell_starts_with_what_a_spreadsheet_would_run(gpkg, tmp_path, note):
    with Store(gpkg).connect() as con:
        con.execute("UPDATE submissions SET planner_note = ? WHERE portal_id = 'KL-000001'", (note,))
    out = tmp_path / "e.csv"
    export(gpkg, out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    cell = next(r for r in rows if r["portal_id"] == "KL-000001")["planner_note"]
    assert cell == "'" + note  # shown as typed, after an apostrophe that stops the spreadsheet evaluating it
