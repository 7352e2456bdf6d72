"""Publish: what leaves the store for readers — exports (GeoPackage, GeoJSON, CSV), the council report (data,
print layout, HTML, map image) and the map's context (background map, district outlines).

May import: review, the store, sources and core's shared helpers. Not pull or write-back."""
