"""The submissions attribute form: widgets, constraints, default values and a tabbed layout.

Saved with the layer's styles in the GeoPackage, so it works for anyone who opens the file;
the plugin applies it again on loading, in the user's language and with the project's layers.
"""
from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
)

from . import list_field, schema
from .layer_source import store_path

READ_ONLY = ("portal_id", "title", "text", "category", "category_raw", "language", "created_at", "updated_at",
             "portal_state", "source", "import_note", "suggested_action_areas", "reviewer", "reviewed_at",
             "sync_state", "portal_hash", "extra", "geometry_kind", "personal")
LABELS = {
    "de": {"Submission": "Beitrag", "Classification": "Zuordnung", "History": "Verlauf",
           "classified_needs_area": "„zugeordnet“ braucht mindestens ein Handlungsfeld.",
           "priority_range": "Die Priorität ist 1, 2 oder 3.",
           "priority": {"1 – hoch": 1, "2 – mittel": 2, "3 – niedrig": 3}},
    "en": {"Submission": "Submission", "Classification": "Classification", "History": "History",
           "classified_needs_area": "'classified' needs at least one action area.",
           "priority_range": "Priority is 1, 2 or 3.",
           "priority": {"1 – high": 1, "2 – medium": 2, "3 – low": 3}},
}
ALIASES = {
    "de": {"title": "Titel", "text": "Text der Bürgerin / des Bürgers", "category": "Kategorie",
           "category_raw": "Kategorie (wie gemeldet)", "language": "Sprache", "created_at": "Erstellt",
           "updated_at": "Geändert", "portal_state": "Im Portal", "import_note": "Hinweis beim Import",
           "portal_id": "Portal-ID", "suggested_action_areas": "Vorgeschlagene Handlungsfelder",
           "action_areas": "Handlungsfelder", "review_status": "Bearbeitungsstand", "priority": "Priorität",
           "planner_note": "Notiz der Planung", "duplicate_of": "Duplikat von", "reviewer": "Bearbeitet von",
           "reviewed_at": "Bearbeitet am"},
    "en": {"title": "Title", "text": "Citizen's text", "category": "Category", "category_raw": "Category (as sent)",
           "language": "Language", "created_at": "Created", "updated_at": "Changed", "portal_state": "On the portal",
           "import_note": "Import note", "portal_id": "Portal id",
           "suggested_action_areas": "Suggested action areas", "action_areas": "Action areas",
           "review_status": "Review status", "priority": "Priority", "planner_note": "Planner's note",
           "duplicate_of": "Duplicate of", "reviewer": "Reviewed by", "reviewed_at": "Reviewed at"},
}
CLASSIFIED_NEEDS_AREA = ("\"review_status\" IS NULL OR \"review_status\" <> 'classified' OR "
                         "array_length({}) > 0".format(list_field.expression("action_areas")))


def _value_map(mapping):
    return QgsEditorWidgetSetup("ValueMap", {"map": [{label: value} for label, value in mapping.items()]})


def _value_relation(area_layer_source, language, area_layer_id="", multi=True):
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": area_layer_id, "LayerName": schema.ACTION_AREAS, "LayerSource": area_layer_source,
        "LayerProviderName": "ogr", "Key": "code", "Value": "label_" + language, "AllowMulti": multi,
        "AllowNull": True, "OrderByValue": False, "UseCompleter": False, "NofColumns": 2})


def configure(layer, language, area_layer=None, history_relation=None):
    """Set up the form of a submissions layer. `area_layer`: the action_areas layer in the project."""
    fields = layer.fields()
    idx = fields.indexOf
    text = LABELS[language]
    source = store_path(layer) + "|layername=" + schema.ACTION_AREAS
    area_id = area_layer.id() if area_layer is not None else ""
    plain = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})  # citizen text: never HTML
    setups = {
        "text": plain, "planner_note": plain, "import_note": plain,
        "title": QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False}),
        "category": _value_map({schema.CATEGORY_LABELS[c][language]: c for c in schema.CATEGORIES}),
        "review_status": _value_map({schema.STATUS_LABELS[language][s]: s for s in schema.REVIEW_STATUSES}),
        "priority": _value_map(text["priority"]),
        "action_areas": _value_relation(source, language, area_id),
        "suggested_action_areas": _value_relation(source, language, area_id),
        "created_at": QgsEditorWidgetSetup("DateTime", {"display_format": "dd.MM.yyyy HH:mm", "allow_null": True}),
        "reviewed_at": QgsEditorWidgetSetup("DateTime", {"display_format": "dd.MM.yyyy HH:mm", "allow_null": True}),
    }
    for name, setup in setups.items():
        if idx(name) >= 0:
            layer.setEditorWidgetSetup(idx(name), setup)
    for name, alias in ALIASES[language].items():
        if idx(name) >= 0:
            layer.setFieldAlias(idx(name), alias)
    layer.setDefaultValueDefinition(idx("reviewer"), QgsDefaultValue("@user_full_name", True))
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
    tabs = (
        ("Submission", ("title", "text", "category", "category_raw", "language", "created_at", "updated_at",
                        "portal_state", "import_note", "portal_id")),
        ("Classification", ("suggested_action_areas", "action_areas", "review_status", "priority",
                            "planner_note", "duplicate_of", "reviewer", "reviewed_at")),
    )
    root = config.invisibleRootContainer()
    for title, names in tabs:
        tab = QgsAttributeEditorContainer(text[title], root)
        for name in names:
            tab.addChildElement(QgsAttributeEditorField(name, idx(name), tab))
        config.addTab(tab)
    history = QgsAttributeEditorContainer(text["History"], root)
    if history_relation is not None:
        history.addChildElement(QgsAttributeEditorRelation(history_relation, history))
    config.addTab(history)
    layer.setEditFormConfig(config)
    # Map tips are HTML: citizen text goes in escaped, so it shows as typed and never as markup.
    layer.setMapTipTemplate("<b>[% {} %]</b><br>[% {} %]".format(_escaped('"title"'),
                                                                 _escaped("left(\"text\", 300)")))
    layer.setDisplayExpression("\"portal_id\" || ' – ' || coalesce(\"title\", '')")
    return layer


def _escaped(expression):
    """A QGIS expression for `expression` with HTML's special characters written as entities."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#39;")):
        expression = "replace({}, '{}', '{}')".format(expression, char.replace("'", "''"), entity)
    return "coalesce({}, '')".format(expression)
