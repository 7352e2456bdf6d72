"""Bulk classification and suggestions on a submissions layer (headless, or via the edit buffer)."""
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest

from .. import list_field
from ..errors import StadtdialogError
from ..i18n import counted, tr
from ..store import claims, versions
from ..store.catalogue import load_catalogue
from ..store.claims import current_user
from ..store.gpkg_store import now_iso
from ..store.schema import DECISION_FIELDS, REVIEW_STATUSES
from ..store.stores import store_of_layer
from .learn import Decisions
from .suggest import Suggester


def catalogue_labels(layer, language):
    """(code, label) of the catalogue stored in the layer's store (its action_areas table); the default
    catalogue for a layer outside a Stadtdialog store."""
    try:
        store = store_of_layer(layer)
        if store is not None:
            return store.action_area_labels(language)
    except StadtdialogError:
        pass
    return [(a.code, a.label_in(language)) for a in load_catalogue().areas]


def catalogue_codes(layer):
    return [code for code, _ in catalogue_labels(layer, "en")]


def store_catalogue(layer):
    """The catalogue named in the layer's GeoPackage, or the default."""
    try:
        store = store_of_layer(layer)
        name = store.meta("catalogue") if store is not None else None
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
        layer.beginEditCommand(counted(len(changes), tr("Stadtdialog: classify 1 submission"),
                                          tr("Stadtdialog: classify {n} submissions")))
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


class StaleError(StadtdialogError):
    """Decisions a colleague saved while these were being made: nothing was written; `stale` says whose."""

    def __init__(self, message, stale):
        super().__init__(message)
        self.stale = stale


def classify(layer, expression, codes, status, note=None, user=None, feedback=None, skip=()):
    """Set action areas, status (and note) on every submission matching `expression` (less the feature ids in
    `skip`: those whose colleague's decision the reviewer chose to keep). Raises StaleError, writing nothing,
    when a colleague saved one of them after it was read."""
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
    values = {"action_areas": list_field.for_feature(codes, layer), "review_status": status,
              "reviewer": user if user is not None else current_user(),
              "reviewed_at": now_iso()}
    if note:
        values["planner_note"] = note
    changes = {}
    versioned = layer.fields().indexOf("row_version") >= 0 and not layer.isEditable()  # the buffer claims itself
    for feature in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            return 0
        if feature.id() in skip:
            continue
        changes[feature.id()] = dict(values)
        if versioned:  # what was read is what is decided on: a colleague's save in between is refused
            changes[feature.id()]["row_version"] = claims.claim(claims.read_version(feature["row_version"]))
    try:
        return apply_changes(layer, changes, layer.isEditable())
    except StadtdialogError:
        stale = _stale(layer, changes) if versioned else []
        if stale:
            raise StaleError(tr("{n} of these submissions were decided by a colleague since they were read (first: "
                                "{id} by {who}); nothing was changed. Run it again to put yours over theirs, or "
                                "leave them out.").format(n=len(stale), id=stale[0].portal_id,
                                                           who=stale[0].current.get("reviewer") or "?"),
                             stale) from None
        raise


def _stale(layer, changes):
    store = store_of_layer(layer)
    if store is None:
        return []
    return versions.stale_claims(store, {fid: (claims.read_version(values.get("row_version")),
                                               {k: v for k, v in values.items() if k in DECISION_FIELDS})
                                         for fid, values in changes.items()})


DECIDED = "\"review_status\" = 'classified'"


def team_decisions(layer):
    """The decisions made so far in `layer` (classified, with their action areas), for suggestions to learn from."""
    request = _request(layer, DECIDED)
    request.setSubsetOfAttributes(["portal_id", "title", "text", "action_areas", "suggested_action_areas"],
                                  layer.fields())
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return Decisions(("{}".format(f["portal_id"]), "{} {}".format(f["title"] or "", f["text"] or ""),
                      list_field.codes(f["action_areas"]), list_field.codes(f["suggested_action_areas"]))
                     for f in layer.getFeatures(request))


def layer_suggester(layer, catalogue=None, learn=True):
    """The suggester for `layer`: its store's catalogue, and (unless `learn` is off) its team's decisions."""
    return Suggester(catalogue or store_catalogue(layer), decisions=team_decisions(layer) if learn else None)


def suggest_layer(layer, catalogue, only_unreviewed=True, feedback=None, learn=True):
    """Store suggested_action_areas for the submissions (by default those still 'new'), from the catalogue's
    words and what the team has decided so far."""
    suggester = layer_suggester(layer, catalogue, learn)
    expression = "\"review_status\" = 'new' OR \"review_status\" IS NULL" if only_unreviewed else None
    changes = {}
    total = max(layer.featureCount(), 1)
    for i, feature in enumerate(layer.getFeatures(_request(layer, expression))):
        if feedback is not None:
            if feedback.isCanceled():
                return 0
            feedback.setProgress(100.0 * i / total)
        codes = suggester.explain(feature["title"], feature["text"], feature["category"],
                                  exclude="{}".format(feature["portal_id"])).codes
        if list_field.codes(feature["suggested_action_areas"]) != codes:
            changes[feature.id()] = {"suggested_action_areas": list_field.for_feature(codes, layer)}
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
