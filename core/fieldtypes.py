"""The one place that turns the schema's field kinds into QGIS and OGR field types.

QGIS 3.22 needs QVariant types for QgsField; QGIS 3.38+ (and QGIS 4 on Qt 6, where
QVariant types are gone) take QMetaType. Keeping the choice here means no other module
touches either.
"""
from osgeo import ogr
from qgis.core import Qgis, QgsField

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _QT = {
        "string": QMetaType.Type.QString,
        "integer": QMetaType.Type.Int,
        "datetime": QMetaType.Type.QDateTime,
        "json": QMetaType.Type.QString,
    }
else:
    from qgis.PyQt.QtCore import QVariant

    _QT = {
        "string": QVariant.String,
        "integer": QVariant.Int,
        "datetime": QVariant.DateTime,
        "json": QVariant.String,
    }

_OGR = {
    "string": (ogr.OFTString, ogr.OFSTNone),
    "integer": (ogr.OFTInteger, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
    # JSON subtype: QGIS shows a JSON field and a multi-select ValueRelation writes a JSON array.
    "json": (ogr.OFTString, ogr.OFSTJSON),
}

KINDS = tuple(_OGR)


def is_text(field):
    """Whether a QgsField holds text, on Qt 5 and Qt 6 alike."""
    return field.type() == _QT["string"]


def qgs_field(name, kind):
    return QgsField(name, _QT[kind])


def ogr_field(name, kind):
    ogr_type, subtype = _OGR[kind]
    definition = ogr.FieldDefn(name, ogr_type)
    definition.SetSubType(subtype)
    return definition


DISTRICT_NAMES = ("name", "stadtteil", "bezirk", "ortsteil", "district", "ortsbezirk", "gemarkung", "stt_name",
                  "bez_name", "bezeichnung", "quartier", "neighbourhood", "neighborhood", "label")


def field_named(layer, names, text_only=True):
    """The layer's field called by one of `names` (any case, in their order), else its first text field."""
    fields = layer.fields()
    by_lower = {f.name().lower(): f.name() for f in fields}
    known = next((by_lower[n] for n in names if n in by_lower), None)
    return known or (next((f.name() for f in fields if is_text(f)), None) if text_only else None)
