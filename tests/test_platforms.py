"""The built-in profiles on what the platforms export, each fixture written from the platform's own export code
(tests/data/platforms/*/README.md says where): counts, ids, titles, categories, dates, states and what is
quarantined, as a planner would check them in the layer."""
import json

import pytest
from platform_files import PLATFORMS, decidim_csv, table, write_csv, write_xlsx
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer
from stadtdialog.core.errors import PortalError
from stadtdialog.core.pull.profile import load_profile
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.store.gpkg_store import Store


def _rows(out):
    return {r["portal_id"]: r for r in Store(out).rows("submissions")}


def _lonlat(out, portal_id):
    """Where the submission lies on the map, in longitude/latitude."""
    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    feature = next(f for f in layer.getFeatures() if f["portal_id"] == portal_id)
    point = transform.transform(feature.geometry().asPoint())
    return point.x(), point.y()


def _reasons(out):
    return sorted(r["reason"] for r in Store(out).rows("quarantine"))


def _unplaced(out):
    """The submissions pulled without a place, with their import note: reviewed like the others."""
    return {r["portal_id"]: r["import_note"] for r in Store(out).rows("submissions", "portal_id, import_note",
                                                                       "placed_by = 'none' AND geom IS NULL")}


# -- adhocracy+ ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["de", "en"])
def test_adhocracy_plus_xlsx_export_in_either_language(tmp_path, language):
    ideas = table("adhocracy-plus", "mapideas.json")
    source = write_xlsx(tmp_path / "ideen.xlsx", ideas["labels"][language], ideas["rows"])
    out = tmp_path / "s.gpkg"
    result = pull(source, "adhocracy-plus", out)
    assert (result.pulled, result.new, result.quarantined, result.without_place) == (5, 5, 0, 1)
    rows = _rows(out)
    assert sorted(rows) == ["2018-00501", "2018-00502", "2018-00503", "2018-00504", "2018-00505"]
    assert rows["2018-00502"]["text"] == "Für Jugendliche gibt es in Siegelbach keinen Treffpunkt.\n" \
                                        "Bitte einen Raum schaffen!"
    assert rows["2018-00502"]["category"] == "missing_meeting_place"
    assert rows["2018-00501"]["created_at"] == "2018-07-30T10:12:00.000Z"  # +02:00 in the export
    assert rows["2018-00503"]["portal_state"] == "rejected"  # "wird nicht umgesetzt"
    unknown = rows["2018-00504"]
    assert unknown["category"] == "other" and "unknown category 'Verkehr'" in unknown["import_note"]
    assert _reasons(out) == [] and list(_unplaced(out)) == ["2018-00505"]  # no location: reviewed without a place
    stored = out.read_bytes()
    assert b"anna@example.org" not in stored and b"kicker77" not in stored  # personal columns are not stored


def test_adhocracy_plus_export_saved_by_excel_as_windows_1252_csv(tmp_path):
    ideas = table("adhocracy-plus", "mapideas.json")
    source = write_csv(tmp_path / "ideen.csv", [label.strip() for label in ideas["labels"]["de"]], ideas["rows"],
                       encoding="cp1252", delimiter=";")
    out = tmp_path / "s.gpkg"
    result = pull(source, "adhocracy-plus", out)
    assert (result.new, result.quarantined) == (5, 0)
    assert any("Windows-1252" in w for w in result.warnings)
    rows = _rows(out)
    assert rows["2018-00501"]["title"] == "Bolzplatz Erfenbach"
    assert rows["2018-00503"]["title"] == '=HYPERLINK("http://x")'  # stored as text; the export guards it
    # German decimal commas as Excel writes them: the point is where the export says
    assert _lonlat(out, "2018-00501") == pytest.approx((7.7213, 49.4771), abs=1e-6)


def test_a_sheet_that_is_not_there_is_named_with_the_ones_that_are(tmp_path):
    ideas = table("adhocracy-plus", "mapideas.json")
    source = write_xlsx(tmp_path / "ideen.xlsx", ideas["labels"]["de"], ideas["rows"], sheet="Ideen")
    profile = json.loads(load_profile("adhocracy-plus").path.read_text(encoding="utf-8"))
    profile["file"] = {"sheet": "Tabelle1"}
    (tmp_path / "p.json").write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(PortalError, match="there is no sheet 'Tabelle1'; it has: Ideen"):
        pull(source, str(tmp_path / "p.json"), tmp_path / "s.gpkg")
    assert not (tmp_path / "s.gpkg").exists()


# -- Decidim ------------------------------------------------------------------------------------------------------

DECIDIM = PLATFORMS / "decidim" / "proposals.json"


def _check_decidim(out, result):
    assert (result.pulled, result.new, result.quarantined, result.without_place) == (5, 5, 0, 1)
    rows = _rows(out)
    assert rows["4101"]["title"] == "Sitzbänke am Stiftsplatz" and rows["4101"]["language"] == "de"
    # Written in English only: the English title, not an empty one, and not the machine translation
    assert rows["4102"]["title"] == "A youth room for Siegelbach" and rows["4102"]["language"] == "en"
    # HTML as text: paragraphs as a blank line, entities decoded
    assert rows["4101"]["text"] == "Am Stiftsplatz treffen sich abends viele Nachbarn.\n\nEs fehlen Bänke & Schatten."
    assert rows["4101"]["category"] == "meeting_place" and rows["4103"]["category"] == "unpleasant_place"
    assert rows["4103"]["portal_state"] == "withdrawn" and rows["4105"]["portal_state"] == "rejected"
    assert rows["4101"]["portal_state"] == "active"
    assert rows["4101"]["created_at"] == "2018-07-25T12:03:11.000Z"
    assert _reasons(out) == [] and len(_unplaced(out)) == 1
    assert b"Anna Kaiser" not in out.read_bytes()


def test_decidim_json_export(tmp_path):
    out = tmp_path / "s.gpkg"
    _check_decidim(out, pull(DECIDIM, "decidim", out))


def test_decidim_csv_export_reads_the_same(tmp_path):
    source = decidim_csv(tmp_path / "proposals.csv", json.loads(DECIDIM.read_text(encoding="utf-8")))
    out = tmp_path / "s.gpkg"
    _check_decidim(out, pull(source, "decidim", out))


def test_a_withdrawn_proposal_stays_out_of_the_review_queue(tmp_path):
    from stadtdialog.core.review.review_queue import ReviewQueue

    out = tmp_path / "s.gpkg"
    pull(DECIDIM, "decidim", out)
    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    queue = ReviewQueue(layer)
    # 4103 is withdrawn; 4104 has no map location and is reviewed all the same
    assert sorted(layer.getFeature(fid)["portal_id"] for fid in queue.order) == ["4101", "4102", "4104", "4105"]


# -- DIPAS --------------------------------------------------------------------------------------------------------

def test_dipas_both_category_fields_none_and_local_time_written_with_z(tmp_path):
    out = tmp_path / "s.gpkg"
    result = pull(PLATFORMS / "dipas" / "contributions.geojson", "dipas", out)
    assert (result.new, result.quarantined) == (5, 0)
    rows = _rows(out)
    assert rows["101"]["category"] == "meeting_place"                 # the thematic category
    assert rows["102"]["category"] == "idea"                          # category 'none', type 'Idee'
    assert not (rows["102"]["import_note"] or "").count("unknown category")  # 'none' is no category, not unknown
    assert rows["104"]["category"] == "other" and "unknown category 'Verkehr | Frage'" in rows["104"]["import_note"]
    assert rows["101"]["created_at"] == "2018-07-25T12:03:11.000Z"    # 14:03 in Hamburg's summer time
    assert rows["102"]["geometry_kind"] == "Polygon" and "the citizen gave no location" in rows["102"]["import_note"]
    assert json.loads(rows["101"]["extra"])["votingPro"] == 12
    assert _reasons(out) == [] and list(_unplaced(out).values()) == [
        "at 0, 0 ('Null Island'): a missing location written as zeros"]  # without a place, never at Null Island


# -- Ushahidi, KoboToolbox ----------------------------------------------------------------------------------------

def test_ushahidi_download_without_ids_us_dates_and_broken_bytes(tmp_path):
    source = PLATFORMS / "ushahidi" / "reports.csv"
    out = tmp_path / "s.gpkg"
    result = pull(source, "ushahidi", out)
    assert (result.new, result.quarantined) == (5, 0)
    rows = {r["title"]: r for r in Store(out).rows("submissions")}
    assert all(r["portal_id"].startswith("fp-") for r in rows.values())
    assert any("made one from INCIDENT TITLE" in w for w in result.warnings)
    assert any("could not be read as UTF-8" in w for w in result.warnings)
    meeting = rows["Nachbarschaftstreff Grübentälchen"]
    assert meeting["created_at"] == "2018-07-13T12:12:00.000Z"   # 7/13/18 12:12
    assert meeting["category"] == "meeting_place" and meeting["category_raw"] == "Ort der Begegnung | Nachbarschaft"
    assert "\ufffd" in rows["Café Asyl"]["text"]                  # the broken byte, shown, the report kept
    assert rows["Graffiti am Bahnhof"]["portal_state"] == "hidden"   # APPROVED = NO
    assert _reasons(out) == [] and len(_unplaced(out)) == 1
    again = pull(source, "ushahidi", out)                          # the made ids are stable
    assert (again.new, again.unchanged, again.withdrawn) == (0, 5, 0)


def test_ushahidi_report_number_is_the_id_where_the_download_has_it(tmp_path):
    text = (PLATFORMS / "ushahidi" / "reports.csv").read_bytes().replace(b"\r", b"\n").decode("utf-8", "replace")
    lines = text.split("\n")
    numbered = ["#," + lines[0]] + ["{},{}".format(i, line) for i, line in enumerate(lines[1:], start=1) if line]
    source = tmp_path / "numbered.csv"
    source.write_text("\n".join(numbered), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    result = pull(source, "ushahidi", out)
    assert sorted(_rows(out)) == ["1", "2", "3", "4", "5"] and result.quarantined == 0
    assert not any("made one from" in w for w in result.warnings)


def test_kobo_geojson_export(tmp_path):
    out = tmp_path / "s.gpkg"
    result = pull(PLATFORMS / "kobo" / "submissions.geojson", "kobo", out)
    assert (result.new, result.quarantined) == (3, 0)
    rows = _rows(out)
    assert rows["501"]["created_at"] == "2018-07-20T09:15:02.000Z"     # _submission_time is UTC without a zone
    assert rows["503"]["portal_state"] == "rejected"
    assert json.loads(rows["501"]["extra"])["treffpunkt_art"] == "cafe"
    assert b"enumerator_7" not in out.read_bytes()                       # _submitted_by is personal


def test_kobo_csv_export_finds_the_geopoint_columns(tmp_path):
    features = json.loads((PLATFORMS / "kobo" / "submissions.geojson").read_text(encoding="utf-8"))["features"]
    labels = ["ort", "_ort_latitude", "_ort_longitude", "_ort_altitude", "_ort_precision"]
    keys = [k for k in features[0]["properties"]]
    rows = []
    for f in features:
        lon, lat, alt = f["geometry"]["coordinates"]
        rows.append(["{} {} {} 5".format(lat, lon, alt), lat, lon, alt, 5] + [f["properties"][k] for k in keys])
    source = write_csv(tmp_path / "kobo.csv", labels + keys, rows, delimiter=";")
    out = tmp_path / "s.gpkg"
    result = pull(source, "kobo", out)
    assert (result.new, result.quarantined) == (3, 0)
    assert _lonlat(out, "501") == pytest.approx(tuple(features[0]["geometry"]["coordinates"][:2]), abs=1e-6)


# -- JSON APIs: Go Vocal (JSON:API), CONSUL (GraphQL), a DRF list (next links, offsets) ------------------------------

def test_go_vocal_json_api_pages_by_next_links_with_topics_from_included(tmp_path, platform_server):
    out = tmp_path / "s.gpkg"
    result = pull(platform_server.url + "/web_api/v1/ideas?page[size]=12", "go-vocal", out)
    assert (result.pulled, result.new, result.quarantined, result.skipped) == (30, 29, 0, 1)
    assert [w for w in result.warnings if "not imported" in w] == [
        "1 record was not imported because the portal does not publish it (attributes.publication_status: draft)."]
    assert [p for m, p in platform_server.requests if m == "GET"][-1].endswith("page%5Bnumber%5D=3&page%5Bsize%5D=12")
    assert len(platform_server.requests) == 3                              # 30 ideas, 12 a page; no page past the end
    rows = _rows(out)
    assert "idea-005" not in rows and any("not publish" in w for w in result.warnings)  # the draft
    assert rows["idea-001"]["title"] == "Idee 1" and rows["idea-001"]["language"] == "de-DE"
    assert rows["idea-003"]["title"] == "An English idea" and rows["idea-003"]["language"] == "en"
    assert rows["idea-001"]["text"] == "Text 1\n\nzweiter Absatz"
    assert rows["idea-001"]["category"] == "meeting_place"                 # the topic's name, from 'included'
    assert rows["idea-002"]["category"] == "missing_meeting_place"         # the first topic that maps decides
    assert rows["idea-006"]["category"] == "other"                         # 'Verkehr': no category of ours
    assert _lonlat(out, "idea-010") == pytest.approx((7.72, 49.44), abs=1e-6)
    assert _reasons(out) == [] and "idea-004" in _unplaced(out)            # idea-004 has no point
    assert b"Person 1" not in out.read_bytes()


def test_consul_graphql_pages_by_cursor_past_the_server_s_page_size(tmp_path, platform_server):
    out = tmp_path / "s.gpkg"
    result = pull(platform_server.url + "/graphql", "consul", out)
    assert (result.pulled, result.new, result.quarantined) == (60, 60, 0)
    cursors = [v.get("after") for m, v in platform_server.requests if m == "POST"]
    assert cursors == [None, "MjU", "NTA"]     # asked for 50, served 25 a page: followed hasNextPage/endCursor
    rows = _rows(out)
    assert rows["7"]["portal_state"] == "withdrawn"                       # retired as a duplicate
    assert rows["3"]["category"] == "unpleasant_place" and rows["30"]["category"] == "idea"
    assert rows["1"]["created_at"] == "2018-07-02T12:00:00.000Z"          # 14:00 +0200
    assert rows["1"]["text"] == "Beschreibung 1"
    assert _reasons(out) == [] and "8" in _unplaced(out)                   # proposal 8 has no map location


def _drf_profile(tmp_path, paging):
    profile = {"format": 2, "name": "drf", "records": "results", "paging": paging, "id": "pk",
               "fields": {"title": "name"}, "location": {"geojson": "point"}}
    path = tmp_path / "drf.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("paging", [{"next": "next"}, {"offset": "offset", "size_param": "limit", "size": 7}],
                         ids=["next links", "offsets, fetched ahead"])
def test_a_rest_list_paged_by_next_links_or_by_offsets(tmp_path, platform_server, paging):
    out = tmp_path / "s.gpkg"
    result = pull(platform_server.url + "/api/ideas/?limit=7", _drf_profile(tmp_path, paging), out)
    assert (result.pulled, result.new + result.quarantined) == (30, 30)
    assert result.quarantined == 0 and len(_rows(out)) == 30 and len(_unplaced(out)) == 1
    assert len(platform_server.requests) == 5                              # 30 at 7 a page


def test_a_json_api_page_that_fails_is_retried_and_a_dead_one_changes_nothing(tmp_path, platform_server, fault_proxy):
    from stadtdialog.core.sources.http import Http

    proxy = fault_proxy(platform_server.url, {2: ("status", 503, "0"), 4: ("reset",)})
    out = tmp_path / "s.gpkg"
    result = pull(proxy.url + "/web_api/v1/ideas?page[size]=12", "go-vocal", out, http=Http(backoff=0.01))
    assert result.new == 29
    proxy.faults, proxy.count = {2: ("dead",)}, 0
    before = out.read_bytes()
    with pytest.raises(PortalError, match="Page 2 of .*no answer .* Nothing was changed"):
        pull(proxy.url + "/web_api/v1/ideas?page[size]=12", "go-vocal", out, http=Http(retries=1, backoff=0.01))
    assert out.read_bytes() == before


def test_graphql_errors_and_a_wrong_records_path_are_said_plainly(tmp_path, platform_server):
    profile = json.loads(load_profile("consul").path.read_text(encoding="utf-8"))
    profile["paging"]["graphql"] = "query { proposal { id } }"
    (tmp_path / "p.json").write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(PortalError, match="answered with errors: Field 'proposal' doesn't exist"):
        pull(platform_server.url + "/graphql", str(tmp_path / "p.json"), tmp_path / "s.gpkg")
    wrong = json.loads(open(_drf_profile(tmp_path, {"next": "next"}), encoding="utf-8").read())
    wrong["records"] = "data"
    (tmp_path / "wrong.json").write_text(json.dumps(wrong), encoding="utf-8")
    with pytest.raises(PortalError, match=r"records are at 'data', but the answer has no list there \(it has: count, "
                                          r"next, previous, results\)"):
        pull(platform_server.url + "/api/ideas/", str(tmp_path / "wrong.json"), tmp_path / "s.gpkg")
    assert not (tmp_path / "s.gpkg").exists()


def test_ushahidi_geojson_made_from_the_download(tmp_path):
    # As the real RNI file was made: one feature per report, the CSV's columns as properties, the point as geometry
    import csv
    import io

    text = (PLATFORMS / "ushahidi" / "reports.csv").read_bytes().decode("utf-8", "replace").replace("\r", "\n")
    features = [{"type": "Feature", "properties": row,
                 "geometry": {"type": "Point", "coordinates": [float(row["LONGITUDE"]), float(row["LATITUDE"])]}
                 if row["LATITUDE"] else None} for row in csv.DictReader(io.StringIO(text))]
    source = tmp_path / "reports.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    result = pull(source, "ushahidi", out)
    assert (result.new, result.quarantined) == (5, 0)                    # the one without a point: without a place
    rows = {r["title"]: r for r in Store(out).rows("submissions")}
    assert rows["Graffiti am Bahnhof"]["portal_state"] == "hidden"
    assert _lonlat(out, rows["Sprachkurs im Stadtteilbüro"]["portal_id"]) == pytest.approx((7.7405, 49.4421), abs=1e-6)


def test_decidim_graphql_api_reads_the_same_proposals(tmp_path, platform_server):
    out = tmp_path / "s.gpkg"
    _check_decidim(out, pull(platform_server.url + "/api", "decidim-graphql", out))


def test_a_spreadsheet_in_ods_and_coordinates_in_the_profile_s_crs(tmp_path):
    from osgeo import ogr

    path = tmp_path / "ideen.ods"
    ds = ogr.GetDriverByName("ODS").CreateDataSource(str(path))
    layer = ds.CreateLayer("Ideen", geom_type=ogr.wkbNone)
    for name in ("Nr", "Titel", "Rechtswert", "Hochwert"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values in (("1", "Bank am Stiftsplatz", "410480", "5478650"), ("2", "Spielplatz", "410950", "5477800")):
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            feature.SetField(i, value)
        layer.CreateFeature(feature)
    ds = None
    profile = {"format": 2, "name": "utm", "id": "Nr", "fields": {"title": "Titel"}, "crs": "EPSG:25832",
               "location": {"lon": "Rechtswert", "lat": "Hochwert"}}
    (tmp_path / "p.json").write_text(json.dumps(profile), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    result = pull(path, str(tmp_path / "p.json"), out)
    assert (result.new, result.quarantined) == (2, 0)
    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    points = {f["portal_id"]: f.geometry().asPoint() for f in layer.getFeatures()}
    assert (points["1"].x(), points["1"].y()) == pytest.approx((410480, 5478650), abs=0.01)  # not read as degrees


# -- the reporting platforms German cities run: Open311 GeoReport v2, SeeClickFix ----------------------------

def test_open311_requests_paged_by_page_and_page_size_the_service_as_category(tmp_path, platform_server):
    profile = json.loads(load_profile("open311").path.read_text(encoding="utf-8"))
    profile["paging"]["size"] = 10  # three pages of the 27 requests
    (tmp_path / "open311.json").write_text(json.dumps(profile), encoding="utf-8")
    out = tmp_path / "s.gpkg"
    result = pull(platform_server.url + "/open311/v2/requests.json", str(tmp_path / "open311.json"), out)
    assert (result.pulled, result.new, result.quarantined, result.without_place) == (27, 27, 0, 2)
    assert [p for m, p in platform_server.requests if "requests.json" in p][-1].endswith("page=3&page_size=10")
    rows = _rows(out)
    assert rows["638301"]["title"] == "Defekte Straßenbeleuchtung" and rows["638301"]["category"] == "unpleasant_place"
    assert (rows["638306"]["category"], rows["638306"]["category_raw"]) == ("unpleasant_place", "Wilder Müll")
    assert rows["638304"]["category_raw"] == "Parkbank / Sitzgelegenheit"
    assert rows["638301"]["created_at"] == "2018-08-02T07:15:00.000Z"  # +02:00 to UTC
    assert set(_unplaced(out)) == {"638305", "638317"}  # reported by address only: reviewed without a place
    assert pull(platform_server.url + "/open311/v2/requests.json", "open311", out).unchanged == 27


def test_seeclickfix_issues_paged_by_next_page_url_with_the_reporter_kept_out(tmp_path, platform_server):
    out = tmp_path / "s.gpkg"
    result = pull(platform_server.url + "/api/v2/issues", "seeclickfix", out)
    assert (result.pulled, result.new, result.quarantined, result.without_place) == (43, 43, 0, 1)
    assert len([p for m, p in platform_server.requests if p.startswith("/api/v2/issues")]) == 3  # 20 a page
    rows = _rows(out)
    issue = rows["5470001"]
    assert issue["title"] == "Illegale Müllablagerung" and issue["category"] == "unpleasant_place"
    assert rows["5470005"]["title"] == "Schlagloch an der Stiftsplatz"  # the summary, as the citizen wrote it
    assert rows["5470004"]["title"] == "Treffpunkt fehlt" and rows["5470004"]["category"] == "missing_meeting_place"
    stored = json.dumps([dict(r) for r in rows.values()], ensure_ascii=False, default=str)
    for name in ("Anna Becker", "Jürgen Weber", "Aylin Yılmaz", "user_images"):
        assert name not in stored  # the reporter's name and avatar stay out of titles, texts and extra
    assert issue["personal"] is None
