"""The QGIS API calls that differ between the versions planners run (3.22 to QGIS 4): the newer call where
it exists, the older one where it does not, one helper each. Field types live in fieldtypes, JSON-list
values in list_field."""
from qgis.core import QgsTextFormat


def set_label_font(label, font):
    """A layout label's font: a text format from QGIS 3.24 on (setFont is deprecated there), setFont on 3.22."""
    if hasattr(label, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(font.pointSizeF())
        label.setTextFormat(text_format)
    else:
        label.setFont(font)


def save_style_to_database(layer, name, description, as_default):
    """Store the layer's current style in its data source (GeoPackage layer_styles); returns an error text,
    empty when it worked. saveStyleToDatabaseV2 where QGIS has it (saveStyleToDatabase is deprecated there)."""
    newer = getattr(layer, "saveStyleToDatabaseV2", None)
    if newer is None:
        return layer.saveStyleToDatabase(name, description, as_default, "")
    answer = newer(name, description, as_default, "")
    # The newer call answers (flags, message) or a result object, depending on the version.
    if isinstance(answer, tuple):
        return answer[-1] or ""
    return getattr(answer, "providerSaveStyleError", "") or ""


def make_container(name, parent, kind):
    """A form container of `kind` 'tab', 'group' or 'row' (fields side by side, no frame). QGIS 3.32 and
    newer name the kind with setType; older versions know only group box or not (isGroupBox), where a
    frameless container is a plain block of rows."""
    from qgis.core import Qgis, QgsAttributeEditorContainer

    container = QgsAttributeEditorContainer(name, parent)
    kinds = getattr(Qgis, "AttributeEditorContainerType", None)
    if kinds is not None and hasattr(container, "setType"):
        container.setType({"tab": kinds.Tab, "group": kinds.GroupBox, "row": kinds.Row}[kind])
    else:
        container.setIsGroupBox(kind == "group")
    return container


def set_legend_font(legend, style, font):
    """The font of a layout legend's component (title, symbol labels): text formats from QGIS 3.30 on, where
    setStyleFont is deprecated; setStyleFont before."""
    from qgis.core import QgsLegendStyle

    component = getattr(QgsLegendStyle.Style, style)
    legend_style = legend.rstyle(component)
    if hasattr(legend_style, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(font.pointSizeF())
        legend_style.setTextFormat(text_format)
    else:
        legend.setStyleFont(component, font)


def point_wkb_type():
    """The WKB type Point: Qgis.WkbType from QGIS 3.30 on (the newer versions refuse a plain int), the
    QgsWkbTypes enum before."""
    from qgis.core import Qgis, QgsWkbTypes

    kinds = getattr(Qgis, "WkbType", None)
    return kinds.Point if kinds is not None else QgsWkbTypes.Type.Point


def no_threading_flag():
    """A Processing algorithm's "run me on the main thread" flag: Qgis.ProcessingAlgorithmFlag from QGIS 3.36 on
    (the old QgsProcessingAlgorithm.Flag is gone in QGIS 4), QgsProcessingAlgorithm.FlagNoThreading before."""
    from qgis.core import Qgis, QgsProcessingAlgorithm

    flags = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    return flags.NoThreading if flags is not None else QgsProcessingAlgorithm.Flag.FlagNoThreading


def commit_and_keep_editing(layer):
    """Saves a layer's edits and leaves it in edit mode. Not commitChanges(False): on a GeoPackage that leaves the
    OGR provider's update mode unbalanced (QGIS 3.22), and ending the edit session later logs "Unbalanced call to
    leaveUpdateMode() w.r.t. enterUpdateMode()". A failed save keeps the edits and the edit mode, as before."""
    if not layer.commitChanges():
        return False
    layer.startEditing()
    return True


def horizontal_placement():
    """Labels horizontal anywhere inside a polygon: Qgis.LabelPlacement from QGIS 3.26 on, QgsPalLayerSettings's
    own enum before."""
    from qgis.core import Qgis, QgsPalLayerSettings

    placements = getattr(Qgis, "LabelPlacement", None)
    return placements.Horizontal if placements is not None else QgsPalLayerSettings.Placement.Horizontal
