"""Adding the store's layers to a QGIS project: the submissions in a 'Stadtdialog' group, with their catalogue,
history and quarantine, every word in the language of the user who adds them.

The language is decided when a layer comes into a project — added by Stadtdialog, dragged in from the
browser, or read with a project saved in another language (adopt()) — not when the GeoPackage was made."""
from qgis.core import QgsEditorWidgetSetup, QgsProject, QgsRelation, QgsVectorLayer

from ..fieldtypes import qgs_field
from ..i18n import ui_language
from ..store import schema
from ..store.layer_source import store_source
from . import display, expressions, form, styles

GROUP = "Stadtdialog"
ROLE = "stadtdialog/table"  # which Stadtdialog table a layer shows
NAMES = {"de": {schema.ACTION_AREAS: "{name} – Handlungsfelder", schema.AUDIT_LOG: "{name} – Verlauf",
                schema.QUARANTINE: "{name} – Quarantäne"},
         "en": {schema.ACTION_AREAS: "{name} – action areas", schema.AUDIT_LOG: "{name} – history",
                schema.QUARANTINE: "{name} – quarantine"}}
AUDIT_ALIASES = {"de": {"portal_id": "Portal-ID", "field": "Was", "old_value": "Vorher", "new_value": "Nachher",
                        "user": "Wer", "changed_at": "Wann"},
                 "en": {"portal_id": "Portal id", "field": "What", "old_value": "Before", "new_value": "After",
                        "user": "Who", "changed_at": "When"}}
REASON = "sd_reason"  # virtual field of the quarantine layer: the reason in the reader's language
QUARANTINE_ALIASES = {"de": {"source": "Quelle", "raw": "Datensatz (wie empfangen)", "reason": "Grund (englisch)",
                             "reason_code": "Grund (Code)", "seen_at": "Zuletzt gesehen", REASON: "Grund"},
                      "en": {"source": "Source", "raw": "Record (as received)", "reason": "Reason (English)",
                             "reason_code": "Reason (code)", "seen_at": "Last seen", REASON: "Reason"}}
AREA_ALIASES = {"de": {"code": "Code", "label_de": "Bezeichnung (deutsch)", "label_en": "Bezeichnung (englisch)",
                       "description_de": "Beschreibung (deutsch)", "description_en": "Beschreibung (englisch)",
                       "colour": "Farbe", "keywords": "Schlagwörter", "catalogue": "Katalog"},
                "en": {"code": "Code", "label_de": "Label (German)", "label_en": "Label (English)",
                       "description_de": "Description (German)", "description_en": "Description (English)",
                       "colour": "Colour", "keywords": "Keywords", "catalogue": "Catalogue"}}


def _find(project, uri):
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.source() == uri:
            return layer
    return None


def shows(project, store):
    """Whether the project already has the submissions layer of `store`."""
    return _find(project, store.layer_uri()) is not None


def _group(project):
    return project.layerTreeRoot().findGroup(GROUP) or project.layerTreeRoot().insertGroup(0, GROUP)


def _add(project, uri, name, language, visible=True, provider="ogr"):
    layer = QgsVectorLayer(uri, name, provider)
    layer.setCustomProperty(form.LANGUAGE, language)  # set up here: adopt() leaves it alone
    project.addMapLayer(layer, False)
    node = _group(project).addLayer(layer)
    node.setItemVisibilityChecked(visible)
    node.setExpanded(visible)
    return layer


def _companion(project, store, table, language, visible=False):
    uri = store.layer_uri(table)
    layer = _find(project, uri)
    if layer is None:
        layer = _add(project, uri, NAMES[language][table].format(name=store.title), language, visible,
                     store.provider)
    localise(layer, language)
    return layer


def add_submissions(store, project=None, name=None, language=None):
    """Add (or reload) the submissions layer with its styles and form; returns the layer.

    The catalogue (action_areas) and the audit log come along: the form's multi-select reads
    the one, its History tab shows the other."""
    from .classify import store_catalogue

    project = project or QgsProject.instance()
    language = language or ui_language()
    layer = _find(project, store.layer_uri())
    if layer is not None:
        layer.dataProvider().reloadData()
        layer.triggerRepaint()
        return layer
    layer = _add(project, store.layer_uri(), name or store.title, language, provider=store.provider)
    # Layer variable: the 'reload' of a later session knows where this layer came from.
    layer.setCustomProperty("stadtdialog/store", store.name)
    styles.apply_styles(layer, language, store_catalogue(layer))
    _configure_submissions(layer, project, language)
    return layer


def _configure_submissions(layer, project, language):
    from ..store.stores import store_of_layer

    layer.setCustomProperty(ROLE, schema.SUBMISSIONS)
    store = store_of_layer(layer)
    areas = _companion(project, store, schema.ACTION_AREAS, language)
    audit = _companion(project, store, schema.AUDIT_LOG, language)
    relation = QgsRelation()
    relation.setId("stadtdialog_history_" + layer.id())
    relation.setName(form.LABELS[language]["History"])
    relation.setReferencingLayer(audit.id())
    relation.setReferencedLayer(layer.id())
    relation.addFieldPair("portal_id", "portal_id")
    if relation.isValid():
        project.relationManager().addRelation(relation)
    form.configure(layer, language, areas, relation if relation.isValid() else None)


def quarantine_layer(store, project=None, language=None):
    """The quarantine of a store as a layer of the project (added once, in the user's language)."""
    project = project or QgsProject.instance()
    return _companion(project, store, schema.QUARANTINE, language or ui_language())


def adopt(layers, project=None, language=None):
    """Layers that came into the project (added, dragged in, or read with a project): those of a Stadtdialog
    GeoPackage get the words of the user's language — names Stadtdialog gave, legends, form, field names."""
    from .classify import store_catalogue

    project = project or QgsProject.instance()
    language = language or ui_language()
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or layer.customProperty(form.LANGUAGE) == language:
            continue
        table = _stadtdialog_table(layer)
        if table is None:
            continue
        before = layer.customProperty(form.LANGUAGE)
        _rename(layer, table, before, language)
        if table == schema.SUBMISSIONS:
            if before is None:  # first time in a project: the styles of this language
                styles.apply_styles(layer, language, store_catalogue(layer))
            else:
                styles.relabel(layer, language, {a.code: a.label_in(language) for a in store_catalogue(layer).areas})
            _configure_submissions(layer, project, language)
        else:
            localise(layer, language)


def _stadtdialog_table(layer):
    """Which table of a Stadtdialog store a layer shows, or None."""
    path, table = _table_of(layer)
    if not path or table not in (schema.SUBMISSIONS, schema.ACTION_AREAS, schema.AUDIT_LOG, schema.QUARANTINE):
        return None
    names = set(layer.fields().names())
    needed = {f.name for f in schema.TABLES[table][0] if f.since == 1}
    return table if needed <= names else None


def _rename(layer, table, before, language):
    """A name Stadtdialog gave, in another language, becomes the name in this one; a planner's own stays."""
    if table == schema.SUBMISSIONS or before not in NAMES:
        return
    from ..store.stores import store_of_layer

    stem = store_of_layer(layer).title
    if layer.name() == NAMES[before][table].format(name=stem):
        layer.setName(NAMES[language][table].format(name=stem))


def localise(layer, language):
    """Field names, value labels and display of a companion table (catalogue, history, quarantine)."""
    table = _table_of(layer)[1]
    layer.setCustomProperty(form.LANGUAGE, language)
    layer.setCustomProperty(ROLE, table)
    aliases = {schema.AUDIT_LOG: AUDIT_ALIASES, schema.QUARANTINE: QUARANTINE_ALIASES,
               schema.ACTION_AREAS: AREA_ALIASES}.get(table, {}).get(language, {})
    if table == schema.QUARANTINE:
        expressions.register()
        index = layer.fields().indexOf(REASON)
        expression = "{}(\"reason_code\", \"reason\")".format(expressions.WORDS)
        if index < 0:
            layer.addExpressionField(expression, qgs_field(REASON, "string"))
        else:
            layer.updateExpressionField(index, expression)
    if table == schema.AUDIT_LOG:
        fields = {f: display.field_label(f, language) for f in schema.DECISION_FIELDS}
        index = layer.fields().indexOf("field")
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(
            "ValueMap", {"map": [{label: code} for code, label in fields.items()]}))
        layer.setDisplayExpression("coalesce(format_date(\"changed_at\", '{}'), '') || ' · ' || "
                                   "coalesce(\"user\", '') || ' · ' || {}".format(
                                       display.datetime_format(language), _case("field", fields)))
    for name, alias in aliases.items():
        if layer.fields().indexOf(name) >= 0:
            layer.setFieldAlias(layer.fields().indexOf(name), alias)


def _table_of(layer):
    """(where, table) of a layer of a GeoPackage or a PostgreSQL store; ('', '') for anything else."""
    provider = layer.dataProvider()
    if provider is not None and provider.name() == "postgres":
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(layer.source())
        return uri.database() or uri.service(), uri.table()
    return store_source(layer)


def _case(field, labels):
    whens = " ".join("WHEN \"{}\" = '{}' THEN '{}'".format(field, code, label.replace("'", "''"))
                     for code, label in labels.items())
    return "CASE {} ELSE coalesce(\"{}\", '') END".format(whens, field)
