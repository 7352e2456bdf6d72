"""Writes the platform fixtures in the file formats the platforms deliver (XLSX as a spreadsheet library
writes it, CSV as a spreadsheet saves it) from their committed JSON descriptions in tests/data/platforms."""
import csv
import io
import json
from pathlib import Path

from osgeo import ogr

PLATFORMS = Path(__file__).parent / "data" / "platforms"


def table(platform, name):
    return json.loads((PLATFORMS / platform / name).read_text(encoding="utf-8"))


def write_xlsx(path, labels, rows, sheet="Sheet1", before=()):
    """One sheet, the labels as its first row; numbers stay numbers, empty cells stay empty. `before`:
    [(sheet name, labels, rows)] written first, as a survey tool puts its other answers first."""
    driver = ogr.GetDriverByName("XLSX")
    ds = driver.CreateDataSource(str(path))
    for name, other_labels, other_rows in before:
        _write_sheet(ds, name, other_labels, other_rows)
    _write_sheet(ds, sheet, labels, rows)
    ds = None
    return Path(path)


def _write_sheet(ds, sheet, labels, rows):
    layer = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
    kinds = []
    for i, label in enumerate(labels):
        numbers = [r[i] for r in rows if r[i] != ""]
        kind = ogr.OFTReal if numbers and all(isinstance(v, (int, float)) for v in numbers) else ogr.OFTString
        kinds.append(kind)
        layer.CreateField(ogr.FieldDefn(label, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            if value != "":
                feature.SetField(i, value)
        layer.CreateFeature(feature)


def write_csv(path, labels, rows, encoding="utf-8", delimiter=",", line_end="\r\n"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(labels)
    for row in rows:
        writer.writerow([str(v).replace(".", ",") if isinstance(v, float) and delimiter == ";" else v for v in row])
    Path(path).write_bytes(out.getvalue().encode(encoding))
    return Path(path)


def decidim_csv(path, records):
    """Decidim's CSV export of the same records: nested keys joined with '/', lists joined with ', ', the
    columns of the first record, ';' between cells, and a "'" before a cell that starts like a formula
    (decidim-core lib/decidim/exporters/csv.rb, see data/platforms/decidim/README.md)."""
    rows = [dict(_flat(r)) for r in records]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    headers = list(rows[0])
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["'" + v if isinstance(v, str) and v[:1] in "=+-@" else ("" if v is None else v)
                         for v in (row.get(h) for h in headers)])
    Path(path).write_text(out.getvalue(), encoding="utf-8")
    return Path(path)


def _flat(value, key=None):
    if isinstance(value, dict):
        for sub, item in value.items():
            yield from _flat(item, "{}/{}".format(key, sub) if key else sub)
    elif isinstance(value, list):
        yield key, ", ".join(str(v) for v in value if v is not None)
    else:
        yield key, value
