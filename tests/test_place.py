"""Placed by what the citizen wrote, where the planner has it (issue 23): an address found in the city's address
layer, a district named as the planner's district layer names it — spellings forgiven, nothing guessed."""
import json

from osgeo import ogr, osr
from qgis_process_run import run_json
from stadtdialog.core.pull.place import fold, split_address
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.store.gpkg_store import Store

PROFILE = {"format": 2, "name": "proposals", "id": "id",
           "fields": {"title": "title", "text": "body", "address": "address", "district": "district_name"},
           "location": {"lon": "lon", "lat": "lat"}, "personal_fields": [], "writeback": {}}
HOUSES = [("Pfaffstraße", "12", 7.7573, 49.4471), ("Pfaffstraße", "12a", 7.7575, 49.4472),
          ("St.-Martins-Platz", "3", 7.7641, 49.4427), ("Mühlstraße", "15", 7.7630, 49.4441)]
DISTRICTS = [("Innenstadt-West", (7.74, 49.43, 7.77, 49.45)), ("Sankt Martin", (7.77, 49.43, 7.80, 49.45))]


def _layer(path, kind, rows):
    """An address layer as the cadastre gives one (street and house number fields), or districts."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(kind, srs, ogr.wkbPoint if kind == "addresses" else ogr.wkbPolygon)
    names = ("strasse", "hausnummer") if kind == "addresses" else ("stadtteil",)
    for name in names:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if kind == "addresses":
            feature["strasse"], feature["hausnummer"] = row[0], row[1]
            feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(row[2], row[3])))
        else:
            x0, y0, x1, y1 = row[1]
            feature["stadtteil"] = row[0]
            ring = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x1, y1)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(ring))
        layer.CreateFeature(feature)
    ds = None
    return path


def _source(tmp_path):
    rows = [
        {"id": "1", "title": "Bank fehlt", "body": "…", "address": "Pfaffstr. 12", "district_name": "innenstadt west"},
        {"id": "2", "title": "Treff", "body": "…", "address": "pfaffstrasse 12 A, 67655 Kaiserslautern",
         "district_name": "St. Martin"},
        {"id": "3", "title": "Platz", "body": "…", "address": "St. Martins-Platz Nr. 3", "district_name": ""},
        {"id": "4", "title": "Hof", "body": "…", "address": "Mühlstraße", "district_name": "Erfenbach"},
        {"id": "5", "title": "Karte", "body": "…", "address": "Mühlstraße 99", "lon": 7.76, "lat": 49.44,
         "district_name": "Sankt-Martin"},
    ]
    path = tmp_path / "proposals.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    (tmp_path / "proposals.profile.json").write_text(json.dumps(PROFILE), encoding="utf-8")
    return path, tmp_path / "proposals.profile.json"


def test_spellings_of_streets_and_districts_are_forgiven_not_guessed():
    assert fold("Pfaffstr.") == fold("pfaffstrasse") == fold("Pfaffstraße") == fold("PFAFF-STRASSE")
    assert fold("St. Martin") == fold("Sankt-Martin") == fold("sankt martin")
    assert split_address("Pfaffstraße 12a, 67655 Kaiserslautern") == ("Pfaffstraße", "12a")
    assert split_address("Pfaffstraße Nr. 12") == ("Pfaffstraße", "12") and split_address("Pfaffstraße") is None


def test_a_contribution_is_placed_by_the_address_it_gives_and_named_by_its_district(tmp_path):
    source, profile = _source(tmp_path)
    addresses = _layer(tmp_path / "adressen.gpkg", "addresses", HOUSES)
    districts = _layer(tmp_path / "stadtteile.gpkg", "districts", DISTRICTS)
    out = tmp_path / "s.gpkg"
    result = pull(source, str(profile), out, addresses=str(addresses), districts=str(districts))
    assert (result.new, result.placed_by_address, result.without_place, result.quarantined) == (5, 3, 1, 0)
    store = Store(out)
    rows = {v["portal_id"]: (v, x) for v, x, y in store.points(["portal_id", "placed_by", "district", "address",
                                                                 "import_note"])}
    assert rows["1"][0]["placed_by"] == "address" and rows["1"][0]["import_note"] == "placed by address: Pfaffstraße 12"
    assert rows["2"][0]["import_note"] == "placed by address: Pfaffstraße 12a"  # the letter counts
    assert rows["3"][0]["placed_by"] == "address"
    assert rows["4"][1] is None and rows["4"][0]["placed_by"] == "none"  # no house number: no point made up
    assert "the district 'Erfenbach' is not in the district layer" in rows["4"][0]["import_note"]
    assert rows["5"][0]["placed_by"] == "citizen"  # the citizen's own point wins over the address
    assert [rows[i][0]["district"] for i in "1235"] == ["Innenstadt-West", "Sankt Martin", "", "Sankt Martin"]
    assert pull(source, str(profile), out, addresses=str(addresses), districts=str(districts)).unchanged == 5


def test_the_pull_algorithm_takes_the_address_and_district_layers(tmp_path):
    source, profile = _source(tmp_path)
    addresses = _layer(tmp_path / "adressen.gpkg", "addresses", HOUSES)
    result, _ = run_json("stadtdialog:pull", {"SOURCE": source, "PROFILE": profile, "ADDRESSES": addresses,
                                              "OUTPUT": tmp_path / "s.gpkg"}, tmp_path / "home")
    assert (result["results"]["PLACED_BY_ADDRESS"], result["results"]["WITHOUT_PLACE"]) == (3, 1)


def test_the_address_a_citizen_gave_leaves_the_store_only_when_personal_data_is_asked_for(tmp_path):
    import csv

    from stadtdialog.core.publish.export import export

    source, profile = _source(tmp_path)
    out = tmp_path / "s.gpkg"
    pull(source, str(profile), out, addresses=str(_layer(tmp_path / "adressen.gpkg", "addresses", HOUSES)))
    export(out, tmp_path / "e.csv")
    export(out, tmp_path / "all.csv", include_personal=True)
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "address" not in rows[0] and rows[0]["x"]  # the point it placed is there, the words are not
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as f:
        assert next(csv.DictReader(f))["address"] == "Pfaffstr. 12"


def test_the_legend_shows_how_each_point_was_placed_in_the_reader_s_language(tmp_path, qgis_new_project):
    # A style of the layer's own list: by the citizen, by the address given (a ring: not a point anyone marked)
    from qgis.core import QgsProject
    from stadtdialog.core.review import styles
    from stadtdialog.core.review.project_layers import add_submissions

    source, profile = _source(tmp_path)
    out = tmp_path / "s.gpkg"
    pull(source, str(profile), out, addresses=str(_layer(tmp_path / "adressen.gpkg", "addresses", HOUSES)))
    for language, title, by_address in (("de", "Nach Verortung", "nach der angegebenen Adresse"),
                                        ("en", "By placement", "by the address given")):
        layer = add_submissions(Store(out), QgsProject.instance(), language=language)
        manager = layer.styleManager()
        assert title in manager.styles()
        manager.setCurrentStyle(title)
        legend = {item.label(): item for item in layer.renderer().legendSymbolItems()}
        assert by_address in legend and layer.renderer().classAttribute() == "placed_by"
        drawn = {c.value() for c in layer.renderer().categories()}
        assert {"citizen", "address"} <= drawn and styles.TITLES[language]["placed-by"] == title
        QgsProject.instance().removeMapLayer(layer.id())
