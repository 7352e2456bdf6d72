"""Exports replace the target only when the new file is complete, and no cell runs as a formula."""
import csv
import json
import os

import pytest
from sample import pulled_store, submissions
from stadtdialog.core.errors import CancelledError, StadtdialogError
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


class Progress(Feedback):
    def __init__(self):
        super().__init__()
        self.values = []

    def setProgress(self, value):  # noqa: N802 - Qt's name
        self.values.append(value)


def test_the_progress_moves_every_500_submissions_and_ends_full(gpkg, tmp_path):
    progress = Progress()
    assert export(gpkg, tmp_path / "e.csv", feedback=progress) == 1200
    assert progress.values == [pytest.approx(100 * 500 / 1200), pytest.approx(100 * 1000 / 1200), 100.0]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_an_export_is_readable_as_the_user_s_other_files_are(gpkg, tmp_path, umask, mode):
    # the temporary file is made for its owner only; colleagues on a shared drive must open the export
    old = os.umask(umask)
    try:
        for suffix in (".csv", ".geojson", ".gpkg"):
            export(gpkg, tmp_path / ("e" + suffix))
            assert oct((tmp_path / ("e" + suffix)).stat().st_mode & 0o777) == oct(mode), suffix
    finally:
        os.umask(old)


def test_the_store_itself_is_never_overwritten_and_a_neighbour_is_written(gpkg, tmp_path):
    before = gpkg.read_bytes()
    with pytest.raises(StadtdialogError, match="would overwrite the GeoPackage"):
        export(gpkg, tmp_path / "sub" / ".." / gpkg.name)
    assert gpkg.read_bytes() == before
    assert export(gpkg, tmp_path / "zz-after-the-store.gpkg") == 1200  # a name sorting after it is another file
    with pytest.raises(StadtdialogError) as failed:  # a folder that is not there: said in words
        export(gpkg, tmp_path / "missing" / "e.csv")
    assert "No such file or directory" in str(failed.value) and "[Errno" not in str(failed.value)


def test_geojson_keeps_lists_as_arrays_and_csv_gives_lon_lat_to_seven_places(tmp_path):
    from osgeo import ogr, osr

    features = submissions(5)
    features[0]["geometry"]["coordinates"] = [7.76891234567, 49.44471234567]  # a phone's GPS: many decimals
    out = pulled_store(tmp_path, features)
    with Store(out).connect() as con:
        con.execute("UPDATE submissions SET action_areas = '[\"sozialraum\", \"religion\"]' WHERE portal_id = "
                    "'KL-000001'")
    export(out, tmp_path / "e.geojson")
    features = {f["properties"]["portal_id"]: f for f in json.loads((tmp_path / "e.geojson").read_text())["features"]}
    assert features["KL-000001"]["properties"]["action_areas"] == ["sozialraum", "religion"]  # an array, not text
    assert isinstance(features["KL-000001"]["properties"]["extra"], (dict, type(None)))
    export(out, tmp_path / "e.gpkg")  # in a GeoPackage the lists and details are JSON fields, as QGIS shows them
    ds = ogr.Open(str(tmp_path / "e.gpkg"))  # read, then closed before any assertion (no OGR object outlives it)
    definition = ds.GetLayer(0).GetLayerDefn()
    subtypes = {definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetSubType()
                for i in range(definition.GetFieldCount())}
    definition = ds = None
    assert {n: subtypes[n] for n in ("action_areas", "suggested_action_areas", "extra")} == dict.fromkeys(
        ("action_areas", "suggested_action_areas", "extra"), ogr.OFSTJSON)
    export(out, tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.SetFromUserInput(Store(out).crs_authid())
    target.ImportFromEPSG(4326)
    for s in (source, target):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    for row in rows:
        lon, lat, _ = transform.TransformPoint(float(row["x"]), float(row["y"]))
        assert (row["lon"], row["lat"]) == (str(round(lon, 7)), str(round(lat, 7)))  # about 1 cm, no more, no less
