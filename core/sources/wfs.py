"""WFS 1.1 and 2.0: capabilities, paging by STARTINDEX, GeoJSON where offered, else GML through OGR."""
import os
import tempfile
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from osgeo import gdal, osr

from ..errors import PortalError
from ..i18n import counted, tr
from . import xml_safe
from .base import Page, Source
from .geojson import LOSSY, crs_of, features_of, parse
from .paging import prefetch
from .xml_safe import local_name

JSON_FORMATS = ("application/json", "application/geo+json", "json", "geojson", "application/vnd.geo+json")
DEFAULT_PAGE = 5000


class WfsSource(Source):
    kind = "wfs"

    def __init__(self, url, http, bbox=None, page_size=None):
        super().__init__(url)
        self.http = http
        parts = urlsplit(url)
        query = {k.lower(): v for k, v in parse_qsl(parts.query)}
        self.base = urlunsplit(parts._replace(query=urlencode(
            {k: v for k, v in parse_qsl(parts.query) if k.lower() not in
             ("service", "request", "version", "typename", "typenames", "outputformat", "count",
              "maxfeatures", "startindex", "srsname")}), fragment=""))
        self.typename = query.get("typenames") or query.get("typename")
        self.bbox = bbox
        self.complete = not bbox
        self.version, json_format, self.srs, self.paging, default_count = self._capabilities(
            query.get("version"))
        # A format or page size written into the address by the user wins over what we would pick.
        self.output_format = query.get("outputformat") or json_format
        asked = query.get("count") or query.get("maxfeatures") or ""
        self.page_size = page_size or (int(asked) if asked.isdigit() else None) or default_count or DEFAULT_PAGE
        self.server_limit = default_count  # a page size the server declared (it may cut bigger pages to it)

    def describe(self):
        return "{} ({})".format(self.base, self.typename)

    def _capabilities(self, wanted):
        versions = [wanted] if wanted else ["2.0.0", "1.1.0"]
        last = None
        for version in versions:
            what = tr("Reading the WFS capabilities of {url}").format(url=self.base)
            _, body = self.http.get(self.base, what=what, params={
                "SERVICE": "WFS", "REQUEST": "GetCapabilities", "VERSION": version})
            try:
                root = xml_safe.fromstring(body, what)
            except xml_safe.ParseError:
                raise PortalError(tr("{what}: the answer is not XML.").format(what=what)) from None
            if local_name(root.tag) == "ServiceExceptionReport" or local_name(root.tag) == "ExceptionReport":
                last = version
                continue
            answered = root.get("version") or version
            return self._read_caps(root, answered)
        raise PortalError(tr("{url} does not answer as a WFS (tried version {v}).").format(url=self.base, v=last))

    def _read_caps(self, root, version):
        types = []
        for ft in root.iter():
            if local_name(ft.tag) == "FeatureType":
                name = _child_text(ft, "Name")
                srs = _child_text(ft, "DefaultCRS") or _child_text(ft, "DefaultSRS") or _child_text(ft, "SRS")
                types.append((name, srs))
        names = [t[0] for t in types]
        if not self.typename:
            if len(types) != 1:
                raise PortalError(tr("The WFS at {url} offers {n} layers ({names}); add typename=… to the "
                                     "address.").format(url=self.base, n=len(names), names=", ".join(names[:10])))
            self.typename = names[0]
        match = [t for t in types if t[0] == self.typename or t[0].split(":")[-1] == self.typename]
        if not match:
            raise PortalError(tr("The WFS at {url} has no layer '{name}'; it offers: {names}.").format(
                url=self.base, name=self.typename, names=", ".join(names[:10])))
        self.typename = match[0][0]
        formats, paging, default_count = set(), version.startswith("1.1"), None
        for op in root.iter():
            if local_name(op.tag) == "Operation" and op.get("name") == "GetFeature":
                for param in op.iter():
                    if local_name(param.tag) == "Parameter" and param.get("name", "").lower() == "outputformat":
                        formats |= {(v.text or "").strip() for v in param.iter() if local_name(v.tag) == "Value"}
            if local_name(op.tag) == "Constraint":
                value = _child_text(op, "DefaultValue")
                if op.get("name") == "ImplementsResultPaging":
                    paging = paging or (value or "").upper() == "TRUE"
                if op.get("name") == "CountDefault" and value and value.isdigit():
                    default_count = int(value)
            if local_name(op.tag) == "ResultFormat":  # WFS 1.0 style
                formats |= {local_name(c.tag) for c in op}
        json_format = next((f for f in sorted(formats) if f.lower() in JSON_FORMATS
                            or "json" in f.lower()), None)
        if version.startswith("1.1") or version.startswith("1.0"):
            paging = True  # QGIS Server and MapServer accept STARTINDEX with 1.x as well
        return version, json_format, match[0][1], paging, default_count

    def _params(self, start=None):
        """GetFeature parameters; a page from `start`, or everything when start is None."""
        count_key = "COUNT" if self.version.startswith("2") else "MAXFEATURES"
        type_key = "TYPENAMES" if self.version.startswith("2") else "TYPENAME"
        params = {"SERVICE": "WFS", "REQUEST": "GetFeature", "VERSION": self.version, type_key: self.typename}
        if start is not None:
            params.update({count_key: self.page_size, "STARTINDEX": start})
        if self.srs:
            params["SRSNAME"] = self.srs
        if self.output_format:
            params["OUTPUTFORMAT"] = self.output_format
        if self.bbox:
            params["BBOX"] = self.bbox
        return params

    def pages(self):
        if not self.paging:
            yield self._page(0, paged=False)
            return
        pages = prefetch(self._download, self._parse)
        try:
            for page in pages:
                count = len(page.features)  # the consumer may empty the page once it has it
                yield page
                if count < self.page_size:
                    return
        finally:
            pages.close()

    def by_ids(self, ids):
        """A page of the features with these server feature ids (parsed as a pulled page is)."""
        what = counted(len(ids), tr("Reading the current state of 1 submission on the portal"),
                       tr("Reading the current state of {n} submissions on the portal"))
        params = self._params()
        params["FEATUREID"] = ",".join(ids)
        return self._fetch(params, what, 1)

    def _page(self, index, paged=True):
        return self._parse(index, self._download(index, paged))

    def _what(self, index):
        return tr("Page {n} of the WFS layer {name}").format(n=index + 1, name=self.typename)

    def _download(self, index, paged=True):
        params = self._params(index * self.page_size if paged else None)
        return self.http.get(self.base, what=self._what(index), params=params)

    def _parse(self, index, answer):
        return self._read(answer, self._what(index), index + 1)

    def _fetch(self, params, what, number):
        return self._read(self.http.get(self.base, what=what, params=params), what, number)

    def _read(self, answer, what, number):
        response, body = answer
        head = body[:400].lstrip()
        if b"<html" in head.lower() or b"<!doctype html" in head.lower() or response.headers.get(
                "Content-Type", "").lower().startswith("text/html"):
            raise PortalError(tr("{what}: the server answered with a web page, not with features (a maintenance "
                                 "or login page?).").format(what=what))
        if b"ExceptionReport" in head or b"ServiceException" in head:
            raise PortalError(tr("{what}: the WFS answered with an error: {text}").format(
                what=what, text=_exception_text(body)))
        if not head.startswith(b"<"):
            doc = parse(body, what)
            crs = crs_of(doc)
            if crs == "OGC:CRS84" and "crs" not in doc and self.srs and "4326" not in self.srs:
                crs = _crs_name(self.srs)
            return Page(features_of(doc, what), crs, number, lossy=LOSSY in doc)
        return _gml_page(body, what, number)


def _gml_page(body, what, number):
    """GML is read by OGR's GML driver, never parsed by hand (nor read when it declares entities)."""
    xml_safe.check_prolog(body, what)
    fd, path = tempfile.mkstemp(suffix=".gml", prefix="stadtdialog-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(body)
        # Never let the GML driver fetch the schema from the network on its own.
        ds = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=["DOWNLOAD_SCHEMA=NO"])
        if ds is None or ds.GetLayerCount() == 0:
            if b"FeatureCollection" not in body[:2000]:  # no features is an answer; something unreadable is not
                raise PortalError(tr("{what}: the answer is neither GeoJSON nor GML features.").format(what=what))
            return Page([], "OGC:CRS84", number)
        layer = ds.GetLayer(0)
        srs = layer.GetSpatialRef()
        crs = "OGC:CRS84"
        if srs is not None:
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            code = srs.GetAuthorityCode(None)
            crs = "EPSG:" + code if code else srs.ExportToWkt()
        features = []
        for feature in layer:
            item = feature.ExportToJson(as_object=True)
            item["id"] = feature.GetField("gml_id") if feature.GetFieldIndex("gml_id") >= 0 else item.get("id")
            features.append(item)
        if crs == "EPSG:4326":
            crs = "OGC:CRS84"  # traditional GIS order was set above: x is longitude
        return Page(features, crs, number)
    except RuntimeError as exc:
        raise PortalError(tr("{what}: the GML answer could not be read ({reason}).").format(
            what=what, reason=exc)) from None
    finally:
        for suffix in (".gml", ".gfs", ".xsd"):
            try:
                os.unlink(path[:-4] + suffix)
            except OSError:
                pass


def _crs_name(srs):
    if "EPSG" in srs.upper():
        code = srs.replace("::", ":").rstrip("/").split(":")[-1].split("/")[-1]
        return "EPSG:" + code
    return srs


def _exception_text(body):
    try:
        root = xml_safe.fromstring(body, "")
        return " ".join(t.strip() for t in root.itertext() if t.strip())[:300]
    except (xml_safe.ParseError, PortalError):
        return body[:300].decode("utf-8", "replace")


def _child_text(node, name):
    for child in node:
        if local_name(child.tag) == name:
            return (child.text or "").strip()
    return None
