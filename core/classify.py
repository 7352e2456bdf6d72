"""Bulk classification and suggestions on a submissions layer (headless, or via the edit buffer)."""
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest

from . import list_field
from .catalogue import load_catalogue
from .errors import StadtdialogError
from .i18n import tr
from .layer_source import store_path
from .schema import REVIEW_STATUSES
from .store import Store, now_iso
from .suggest import Suggester


def catalogue_labels(layer, language):
    """(code, label) of the catalogue stored in the layer's GeoPackage (its action_areas table); the
    default catalogue for a layer outside a Stadtdialog GeoPackage."""
    try:
        return Store(store_path(layer)).action_area_labels(language)
    except StadtdialogError:
        return [(a.code, a.label_in(language)) for a in load_catalogue().areas]


def catalogue_codes(layer):
    return [code for code, _ in catalogue_labels(layer, "en")]


def current_user():
    """Who is at work: QGIS's @user_full_name, else the account name."""
    scope = QgsExpressionContextUtils.globalScope()
    return scope.variable("user_full_name") or scope.variable("user_account_name") or ""


def store_catalogue(layer):
    """The catalogue named in the layer's GeoPackage, or the default."""
    try:
        name = Store(store_path(layer)).meta("catalogue")
    except StadtdialogError:
        name = None
    try:
        return load_catalogue(name) if name else load_catalogue()
    except StadtdialogError:
        return load_catalogue()


def apply_changes(layer, changes, use_edit_buffer):
    """changes: {fid: {field name: value}}. In the edit buffer (undoable, one undo step) when the
    layer is being edited in the GUI; otherwise written by the provider in one commit."""
    if not changes:
        return 0
    index = {name: layer.fields().indexOf(name) for values in changes.values() for name in values}
    if use_edit_buffer:
        layer.beginEditCommand(tr("Stadtdialog: classify {n} submissions").format(n=len(changes)))
        for fid, values in changes.items():
            for name, value in values.items():
                layer.changeAttributeValue(fid, index[name], value)
        layer.endEditCommand()
    else:
        ok = layer.dataProvider().changeAttributeValues(
            {fid: {index[name]: value for name, value in values.items()} for fid, values in changes.items()})
        if not ok:
            raise StadtdialogError(tr("Writing to {layer} failed: {errors}. Nothing was changed.").format(
                layer=layer.name(), errors="; ".join(layer.dataProvider().errors()[-3:])))
        layer.reload()
    return len(changes)


def classify(layer, expression, codes, status, note=None, user=None, feedback=None):
    """Set action areas, status (and note) on every submission matching `expression`."""
    known = catalogue_codes(layer)
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise StadtdialogError(tr("Unknown action area(s): {codes}. The catalogue has: {known}.").format(
            codes=", ".join(unknown), known=", ".join(known)))
    if status not in REVIEW_STATUSES:
        raise StadtdialogError(tr("Unknown review status '{status}'; use one of: {all}.").format(
            status=status, all=", ".join(REVIEW_STATUSES)))
    if status == "classified" and not codes:
        raise StadtdialogError(tr("'classified' needs at least one action area."))
    request = _request(layer, expression)
    values = {"action_areas": list_field.for_feature(codes), "review_status": status,
              "reviewer": user if user is not None else current_user(),
              "reviewed_at": now_iso()}
    if note:
        values["planner_note"] = note
    changes = {}
    for feature in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            return 0
        changes[feature.id()] = dict(values)
    return apply_changes(layer, changes, layer.isEditable())


def suggest_layer(layer, catalogue, only_unreviewed=True, feedback=None):
    """Store suggested_action_areas for the submissions (by default those still 'new')."""
    suggester = Suggester(catalogue)
    expression = "\"review_status\" = 'new' OR \"review_status\" IS NULL" if only_unreviewed else None
    changes = {}
    total = max(layer.featureCount(), 1)
    for i, feature in enumerate(layer.getFeatures(_request(layer, expression))):
        if feedback is not None:
            if feedback.isCanceled():
                return 0
            feedback.setProgress(100.0 * i / total)
        codes = suggester.suggest(feature["title"], feature["text"], feature["category"])
        if list_field.codes(feature["suggested_action_areas"]) != codes:
            changes[feature.id()] = {"suggested_action_areas": list_field.for_feature(codes)}
    apply_changes(layer, changes, layer.isEditable())
    return len(changes)


def _request(layer, expression):
    request = QgsFeatureRequest()
    if expression:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise StadtdialogError(tr("The expression cannot be read: {error}").format(
                error=parsed.parserErrorString()))
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        request.setFilterExpression(expression)
        request.setExpressionContext(context)
    return request
