"""Writing reviewer fields back to a portal: WFS-T Update in batches, or OGC API – Features Part 4 PUT."""
import json
import xml.etree.ElementTree as ET  # noqa: N817  (our own request, and the server's short answer)
from xml.sax.saxutils import escape, quoteattr

from ..errors import PortalError
from ..i18n import tr
from .geojson import features_of, parse
from .oapif import ACCEPT, OapifSource, _strip_query
from .wfs import WfsSource, _local


class WfsWriter:
    """Reads current features by FEATUREID and writes with one Transaction per batch."""

    def __init__(self, url, http):
        self.source = WfsSource(url, http)
        self.http = http
        self.requests = 0

    def current(self, rows):
        ids = [r["portal_feature_id"] for r in rows if r.get("portal_feature_id")]
        if not ids:
            return {}
        params = self.source._params(0)
        for key in ("STARTINDEX", "COUNT", "MAXFEATURES"):
            params.pop(key, None)
        params["FEATUREID"] = ",".join(ids)
        _, body = self.http.get(self.source.base, what=tr("Reading the current state on the portal"), params=params)
        self.requests += 1
        doc = parse(body, tr("the portal's current features"))
        return {str(f.get("id")): f for f in features_of(doc, "")}

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
        _, answer = self.http.request("POST", self.source.base, what=tr("Writing {n} submissions back (WFS-T)")
                                      .format(n=len(rows)), data=body.encode("utf-8"),
                                      headers={"Content-Type": "text/xml; charset=utf-8"})
        self.requests += 1
        updated = _total_updated(answer)
        if updated != len(rows):
            raise PortalError(tr("The WFS-T transaction was not applied as a whole ({done} of {n} updated): {text}")
                              .format(done=updated, n=len(rows), text=answer[:300].decode("utf-8", "replace")))
        return {row["fid"] for row, _ in rows}, []


def _total_updated(answer):
    try:
        root = ET.fromstring(answer)  # noqa: S314 - the server's short answer; expat limits expansion
    except ET.ParseError:
        return -1
    if _local(root.tag) in ("ExceptionReport", "ServiceExceptionReport"):
        return -1
    for node in root.iter():
        if _local(node.tag) == "totalUpdated":
            return int((node.text or "0").strip() or 0)
        if _local(node.tag) == "FAILED":  # WFS 1.0 style
            return -1
    return -1


class OapifWriter:
    """Reads each item and PUTs it back with the reviewer fields (If-Match where the server gives an ETag)."""

    def __init__(self, url, http):
        self.items = _strip_query(OapifSource(url, http).items_url).rstrip("/")  # the link may carry ?f=json
        self.http = http
        self.requests = 0
        self._etags = {}

    def _item_url(self, row):
        return "{}/{}".format(self.items, row.get("portal_feature_id") or row["portal_id"])

    def current(self, rows):
        found = {}
        for row in rows:
            try:
                response, body = self.http.get(self._item_url(row), what=tr("Reading {id} on the portal").format(
                    id=row["portal_id"]), headers=ACCEPT)
            except PortalError as exc:
                if "HTTP 404" in str(exc):
                    continue  # gone from the portal: a conflict for the caller
                raise
            self.requests += 1
            feature = parse(body, row["portal_id"])
            key = row.get("portal_feature_id") or row["portal_id"]
            found[key] = feature
            if response.headers.get("ETag"):
                self._etags[key] = response.headers["ETag"]
        self._current = found
        return found

    def write(self, rows, writeback):
        """PUT each one; a failure is that item's alone: (fids written, error messages)."""
        written, errors = set(), []
        for row, values in rows:
            key = row.get("portal_feature_id") or row["portal_id"]
            feature = json.loads(json.dumps(self._current[key]))
            feature.setdefault("properties", {}).update(values)
            feature.pop("links", None)
            headers = {"Content-Type": "application/geo+json"}
            if key in self._etags:
                headers["If-Match"] = self._etags[key]
            self.requests += 1
            try:
                self.http.request("PUT", self._item_url(row), what=tr("Writing {id} back").format(
                    id=row["portal_id"]), data=json.dumps(feature, ensure_ascii=False).encode("utf-8"),
                    headers=headers)
            except PortalError as exc:
                errors.append(str(exc))
                continue
            written.add(row["fid"])
        return written, errors
