"""Reading GeoJSON documents: feature collections, their CRS and their paging links."""
import json

from ..errors import PortalError
from ..i18n import tr
from .base import CRS84

LOSSY = "\x00stadtdialog-lossy"  # a key no real document has


def decode(body):
    """(text, lossy): undecodable bytes survive as escapes so normalisation can quarantine the
    one record they belong to instead of failing the page; `lossy` says whether there were any."""
    if not isinstance(body, bytes):
        return body, False
    try:
        return body.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return body.decode("utf-8-sig", errors="surrogateescape"), True


def parse(body, what, any_json=False, local=False):
    """The GeoJSON document; doc['lossy'] is set when some bytes were not UTF-8. `any_json`: a top-level
    array is fine too (a profile says where its records are). `local`: a file on disk, not a portal's answer."""
    text, lossy = decode(body)
    stripped = text.lstrip()[:200].lower()
    if stripped.startswith("<"):
        if local:
            raise PortalError(tr("{what} is a web page or XML file, not GeoJSON (was it saved from a web browser?). "
                                 "Nothing was changed.").format(what=what))
        raise PortalError(tr("{what}: the portal sent a web page or XML instead of GeoJSON "
                             "(is the address right, or is the portal down?). Nothing was changed.").format(what=what))
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise PortalError(tr("{what}: the answer is nested too deeply to be read safely; it was not read. Nothing "
                             "was changed.").format(what=what)) from None
    except ValueError as exc:
        if local:
            raise PortalError(tr("{what} is not valid JSON ({reason}). Nothing was changed.").format(
                what=what, reason=str(exc)[:120])) from None
        raise PortalError(tr("{what}: the answer is not valid JSON ({reason}). Nothing was changed.").format(
            what=what, reason=str(exc)[:120])) from None
    if any_json and isinstance(doc, list):
        return doc
    if not isinstance(doc, dict):
        raise PortalError(tr("{what}: expected a GeoJSON object, got something else. Nothing was changed.").format(
            what=what))
    if lossy:
        doc[LOSSY] = True
    return doc


def _reject_constant(name):
    # NaN/Infinity are not JSON; keep them as strings so that the record, not the page, is rejected.
    return name


def features_of(doc, what):
    if doc.get("type") == "Feature":
        return [doc]
    features = doc.get("features")
    if doc.get("type") != "FeatureCollection" or not isinstance(features, list):
        raise PortalError(tr("{what}: the answer is not a GeoJSON FeatureCollection. Nothing was changed.").format(
            what=what))
    return features


def crs_of(doc):
    """Legacy GeoJSON 'crs' member (QGIS Server, older exports); CRS84 otherwise."""
    crs = doc.get("crs")
    if isinstance(crs, dict):
        name = (crs.get("properties") or {}).get("name")
        if isinstance(name, str) and name:
            return _normalise_crs_name(name)
    return CRS84


def _normalise_crs_name(name):
    lowered = name.lower()
    if "crs84" in lowered or lowered in ("epsg:4326", "urn:ogc:def:crs:epsg::4326"):
        # EPSG:4326 is lat/lon in theory, but GeoJSON writers send lon/lat.
        return CRS84
    if "opengis.net/def/crs/epsg/0/" in lowered:
        return "EPSG:" + name.rsplit("/", 1)[-1]
    if lowered.startswith("urn:ogc:def:crs:epsg:"):
        return "EPSG:" + name.rsplit(":", 1)[-1]
    return name


def link(doc, rel, types=("application/geo+json", "application/json", None)):
    for entry in doc.get("links") or []:
        if isinstance(entry, dict) and entry.get("rel") == rel and entry.get("type") in types:
            return entry.get("href")
    return None
