"""Decides which connector serves a source: a path, a file URL, a WFS or an OGC API."""
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from ..errors import PortalError
from ..i18n import tr
from .files import FileSource
from .geojson import parse
from .jsonpages import JsonPagesSource
from .oapif import META_ACCEPT, OapifSource
from .wfs import WfsSource

KINDS = ("auto", "oapif", "wfs", "file", "json")


def open_source(source, profile, http, kind="auto", bbox=None, datetime=None):
    source = str(source).strip()
    if not source:
        raise PortalError(tr("No source given: enter an OGC API collection URL, a WFS URL or a file."))
    is_url = source.lower().startswith(("http://", "https://"))
    if is_url and (kind == "json" or (kind == "auto" and getattr(profile, "paging", None))):
        if not getattr(profile, "paging", None):
            raise PortalError(tr("A JSON API is read as its profile's 'paging' says; the profile '{name}' has "
                                 "none.").format(name=profile.name))
        return JsonPagesSource(source, profile, http)
    if kind == "file" or (not is_url and kind == "auto"):
        if not is_url and not Path(source).exists():
            raise PortalError(tr("{path} does not exist.").format(path=source))
        return FileSource(source, profile, http)
    if kind == "wfs":
        return WfsSource(source, http, bbox=bbox)
    if kind == "oapif":
        return OapifSource(source, http, bbox=bbox, datetime=datetime)
    parts = urlsplit(source)
    query = {k.lower(): v.lower() for k, v in parse_qsl(parts.query)}
    if query.get("service") == "wfs" or "typename" in query or "typenames" in query:
        return WfsSource(source, http, bbox=bbox)
    if parts.path.lower().endswith((".csv", ".geojson", ".json", ".tsv")):
        return FileSource(source, profile, http)
    if parts.path.rstrip("/").endswith("/items"):
        return OapifSource(source, http, bbox=bbox, datetime=datetime)
    # Ask the server what it is.
    response, body = http.get(source, what=tr("Reading {url}").format(url=source), headers=META_ACCEPT)
    head = body[:500].lstrip()
    if head.startswith(b"<") and b"WFS_Capabilities" in body[:5000]:
        return WfsSource(source, http, bbox=bbox)
    if head.startswith(b"<"):
        # Many OGC API servers answer browsers with HTML; ask for JSON explicitly.
        response, body = http.get(source, what=tr("Reading {url}").format(url=source), headers=META_ACCEPT,
                                  params={"f": "json"})
    doc = parse(body, source)
    if doc.get("type") in ("FeatureCollection", "Feature"):
        return FileSource(source, profile, http, body=body)
    return OapifSource(source, http, bbox=bbox, datetime=datetime, doc=doc)
