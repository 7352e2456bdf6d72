"""The planner's Stadtdialog settings, declared in one place: key, default and type (QGIS user settings, kept
with the QGIS profile; connections live in connections.py). Never secrets."""
from collections import namedtuple

from qgis.core import QgsSettings

Setting = namedtuple("Setting", "key default kind")

BASEMAP = Setting("stadtdialog/basemap", "osm", str)                # osm, basemap.de, custom, none
BASEMAP_CUSTOM = Setting("stadtdialog/basemap_custom", "", str)     # an XYZ URL or a QGIS WMS/WMTS source
SUGGEST_AFTER_PULL = Setting("stadtdialog/suggest_after_pull", True, bool)
REVIEW_CLOSEST_SCALE = Setting("stadtdialog/review_closest_scale", 5000, int)  # 1:n, the closest the panel zooms


def get(setting):
    value = QgsSettings().value(setting.key, setting.default)
    if setting.kind is bool:
        return str(value).lower() in ("true", "1", "yes") if not isinstance(value, bool) else value
    try:
        return setting.kind(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting, value):
    QgsSettings().setValue(setting.key, value)
