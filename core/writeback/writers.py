"""Writing reviewer fields back to a portal: WFS-T Update in batches, OGC API – Features Part 4 PUT on the
submission, or POST into a separate annotations collection."""
import json
import math
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr  # nosec B406 - escaping our own request, not parsing

from ..errors import PortalError
from ..i18n import counted, tr
from ..sources import xml_safe
from ..sources.geojson import parse
from ..sources.oapif import ACCEPT, OapifSource
from ..sources.urls import strip_query
from ..sources.wfs import WfsSource

GEOJSON = {"Content-Type": "application/geo+json"}


# QGIS Server hands FEATUREID lists to GDAL's filter parser, which gives up beyond about 85 ids and the
# server then answers with no features at all: small lists are safe everywhere.
ID_CHUNK = 50
# From this many pending changes on, one paged read of the layer costs fewer requests than id lists.
LAYER_READ_FROM = 1000
# A big push reads the layer in pages this large where the server declares no limit of its own.
LAYER_READ_PAGE = 50000
# Transactions of a few hundred features; a big push is spread over at most this many.
MAX_TRANSACTIONS = 16


class WfsWriter:
    """Reads the current features (by id, or the whole layer for big pushes); one Transaction per batch."""

    batch = 500
    annotations = False

    def __init__(self, url, http):
        self.source = WfsSource(url, http)
        self.http = http
        self.writes, self.reads = 0, 1  # the capabilities were read
        self._layer = None
        self.crs = "OGC:CRS84"  # of the features current() returns

    def batch_size(self, pending):
        return max(self.batch, math.ceil(pending / MAX_TRANSACTIONS))

    def prepare(self, pending):
        """For a big push, read the layer once by pages, as the pull does, and keep the pending ones."""
        wanted = {r["portal_feature_id"] for r in pending if r.get("portal_feature_id")}
        if len(wanted) < LAYER_READ_FROM:
            return
        if not self.source.server_limit:
            self.source.page_size = max(self.source.page_size, LAYER_READ_PAGE)
        self._layer = {}
        for page in self.source.pages():
            self.reads += 1
            self.crs = page.crs
            for feature in page.features:
                if str(feature.get("id")) in wanted:
                    self._layer[str(feature.get("id"))] = feature

    def current(self, rows):
        ids = [r["portal_feature_id"] for r in rows if r.get("portal_feature_id")]
        if self._layer is not None:
            return {i: self._layer[i] for i in ids if i in self._layer}
        found = {}
        for start in range(0, len(ids), ID_CHUNK):
            self.reads += 1
            page = self.source.by_ids(ids[start:start + ID_CHUNK])
            self.crs = page.crs
            found.update((str(f.get("id")), f) for f in page.features)
        return found

    def write(self, rows, writeback):
        """rows: [(row, {portal field: value})]; one transaction: (fids written, error messages)."""
        updates = []
        for row, values in rows:
            properties = "".join(
                "<wfs:Property><wfs:Name>{}</wfs:Name>{}</wfs:Property>".format(
                    escape(name), "" if value is None else "<wfs:Value>{}</wfs:Value>".format(escape(str(value))))
                for name, value in values.items())
            updates.append('<wfs:Update typeName={}>{}<ogc:Filter><ogc:FeatureId fid={}/></ogc:Filter></wfs:Update>'
                           .format(quoteattr(self.source.typename), properties, quoteattr(row["portal_feature_id"])))
        body = ('<wfs:Transaction service="WFS" version="{}" xmlns:wfs="http://www.opengis.net/wfs" '
                'xmlns:ogc="http://www.opengis.net/ogc" xmlns:gml="http://www.opengis.net/gml">{}</wfs:Transaction>'
                .format("1.1.0" if not self.source.version.startswith("2") else "2.0.0", "".join(updates)))
        # Pure ASCII (non-ASCII as character references): the same XML for every server, and qgis_mapserver
        # counts Content-Length in characters, so it waits forever for the rest of a UTF-8 body.
        what = counted(len(rows), tr("Writing 1 submission back (WFS-T)"), tr("Writing {n} submissions back (WFS-T)"))
        _, answer = self.http.request("POST", self.source.base, what=what,
                                      data=body.encode("ascii", "xmlcharrefreplace"),
                                      headers={"Content-Type": "text/xml; charset=utf-8"})
        self.writes += 1
        updated = _total_updated(answer)
        if updated != len(rows):
            raise PortalError(tr("The WFS-T transaction was not applied as a whole ({done} of {n} updated): {text}")
                              .format(done=updated, n=len(rows), text=answer[:300].decode("utf-8", "replace")))
        return {row["fid"] for row, _ in rows}, []


def _total_updated(answer):
    try:
        root = xml_safe.fromstring(answer, tr("The answer to the WFS-T transaction"))
    except xml_safe.ParseError:
        return -1
    if xml_safe.local_name(root.tag) in ("ExceptionReport", "ServiceExceptionReport"):
        return -1
    for node in root.iter():
        if xml_safe.local_name(node.tag) == "totalUpdated":
            return int((node.text or "0").strip() or 0)
        if xml_safe.local_name(node.tag) == "FAILED":  # WFS 1.0 style
            return -1
    return -1


class OapifWriter:
    """Reads each item and PUTs it back with the reviewer fields (If-Match where the server gives an ETag)."""

    batch = 250
    annotations = False

    def __init__(self, url, http):
        self.items = strip_query(OapifSource(url, http).items_url).rstrip("/")  # the link may carry ?f=json
        self.http = http
        self.writes = self.reads = 0
        self.crs = "OGC:CRS84"  # GeoJSON from OGC API - Features, unless asked otherwise
        self._etags = {}
        self._current = {}

    def batch_size(self, pending):
        return self.batch

    def prepare(self, pending):
        pass

    def _item_url(self, row):
        return "{}/{}".format(self.items, quote(str(row.get("portal_feature_id") or row["portal_id"]), safe=""))

    def _get(self, url, what):
        """(response, feature) or None where the portal has no such item."""
        self.reads += 1
        try:
            response, body = self.http.get(url, what=what, headers=ACCEPT)
        except PortalError as exc:
            if exc.status in (404, 410):
                return None
            raise
        return response, parse(body, what)

    def current(self, rows):
        found = {}
        for row in rows:
            got = self._get(self._item_url(row), tr("Reading {id} on the portal").format(id=row["portal_id"]))
            if got is None:
                continue  # gone from the portal: a conflict for the caller
            response, feature = got
            key = row.get("portal_feature_id") or row["portal_id"]
            found[key] = feature
            if response.headers.get("ETag"):
                self._etags[key] = response.headers["ETag"]
        self._current = found
        return found

    def write(self, rows, writeback):
        """One request per item; a failure is that item's alone: (fids written, error messages)."""
        written, errors = set(), []
        for row, values in rows:
            try:
                self._write_one(row, values)
            except PortalError as exc:
                errors.append(str(exc))
                continue
            written.add(row["fid"])
        return written, errors

    def _write_one(self, row, values):
        key = row.get("portal_feature_id") or row["portal_id"]
        feature = json.loads(json.dumps(self._current[key]))
        feature.setdefault("properties", {}).update(values)
        feature.pop("links", None)
        headers = dict(GEOJSON)
        if key in self._etags:
            headers["If-Match"] = self._etags[key]
        self._send("PUT", self._item_url(row), feature, row, headers)

    def _send(self, method, url, feature, row, headers=None):
        self.writes += 1
        self.http.request(method, url, what=tr("Writing {id} back").format(id=row["portal_id"]),
                          data=json.dumps(feature, ensure_ascii=False).encode("utf-8"), headers=headers or GEOJSON)


class OapifAnnotationWriter(OapifWriter):
    """The portal keeps submissions read-only: the answers go, one feature per submission, into a separate
    annotations collection. The annotation carries the submission's id as its own, so a second run finds it
    and replaces it (PUT) instead of adding another: nothing twice, even after a POST whose answer was lost."""

    annotations = True  # the answers live apart from the submission

    def __init__(self, url, http, collection, ref_field):
        super().__init__(url, http)
        if collection.startswith(("http://", "https://")):
            self.annotations = strip_query(OapifSource(collection, http).items_url).rstrip("/")
        else:
            root = self.items.rsplit("/collections/", 1)[0]
            self.annotations = "{}/collections/{}/items".format(root, quote(collection, safe=""))
        self.ref_field = ref_field

    def _write_one(self, row, values):
        key = row.get("portal_feature_id") or row["portal_id"]
        url = "{}/{}".format(self.annotations, quote(str(row["portal_id"]), safe=""))
        existing = self._get(url, tr("Looking for the annotation of {id}").format(id=row["portal_id"]))
        feature = {"type": "Feature", "id": row["portal_id"], "geometry": self._current[key].get("geometry"),
                   "properties": dict(values, **{self.ref_field: row["portal_id"]})}
        if existing is None:
            self._send("POST", self.annotations, feature, row)
        else:
            self._send("PUT", url, feature, row)
