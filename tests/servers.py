"""Real portal servers for tests and the demo: pygeoapi (OGC API – Features) and qgis_mapserver (WFS).

Each runs on 127.0.0.1 on a free port, in its own process group, and is stopped by that group.
"""
import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYGEOAPI_VENV = Path(os.environ.get("PYGEOAPI_VENV", ROOT / ".venv-pygeoapi"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, process, log, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("server exited ({}):\n{}".format(process.returncode, Path(log).read_text()[-3000:]))
        try:
            with urllib.request.urlopen(url, timeout=2) as r:  # noqa: S310 (loopback only)
                if r.status < 500:
                    return
        except OSError:
            time.sleep(0.15)
    raise RuntimeError("server did not answer at {}:\n{}".format(url, Path(log).read_text()[-3000:]))


class Server:
    def __init__(self, process, url, log):
        self.process, self.url, self.log = process, url, log

    def stop(self):
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)


def write_tinydb(path, features):
    """pygeoapi's TinyDB provider stores one GeoJSON feature per document, with a top-level id."""
    docs = {}
    for i, f in enumerate(features, start=1):
        docs[str(i)] = dict(f)
    Path(path).write_text(json.dumps({"_default": docs}, ensure_ascii=False), encoding="utf-8")


def write_gpkg(path, features, table="submissions"):
    """A GeoPackage for pygeoapi's SQLiteGPKG provider (or QGIS Server), written by OGR."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(table, srs, ogr.wkbPoint, ["FID=fid", "GEOMETRY_NAME=geom"])
    names = []
    for f in features:
        for k in f["properties"]:
            if k not in names:
                names.append(k)
    for name in names:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    layer.StartTransaction()
    defn = layer.GetLayerDefn()
    for f in features:
        feature = ogr.Feature(defn)
        for k, v in f["properties"].items():
            if v is not None:
                feature.SetField(k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                                 if isinstance(v, (dict, list)) else str(v))
        if f.get("geometry"):
            feature.SetGeometry(ogr.CreateGeometryFromJson(json.dumps(f["geometry"])))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    # As a served, edited GeoPackage should be: WAL lets QGIS Server read while a transaction writes.
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA journal_mode=WAL")
    con.close()


def pygeoapi_config(data, provider, id_field, max_items, editable, collection="submissions", table=None,
                    time_field=None, annotations=None):
    provider_def = {"type": "feature", "name": provider, "data": str(data), "id_field": id_field,
                    "editable": editable}
    if table:
        provider_def["table"] = table
    if time_field:
        provider_def["time_field"] = time_field
    config = {
        "server": {"bind": {"host": "127.0.0.1", "port": 0}, "url": "URL",
                   "mimetype": "application/json; charset=UTF-8",
                   "encoding": "utf-8", "languages": ["de-DE", "en-US"],
                   "limits": {"default_items": 10, "max_items": max_items},
                   "map": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "attribution": "OSM"}},
        "logging": {"level": "ERROR"},
        "metadata": {
            "identification": {"title": "Stadtdialog test portal", "description": "local test portal",
                               "keywords": ["test"], "terms_of_service": "https://example.org/terms",
                               "url": "https://example.org"},
            "license": {"name": "CC-BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            "provider": {"name": "Stadtdialog", "url": "https://example.org"},
            "contact": {"name": "Test, Team", "email": "team@example.org"}},
        "resources": {collection: {
            "type": "collection", "title": "Beiträge", "description": "Bürgerbeiträge", "keywords": ["beteiligung"],
            "extents": {"spatial": {"bbox": [7.6, 49.3, 7.9, 49.5]}},
            "providers": [provider_def]}},
    }
    if annotations:  # a second, editable collection where a read-only portal takes the planners' answers
        config["resources"]["annotations"] = dict(config["resources"][collection], title="Anmerkungen", providers=[
            {"type": "feature", "name": "TinyDB", "data": str(annotations), "id_field": "id", "editable": True}])
    return config


def start_pygeoapi(workdir, data, provider="TinyDB", id_field="id", max_items=10000, editable=False,
                   table=None, time_field=None, annotations=False):
    """Start pygeoapi (Flask, one process) serving `data`; returns a Server whose url is the landing page."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = "http://127.0.0.1:{}".format(port)
    annotations_data = None
    if annotations:
        annotations_data = workdir / "annotations.tinydb.json"
        write_tinydb(annotations_data, [])
    config = pygeoapi_config(data, provider, id_field, max_items, editable, table=table, time_field=time_field,
                             annotations=annotations_data)
    config["server"]["bind"]["port"] = port
    config["server"]["url"] = url
    cfg, openapi, log = workdir / "pygeoapi.yml", workdir / "openapi.yml", workdir / "pygeoapi.log"
    cfg.write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    env = dict(os.environ, PYGEOAPI_CONFIG=str(cfg), PYGEOAPI_OPENAPI=str(openapi))
    for key in ("PYTHONPATH", "QGIS_PREFIX_PATH", "QT_QPA_PLATFORM"):
        env.pop(key, None)
    bin_dir = PYGEOAPI_VENV / "bin"
    subprocess.run([str(bin_dir / "pygeoapi"), "openapi", "generate", str(cfg), "--output-file", str(openapi)],
                   check=True, env=env, capture_output=True, cwd=str(workdir))
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(bin_dir / "flask"), "--app", "pygeoapi.flask_app", "run", "-h", "127.0.0.1", "-p", str(port),
             # Edited through TinyDB, which is not safe for writes at the same time (a retried PUT can meet the
             # first one, still on its way): one request at a time, as a portal's database would serialise them.
             "--no-reload"] + (["--without-threads"] if editable else []),
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            cwd=str(workdir))  # flask resolves --app from the working directory
    server = Server(process, url, log)
    try:
        wait_for(url + "/collections?f=json", process, log)
    except RuntimeError:
        server.stop()
        raise
    server.collection_url = url + "/collections/submissions"
    server.annotations = annotations_data
    return server


def write_wfs_project(workdir, gpkg, table="submissions"):
    """A QGIS project publishing the layer as WFS with Update/Insert/Delete allowed."""
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject()
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, table), table, "ogr")
    assert layer.isValid(), gpkg
    project.addMapLayer(layer)
    project.writeEntry("WFSLayers", "/", [layer.id()])
    for op in ("Update", "Insert", "Delete"):
        project.writeEntry("WFSTLayers", op, [layer.id()])
    project.writeEntry("WFSLayersPrecision", "/" + layer.id(), 8)
    path = Path(workdir) / "portal.qgs"
    assert project.write(str(path))
    return path


def start_mapserver(workdir, project):
    workdir = Path(workdir)
    port = free_port()
    log = workdir / "qgis_mapserver.log"
    # Its own profile: never the test process's (pytest-qgis's settings and authentication database).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_SERVER_LOG_LEVEL="2", HOME=str(workdir))
    for key in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH", "QGIS_AUTH_DB_DIR_PATH"):
        env.pop(key, None)
    with open(log, "wb") as out:
        process = subprocess.Popen(["/usr/bin/qgis_mapserver", "-p", str(project), "127.0.0.1:{}".format(port)],
                                   env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = "http://127.0.0.1:{}".format(port)
    server = Server(process, url, log)
    try:
        wait_for(url + "/?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.1.0", process, log)
    except RuntimeError:
        server.stop()
        raise
    server.wfs_url = url + "/?SERVICE=WFS&VERSION=1.1.0&TYPENAME=submissions"
    server.wfs3_url = url + "/wfs3/collections/submissions"
    return server


def read_items(base_url, collection="submissions"):
    """Every feature of a collection as the server itself answers, following its 'next' links (a server caps
    each page at its own max_items, whatever limit is asked for)."""
    import requests

    url, params, features = "{}/collections/{}/items".format(base_url, collection), {"f": "json", "limit": 1000}, []
    for _ in range(10000):
        answer = requests.get(url, params=params, timeout=60)
        answer.raise_for_status()
        page = answer.json()
        features += page["features"]
        following = [link["href"] for link in page.get("links", []) if link.get("rel") == "next"]
        if not following or not page["features"]:
            return features
        url, params = following[0], None
    raise RuntimeError("more pages than any test portal has")
