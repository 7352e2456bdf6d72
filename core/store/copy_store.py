"""Moving a participation between stores — a planner's GeoPackage into the team's PostgreSQL store and back —
losing nothing: submissions with their decisions, versions and sync states, quarantine, audit log, catalogue,
meta, and the named styles with the form."""
from ..errors import StoreError
from ..i18n import tr
from . import schema
from .stores import as_store, exists, open_or_create, remove_new


def copy_store(source, target, source_authcfg=None, target_authcfg=None, feedback=None):
    """Copy the store `source` into the new store `target`; returns {table: rows copied}. The target must not
    exist yet; on any failure it is removed again and the source is untouched."""
    src = as_store(source, source_authcfg)
    if exists(target, target_authcfg):
        raise StoreError(tr("{target} already exists; copy into a new GeoPackage or schema, so nothing there is "
                            "overwritten.").format(target=target))
    dst = open_or_create(target, src.crs_authid(), target_authcfg)
    counts = {}
    try:
        with dst.transaction() as w:
            for table in (schema.ACTION_AREAS, schema.SUBMISSIONS, schema.QUARANTINE, schema.AUDIT_LOG, schema.META):
                known = set(dst.columns(table))
                columns = [c for c in src.columns(table) if c != "geom" and c in known]
                if table == schema.SUBMISSIONS:
                    rows = src.points(columns)
                else:
                    rows = ((r, None, None) for r in src.rows(table, ", ".join('"{}"'.format(c) for c in columns)))
                if table == schema.META:
                    rows = ((r, x, y) for r, x, y in rows if r["key"] != "schema_version")
                    w.execute("DELETE FROM stadtdialog_meta WHERE key <> 'schema_version'")
                if table == schema.ACTION_AREAS:
                    w.execute("DELETE FROM action_areas")
                counts[table] = w.insert_rows(table, columns, rows)
                if feedback is not None:
                    feedback.pushInfo(tr("{table}: {n} rows copied").format(table=table, n=counts[table]))
        copy_styles(src, dst)
    except BaseException:
        remove_new(target, target_authcfg)
        raise
    return counts


def copy_styles(src, dst):
    """Every style the source keeps for its submissions (ours and the planner's own), with its form."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    from ..compat import save_style_to_database

    source = QgsVectorLayer(src.layer_uri(), schema.SUBMISSIONS, src.provider)
    target = QgsVectorLayer(dst.layer_uri(), schema.SUBMISSIONS, dst.provider)
    listed = source.listStylesInDatabase()
    count, ids, names, descriptions = listed[0], listed[1], listed[2], listed[3]
    default = _default_name(src)
    dst.forget_styles(names[:count])
    for style_id, name, description in zip(ids[:count], names[:count], descriptions[:count]):
        qml = source.getStyleFromDatabase(style_id)
        qml = qml[0] if isinstance(qml, tuple) else qml
        document = QDomDocument()
        document.setContent(qml)
        target.importNamedStyle(document)
        message = save_style_to_database(target, name, description, name == default)
        if message:
            raise StoreError(tr("Copying the style '{name}' failed: {reason}").format(name=name, reason=message))
    return count


def _default_name(store):
    """The name of the style the store's submissions open with (QGIS's useasdefault)."""
    table = "public.layer_styles" if store.kind == "postgres" else "layer_styles"
    where = "f_table_name = 'submissions' AND useasdefault" + (
        " AND f_table_schema = '{}'".format(store.schema) if store.kind == "postgres" else "")
    con = store.connect()
    try:
        row = con.execute("SELECT stylename FROM {} WHERE {} ORDER BY id DESC".format(table, where)).fetchone()  # nosec B608 - our own names
    except Exception:  # noqa: BLE001 - no styles table: no default
        return None
    finally:
        con.close()
    return row[0] if row else None
