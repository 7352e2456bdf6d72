"""The GeoPackage store: create, open and migrate, and transactional writes for pulls.

Tables follow the data contract in PRODUCT.md (see schema.py). OGR creates them so that
GDAL and QGIS see exactly what they expect; bulk writes use sqlite3 in one transaction.
"""
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from osgeo import ogr, osr

from .. import list_field
from ..errors import StoreBusyError, StoreError
from ..fieldtypes import ogr_field
from ..i18n import tr
from . import audit, gpkg_geometry, schema
from .bulk_writer import Writer
from .catalogue import write_into

ogr.UseExceptions()
osr.UseExceptions()

BUSY_TIMEOUT_MS = 15000
_DEFAULTS = {"review_status": "'new'", "sync_state": "'clean'", "portal_state": "'active'",
             "action_areas": "'[]'", "suggested_action_areas": "'[]'", "planner_note": "''", "duplicate_of": "''",
             "import_notes": "'[]'", "row_version": "0"}
# Text that is '' rather than NULL when there is nothing: a form shows it empty (see form.py).
EMPTY_TEXT = ("title", "text", "category_raw", "language", "import_note") + schema.TEXT_DECISIONS


def now_iso():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def create(path, crs=schema.DEFAULT_CRS, version=schema.SCHEMA_VERSION):
    """Create a new, empty store. Refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise StoreError(tr("{path} already exists; open it instead of creating it.").format(path=path))
    srs = osr.SpatialReference()
    try:
        srs.SetFromUserInput(crs)
    except RuntimeError:
        raise StoreError(tr("'{crs}' is not a coordinate reference system QGIS knows.").format(crs=crs)) from None
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if ds is None:
        raise StoreError(tr("Cannot create the GeoPackage {path}.").format(path=path))
    try:
        ds.StartTransaction()
        for table, (_, spatial) in schema.TABLES.items():
            if spatial:
                layer = ds.CreateLayer(table, srs, ogr.wkbPoint, ["FID=fid", "GEOMETRY_NAME=geom"])
            else:
                layer = ds.CreateLayer(table, None, ogr.wkbNone, ["FID=fid"])
            for f in schema.fields_at(table, version):
                _create_field(layer, f)
        ds.ExecuteSQL('CREATE UNIQUE INDEX idx_submissions_portal_id ON submissions(portal_id)')
        ds.ExecuteSQL("CREATE UNIQUE INDEX idx_meta_key ON stadtdialog_meta(key)")
        ds.ExecuteSQL("INSERT INTO stadtdialog_meta(key, value) VALUES ('schema_version', '{}')".format(version))  # nosec B608 - an int of ours
        if version >= 3:
            audit.install(ds.ExecuteSQL, version)
        ds.CommitTransaction()
    except RuntimeError as exc:
        ds = None
        path.unlink(missing_ok=True)
        raise StoreError(tr("Cannot create the GeoPackage {path}: {reason}").format(path=path, reason=exc)) from None
    ds = None
    return Store(path, migrate=False)  # just made at the version asked for


def _create_field(layer, f):
    definition = ogr_field(f.name, f.kind)
    if f.name in _DEFAULTS:
        definition.SetDefault(_DEFAULTS[f.name])
    layer.CreateField(definition)


def open_or_create(path, crs=schema.DEFAULT_CRS):
    path = Path(path)
    return Store(path) if path.exists() else create(path, crs)


class Store:
    """An existing Stadtdialog GeoPackage, migrated to the current schema on opening.

    The store interface (shared with pg_store.PgStore): name, title, kind, provider; schema_version, crs_authid,
    meta, count, rows, one, columns, points, queue_rows, action_area_labels, layer_uri, transaction,
    write_catalogue, forget_styles."""

    kind = "gpkg"
    provider = "ogr"
    same = "IS"  # SQL for "equal, NULL included"

    def __init__(self, path, migrate=True):
        self.path = Path(path)
        self.name = str(self.path)   # how a planner names it, and how open_store finds it again
        self.title = self.path.stem  # for layer names
        if not self.path.exists():
            raise StoreError(tr("{path} does not exist.").format(path=self.path))
        version = self.schema_version()
        if version > schema.SCHEMA_VERSION:
            raise StoreError(tr(
                "{path} was written by a newer Stadtdialog (schema {found}, this one knows {known}). "
                "Update the plugin.").format(path=self.path, found=version, known=schema.SCHEMA_VERSION))
        if migrate and version < schema.SCHEMA_VERSION:
            _migrate(self.path, version)

    # -- reading -------------------------------------------------------------
    def connect(self, threads=False):
        """threads: the connection may also be used by a helper thread (bulk_writer's index feed)."""
        try:
            con = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                  check_same_thread=not threads)
        except sqlite3.Error as exc:
            raise StoreError(tr("Cannot open {path}: {reason}").format(path=self.path, reason=exc)) from None
        con.execute("PRAGMA busy_timeout = {}".format(BUSY_TIMEOUT_MS))
        gpkg_geometry.register(con)
        return con

    def schema_version(self):
        con = sqlite3.connect(str(self.path))
        try:
            row = con.execute("SELECT value FROM stadtdialog_meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError:
            raise StoreError(tr("{path} is not a Stadtdialog GeoPackage.").format(path=self.path)) from None
        finally:
            con.close()
        if row is None:
            raise StoreError(tr("{path} has no schema version; it is not a Stadtdialog GeoPackage.").format(
                path=self.path))
        return int(row[0])

    def srs_id(self, con):
        row = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                          (schema.SUBMISSIONS,)).fetchone()
        return row[0]

    def crs_authid(self):
        con = self.connect()
        try:
            row = con.execute(
                "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
                (self.srs_id(con),)).fetchone()
        finally:
            con.close()
        return "{}:{}".format(row[0].upper(), row[1])

    def meta(self, key, default=None):
        con = self.connect()
        try:
            row = con.execute("SELECT value FROM stadtdialog_meta WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
        return default if row is None else row[0]

    def count(self, table, where="1", params=()):
        con = self.connect()
        try:
            return con.execute('SELECT count(*) FROM "{}" WHERE {}'.format(table, where), params).fetchone()[0]  # nosec B608 - own table names and WHERE fragments; values bound
        finally:
            con.close()

    def rows(self, table, columns="*", where="1", params=()):
        con = self.connect()
        con.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in con.execute(
                'SELECT {} FROM "{}" WHERE {} ORDER BY fid'.format(columns, table, where), params)]  # nosec B608 - own names and WHERE fragments; values bound
        finally:
            con.close()

    def one(self, table, columns, where="1", params=()):
        """One row of an aggregate (min, max, count…) as a dict."""
        con = self.connect()
        con.row_factory = sqlite3.Row
        try:
            return dict(con.execute('SELECT {} FROM "{}" WHERE {}'.format(columns, table, where), params).fetchone())  # nosec B608 - own names and WHERE fragments; values bound
        finally:
            con.close()

    def columns(self, table):
        con = self.connect()
        try:
            return [r[1] for r in con.execute('PRAGMA table_info("{}")'.format(table))]
        finally:
            con.close()

    def points(self, columns, where="1"):
        """(values dict, x, y) of every submission in fid order, x and y None without a location."""
        con = self.connect()
        try:
            cursor = con.execute('SELECT {}, geom FROM submissions WHERE {} ORDER BY fid'.format(  # nosec B608 - schema columns only
                ", ".join('"{}"'.format(c) for c in columns), where))
            for row in cursor:
                x, y = (gpkg_geometry.point_xy(row[-1]) if row[-1] else None) or (None, None)
                yield dict(zip(columns, row[:-1])), x, y
        finally:
            con.close()

    def queue_rows(self):
        """(created_at as ISO text, fid, review_status) of every submission, read in one query."""
        con = sqlite3.connect("file:{}?mode=ro".format(self.path), uri=True, timeout=5)
        try:
            return [(created or "", fid, status) for fid, created, status in con.execute(
                "SELECT fid, created_at, review_status FROM submissions")]
        finally:
            con.close()

    def action_area_labels(self, language):
        """(code, label) of the catalogue stored in this GeoPackage, in catalogue order."""
        key = "label_en" if language == "en" else "label_de"
        return [(r["code"], r[key] or r["code"]) for r in self.rows(schema.ACTION_AREAS, "code, label_de, label_en")]

    def layer_uri(self, table=schema.SUBMISSIONS):
        return "{}|layername={}".format(self.path, table)

    # -- writing -------------------------------------------------------------
    @contextmanager
    def transaction(self, bulk=False):
        """A write transaction: everything inside commits together or not at all.

        bulk: for a pull; GDAL's triggers on submissions are set aside and their work done in
        batches (see bulk_writer)."""
        con = self.connect(threads=bulk)
        try:
            try:
                con.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _busy_or_error(self.path, exc) from None
            writer = Writer(con, self.srs_id(con), bulk)
            try:
                yield writer
                writer.finish()
                _refresh_extent(con)
                con.execute("COMMIT")
            except BaseException:
                writer.close()
                con.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise _busy_or_error(self.path, exc) from None
        finally:
            con.close()

    def write_catalogue(self, catalogue):
        """Replace the action_areas table with the catalogue in use."""
        write_into(self, catalogue)

    def forget_styles(self, names):
        """Remove the submissions' styles of these names, before they are written anew."""
        con = self.connect()
        try:
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
                con.execute("DELETE FROM layer_styles WHERE f_table_name = 'submissions' AND stylename IN ({})"
                            .format(",".join("?" * len(names))), list(names))  # nosec B608 - placeholders only
        finally:
            con.close()


def _refresh_extent(con):
    row = con.execute("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_submissions_geom").fetchone()
    con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, last_change = ? "
                "WHERE table_name = 'submissions'", row + (now_iso(),))


def _busy_or_error(path, exc):
    if "locked" in str(exc) or "busy" in str(exc):
        return StoreBusyError(tr(
            "{path} is busy: another program is writing to it. Nothing was changed; "
            "save or close the edits there and try again.").format(path=path))
    return StoreError(tr("Writing to {path} failed: {reason}. Nothing was changed.").format(path=path, reason=exc))


# -- migrations ----------------------------------------------------------------
def _add_new_fields(ds, version):
    for table in schema.TABLES:
        layer = ds.GetLayerByName(table)
        present = {layer.GetLayerDefn().GetFieldDefn(i).GetName()
                   for i in range(layer.GetLayerDefn().GetFieldCount())}
        for f in schema.TABLES[table][0]:
            if f.since == version and f.name not in present:
                _create_field(layer, f)


def _add_audit_triggers(ds, version):
    audit.install(ds.ExecuteSQL, version)


def _repair_json_lists(ds, version):
    """Decisions stored by QGIS 3.40+ before the list codec (list_field) hold a JSON string with the array in
    it. Back to the array; the audit log records the repair and the submission is pending again, so the
    next push puts the right value on the portal, which got the doubled text."""
    for name in list_field.FIELDS:
        ds.ExecuteSQL(list_field.repair_sql(name))


def _messages_and_empty_text(ds, version):
    """v7: reasons and import notes as messages (new fields); text that is NULL becomes '' — the triggers
    first learn that NULL and '' are the same note, so nothing is audited or becomes pending."""
    _add_new_fields(ds, version)
    audit.reinstall(ds.ExecuteSQL, version)
    for name in EMPTY_TEXT:
        ds.ExecuteSQL('UPDATE submissions SET "{0}" = \'\' WHERE "{0}" IS NULL'.format(name))  # nosec B608 - schema names
    ds.ExecuteSQL("UPDATE submissions SET import_notes = '[]' WHERE import_notes IS NULL")


def _row_versions(ds, version):
    """v8: every submission starts at version 0; the triggers learn the row version."""
    _add_new_fields(ds, version)
    ds.ExecuteSQL("UPDATE submissions SET row_version = 0 WHERE row_version IS NULL")
    audit.reinstall(ds.ExecuteSQL, version)


def _placed_by(ds, version):
    """v9: how each submission was placed (a store's earlier ones were placed by the citizen, or not at all), and
    the reviewer's word on personal data in the text."""
    _add_new_fields(ds, version)
    ds.ExecuteSQL("UPDATE submissions SET placed_by = {} WHERE placed_by IS NULL".format(schema.PLACED_BY_SQL))  # nosec B608 - our own SQL
    audit.reinstall(ds.ExecuteSQL, version)  # a reviewer's word on personal data is audited


def _quote(ds, version):
    """v10: a reviewer's mark that the citizen's words are a quote for the report, audited."""
    _add_new_fields(ds, version)
    audit.reinstall(ds.ExecuteSQL, version)


# version reached -> step. A step that only adds fields can use _add_new_fields.
MIGRATIONS = {2: _add_new_fields, 3: _add_audit_triggers, 4: _add_new_fields, 5: _add_new_fields,
              6: _repair_json_lists, 7: _messages_and_empty_text, 8: _row_versions, 9: _placed_by, 10: _quote}


def _migrate(path, version):
    """Bring a store from `version` to the current schema, one committed step at a time."""
    ds = ogr.Open(str(path), 1)
    if ds is None:
        raise StoreError(tr("Cannot open {path} for writing.").format(path=path))
    try:
        for target in range(version + 1, schema.SCHEMA_VERSION + 1):
            ds.StartTransaction()
            try:
                MIGRATIONS[target](ds, target)
                ds.ExecuteSQL("UPDATE stadtdialog_meta SET value = '{}' WHERE key = 'schema_version'".format(target))  # nosec B608 - an int of ours
                ds.CommitTransaction()
            except RuntimeError as exc:
                ds.RollbackTransaction()
                raise StoreError(tr("Updating {path} to schema {version} failed: {reason}. "
                                    "The file was left at schema {old}.").format(
                    path=path, version=target, reason=exc, old=target - 1)) from None
    finally:
        ds = None
