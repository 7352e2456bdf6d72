"""The submissions attribute form: three tabs (submission · classification · history), widgets,
constraints, default values, in one language.

Saved with the layer's styles in the GeoPackage, so it works for anyone who opens the file; the plugin
applies it again whenever the layer is added to a project, in the user's language and with the project's
layers. Nothing reads 'NULL': text is stored as '' when there is nothing (store.EMPTY_TEXT); dates and
stored messages are shown through virtual fields in the reader's format and language; what may be missing
altogether (an import note, who reviewed it) sits in a frameless block shown only when it holds something.
"""
from qgis.core import (
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsOptionalExpression,
)

from .. import list_field
from ..compat import make_container
from ..fieldtypes import qgs_field
from ..store import schema
from ..store.stores import store_of_layer
from . import display, expressions
from .display import ALIASES, AREAS, CHANGED, CREATED, NOTE, PERSONAL, REVIEWED, REVIEWER, SUGGESTED

# Read-only codes the form shows as a line of text (a value-map combo box is as wide as its longest label, and
# four of them made the first tab scroll sideways at the size QGIS opens a form with, 652 × 512).
AS_TEXT = {name: "sd_" + name for name in ("category", "language", "portal_state", "placed_by")}
VIRTUAL = (SUGGESTED, CREATED, CHANGED, REVIEWED, NOTE, PERSONAL, AREAS, REVIEWER) + tuple(AS_TEXT.values())
# The attribute table: a column a person reads in place of a stored one that would show NULL or {…}, and the
# stored columns that are for programs (the key, versions, fingerprints, JSON) or empty on most rows.
TABLE_INSTEAD = {"action_areas": AREAS, "suggested_action_areas": SUGGESTED, "reviewer": REVIEWER,
                 "reviewed_at": REVIEWED}
TABLE_HIDDEN = ("fid", "import_notes", "row_version", "privacy", "personal", "extra", "portal_hash",
                "portal_answer_hash", "portal_feature_id", "geometry_kind", "import_note", CREATED, CHANGED, NOTE,
                PERSONAL)
LANGUAGE = "stadtdialog/language"  # the language a layer was set up in (form, names, legend)
HISTORY_WIDGET = "stadtdialog_history"  # the plugin's history table; QGIS's own relation editor without it
READ_ONLY = ("portal_id", "title", "text", "category", "category_raw", "language", "created_at", "updated_at",
             "portal_state", "source", "import_note", "suggested_action_areas", "reviewer", "reviewed_at",
             "sync_state", "portal_hash", "extra", "geometry_kind", "personal", "row_version", "placed_by",
             "privacy") + VIRTUAL
LABELS = {
    "de": {"Submission": "Beitrag", "Classification": "Zuordnung", "History": "Verlauf",
           "classified_needs_area": "„zugeordnet“ braucht mindestens ein Handlungsfeld.",
           "priority_range": "Die Priorität ist 1, 2 oder 3."},
    "en": {"Submission": "Submission", "Classification": "Classification", "History": "History",
           "classified_needs_area": "'classified' needs at least one action area.",
           "priority_range": "Priority is 1, 2 or 3."},
}
SYNC_LABELS = {"de": {"clean": "abgeglichen", "modified": "zu schreiben", "conflict": "Konflikt"},
               "en": {"clean": "in sync", "modified": "to write back", "conflict": "conflict"}}
VERSION_CLAIM = 'CASE WHEN "row_version" < 0 THEN "row_version" ELSE -(coalesce("row_version", 0) + 1) END'
CLASSIFIED_NEEDS_AREA = ("\"review_status\" IS NULL OR \"review_status\" <> 'classified' OR "
                         "array_length({}) > 0".format(list_field.expression("action_areas")))


def _value_map(mapping, none_label=None):
    """A drop-down of labels for stored values; `none_label` stands for an empty value instead of 'NULL'."""
    entries = [{label: value} for value, label in mapping.items()]
    if none_label is not None:
        entries.insert(0, {none_label: "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"})  # QGIS's NULL marker
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def _value_relation(area_layer_source, provider, language, area_layer_id=""):
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": area_layer_id, "LayerName": schema.ACTION_AREAS, "LayerSource": area_layer_source,
        "LayerProviderName": provider, "Key": "code", "Value": "label_" + language, "AllowMulti": True,
        "AllowNull": True, "OrderByValue": False, "UseCompleter": False, "NofColumns": 1})


def _quoted(text):
    return "'{}'".format(str(text).replace("'", "''"))


def suggestion_expression(labels, field="suggested_action_areas"):
    """The codes of `field` as 'Label, Label' (labels: [(code, label)]); '' when there are none."""
    pairs = ", ".join("{}, {}".format(_quoted(c), _quoted(label)) for c, label in labels) or "'', ''"
    return ("coalesce(array_to_string(array_foreach({codes}, coalesce(map_get(map({pairs}), @element), "
            "@element)), ', '), '')").format(codes=list_field.expression(field), pairs=pairs)


def _set_virtual(layer, name, expression):
    index = layer.fields().indexOf(name)
    if index >= 0:
        layer.updateExpressionField(index, expression)
    else:
        layer.addExpressionField(expression, qgs_field(name, "string"))


def _labels_of(layer, language, area_layer):
    if area_layer is not None and area_layer.isValid():
        key = "label_" + language
        return [(f["code"], f[key] or f["code"]) for f in area_layer.getFeatures()]
    from ..store.catalogue import load_catalogue

    return [(a.code, a.label_in(language)) for a in load_catalogue().areas]


def configure(layer, language, area_layer=None, history_relation=None):
    """Set up the form of a submissions layer. `area_layer`: the action_areas layer in the project."""
    idx = layer.fields().indexOf
    text = LABELS[language]
    layer.setCustomProperty(LANGUAGE, language)
    expressions.register()
    shown = "coalesce(format_date(\"{{}}\", '{}'), '')".format(display.datetime_format(language))
    labels = _labels_of(layer, language, area_layer)
    for name, expression in ((SUGGESTED, suggestion_expression(labels)),
                             (AREAS, suggestion_expression(labels, "action_areas")),
                             (REVIEWER, "coalesce(\"reviewer\", '')"),
                             (CREATED, shown.format("created_at")), (CHANGED, shown.format("updated_at")),
                             (REVIEWED, shown.format("reviewed_at")),
                             (NOTE, "{}(\"import_notes\", \"import_note\")".format(expressions.WORDS)),
                             (PERSONAL, "{}(\"text\", {}, '{}')".format(
                                 expressions.PERSONAL, "\"privacy\"" if idx("privacy") >= 0 else "NULL", language))):
        _set_virtual(layer, name, expression)
    labelled = _labelled(language)
    for name, shown_as in AS_TEXT.items():
        _set_virtual(layer, shown_as, "coalesce(map_get(map({}), to_string(\"{}\")), to_string(\"{}\"), '')".format(
            ", ".join("{}, {}".format(_quoted(str(code)), _quoted(label)) for code, label in labelled[name].items()),
            name, name))
    store = store_of_layer(layer)
    area_source = store.layer_uri(schema.ACTION_AREAS) if store is not None else ""
    area_provider = store.provider if store is not None else "ogr"
    area_id = area_layer.id() if area_layer is not None else ""
    plain = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})  # citizen text: never HTML
    line = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})
    when = QgsEditorWidgetSetup("DateTime", {"display_format": display.datetime_format(language),
                                             "field_format": "yyyy-MM-ddTHH:mm:ss", "allow_null": True,
                                             "calendar_popup": False})
    setups = {
        "text": plain, "planner_note": plain, "import_note": plain, NOTE: plain, PERSONAL: plain, "title": line,
        SUGGESTED: line, AREAS: line, REVIEWER: line,
        CREATED: line, CHANGED: line, REVIEWED: line, **{shown_as: line for shown_as in AS_TEXT.values()},
        "category": _value_map(labelled["category"]),  # the attribute table's columns
        "review_status": _value_map(schema.STATUS_LABELS[language]),
        "priority": _value_map(display.PRIORITY_LABELS[language], display.NONE_LABEL[language]),
        "portal_state": _value_map(labelled["portal_state"]),
        "placed_by": _value_map(labelled["placed_by"]),
        "language": _value_map(labelled["language"]),
        "sync_state": _value_map(SYNC_LABELS[language]),
        "action_areas": _value_relation(area_source, area_provider, language, area_id),
        "suggested_action_areas": _value_relation(area_source, area_provider, language, area_id),
        "created_at": when, "updated_at": when, "reviewed_at": when,
        # a box to tick; an unticked one saves 0, the same "no" as NULL (schema.FLAG_FIELDS)
        "quote": QgsEditorWidgetSetup("CheckBox", {"CheckedState": "1", "UncheckedState": "0",
                                                   "TextDisplayMethod": 0}),
    }
    for name, setup in setups.items():
        if idx(name) >= 0:
            layer.setEditorWidgetSetup(idx(name), setup)
    for name, alias in dict(ALIASES[language], **{v: ALIASES[language][k] for k, v in AS_TEXT.items()}).items():
        if idx(name) >= 0:
            layer.setFieldAlias(idx(name), alias)
    # Defaults applied on update, for a layer opened where Stadtdialog is not installed; where it is, the plugin
    # stamps who, when and the claim into the edit buffer instead (edit_stamp.watch, which sets these aside).
    layer.setDefaultValueDefinition(idx("reviewer"), QgsDefaultValue("@user_full_name", True))
    if idx("row_version") >= 0:  # a save claims the version after the one it read (see audit.version_sql)
        layer.setDefaultValueDefinition(idx("row_version"), QgsDefaultValue(VERSION_CLAIM, True))
    layer.setDefaultValueDefinition(idx("reviewed_at"), QgsDefaultValue("now()", True))
    layer.setConstraintExpression(idx("review_status"), CLASSIFIED_NEEDS_AREA, text["classified_needs_area"])
    layer.setFieldConstraint(idx("review_status"), QgsFieldConstraints.Constraint.ConstraintExpression,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    layer.setConstraintExpression(idx("priority"), "\"priority\" IS NULL OR \"priority\" IN (1, 2, 3)",
                                  text["priority_range"])

    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.EditorLayout.TabLayout)
    config.clearTabs()
    for name in READ_ONLY:
        if idx(name) >= 0:
            config.setReadOnly(idx(name), True)
    for name in ("text", NOTE, PERSONAL):  # long labels over their boxes: the form fits 652 px without scrolling
        if idx(name) >= 0:
            config.setLabelOnTop(idx(name), True)
    root = config.invisibleRootContainer()
    submission = make_container(text["Submission"], root, "tab")
    for name in ("title", "text", AS_TEXT["category"], "category_raw", AS_TEXT["language"], CREATED, CHANGED,
                 AS_TEXT["portal_state"], AS_TEXT["placed_by"], "portal_id"):
        _add_field(layer, submission, name)
    _add_field(layer, submission, NOTE, shown_when=_holds("import_note"))
    _add_field(layer, submission, PERSONAL, shown_when=_holds(PERSONAL))
    config.addTab(submission)

    classification = make_container(text["Classification"], root, "tab")
    for name in (SUGGESTED, "action_areas", "review_status", "priority", "planner_note", "quote"):
        _add_field(layer, classification, name)
    _add_field(layer, classification, "duplicate_of",
               shown_when="\"review_status\" = 'duplicate' OR {}".format(_holds("duplicate_of")))
    reviewed = make_container("", classification, "row")
    reviewed.setVisibilityExpression(QgsOptionalExpression(QgsExpression(_holds("reviewer"))))
    for name in ("reviewer", REVIEWED):
        reviewed.addChildElement(QgsAttributeEditorField(name, idx(name), reviewed))
    classification.addChildElement(reviewed)
    config.addTab(classification)

    history = make_container(text["History"], root, "tab")
    if history_relation is not None:
        element = QgsAttributeEditorRelation(history_relation, history)
        element.setRelationWidgetTypeId(HISTORY_WIDGET)
        element.setShowLabel(False)
        element.setRelationEditorConfiguration({"buttons": "NoButton", "show_first_feature": False})
        history.addChildElement(element)
    config.addTab(history)
    layer.setEditFormConfig(config)
    # Map tips are HTML: citizen text goes in escaped, so it shows as typed and never as markup.
    layer.setMapTipTemplate("<b>[% {} %]</b><br>[% {} %]".format(_escaped('"title"'),
                                                                 _escaped("left(\"text\", 300)")))
    layer.setDisplayExpression("\"portal_id\" || ' – ' || coalesce(\"title\", '')")
    _table_columns(layer)
    return layer


def _labelled(language):
    """{field: {code: label}} of the codes the form shows as words."""
    return {"category": {c: schema.CATEGORY_LABELS[c][language] for c in schema.CATEGORIES},
            "portal_state": display.PORTAL_STATE_LABELS[language], "placed_by": display.PLACED_BY_LABELS[language],
            "language": dict(display.LANGUAGE_NAMES[language], **{"": display.NONE_LABEL[language]})}


def _holds(name):
    return "coalesce(to_string(\"{}\"), '') <> ''".format(name)


def _add_field(layer, container, name, shown_when=None):
    index = layer.fields().indexOf(name)
    if index < 0:
        return
    if shown_when is None:
        container.addChildElement(QgsAttributeEditorField(name, index, container))
        return
    block = make_container("", container, "row")
    block.setVisibilityExpression(QgsOptionalExpression(QgsExpression(shown_when)))
    block.addChildElement(QgsAttributeEditorField(name, index, block))
    container.addChildElement(block)


def _table_columns(layer):
    """The attribute table shows what a person reads: action areas and reviewers as words where the stored
    columns would show {…} or NULL (in their place), without the key and the columns kept for programs."""
    config = layer.attributeTableConfig()
    config.update(layer.fields())  # every field (the virtual ones too) has a column
    by_name = {c.name: c for c in config.columns()}
    shown_instead = set(TABLE_INSTEAD.values())
    ordered = []
    for column in config.columns():
        if column.name in shown_instead:
            continue  # placed beside the stored column it stands for
        column.hidden = column.name in TABLE_HIDDEN or column.name in VIRTUAL or column.name in TABLE_INSTEAD
        ordered.append(column)
        instead = by_name.get(TABLE_INSTEAD.get(column.name))
        if instead is not None:
            instead.hidden = False
            ordered.append(instead)
    config.setColumns(ordered)
    layer.setAttributeTableConfig(config)


def _escaped(expression):
    """A QGIS expression for `expression` with HTML's special characters written as entities."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#39;")):
        expression = "replace({}, '{}', '{}')".format(expression, char.replace("'", "''"), entity)
    return "coalesce({}, '')".format(expression)
