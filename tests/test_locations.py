"""Where a submission is: never at 'Null Island', never silently outside the target CRS's area of use, and
a participation pulled into the wrong CRS is refused with a CRS that would fit."""
import pytest
from qgis_process_run import run_json
from sample import pulled_store, submissions
from stadtdialog.core.errors import StadtdialogError
from stadtdialog.core.pull.locate import Locator, utm_for
from stadtdialog.core.store.gpkg_store import Store


def _moved(features, numbers, lon, lat):
    for n in numbers:
        features[n]["geometry"] = {"type": "Point", "coordinates": [lon, lat]}
    return features


def test_a_point_at_0_0_is_a_submission_without_a_place_never_at_null_island(tmp_path):
    out = pulled_store(tmp_path, _moved(submissions(10), [3], 0, 0))
    store = Store(out)
    assert store.count("submissions") == 10 and store.count("quarantine") == 0
    [unplaced] = store.rows("submissions", "portal_id, placed_by, import_note", "geom IS NULL")
    assert unplaced["portal_id"] == "KL-000004" and unplaced["placed_by"] == "none"
    assert "Null Island" in unplaced["import_note"] and "missing location" in unplaced["import_note"]


def test_a_few_points_outside_the_area_of_use_are_quarantined_the_rest_imported(tmp_path):
    out = pulled_store(tmp_path, _moved(submissions(20), [4, 9], 13.40, 52.52))  # Berlin: UTM zone 33
    assert Store(out).count("submissions") == 18
    reasons = [r["reason"] for r in Store(out).rows("quarantine")]
    assert reasons == ["outside the area of use of EPSG:25832 (13.40000, 52.52000)"] * 2


def test_a_participation_in_the_wrong_crs_is_refused_with_one_that_fits(tmp_path):
    features = _moved(submissions(12), range(12), 13.40, 52.52)
    with pytest.raises(StadtdialogError) as refused:
        pulled_store(tmp_path, features)
    text = str(refused.value)
    assert "12 of 12 submissions lie outside the area of use of EPSG:25832" in text
    assert "EPSG:25833" in text and "nothing was imported" in text
    assert not (tmp_path / "s.gpkg").exists()


def test_the_crs_parameter_makes_a_geopackage_in_that_crs(tmp_path):
    import json

    source = tmp_path / "berlin.geojson"
    features = _moved(submissions(12), range(12), 13.40, 52.52)
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / "berlin.gpkg"
    result, _ = run_json("stadtdialog:pull", {"SOURCE": source, "PROFILE": "demo-kaiserslautern",
                                             "OUTPUT": out, "CRS": "EPSG:25833"}, tmp_path / "home")
    assert result["results"]["NEW"] == 12 and result["results"]["QUARANTINED"] == 0
    assert Store(out).crs_authid() == "EPSG:25833"


def test_one_point_proj_refuses_rejects_only_itself():
    located = Locator("EPSG:25832").locate_all(
        [{"type": "Point", "coordinates": [1e30 if i == 2 else 410000.0 + i, 5478000.0]} for i in range(5)],
        "EPSG:25833")
    assert located[2] == "coordinates cannot be transformed to EPSG:25832"
    assert all(isinstance(p, tuple) for i, p in enumerate(located) if i != 2)


@pytest.mark.parametrize("lon,lat,crs", [(7.77, 49.44, "EPSG:25832"), (13.40, 52.52, "EPSG:25833"),
                                         (-3.70, 40.42, "EPSG:25830"), (-74.0, 40.7, "EPSG:32618"),
                                         (151.2, -33.9, "EPSG:32756")])
def test_the_suggested_crs_is_the_utm_zone_of_the_place(lon, lat, crs):
    assert utm_for(lon, lat) == crs
