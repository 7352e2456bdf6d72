"""Exports from a path or a URL: GeoJSON, JSON (records where the profile says), CSV, and spreadsheets
(XLSX, ODS) read through OGR."""
import csv
import io
import re
import uuid
from pathlib import Path

from osgeo import gdal

from ..errors import PortalError
from ..i18n import some_of, text_of, tr
from .base import CRS84, Page, Source
from .encoding import decode_export
from .geojson import crs_of, decode, parse
from .records import NoPlaceError, as_features, locate, page_crs, point, records_of, wkt_geometry

PAGE = 5000
LON_NAMES = ("location_lon", "lon", "lng", "long", "longitude", "x", "laenge", "länge")
LAT_NAMES = ("location_lat", "lat", "latitude", "y", "breite")
WKT_NAMES = ("wkt", "geometry", "geom", "the_geom")
SHEETS = (".xlsx", ".ods")
csv.field_size_limit(2**30)


class FileSource(Source):
    kind = "file"

    def __init__(self, location, profile, http=None, body=None):
        super().__init__(str(location))
        self.profile, self.http, self.body = profile, http, body
        lowered = self.url.lower().split("?")[0]
        self.format = "csv" if lowered.endswith((".csv", ".txt", ".tsv")) else \
            "sheet" if lowered.endswith(SHEETS) else "geojson"

    def _read(self):
        if self.body is not None:
            return self.body
        if self.url.lower().startswith(("http://", "https://")):
            return self.http.get(self.url, what=tr("Downloading {url}").format(url=self.url))[1]
        try:
            return Path(self.url).read_bytes()
        except OSError as exc:
            raise PortalError(tr("Cannot read {path}: {reason}").format(path=self.url, reason=exc.strerror)) from None

    def is_table(self, body):
        return body[:4] == b"PK\x03\x04" or self.format == "sheet" or (
            self.format == "csv" and body.lstrip()[:1] not in (b"{", b"["))

    def pages(self):
        body = self._read()
        if self.is_table(body):
            columns, rows, lossy = read_table(body, self.profile, self.url, self.notes)
            yield from _table_pages(columns, rows, self.profile, self.url, lossy, self.notes)
            return
        text, lossy = decode(body)
        doc = parse(text, self.url, any_json=True, local=not self.url.lower().startswith(("http://", "https://")))
        features = as_features(records_of(doc, self.profile, self.url), self.profile)
        crs = page_crs(self.profile, crs_of(doc) if isinstance(doc, dict) else CRS84)
        for i in range(0, max(len(features), 1), PAGE):
            yield Page(features[i:i + PAGE], crs, i // PAGE + 1, (len(features) - 1) // PAGE + 1, lossy)


def read_table(body, profile, name, notes, chosen=None, sheet=None):
    """(columns, rows as dicts, lossy) of a CSV export or a spreadsheet's sheet (`sheet`, else the profile's, else
    the first with coordinates). The sheet read is put into `chosen` ({"sheet": name}) where one is given."""
    if body[:4] == b"PK\x03\x04" or name.lower().split("?")[0].endswith(SHEETS):
        return (*_sheet_rows(body, profile, name, notes, chosen if chosen is not None else {}, sheet), False)
    options = profile.file if profile is not None else {}
    text, lossy, note = decode_export(body, options.get("encoding", "auto"), options.get("replace_undecodable", False))
    if note:
        notes.append(note)
    # The header decides the delimiter; quoting stays standard CSV (csv.Sniffer also guesses
    # quoting rules from so little text, and guesses them wrong).
    header = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = options.get("delimiter") or max(",;\t|", key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in (reader.fieldnames or [])]
    reader.fieldnames = columns
    return columns, reader, lossy


def _sheet_rows(body, profile, name, notes, chosen, sheet=None):
    """(columns, rows) of a spreadsheet's sheet, every cell as text, the first row as the header: the sheet the
    profile names, or else the first with coordinate columns (a survey tool puts its map answers in a later
    sheet), or else the first."""
    wanted = sheet or (profile.file.get("sheet") if profile is not None else None)
    path = "/vsimem/stadtdialog-{}{}".format(uuid.uuid4().hex, ".ods" if body[:4] != b"PK\x03\x04" or
                                             b"opendocument" in body[:200] else ".xlsx")
    gdal.FileFromMemBuffer(path, body)
    try:
        try:
            ds = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
        except RuntimeError:
            ds = None
        if ds is None:
            raise PortalError(tr("{file}: the spreadsheet cannot be read (is it an XLSX or ODS file?).").format(
                file=name))
        layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
        names = [layer.GetName() for layer in layers]
        if not names:
            raise PortalError(tr("{file}: the spreadsheet has no sheets.").format(file=name))
        if wanted and wanted not in names:
            raise PortalError(tr("{file}: there is no sheet '{sheet}'; it has: {sheets}.").format(
                file=name, sheet=wanted, sheets=", ".join(names)))
        columns_of = {layer.GetName(): _columns(layer) for layer in layers}
        placed = [n for n in names if _has_place(columns_of[n], profile)]
        read = wanted or (placed[0] if placed else names[0])
        if not wanted and len(names) > 1:
            notes.append(tr("{file}: read the sheet '{sheet}' ({why}) of {count}: {sheets}. Name another in the "
                            "profile's file section ('sheet').").format(
                file=name, sheet=read, count=len(names), sheets=", ".join(names),
                why=tr("it has coordinates") if placed else tr("no sheet has coordinates")))
        if len(names) > 1:
            chosen["sheet"] = read
        layer = ds.GetLayerByName(read)
        columns = columns_of[read]
        rows = [{c: feature.GetField(i) for i, c in enumerate(columns)} for feature in layer]
        if columns == ["Field{}".format(i + 1) for i in range(len(columns))] and rows and \
                all(isinstance(v, str) and v.strip() for v in rows[0].values()):
            # OGR saw no header in a sheet of text only: its first row is the header a person wrote
            columns = [str(v).strip() for v in rows[0].values()]
            rows = [dict(zip(columns, row.values())) for row in rows[1:]]
        ds = None
    finally:
        gdal.Unlink(path)
    return columns, rows


def _columns(layer):
    definition = layer.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName().strip() for i in range(definition.GetFieldCount())]


def _has_place(columns, profile):
    try:
        lon, lat, wkt = _geometry_columns(columns, profile)
    except PortalError:
        return False
    lowered = [c.lower() for c in columns]  # also labels such as "Ort (Längengrad)", "Location (longitude)"
    labelled = any(w in c for c in lowered for w in ("longitude", "längengrad", "laengengrad")) and \
        any(w in c for c in lowered for w in ("latitude", "breitengrad"))
    return bool(lon and lat or wkt) or labelled


def _table_pages(columns, rows, profile, name, lossy, notes):
    lon, lat, wkt = _geometry_columns(columns, profile)
    unplaced = not (lon and lat) and not wkt
    if unplaced:  # proposals and debates often have no map: every one is still pulled for review
        notes.append(tr("{file}: no coordinate columns found (looked for lon/lat, location_lon/location_lat or "
                        "WKT); every record was pulled without a place. If the file has coordinates, name their "
                        "columns in the profile's 'location' section.").format(file=name))
    page, number = [], 1
    crs = page_crs(profile)
    nested = profile.file.get("nested") if profile is not None else None
    for row_number, row in enumerate(rows, start=2):
        row.pop(None, None)  # cells beyond the header
        props = {k: v for k, v in row.items() if k is not None}
        feature = {"type": "Feature", "properties": unflatten(props, nested) if nested else props,
                   "geometry": None, "line": row_number}
        try:
            feature["geometry"] = None if unplaced else _row_geometry(row, lon, lat, wkt, profile)
        except NoPlaceError:
            pass  # a submission without a place
        except ValueError as exc:
            feature["problem"] = text_of(exc)
        page.append(feature)
        if len(page) == PAGE:
            yield Page(page, crs, number, lossy=lossy)
            page, number = [], number + 1
    yield Page(page, crs, number, lossy=lossy)


def _geometry_columns(columns, profile):
    g = profile.location if profile else {}
    if "geojson" in g:
        return None, None, "geojson"
    if g:
        chosen = {}
        for key, names in g.items():
            chosen[key] = next((n for n in names if n in columns), None)
            if chosen[key] is None:
                raise PortalError(tr("The column '{name}' named in the profile's location is not in the file; it "
                                     "has: {cols}.").format(name=" / ".join(names), cols=some_of(columns)))
        return chosen.get("lon"), chosen.get("lat"), chosen.get("wkt")
    lowered = {c.lower(): c for c in columns}
    lon = next((lowered[n] for n in LON_NAMES if n in lowered), None)
    lat = next((lowered[n] for n in LAT_NAMES if n in lowered), None)
    if not (lon and lat):  # a survey's geopoint question: "_Ubicación_longitude", "_Ubicación_latitude"
        pairs = [(c, c[: -len("longitude")] + "latitude") for c in columns if c.lower().endswith("_longitude")]
        lon, lat = next(((a, b) for a, b in pairs if b in columns), (lon, lat))
    wkt = next((lowered[n] for n in WKT_NAMES if n in lowered), None)
    return lon, lat, wkt if not (lon and lat) else None


def unflatten(row, separator):
    """`{"title/de": …}` as `{"title": {"de": …}}`: the shape of the same platform's JSON export, so one profile
    reads both."""
    nested = {}
    for key, value in row.items():
        parts = key.split(separator)
        target = nested
        for part in parts[:-1]:
            child = target.get(part)
            if not isinstance(child, dict):
                child = target[part] = {} if child is None else {"": child}
            target = child
        if isinstance(target.get(parts[-1]), dict):
            target[parts[-1]][""] = value
        else:
            target[parts[-1]] = value
    return nested


def _row_geometry(row, lon, lat, wkt, profile):
    if profile is not None and "geojson" in profile.location:
        return locate(row, profile.location)
    return wkt_geometry(row.get(wkt)) if wkt else point(row.get(lon), row.get(lat))
