"""GeoJSON and CSV exports, from a path or a URL."""
import csv
import io
import json
import math
from pathlib import Path

from osgeo import ogr

from ..errors import PortalError
from ..i18n import tr
from .base import CRS84, Page, Source
from .encoding import decode_export
from .geojson import LOSSY, crs_of, features_of, parse

PAGE = 5000
LON_NAMES = ("location_lon", "lon", "lng", "long", "longitude", "x", "laenge", "länge")
LAT_NAMES = ("location_lat", "lat", "latitude", "y", "breite")
WKT_NAMES = ("wkt", "geometry", "geom", "the_geom")
csv.field_size_limit(2**30)


class FileSource(Source):
    kind = "file"

    def __init__(self, location, profile, http=None, body=None):
        super().__init__(str(location))
        self.profile, self.http, self.body = profile, http, body
        lowered = self.url.lower().split("?")[0]
        self.format = "csv" if lowered.endswith((".csv", ".txt", ".tsv")) else "geojson"

    def _read(self):
        if self.body is not None:
            return self.body
        if self.url.lower().startswith(("http://", "https://")):
            return self.http.get(self.url, what=tr("Downloading {url}").format(url=self.url))[1]
        try:
            return Path(self.url).read_bytes()
        except OSError as exc:
            raise PortalError(tr("Cannot read {path}: {reason}").format(path=self.url, reason=exc.strerror)) from None

    def pages(self):
        body = self._read()
        if self.format == "csv" and body.lstrip()[:1] not in (b"{", b"["):
            yield from _csv_pages(body, self.profile, self.url, self.notes)
            return
        doc = parse(body, self.url)
        features = features_of(doc, self.url)
        crs, lossy = crs_of(doc), LOSSY in doc
        for i in range(0, max(len(features), 1), PAGE):
            yield Page(features[i:i + PAGE], crs, i // PAGE + 1, (len(features) - 1) // PAGE + 1, lossy)


def _csv_pages(body, profile, name, notes):
    text, lossy, note = decode_export(body)
    if note:
        notes.append(note)
    # The header decides the delimiter; quoting stays standard CSV (csv.Sniffer also guesses
    # quoting rules from so little text, and guesses them wrong).
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    reader.fieldnames = columns
    lon, lat, wkt = _geometry_columns(columns, profile)
    if not (lon and lat) and not wkt:
        raise PortalError(tr("{file}: no coordinate columns found (looked for lon/lat, location_lon/"
                             "location_lat or WKT); name them in the profile's 'geometry' section.").format(file=name))
    page, number = [], 1
    for row_number, row in enumerate(reader, start=2):
        row.pop(None, None)  # cells beyond the header
        feature = {"type": "Feature", "properties": {k: v for k, v in row.items() if k is not None},
                   "geometry": None, "line": row_number}
        try:
            feature["geometry"] = _wkt_geometry(row.get(wkt)) if wkt else _point(row.get(lon), row.get(lat))
        except ValueError as exc:
            feature["problem"] = str(exc)
        page.append(feature)
        if len(page) == PAGE:
            yield Page(page, CRS84, number, lossy=lossy)
            page, number = [], number + 1
    yield Page(page, CRS84, number, lossy=lossy)


def _geometry_columns(columns, profile):
    g = profile.geometry if profile else {}
    if g:
        for key in g.values():
            if key not in columns:
                raise PortalError(tr("The column '{name}' named in the profile's geometry section is not in the "
                                     "file; it has: {cols}.").format(name=key, cols=", ".join(columns[:20])))
        return g.get("lon"), g.get("lat"), g.get("wkt")
    lowered = {c.lower(): c for c in columns}
    lon = next((lowered[n] for n in LON_NAMES if n in lowered), None)
    lat = next((lowered[n] for n in LAT_NAMES if n in lowered), None)
    wkt = next((lowered[n] for n in WKT_NAMES if n in lowered), None)
    return lon, lat, wkt if not (lon and lat) else None


def _number(text):
    text = (text or "").strip()
    if not text:
        raise ValueError(tr("no coordinates"))
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # German decimal comma
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(tr("coordinates are not finite numbers"))
    return value


def _point(lon, lat):
    try:
        return {"type": "Point", "coordinates": [_number(lon), _number(lat)]}
    except ValueError as exc:
        if str(exc).startswith("could not convert"):
            raise ValueError(tr("coordinates are not numbers")) from None
        raise


def _wkt_geometry(text):
    if not (text or "").strip():
        raise ValueError(tr("no coordinates"))
    try:
        geometry = ogr.CreateGeometryFromWkt(text.strip())
    except RuntimeError:
        geometry = None
    if geometry is None:
        raise ValueError(tr("the WKT geometry cannot be read"))
    return json.loads(geometry.ExportToJson())
