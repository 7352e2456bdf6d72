"""Which Stadtdialog GeoPackage (and table) a QGIS layer reads: one answer for every caller."""
from qgis.core import QgsProviderRegistry


def store_source(layer):
    """(path, table) of a layer read through OGR, e.g. ('/data/s.gpkg', 'submissions'); ('', '') otherwise."""
    provider = layer.dataProvider()
    if provider is None or provider.name() != "ogr":
        return "", ""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return parts.get("path") or "", parts.get("layerName") or ""


def store_path(layer):
    """The GeoPackage a submissions layer comes from: as noted when Stadtdialog added it, else its source."""
    return layer.customProperty("stadtdialog/store") or store_source(layer)[0] or layer.source().split("|")[0]
