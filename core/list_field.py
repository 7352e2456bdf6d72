"""The one codec for JSON-array fields (action_areas, suggested_action_areas): Python list <-> QGIS feature
value <-> the store's JSON text, on every QGIS version. Nothing else encodes or decodes these fields.

In the GeoPackage the field is text with OGR's JSON subtype and always holds a JSON array ('["a","b"]').
What QGIS's OGR provider does with a value written to such a field depends on the version:
- QGIS 3.22 stores a string as it is and a Python list pretty-printed over several lines;
- newer QGIS (seen on 3.40 and 3.44) encodes a string as a JSON *string* ('"[\\"a\\"]"'), so only a list
  becomes an array.
Reading gives a list on both. So features get compact JSON text where that is known to be stored verbatim,
and a list everywhere else (a list is stored as an array on every version).
"""
import json

from qgis.core import Qgis

FIELDS = ("action_areas", "suggested_action_areas")

# Versions whose OGR provider is known to store a string for a JSON field verbatim.
TEXT_VERBATIM = Qgis.QGIS_VERSION_INT < 32400

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def codes(value):
    """The codes in whatever a feature, the store or a portal gives: a list, JSON text, NULL or None, and
    also the doubly encoded text an older version may have stored ('"[\\"a\\"]"')."""
    for _ in range(3):  # a list, or text holding a list, possibly once more encoded as a JSON string
        if value is None or _is_null(value):
            return []
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value if v is not None and str(v) != ""]
        if not isinstance(value, str):
            return [str(value)]
        text = value.strip()
        if not text:
            return []
        try:
            value = json.loads(text)
        except ValueError:
            return [text]
        if isinstance(value, str) and not value.strip().startswith("["):
            return [value] if value else []
    return []


def to_text(values):
    """Compact JSON array text for the store's SQL ('["a","b"]'); [] for nothing."""
    return _COMPACT(codes(values))


def for_feature(values, layer=None):
    """The value to give a QGIS feature, the edit buffer or a provider for a JSON-array field (of `layer`: a
    PostgreSQL jsonb field takes a list on every version)."""
    items = codes(values)
    if layer is not None and layer.dataProvider() is not None and layer.dataProvider().name() == "postgres":
        return items
    return _COMPACT(items) if TEXT_VERBATIM else items


def expression(name):
    """A QGIS expression giving the field as an array however it is read: a list (OGR's JSON subtype), JSON
    text (a plain text field, another provider), or NULL (an empty array)."""
    return "coalesce(try(from_json(\"{0}\")), \"{0}\", array())".format(name)


def repair_sql(field):
    """SQL that turns a doubly encoded value of `field` (a JSON string holding an array) back into the
    array; values already arrays are left alone."""
    return ('UPDATE submissions SET "{0}" = json(json_extract("{0}", \'$\')) '  # nosec B608 - FIELDS only
            "WHERE json_valid(\"{0}\") AND json_type(\"{0}\") = 'text' "
            "AND json_valid(json_extract(\"{0}\", '$')) "
            "AND json_type(json_extract(\"{0}\", '$')) = 'array'").format(field)


def _is_null(value):
    # PyQGIS gives NULL as a QVariant (Qt 5) or None (Qt 6); a null QVariant is the only falsy non-str here.
    return not isinstance(value, (str, list, tuple, int, float)) and not value
