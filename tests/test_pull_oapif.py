"""Pulling from a real pygeoapi (OGC API – Features): paging, quirks, filters, CRS, re-pulls, failures."""
import hashlib
import json
import sqlite3
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from sample import submissions
from stadtdialog.core.errors import CancelledError, PortalError
from stadtdialog.core.feedback import Feedback
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.sources.http import Http
from stadtdialog.core.store.gpkg_store import Store

PROFILE = "demo-kaiserslautern"


def fingerprint(path):
    """Everything a user could see in the GeoPackage, to prove a failed pull changed nothing."""
    con = sqlite3.connect(path)
    digest = hashlib.sha256()
    for table in ("submissions", "rtree_submissions_geom", "quarantine", "audit_log", "action_areas",
                  "stadtdialog_meta", "layer_styles"):
        for row in con.execute('SELECT * FROM "{}" ORDER BY 1'.format(table)):
            digest.update(repr(row).encode())
    con.close()
    return digest.hexdigest()


@pytest.mark.parametrize("provider,count,max_items", [("TinyDB", 103, 10), ("SQLiteGPKG", 1234, 500)])
def test_full_pull_pages_by_next_links_when_pages_do_not_divide_the_count(
        tmp_path, pygeoapi, provider, count, max_items):
    features = submissions(count)
    server = pygeoapi(features, provider=provider, max_items=max_items)
    out = tmp_path / "s.gpkg"
    result = pull(server.collection_url, PROFILE, out)
    assert (result.pulled, result.new, result.quarantined) == (count, count, 0)
    ids = {r["portal_id"] for r in Store(out).rows("submissions", "portal_id")}
    assert ids == {f["properties"]["beitrag_id"] for f in features}


@pytest.mark.parametrize("provider,count", [("TinyDB", 95), ("TinyDB", 100), ("SQLiteGPKG", 95)])
def test_each_page_is_asked_for_once_and_none_past_the_end(tmp_path, pygeoapi, fault_proxy, provider, count):
    """Fetching ahead must not cost the portal requests: only the pages there are, plus the one that
    a full last page's next link points to."""
    server = pygeoapi(submissions(count), provider=provider, max_items=10)
    proxy = fault_proxy(server.url)
    assert pull(proxy.rewrite(server.collection_url), PROFILE, tmp_path / "s.gpkg").new == count
    offsets = [int(dict(parse_qsl(urlsplit(path).query)).get("offset", 0))
               for _, _, path, _ in proxy.log if urlsplit(path).path.endswith("/items")]
    expected = list(range(0, count, 10)) + ([count] if count % 10 == 0 else [])
    assert sorted(offsets) == expected


def test_progress_follows_the_pages_when_the_server_counts_them(tmp_path, pygeoapi):
    class Progress(Feedback):
        values = []

        def setProgress(self, value):  # noqa: N802
            self.values.append(value)

    server = pygeoapi(submissions(95), max_items=10)  # TinyDB says numberMatched
    pull(server.collection_url, PROFILE, tmp_path / "s.gpkg", feedback=Progress())
    steps = [v for v in Progress.values if v < 100]
    assert len(steps) >= 9 and steps == sorted(steps) and Progress.values[-1] == 100


def test_landing_page_items_url_and_collection_url_all_find_the_collection(tmp_path, pygeoapi):
    server = pygeoapi(submissions(12), max_items=5)
    for i, url in enumerate((server.url, server.collection_url, server.collection_url + "/items?f=json")):
        assert pull(url, PROFILE, tmp_path / "s{}.gpkg".format(i)).new == 12


def test_points_arrive_in_epsg_25832_at_the_right_place(tmp_path, pygeoapi):
    features = submissions(3)
    server = pygeoapi(features)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(Store(out).layer_uri(), "s", "ogr")
    assert layer.crs().authid() == "EPSG:25832"
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance())
    for f in layer.getFeatures():
        source = next(s for s in features if s["properties"]["beitrag_id"] == f["portal_id"])
        lon, lat = source["geometry"]["coordinates"]
        expected = transform.transform(QgsPointXY(lon, lat))
        assert f.geometry().asPoint().distance(expected) < 0.01  # centimetres, not axis-swapped kilometres


def test_bbox_filter_pulls_only_inside_and_withdraws_nothing(tmp_path, pygeoapi):
    features = submissions(60)
    server = pygeoapi(features, max_items=20)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    bbox = (7.74, 49.43, 7.79, 49.46)
    inside = [f for f in features if bbox[0] <= f["geometry"]["coordinates"][0] <= bbox[2]
              and bbox[1] <= f["geometry"]["coordinates"][1] <= bbox[3]]
    assert 0 < len(inside) < 60
    result = pull(server.collection_url, PROFILE, out, bbox=",".join(map(str, bbox)))
    assert result.pulled == len(inside) and result.unchanged == len(inside)
    assert result.withdrawn == 0  # a filtered pull is not a complete list


def test_repull_after_edits_and_removals_keeps_reviewer_work(tmp_path, pygeoapi):
    features = submissions(40)
    server = pygeoapi(features, editable=True, max_items=15)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    con = Store(out).connect()  # registers the functions GDAL's rtree triggers call
    con.execute("UPDATE submissions SET review_status='classified', action_areas='[\"sozialraum\"]', priority=1, "
                "planner_note='Beleuchtung prüfen', reviewer='A. Planerin' "
                "WHERE portal_id IN ('KL-000003','KL-000004')")
    con.commit()
    con.close()
    # On the portal: a citizen edits KL-000003, KL-000004 is removed, a new one arrives.
    items = server.collection_url + "/items"
    changed = json.loads(json.dumps(features[2]))
    changed["properties"]["text"] = "Korrigiert: abends zu dunkel."
    assert requests.put(items + "/KL-000003", json=changed, timeout=10).status_code in (200, 204)
    assert requests.delete(items + "/KL-000004", timeout=10).status_code in (200, 204)
    new = submissions(41)[40]
    assert requests.post(items, data=json.dumps(new), timeout=10,
                         headers={"Content-Type": "application/geo+json"}).status_code == 201
    result = pull(server.collection_url, PROFILE, out)
    assert (result.new, result.updated, result.unchanged, result.withdrawn) == (1, 1, 38, 1)
    rows = {r["portal_id"]: r for r in Store(out).rows("submissions")}
    edited, removed = rows["KL-000003"], rows["KL-000004"]
    assert edited["text"] == "Korrigiert: abends zu dunkel."
    for row in (edited, removed):  # the reviewers' work survives both the edit and the removal
        assert (row["review_status"], row["action_areas"], row["priority"], row["planner_note"]) == (
            "classified", '["sozialraum"]', 1, "Beleuchtung prüfen")
    assert removed["portal_state"] == "withdrawn" and edited["portal_state"] == "active"
    assert len(rows) == 41  # withdrawn, never deleted


def test_server_dying_mid_pull_leaves_the_store_exactly_as_it_was(tmp_path, pygeoapi, fault_proxy):
    features = submissions(50)
    server = pygeoapi(features, max_items=10)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    before = fingerprint(out)
    server_features = submissions(60)  # the portal grew; the next pull would add 10
    server.stop()
    server = pygeoapi(server_features, max_items=10)
    proxy = fault_proxy(server.url, {4: ("dead",)})
    with pytest.raises(PortalError) as info:
        pull(proxy.rewrite(server.collection_url), PROFILE, out, http=Http(retries=1, backoff=0.05))
    assert "Page" in str(info.value) and "Nothing was changed" in str(info.value)
    assert fingerprint(out) == before


def test_cancel_leaves_the_store_exactly_as_it_was(tmp_path, pygeoapi):
    server = pygeoapi(submissions(50), max_items=10)
    out = tmp_path / "s.gpkg"
    pull(server.collection_url, PROFILE, out)
    before = fingerprint(out)

    class CancelAfterTwoPages(Feedback):
        pages = 0

        def pushInfo(self, text):  # noqa: N802
            self.pages += 1

        def isCanceled(self):  # noqa: N802
            return self.pages >= 2

    server.stop()
    server = pygeoapi(submissions(60), max_items=10)
    with pytest.raises(CancelledError):
        pull(server.collection_url, PROFILE, out, feedback=CancelAfterTwoPages())
    assert fingerprint(out) == before


def test_a_server_that_closes_late_without_saying_so_still_serves_every_page(tmp_path, pygeoapi, fault_proxy):
    # Asked for "Connection: close", a server may answer without that header and close only a moment later;
    # a client that sends the next page on the same connection meanwhile loses it ("connection failed").
    server = pygeoapi(submissions(30), max_items=10)
    proxy = fault_proxy(server.url)
    proxy.rule = lambda method, path: ("linger", 0.3)
    result = pull(proxy.rewrite(server.collection_url), PROFILE, tmp_path / "s.gpkg", http=Http(retries=0))
    assert result.new == 30


def test_a_failed_first_pull_leaves_no_file(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(submissions(30), max_items=10)
    proxy = fault_proxy(server.url, {3: ("status", 500, None)})
    out = tmp_path / "new.gpkg"
    with pytest.raises(PortalError, match="HTTP 500"):
        pull(proxy.rewrite(server.collection_url), PROFILE, out, http=Http(retries=0))
    assert not out.exists()


def test_429_and_503_with_retry_after_are_retried_and_the_pull_completes(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(submissions(30), max_items=10)
    proxy = fault_proxy(server.url, {2: ("status", 429, 1), 3: ("status", 503, None), 4: ("reset",)})
    result = pull(proxy.rewrite(server.collection_url), PROFILE, tmp_path / "s.gpkg", http=Http(backoff=0.05))
    assert result.new == 30
    assert [n for n, *_ , fault in proxy.log if fault] == [2, 3, 4]


def test_an_html_error_page_with_status_200_is_a_clear_error(tmp_path, pygeoapi, fault_proxy):
    server = pygeoapi(submissions(30), max_items=10)
    proxy = fault_proxy(server.url, {3: ("html200",)})
    with pytest.raises(PortalError, match="web page or XML instead of GeoJSON"):
        pull(proxy.rewrite(server.collection_url), PROFILE, tmp_path / "s.gpkg", http=Http(retries=0))


def test_datetime_filter_is_passed_to_the_server(tmp_path, pygeoapi):
    features = submissions(40)
    server = pygeoapi(features, time_field="erstellt_am", max_items=100)
    result = pull(server.collection_url, PROFILE, tmp_path / "s.gpkg",
                  datetime="2018-08-01T00:00:00Z/2018-08-31T23:59:59Z")
    expected = [f for f in features if "2018-08-01" <= f["properties"]["erstellt_am"][:10] <= "2018-08-31"]
    assert 0 < result.new == len(expected) < 40
