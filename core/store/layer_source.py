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
    """The GeoPackage a submissions layer reads — its own source, which moves with a copied project folder —
    and only where that is not a file, the path noted when Stadtdialog added it."""
    return store_source(layer)[0] or layer.customProperty("stadtdialog/store") or layer.source().split("|")[0]
