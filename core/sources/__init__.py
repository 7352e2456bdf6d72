"""Sources: where submissions come from — one module per protocol or platform API (OGC API – Features, WFS,
paged JSON APIs, files), record paths, paging, text encodings, and HTTP with QGIS's network settings. Each
connector yields pages of GeoJSON-like features; detect.open_source picks the connector for a source.

May import: core's shared helpers. Not the store, nor any room above."""
from .detect import open_source

__all__ = ["open_source"]
