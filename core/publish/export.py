"""Exports for the city's GIS and for reports: GeoPackage, GeoJSON, CSV.

Personal data stays out unless asked for; action areas go out as codes and as labels; a CSV cell that a
spreadsheet would run as a formula is neutralised. The file is written next to its target and moved into
place at the end, so a failed export never leaves half a file or destroys the previous one.
"""
import csv
import os
import tempfile
from pathlib import Path

from osgeo import gdal, ogr, osr

from .. import list_field
from ..errors import CancelledError, StadtdialogError
from ..feedback import Feedback
from ..i18n import tr, ui_language
from ..review.personal_data import MASKED, mask, mask_json
from ..store.schema import SUBMISSIONS
from ..store.stores import as_store

FORMATS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV"}
LIST_FIELDS = ("action_areas", "suggested_action_areas")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell that a spreadsheet would evaluate gets a leading apostrophe (OWASP's advice) — also behind
    leading white space (a spreadsheet that trims it on import, a no-break space), since it would still run.
    The last step before a cell is written, after anything that joins or trims it."""
    if isinstance(value, str) and (value.startswith(FORMULA_START) or value.lstrip().startswith(FORMULA_START)):
        return "'" + value
    return value


def export(gpkg, output, include_personal=False, language=None, feedback=None, store_authcfg=None):
    """Write the submissions of `gpkg` to `output` (format from its extension); returns the count."""
    feedback = feedback or Feedback()
    output = Path(output)
    driver = FORMATS.get(output.suffix.lower())
    if driver is None:
        raise StadtdialogError(tr("Cannot export to '{name}': use a file ending in .gpkg, .geojson or .csv.")
                               .format(name=output.name))
    store = as_store(gpkg, store_authcfg)
    if store.kind == "gpkg" and output.resolve() == Path(store.name).resolve():
        raise StadtdialogError(tr("The export would overwrite the GeoPackage it reads from; choose another file."))
    language = language or ui_language()
    labels = dict(store.action_area_labels(language))
    records = _records(store, include_personal, labels, language)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=output.suffix, prefix=".stadtdialog-", dir=str(output.parent))
        os.close(fd)
        os.unlink(tmp)  # OGR wants to create the file itself
        if driver == "CSV":
            count = _write_csv(tmp, records, store, feedback)
        else:
            count = _write_ogr(tmp, driver, records, store, feedback)
        put_in_place(tmp, output)
        feedback.setProgress(100.0)  # the bar ends full, not at the last 500
    except OSError as exc:
        raise StadtdialogError(cannot_write(output, exc)) from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return count


def put_in_place(tmp, output):
    """The finished file in place of any earlier one, readable as the user's other files are (the temporary
    file was made for its owner only; colleagues on a shared drive must open the export and the report)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)
    os.replace(tmp, output)


def cannot_write(path, exc):
    return tr("Cannot write {path} ({reason}); any earlier file there was left as it was. Choose a folder you "
              "may write to.").format(path=path, reason=exc.strerror or exc)


# Personal fields kept on request; a reviewer's word on personal data; the address a citizen gave (it may be their
# home — the point it placed is exported, the words are not, unless personal data is asked for).
PERSONAL_COLUMNS = ("personal", "privacy", "address")


def _records(store, include_personal, labels, language):
    """(column names, generator of (values dict, x, y)) with list fields as lists and labels added; personal
    data in free text masked unless it is asked for."""
    stored = store.columns(SUBMISSIONS)
    columns = [n for n in stored if n not in ("fid", "geom") and (include_personal or n not in PERSONAL_COLUMNS)]
    out_columns = []
    for name in columns:
        out_columns.append(name)
        if name in LIST_FIELDS:
            out_columns.append(name + "_labels")
    read = columns + [n for n in ("privacy",) if n not in columns and n in stored]

    def rows():
        for values, x, y in store.points(read):
            for name in LIST_FIELDS:
                if name in values:
                    codes = list_field.codes(values[name])
                    values[name] = codes
                    values[name + "_labels"] = "; ".join(labels.get(c, c) for c in codes)
            if not include_personal:
                privacy = values.pop("privacy", None)
                for name in MASKED:
                    if name in values:
                        values[name] = mask(values[name], language, privacy)
                if "extra" in values:  # the further details a portal sent may hold a citizen's words too
                    values["extra"] = mask_json(values["extra"], language, privacy)
            yield values, x, y

    return out_columns, rows


def _write_csv(path, records, store, feedback):
    columns, rows = records
    total = max(store.count(SUBMISSIONS), 1)
    count = 0
    transform = _to_wgs84(store)
    # UTF-8 with BOM: spreadsheets then read umlauts right; newlines inside cells are quoted by csv.
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(columns + ["x", "y", "lon", "lat"])
        for values, x, y in rows():
            cells = []
            for name in columns:
                value = values.get(name)
                if name in LIST_FIELDS:
                    value = "; ".join(value)
                cells.append("" if value is None else neutralise(value))
            lon, lat = _lonlat(transform, x, y)
            writer.writerow(cells + [x, y, lon, lat])
            count += 1
            _progress(feedback, count, total)
    return count


def _write_ogr(path, driver, records, store, feedback):
    columns, rows = records
    total = max(store.count(SUBMISSIONS), 1)
    srs = osr.SpatialReference()
    srs.SetFromUserInput(store.crs_authid())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    options = ["RFC7946=YES", "WRITE_NAME=NO"] if driver == "GeoJSON" else ["FID=fid"]
    ds = gdal.GetDriverByName(driver).Create(path, 0, 0, 0, gdal.GDT_Unknown)
    if ds is None:
        raise StadtdialogError(tr("Could not create {path}.").format(path=path))
    layer = ds.CreateLayer(SUBMISSIONS, srs, ogr.wkbPoint, options)
    for name in columns:
        defn = ogr.FieldDefn(name, ogr.OFTInteger if name == "priority" else ogr.OFTString)
        if name in LIST_FIELDS or name in ("extra", "personal"):
            defn.SetSubType(ogr.OFSTJSON)
        layer.CreateField(defn)
    layer.StartTransaction()
    count = 0
    for values, x, y in rows():
        feature = ogr.Feature(layer.GetLayerDefn())
        for name in columns:
            value = values.get(name)
            if value is None:
                continue
            feature.SetField(name, list_field.to_text(value) if name in LIST_FIELDS else value)
        if x is not None and y is not None:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(x, y)
            feature.SetGeometry(point)
        layer.CreateFeature(feature)
        count += 1
        _progress(feedback, count, total)
    layer.CommitTransaction()
    ds = None
    return count


def _to_wgs84(store):
    source = osr.SpatialReference()
    source.SetFromUserInput(store.crs_authid())
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    for s in (source, target):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


def _lonlat(transform, x, y):
    if x is None or y is None:
        return None, None
    lon, lat, _ = transform.TransformPoint(x, y)
    return round(lon, 7), round(lat, 7)


def _progress(feedback, count, total):
    if count % 500 == 0:
        if feedback.isCanceled():
            raise CancelledError(tr("The export was cancelled; no file was written."))
        feedback.setProgress(100.0 * count / total)
