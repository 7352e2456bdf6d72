"""Pulling from a real QGIS Server: WFS 1.1 (GeoJSON and GML) and its OGC API – Features under /wfs3."""
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsVectorLayer
from sample import submissions
from stadtdialog.core.errors import PortalError
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.store.gpkg_store import Store

PROFILE = "demo-kaiserslautern"


def _check_positions(out, features):
    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance())
    by_id = {f["properties"]["beitrag_id"]: f for f in features}
    for f in layer.getFeatures():
        lon, lat = by_id[f["portal_id"]]["geometry"]["coordinates"]
        assert f.geometry().asPoint().distance(transform.transform(QgsPointXY(lon, lat))) < 0.5


def test_wfs_1_1_geojson_pages_with_startindex_when_pages_do_not_divide_the_count(tmp_path, mapserver):
    features = submissions(123)
    server = mapserver(features)
    out = tmp_path / "s.gpkg"
    result = pull(server.wfs_url + "&MAXFEATURES=50", PROFILE, out)
    assert (result.pulled, result.new, result.quarantined) == (123, 123, 0)
    _check_positions(out, features)
    again = pull(server.wfs_url + "&MAXFEATURES=50", PROFILE, out)
    assert (again.unchanged, again.updated, again.withdrawn) == (123, 0, 0)


def test_wfs_gml_is_read_through_ogr(tmp_path, mapserver):
    features = submissions(30)
    server = mapserver(features)
    out = tmp_path / "s.gpkg"
    url = server.wfs_url + "&OUTPUTFORMAT=text/xml; subtype=gml/3.1.1&MAXFEATURES=20"
    result = pull(url, PROFILE, out)
    assert result.new == 30
    rows = {r["portal_id"]: r for r in Store(out).rows("submissions", "portal_id, category, title")}
    assert rows["KL-000001"]["title"] == features[0]["properties"]["titel"]
    _check_positions(out, features)


def test_wfs_layer_is_found_without_typename_when_there_is_only_one(tmp_path, mapserver):
    server = mapserver(submissions(5))
    assert pull(server.url + "/?SERVICE=WFS", PROFILE, tmp_path / "s.gpkg").new == 5


def test_unknown_wfs_layer_names_the_layers_there_are(tmp_path, mapserver):
    server = mapserver(submissions(5))
    with pytest.raises(PortalError, match="has no layer 'beitraege'; it offers: submissions"):
        pull(server.url + "/?SERVICE=WFS&TYPENAME=beitraege", PROFILE, tmp_path / "s.gpkg")


def test_qgis_server_wfs3_collection_pulls_like_any_ogc_api(tmp_path, mapserver):
    features = submissions(57)
    server = mapserver(features)
    out = tmp_path / "s.gpkg"
    result = pull(server.wfs3_url, PROFILE, out)
    assert (result.pulled, result.new) == (57, 57)
    _check_positions(out, features)
