"""Approximate district polygons for the demo: Voronoi cells around the demo's district centres, cut to the
city's rough extent. Not the official boundaries - enough to show counts per district in a report."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ...core.fieldtypes import qgs_field
from .generate import DISTRICTS

EXTENT = QgsRectangle(7.62, 49.38, 7.83, 49.51)


def write_districts(path):
    points = QgsGeometry.fromMultiPointXY([QgsPointXY(lon, lat) for lon, lat, _ in DISTRICTS.values()])
    cells = points.voronoiDiagram(QgsGeometry.fromRect(EXTENT))
    bounds = QgsGeometry.fromRect(EXTENT)
    fields = QgsFields()
    fields.append(qgs_field("name", "string"))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "districts"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Type.Polygon,
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext(),
                                        options)
    for cell in cells.asGeometryCollection():
        for name, (lon, lat, _) in DISTRICTS.items():
            if cell.contains(QgsGeometry.fromPointXY(QgsPointXY(lon, lat))):
                feature = QgsFeature(fields)
                feature.setGeometry(cell.intersection(bounds))
                feature.setAttribute("name", name)
                writer.addFeature(feature)
    del writer
    return path

