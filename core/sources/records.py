"""Records that are not GeoJSON features — rows of a table, objects in a JSON answer — as features, located
where the profile says: lon/lat paths, a WKT text, or a property holding a GeoJSON geometry."""
import json
import math

from osgeo import ogr

from ..errors import PortalError
from ..i18n import some_of, text_of, tr
from . import record_path
from .base import CRS84


def records_of(doc, profile, what):
    """The records of a parsed JSON answer: where the profile's `records` path says, else a GeoJSON
    FeatureCollection's features (or the one Feature), else a top-level array."""
    path = profile.records if profile is not None else None
    if path is None:
        if isinstance(doc, dict) and doc.get("type") == "Feature":
            return [doc]
        if isinstance(doc, dict) and doc.get("type") == "FeatureCollection" and isinstance(doc.get("features"), list):
            return doc["features"]
        if isinstance(doc, list):
            return doc
        lists = [v for v in doc.values() if _records(v)] if isinstance(doc, dict) else []
        if len(lists) == 1:  # {"issues": [...], "metadata": {...}}: the one list of records it holds
            return lists[0]
        raise PortalError(tr("{what}: the answer is not a GeoJSON FeatureCollection, nor one list of records. "
                             "Nothing was changed.").format(what=what))
    found = record_path.records_at(doc, path)
    if not isinstance(found, list):
        keys = some_of(sorted(doc), 12) if isinstance(doc, dict) else tr("a list")
        raise PortalError(tr("{what}: the profile says the records are at '{path}', but the answer has no list "
                             "there (it has: {keys}). Nothing was changed.").format(what=what, path=path or "$",
                                                                                    keys=keys))
    return found


def _records(value):
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value[:20])


class NoPlaceError(ValueError):
    """The record gives no place at all (its coordinates are empty): a submission without a place, which a
    reviewer still reads and classifies — not a broken record."""


def as_features(records, profile):
    """GeoJSON-like features: a Feature stays as it is (one without a geometry is located by the profile),
    any other object becomes the properties of one, located by the profile's `location`."""
    location = profile.location if profile is not None else {}
    features = []
    for record in records:
        if not isinstance(record, dict):
            features.append(record)  # quarantined by the normaliser: not an object
            continue
        if record.get("type") == "Feature" and "properties" in record:
            feature = record
            if location and record.get("geometry") is None and isinstance(record.get("properties"), dict):
                feature = dict(record)
                _locate_into(feature, record["properties"], location)
        else:  # a plain record's own "id" is its feature id (what a profile's "$id" names)
            feature = {"type": "Feature", "properties": record, "geometry": None, "id": record.get("id")}
            if location:
                _locate_into(feature, record, location)
            elif isinstance(record.get("geometry"), dict):
                feature["geometry"] = record["geometry"]
        features.append(feature)
    return features


def page_crs(profile, declared=CRS84):
    return (profile.crs if profile is not None and profile.crs else None) or declared


def _locate_into(feature, props, location):
    try:
        feature["geometry"] = locate(props, location)
    except NoPlaceError:
        feature["geometry"] = None
    except ValueError as exc:
        feature["geometry"] = None
        feature["problem"] = text_of(exc)


def locate(props, location):
    """The geometry the profile's `location` describes, or ValueError with the reason."""
    def value(key):
        return record_path.first(props, location[key])[0]

    if "geojson" in location:
        return _geojson(value("geojson"))
    if "wkt" in location:
        return wkt_geometry(value("wkt"))
    return point(value("lon"), value("lat"))


def _geojson(value):
    if isinstance(value, str) and value.strip().startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValueError(tr("the location is not a GeoJSON geometry")) from None
    if value in (None, "", {}):
        raise NoPlaceError(tr("no coordinates"))
    if not isinstance(value, dict) or "type" not in value:
        raise ValueError(tr("the location is not a GeoJSON geometry"))
    return value


def number(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = repr(value)
    else:
        text = ("" if value is None else str(value)).strip()
    if not text:
        raise NoPlaceError(tr("no coordinates"))
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # German decimal comma
    try:
        result = float(text)
    except ValueError:
        raise ValueError(tr("coordinates are not numbers")) from None
    if not math.isfinite(result):
        raise ValueError(tr("coordinates are not finite numbers"))
    return result


def point(lon, lat):
    given = [not (v is None or (isinstance(v, str) and not v.strip())) for v in (lon, lat)]
    if any(given) and not all(given):  # half a place cannot be trusted: quarantine, not "no place"
        raise ValueError(tr("one of the two coordinates is missing"))
    return {"type": "Point", "coordinates": [number(lon), number(lat)]}


def wkt_geometry(text):
    text = "" if text is None else str(text)
    if not text.strip():
        raise NoPlaceError(tr("no coordinates"))
    try:
        geometry = ogr.CreateGeometryFromWkt(text.strip())
    except RuntimeError:
        geometry = None
    if geometry is None:
        raise ValueError(tr("the WKT geometry cannot be read"))
    return json.loads(geometry.ExportToJson())
