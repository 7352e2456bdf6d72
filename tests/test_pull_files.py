"""Pulling from file exports: GeoJSON, CSV variants; quarantine reasons; personal data. (The platforms' own
exports: test_platforms.py.)"""
import csv
import json
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsVectorLayer
from sample import broken_records, submissions
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.store.gpkg_store import Store

DATA = Path(__file__).resolve().parent / "data"
PROFILE = "demo-kaiserslautern"


def _geojson(tmp_path, features, name="portal.geojson"):
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_broken_records_go_to_quarantine_each_with_its_reason(tmp_path):
    import random

    good = submissions(10)
    path = _geojson(tmp_path, good + broken_records(random.Random(1), 11))
    out = tmp_path / "s.gpkg"
    result = pull(path, PROFILE, out)
    assert (result.new, result.quarantined) == (10, 5)
    reasons = sorted(r["reason"] for r in Store(out).rows("quarantine"))
    assert reasons == sorted([
        "no id (field 'beitrag_id')",
        "coordinates out of range for longitude/latitude (749.4, 77.7)",
        "coordinates are not numbers",
        "duplicate id 'KL-000001' within this pull; the first one was kept",
        "the Polygon geometry is empty or cannot be read",
    ])
    # Nothing is lost: the raw record is kept for a person to look at.
    assert all(json.loads(r["raw"])["properties"] for r in Store(out).rows("quarantine"))
    again = pull(path, PROFILE, out)  # a re-pull does not pile up the same rejects
    assert again.quarantined == 5 and Store(out).count("quarantine") == 5


def test_a_point_the_target_crs_cannot_hold_rejects_only_its_own_record(tmp_path):
    """Points go through PROJ a page at a time; one outside the CRS's area must not take its neighbours with it."""
    features = submissions(30)
    far = features[17]
    far["geometry"]["coordinates"] = [100.0, 0.0]  # 93 degrees east of UTM zone 32's meridian
    out = tmp_path / "s.gpkg"
    result = pull(_geojson(tmp_path, features), PROFILE, out)
    assert (result.new, result.quarantined) == (29, 1)
    [rejected] = Store(out).rows("quarantine")
    assert rejected["reason"] == "outside the area of use of EPSG:25832 (100.00000, 0.00000)"
    assert json.loads(rejected["raw"])["properties"]["beitrag_id"] == far["properties"]["beitrag_id"]
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance())
    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    by_id = {f["properties"]["beitrag_id"]: f for f in features}
    for feature in layer.getFeatures():
        lon, lat = by_id[feature["portal_id"]]["geometry"]["coordinates"]
        assert feature.geometry().asPoint().distance(transform.transform(QgsPointXY(lon, lat))) < 0.01


def test_personal_fields_are_not_stored_unless_asked_for(tmp_path):
    features = submissions(40)
    with_personal = [f for f in features if "email" in f["properties"]]
    assert with_personal
    path = _geojson(tmp_path, features)
    out = tmp_path / "s.gpkg"
    pull(path, PROFILE, out)
    dump = Path(out).read_bytes()
    for f in with_personal:
        assert f["properties"]["email"].encode() not in dump
    kept = tmp_path / "kept.gpkg"
    pull(path, PROFILE, kept, keep_personal=True)
    row = Store(kept).rows("submissions", "personal", "portal_id = ?", (with_personal[0]["properties"]["beitrag_id"],))
    assert json.loads(row[0]["personal"])["email"] == with_personal[0]["properties"]["email"]


def test_unmapped_portal_fields_are_kept_as_extra_and_unknown_categories_as_other(tmp_path):
    features = submissions(3)
    features[0]["properties"]["kategorie"] = "Verkehr"
    out = tmp_path / "s.gpkg"
    pull(_geojson(tmp_path, features), PROFILE, out)
    row = Store(out).rows("submissions", "category, category_raw, extra, import_note", "portal_id = 'KL-000001'")[0]
    assert (row["category"], row["category_raw"]) == ("other", "Verkehr")
    assert "unknown category 'Verkehr'" in row["import_note"]
    assert json.loads(row["extra"])["stadtteil"] == features[0]["properties"]["stadtteil"]


def test_undecodable_text_quarantines_only_that_record(tmp_path):
    features = submissions(3)
    body = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")
    body = body.replace(features[1]["properties"]["titel"].encode("utf-8"), b"Stra\xdfe kaputt", 1)
    path = tmp_path / "latin1.geojson"
    path.write_bytes(body)
    out = tmp_path / "s.gpkg"
    result = pull(path, PROFILE, out)
    assert (result.new, result.quarantined) == (2, 1)
    assert Store(out).rows("quarantine")[0]["reason"] == "text that is not valid UTF-8"


def test_non_point_and_3d_geometries_are_placed_on_a_point(tmp_path):
    features = submissions(3)
    features[0]["geometry"] = {"type": "LineString", "coordinates": [[7.76, 49.44], [7.77, 49.45]]}
    features[1]["geometry"] = {"type": "Point", "coordinates": [7.76, 49.44, 250.0]}
    features[2]["geometry"] = {"type": "Point", "coordinates": ["NaN", 49.44]}
    out = tmp_path / "s.gpkg"
    result = pull(_geojson(tmp_path, features), PROFILE, out)
    assert (result.new, result.quarantined) == (2, 1)
    line = Store(out).rows("submissions", "geometry_kind, import_note", "portal_id = 'KL-000001'")[0]
    assert line["geometry_kind"] == "LineString" and "placed at a point" in line["import_note"]
    assert Store(out).rows("quarantine")[0]["reason"] == "coordinates are not numbers"


@pytest.mark.parametrize("delimiter,decimal,bom", [(",", ".", False), (";", ",", True), ("\t", ".", False)])
def test_csv_with_any_common_delimiter_decimal_comma_bom_and_quoted_newlines(tmp_path, delimiter, decimal, bom):
    rows = [("1", "Treff am Markt", "Viele Leute;\nsehr schön, \"bunt\"", "Ort der Begegnung", 7.7689, 49.4447),
            ("2", "Dunkle Ecke", "Zu dunkel", "Weniger schöne Ecke", 7.7512, 49.439)]
    lines = [delimiter.join(["beitrag_id", "titel", "text", "kategorie", "lon", "lat"])]
    for r in rows:
        cells = [r[0], r[1], '"{}"'.format(r[2].replace('"', '""')), r[3],
                 str(r[4]).replace(".", decimal), str(r[5]).replace(".", decimal)]
        if decimal == "," and delimiter == ",":
            cells[4:] = ['"{}"'.format(c) for c in cells[4:]]
        lines.append(delimiter.join(cells))
    text = "\r\n".join(lines) + "\r\n"
    path = tmp_path / "export.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    out = tmp_path / "s.gpkg"
    result = pull(path, PROFILE, out)
    assert (result.new, result.quarantined) == (2, 0)
    stored = Store(out).rows("submissions", "portal_id, text, category")
    assert stored[0] == {"portal_id": "1", "text": "Viele Leute;\nsehr schön, \"bunt\"", "category": "meeting_place"}


def test_csv_with_wkt_column(tmp_path):
    path = tmp_path / "wkt.csv"
    path.write_text('beitrag_id,titel,wkt\n1,a,POINT (7.76 49.44)\n2,b,"POLYGON ((7.76 49.44,7.77 49.44,7.77 49.45,'
                    '7.76 49.44))"\n3,c,POINT (oops)\n', encoding="utf-8")
    out = tmp_path / "s.gpkg"
    result = pull(path, PROFILE, out)
    assert (result.new, result.quarantined) == (2, 1)
    assert Store(out).rows("quarantine")[0]["reason"] == "the WKT geometry cannot be read"


def test_contributions_without_a_place_are_submissions_to_review_not_quarantine(tmp_path):
    """No geometry, an empty point, 0, 0 for a missing one: each is a submission without a place (no point made
    up, a note saying why, placed_by 'none'), in the review queue and in every export; a re-pull writes none."""
    import random

    from stadtdialog.core.publish.export import export
    from stadtdialog.core.review.review_queue import ReviewQueue
    from stadtdialog.resources.demo.generate import unplaced_records

    features = submissions(5) + unplaced_records(random.Random(4), 6)
    path = _geojson(tmp_path, features)
    out = tmp_path / "s.gpkg"
    result = pull(path, PROFILE, out)
    assert (result.new, result.quarantined, result.without_place) == (8, 0, 3)
    assert "3 without a place" in result.short_summary()
    assert result.summary().endswith("; 3 of the new and updated without a place")  # the algorithm's log says it
    store = Store(out)
    rows = {r["portal_id"]: r for r in store.rows("submissions", "portal_id, placed_by, import_note, title")}
    unplaced = {pid: r["import_note"] for pid, r in rows.items() if r["placed_by"] == "none"}
    assert unplaced == {"KL-000006": "no location (no geometry)", "KL-000007": "no location (empty point)",
                        "KL-000008": "at 0, 0 ('Null Island'): a missing location written as zeros"}
    assert {r["placed_by"] for pid, r in rows.items() if pid not in unplaced} == {"citizen"}
    assert [x for values, x, y in store.points(["portal_id"]) if values["portal_id"] in unplaced] == [None] * 3
    layer = QgsVectorLayer(store.layer_uri(), "s", "ogr")
    assert len(ReviewQueue(layer).order) == 8  # every contribution is reviewed
    assert pull(path, PROFILE, out).unchanged == 8
    export(out, tmp_path / "e.geojson")
    exported = {f["properties"]["portal_id"]: f["geometry"] for f in json.loads(
        (tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"]}
    assert len(exported) == 8 and all(exported[pid] is None for pid in unplaced)
    export(out, tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        cells = {r["portal_id"]: (r["x"], r["y"], r["lon"], r["lat"]) for r in csv.DictReader(f)}
    assert all(cells[pid] == ("", "", "", "") for pid in unplaced) and all(cells["KL-000001"])


def test_a_csv_without_coordinate_columns_is_pulled_without_places_and_says_so(tmp_path):
    path = tmp_path / "nocoords.csv"
    path.write_text("beitrag_id,titel,text\n1,Bänke,Am Markt fehlen Bänke.\n2,Treff,Ein Treffpunkt fehlt.\n",
                    encoding="utf-8")
    result = pull(path, PROFILE, tmp_path / "s.gpkg")
    assert (result.new, result.quarantined, result.without_place) == (2, 0, 2)
    assert any("no coordinate columns found" in w and "without a place" in w for w in result.warnings)
    assert {r["placed_by"] for r in Store(tmp_path / "s.gpkg").rows("submissions", "placed_by")} == {"none"}


@pytest.mark.parametrize("shape", ["array", "object"])
def test_the_generic_profile_reads_a_plain_json_list_of_records_by_their_id(tmp_path, shape):
    """A JSON answer that is a list of records (or an object holding one, such as {"issues": [...]}): each
    record's own "id" is its id; none is quarantined for want of a feature id."""
    records = [{"id": 1000 + i, "title": "Anliegen {}".format(i), "description": "Text {}".format(i),
                "category": "idea", "created": "2018-08-0{}T10:00:00Z".format(i + 1)} for i in range(4)]
    doc = records if shape == "array" else {"issues": records, "metadata": {"pagination": {"page": 1}}}
    path = tmp_path / "issues.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = pull(path, "generic", tmp_path / "s.gpkg")
    assert (result.new, result.quarantined, result.without_place) == (4, 0, 4)
    rows = Store(tmp_path / "s.gpkg").rows("submissions", "portal_id, title, category")
    assert [(r["portal_id"], r["title"], r["category"]) for r in rows] == [
        (str(1000 + i), "Anliegen {}".format(i), "idea") for i in range(4)]


def test_a_list_of_columns_in_a_message_says_how_many_more_there_are(tmp_path):
    from stadtdialog.core.i18n import some_of

    assert some_of(["a", "b", "c"], 5) == "a, b, c"
    assert some_of(["c{}".format(i) for i in range(25)]) == ", ".join("c{}".format(i) for i in range(20)) + \
        " and 5 more"
