"""District layers as a planner needs them beside the submissions: outlines with their names, no fill, drawn
below the submissions — in a project and on the report's map."""
from qgis.core import (
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import horizontal_placement
from ..fieldtypes import DISTRICT_NAMES, field_named


def name_field(layer):
    """The field that holds the district's name: a known name first, else the first text field."""
    return field_named(layer, DISTRICT_NAMES)


def style_districts(layer):
    """Grey outlines, no fill, each district's name inside it, beside the points (with a white halo, readable on
    any map)."""
    outline = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "90,90,90", "outline_width": "0.4"})
    layer.setRenderer(QgsSingleSymbolRenderer(outline))
    field = name_field(layer)
    if field:
        text = QgsTextFormat()
        text.setFont(QFont("DejaVu Sans"))  # named: a project must not ask for a font its reader lacks
        text.setSize(9)
        text.setColor(QColor(70, 70, 70))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(1)
        buffer.setColor(QColor(255, 255, 255))
        text.setBuffer(buffer)
        settings = QgsPalLayerSettings()
        settings.fieldName = field
        settings.enabled = True
        # anywhere inside the district, away from the submissions' points (they are obstacles); always drawn
        settings.placement = horizontal_placement()
        settings.displayAll = True
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    return layer


def add_districts(source, name, project=None, group="Stadtdialog"):
    """Add a district layer styled as outlines, below the submissions (after their group); returns it."""
    project = project or QgsProject.instance()
    layer = source if isinstance(source, QgsVectorLayer) else QgsVectorLayer(str(source), name, "ogr")
    style_districts(layer)
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    ours = root.findGroup(group)
    position = root.children().index(ours) + 1 if ours is not None else len(root.children())
    root.insertLayer(position, layer)
    return layer


def polygon_layers(project, exclude=None):
    """The project's polygon layers (the districts a planner means), visible ones first, then by name;
    `exclude`: a GeoPackage whose own layers are not districts."""
    from qgis.core import QgsWkbTypes

    polygon = QgsWkbTypes.GeometryType.PolygonGeometry
    layers = [layer for layer in project.mapLayers().values()
              if isinstance(layer, QgsVectorLayer) and layer.geometryType() == polygon
              and (exclude is None or not layer.source().startswith(str(exclude)))]
    root = project.layerTreeRoot()

    def visible(layer):
        node = root.findLayer(layer.id())
        return bool(node and node.isVisible())

    layers.sort(key=lambda layer: (not visible(layer), layer.name().casefold()))
    return layers


def districts(project, limit=500):
    """[(label, (layer id, feature id))] of every district, sorted by name; the layer's name is added only where
    the project has several district layers."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest

    layers = polygon_layers(project)
    found = []
    for layer in layers:
        field = name_field(layer)
        expression = QgsExpression(QgsExpression.quotedColumnRef(field) if field else layer.displayExpression())
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        for feature in layer.getFeatures(QgsFeatureRequest().setLimit(limit)):
            context.setFeature(feature)
            name = str(expression.evaluate(context) or feature.id())
            label = name if len(layers) == 1 else "{} ({})".format(name, layer.name())
            found.append((label, (layer.id(), feature.id())))
    found.sort(key=lambda item: item[0].casefold())
    return found
