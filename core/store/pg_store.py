"""The shared PostgreSQL/PostGIS store: the GeoPackage store's interface (store.Store) on a schema of a city's
database, for a review team. Connections take their password only from a QGIS authentication configuration or
the service file; values come back as the GeoPackage gives them (dates as ISO text in UTC, JSON as compact
text), so the rest of Stadtdialog reads both alike."""
import atexit
import contextlib
import json
import re
import threading
from contextlib import contextmanager
from datetime import timezone

from ..errors import StoreBusyError, StoreError
from ..i18n import Text, english, tr
from . import pg_schema, schema
from .catalogue import write_into
from .names import DEFAULT_SCHEMA, parse
from .pull_queue import PullQueue

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_casters = []


def _casts(con):
    """Dates as the GeoPackage keeps them ('2018-07-24T10:00:00.000Z'), JSON as compact text."""
    import psycopg2.extensions
    import psycopg2.extras

    if not _casters:
        def timestamptz(value, cursor):
            if value is None:
                return None
            moment = psycopg2.extensions.PYDATETIMETZ(value, cursor).astimezone(timezone.utc)
            return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "{:03d}Z".format(moment.microsecond // 1000)

        _casters.append(psycopg2.extensions.new_type((1184,), "STADTDIALOG_TIMESTAMPTZ", timestamptz))
    psycopg2.extensions.register_type(_casters[0], con)
    psycopg2.extras.register_default_jsonb(con, loads=_json_text)


def _json_text(text):
    return None if text == "null" else _COMPACT(json.loads(text))


def credentials(authcfg):
    """(user, password) of a QGIS authentication configuration; the secret is read when connecting, never kept."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if manager is None or authcfg not in manager.configIds():
        raise StoreError(tr("The authentication configuration '{id}' does not exist in this QGIS profile. Choose "
                            "one under Settings › Options › Authentication.").format(id=authcfg))
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)
    if isinstance(loaded, tuple):
        loaded, config = loaded[0], loaded[-1] if isinstance(loaded[-1], QgsAuthMethodConfig) else config
    if not loaded:
        raise StoreError(tr("The authentication configuration '{id}' could not be read (is the master password "
                            "set?).").format(id=authcfg))
    return config.config("username", ""), config.config("password", "")


def _saved_connection(name):
    """The host, port, database, user, service, sslmode and authcfg of a PostgreSQL connection saved in QGIS."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    key = "PostgreSQL/connections/{}/".format(name)
    if not settings.contains(key + "database") and not settings.contains(key + "service"):
        raise StoreError(tr("QGIS has no PostgreSQL connection named '{name}' (Data Source Manager › "
                            "PostgreSQL).").format(name=name))
    value = lambda k: str(settings.value(key + k, "") or "")  # noqa: E731
    return {"host": value("host"), "port": value("port") or ("" if value("service") else "5432"),  # the service's
            "database": value("database"),
            "user": value("username"), "service": value("service"), "sslmode": _sslmode(value("sslmode")),
            "authcfg": value("authcfg")}


def _sslmode(value):
    """QGIS keeps the SSL mode as a name ('SslPrefer') or a number; libpq wants 'prefer'."""
    names = {"0": "", "1": "disable", "2": "allow", "3": "prefer", "4": "require", "5": "verify-ca",
             "6": "verify-full"}
    text = str(value or "")
    if text in names:
        return names[text]
    return re.sub(r"^ssl", "", text, flags=re.I).lower().replace("verifyca", "verify-ca").replace(
        "verifyfull", "verify-full")


class _Cursor:
    def __init__(self, cursor):
        self.cursor = cursor

    def fetchone(self):
        return self.cursor.fetchone()

    def fetchall(self):
        return self.cursor.fetchall()

    def __iter__(self):
        return iter(self.cursor)

    @property
    def rowcount(self):
        return self.cursor.rowcount


class Connection:
    """A psycopg2 connection that runs the SQL the GeoPackage store runs: '?' placeholders, rows by position or
    (row_factory=dict) by name."""

    def __init__(self, con):
        self.con = con
        self.row_factory = None

    def execute(self, sql, params=()):
        cursor = self.con.cursor()
        if params:
            cursor.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
        else:
            cursor.execute(sql)
        if self.row_factory is dict and cursor.description:
            names = [d.name for d in cursor.description]
            return _Rows([dict(zip(names, row)) for row in cursor.fetchall()], cursor.rowcount)
        return _Cursor(cursor)

    def executemany(self, sql, rows):
        from psycopg2.extras import execute_batch

        cursor = self.con.cursor()
        execute_batch(cursor, sql.replace("%", "%%").replace("?", "%s"), [tuple(r) for r in rows], page_size=1000)
        return _Cursor(cursor)

    def close(self):
        self.con.close()


class ReadPool:
    """Idle reading connections, a few for each database, schema and login; closed when the plugin unloads or
    Python ends. Taken by one reader at a time (thread-safe)."""

    KEEP = 2

    def __init__(self):
        self.idle = {}
        self.lock = threading.Lock()

    def take(self, key):
        with self.lock:
            idle = self.idle.get(key)
            return idle.pop() if idle else None

    def forget(self, key):
        """Close the idle connections of `key`: one was found dropped (a server restart drops them all)."""
        with self.lock:
            idle = self.idle.pop(key, [])
        for con in idle:
            _close_quietly(con)

    def give_back(self, key, con):
        if con.con.closed:
            return
        con.row_factory = None
        with self.lock:
            idle = self.idle.setdefault(key, [])
            if len(idle) < self.KEEP:
                idle.append(con)
                return
        _close_quietly(con)

    def close(self):
        with self.lock:
            idle, self.idle = self.idle, {}
        for cons in idle.values():
            for con in cons:
                _close_quietly(con)


def _close_quietly(con):
    with contextlib.suppress(Exception):  # closing a connection that is already gone
        con.close()


read_pool = ReadPool()
atexit.register(read_pool.close)


def close_connections():
    """Close the idle reading connections (the plugin calls this when it unloads)."""
    read_pool.close()


class _Rows(list):
    """Rows by name, read whole (the store's readers take them as a list)."""

    def __init__(self, rows, rowcount):
        super().__init__(rows)
        self.rowcount = rowcount


class PgStore:
    """A Stadtdialog store in a PostgreSQL/PostGIS schema (see stores for how it is named)."""

    kind = "postgres"
    provider = "postgres"
    same = "IS NOT DISTINCT FROM"  # SQL for "equal, NULL included"

    def __init__(self, name, authcfg=None, migrate=True):
        self.params = parse(name)
        if self.params.get("connection"):
            saved = _saved_connection(self.params["connection"])
            for key, value in saved.items():
                if value and not self.params.get(key):
                    self.params[key] = value
        self.authcfg = authcfg or self.params.get("authcfg") or ""
        self.schema = self.params["schema"]
        self.name = str(name).strip()
        self.title = self.schema if self.schema != DEFAULT_SCHEMA else (
            self.params.get("connection") or self.params.get("service") or self.params.get("database") or "")
        self.path = None  # not a file
        self._crs = None  # read once: layer_uri and every transaction need it
        self._pool_key = None
        if migrate:
            version = self.schema_version()
            if version > schema.SCHEMA_VERSION:
                raise StoreError(tr("{name} was written by a newer Stadtdialog (schema {found}, this one knows "
                                    "{known}). Update the plugin.").format(name=self.name, found=version,
                                                                          known=schema.SCHEMA_VERSION))
            if version < schema.SCHEMA_VERSION:
                self.migrate(version)

    def __str__(self):
        return self.name

    # -- connecting ------------------------------------------------------------------
    def _kwargs(self):
        p = self.params
        kwargs = {"application_name": "Stadtdialog", "connect_timeout": 10}
        if p.get("service"):
            kwargs["service"] = p["service"]
        for key, name in (("host", "host"), ("port", "port"), ("database", "dbname"), ("user", "user"),
                          ("sslmode", "sslmode")):
            if p.get(key):
                kwargs[name] = p[key]
        if self.authcfg:
            user, password = credentials(self.authcfg)
            if user:
                kwargs["user"] = user
            kwargs["password"] = password  # only here, for libpq; never stored or logged
        return kwargs

    def raw_connect(self):
        import psycopg2

        try:
            con = psycopg2.connect(**self._kwargs())
        except psycopg2.OperationalError as exc:
            raise StoreError(tr("Cannot connect to the PostgreSQL store {name}: {reason}").format(
                name=self.name, reason=_first_line(exc))) from None
        _casts(con)
        with con.cursor() as cur:
            cur.execute("SET search_path TO {}, public".format(pg_schema.q(self.schema)))
        con.commit()
        return con

    def connect(self, threads=False):  # noqa: ARG002 - the GeoPackage store's signature
        con = self.raw_connect()
        con.autocommit = True
        return Connection(con)

    def _read(self, work):
        """work(connection) on a connection of the small pool of reading connections (autocommit, no transaction
        left open, so nothing a writer waits for); where the server has closed a pooled connection since, the pool
        is emptied and a new connection opened."""
        import psycopg2

        if self._pool_key is None:  # the credentials are looked up once per store object
            self._pool_key = (self.schema, tuple(sorted(self._kwargs().items())))
        key = self._pool_key
        for attempt in (0, 1):
            con = read_pool.take(key)
            reused = con is not None
            con = con or self.connect()
            try:
                result = work(con)
            except (psycopg2.OperationalError, psycopg2.InterfaceError):
                _close_quietly(con)
                if reused and attempt == 0:
                    read_pool.forget(key)  # the others kept are as dead: the second try opens a new one
                    continue
                raise
            except BaseException:
                _close_quietly(con)
                raise
            read_pool.give_back(key, con)
            return result

    def exists(self):
        return self._read(lambda con: con.execute(
            "SELECT to_regclass(?)", (self.schema + ".stadtdialog_meta",)).fetchone()[0] is not None)

    # -- reading ---------------------------------------------------------------------
    def schema_version(self):
        if not self.exists():
            raise StoreError(tr("{name} holds no Stadtdialog store (schema {schema}); make one with "
                                "stadtdialog:create_store or pull into it.").format(name=self.name,
                                                                                     schema=self.schema))
        return int(self.meta("schema_version", "0"))

    def crs_authid(self):
        if self._crs is None:
            row = self._read(lambda con: con.execute(
                "SELECT srid FROM geometry_columns WHERE f_table_schema = ? AND f_table_name = ?",
                (self.schema, schema.SUBMISSIONS)).fetchone())
            self._crs = "EPSG:{}".format(row[0])
        return self._crs

    def srid(self):
        return int(self.crs_authid().split(":")[1])

    def meta(self, key, default=None):
        row = self._read(lambda con: con.execute("SELECT value FROM stadtdialog_meta WHERE key = ?",
                                                 (key,)).fetchone())
        return default if row is None else row[0]

    def _query(self, sql, params=(), by_name=True):
        def work(con):
            con.row_factory = dict if by_name else None
            result = con.execute(sql, params)
            return list(result) if by_name else result.fetchall()

        return self._read(work)

    def count(self, table, where="1=1", params=()):
        return self._query('SELECT count(*) FROM "{}" WHERE {}'.format(table, _where(where)), params,  # nosec B608 - own table names and WHERE fragments; values bound
                           by_name=False)[0][0]

    def rows(self, table, columns="*", where="1=1", params=()):
        return self._query('SELECT {} FROM "{}" WHERE {} ORDER BY fid'.format(columns, table, _where(where)), params)  # nosec B608 - own names and WHERE fragments; values bound

    def one(self, table, columns, where="1=1", params=()):
        return self._query('SELECT {} FROM "{}" WHERE {}'.format(columns, table, _where(where)), params)[0]  # nosec B608 - own names and WHERE fragments; values bound

    def columns(self, table):
        return [r[0] for r in self._query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
            "ORDER BY ordinal_position", (self.schema, table), by_name=False)]

    def points(self, columns, where="1=1"):
        con = self.connect()
        try:
            cursor = con.con.cursor(name="stadtdialog_points")  # server-side: 100,000 rows are not held at once
            cursor.itersize = 5000
            con.con.autocommit = False
            cursor.execute('SELECT {}, ST_X(geom), ST_Y(geom) FROM submissions WHERE {} ORDER BY fid'.format(  # nosec B608 - schema columns only
                ", ".join('"{}"'.format(c) for c in columns), _where(where)))
            for row in cursor:
                yield dict(zip(columns, row[:-2])), row[-2], row[-1]
            con.con.rollback()
        finally:
            con.close()

    def queue_rows(self):
        return [(created or "", fid, status) for fid, created, status in self._query(
            "SELECT fid, created_at, review_status FROM submissions", by_name=False)]

    def action_area_labels(self, language):
        key = "label_en" if language == "en" else "label_de"
        return [(r["code"], r[key] or r["code"]) for r in self.rows(schema.ACTION_AREAS, "code, label_de, label_en")]

    def layer_uri(self, table=schema.SUBMISSIONS):
        """The QGIS data source of a table: the connection without any password (an authcfg or the service file
        gives it), the schema, the table, its key."""
        from qgis.core import QgsDataSourceUri

        from ..compat import point_wkb_type

        p = self.params
        uri = QgsDataSourceUri()
        ssl = {"disable": QgsDataSourceUri.SslMode.SslDisable, "allow": QgsDataSourceUri.SslMode.SslAllow,
               "prefer": QgsDataSourceUri.SslMode.SslPrefer, "require": QgsDataSourceUri.SslMode.SslRequire,
               "verify-ca": QgsDataSourceUri.SslMode.SslVerifyCa,
               "verify-full": QgsDataSourceUri.SslMode.SslVerifyFull}.get(p.get("sslmode") or "",
                                                                          QgsDataSourceUri.SslMode.SslPrefer)
        if p.get("service"):
            uri.setConnection(p["service"], p.get("database") or "", p.get("user") or "", "", ssl, self.authcfg)
        else:
            uri.setConnection(p.get("host") or "localhost", p.get("port") or "5432", p.get("database") or "",
                              p.get("user") or "", "", ssl, self.authcfg)
        spatial = schema.TABLES[table][1]
        uri.setDataSource(self.schema, table, "geom" if spatial else None, "", "fid")
        if spatial:
            uri.setSrid(str(self.srid()))
            uri.setWkbType(point_wkb_type())
        return uri.uri(False)

    # -- writing ---------------------------------------------------------------------
    @contextmanager
    def transaction(self, bulk=False):  # noqa: ARG002 - bulk: the GeoPackage store's rtree shortcut
        import psycopg2

        raw = self.raw_connect()
        raw.autocommit = False
        writer = Writer(Connection(raw), self.srid())
        try:
            try:
                yield writer
                writer.finish()
                raw.commit()
            except BaseException:
                raw.rollback()
                raise
        except psycopg2.errors.LockNotAvailable:
            raise StoreBusyError(tr("{name} is busy; nothing was changed. Try again in a moment.").format(
                name=self.name)) from None
        except psycopg2.Error as exc:
            raise StoreError(tr("Writing to {name} failed: {reason}. Nothing was changed.").format(
                name=self.name, reason=_first_line(exc))) from None
        finally:
            raw.close()

    def write_catalogue(self, catalogue):
        write_into(self, catalogue)

    def may_save_styles(self):
        """Whether this login may write QGIS's style table public.layer_styles (or make it, where there is none):
        a city's table belongs to its GIS administrators, and a planner's login often may only read it."""
        return self._read(lambda con: con.execute(
            "SELECT CASE WHEN to_regclass('public.layer_styles') IS NULL THEN has_schema_privilege('public', "
            "'CREATE') ELSE has_table_privilege('public.layer_styles', 'INSERT, DELETE') END").fetchone()[0])

    def forget_styles(self, names):
        """Remove the submissions' styles of these names, before they are written anew: rows a dropped schema of
        the same name left in public.layer_styles would otherwise make QGIS ask on screen whether to overwrite
        them — a question nobody answers in qgis_process, which then waits for ever."""
        con = self.connect()
        try:
            _delete_styles(con, self.schema, [schema.SUBMISSIONS], names)
        finally:
            con.close()

    def migrate(self, version):
        """Bring the schema to the current version: the same statements that make it, all idempotent."""
        install(self, self.srid() if version else None)

    def drop(self):
        """Remove the schema with everything in it (a store a failed first pull made)."""
        con = self.connect()
        try:
            con.execute("DROP SCHEMA IF EXISTS {} CASCADE".format(pg_schema.q(self.schema)))
            _delete_styles(con, self.schema)
        finally:
            con.close()

    def drop_if_empty(self):
        """Remove what a failed first pull or copy made here: the schema, when it holds nothing but Stadtdialog's
        tables; in a schema that also holds a city's own tables (?schema=public, say), only ours."""
        ours = list(schema.TABLES)
        con = self.connect()
        try:
            others = con.execute(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? "
                "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relname = ANY(?)",
                (self.schema, ours)).fetchone()[0]
            if others:
                s = pg_schema.q(self.schema)
                for table in ours:
                    con.execute("DROP TABLE IF EXISTS {}.{} CASCADE".format(s, pg_schema.q(table)))
                for function in ("stadtdialog_before_update", "stadtdialog_audit"):
                    con.execute("DROP FUNCTION IF EXISTS {}.{}()".format(s, function))
                _delete_styles(con, self.schema, ours)
        finally:
            con.close()
        if not others:
            self.drop()


def _delete_styles(con, schema_name, tables=None, names=None):
    """QGIS's rows in public.layer_styles (where that table exists) for the schema's tables: all of them, or these
    tables; all styles, or those of these names."""
    if not con.execute("SELECT to_regclass('public.layer_styles')").fetchone()[0]:
        return
    sql, params = "DELETE FROM public.layer_styles WHERE f_table_schema = ?", [schema_name]
    for column, values in (("f_table_name", tables), ("stylename", names)):
        if values is not None:
            sql += " AND {} = ANY(?)".format(column)  # nosec B608 - a column name of ours
            params.append(list(values))
    con.execute(sql, tuple(params))


def _where(where):
    return "true" if str(where).strip() in ("1", "1=1") else where


def _first_line(exc):
    return (str(exc).strip().splitlines() or [""])[0]


class Writer(PullQueue):
    """The writes of one PgStore.transaction(), as bulk_writer.Writer does them for the GeoPackage."""

    BATCH = 2000

    def __init__(self, con, srid):
        self.con, self.srid = con, srid
        self._inserts, self._updates = {}, {}

    def finish(self):
        self.flush()

    def close(self):
        pass

    def flush(self):
        from psycopg2.extras import execute_values

        inserts, updates = self._inserts, self._updates
        self._inserts, self._updates = {}, {}
        cursor = self.con.con.cursor()
        point = "ST_SetSRID(ST_MakePoint(%s, %s), {})".format(int(self.srid))
        for cols, rows in inserts.items():
            _check(cols)
            template = "({}, {})".format(point, ", ".join("%s" for _ in cols))
            execute_values(cursor, "INSERT INTO submissions (geom, {}) VALUES %s".format(  # nosec B608 - columns checked against the schema
                ", ".join(pg_schema.q(c) for c in cols)), [[x, y] + [_value(c, v) for c, v in zip(cols, values)]
                                                           for values, x, y in rows], template=template,
                page_size=1000)
        for cols, rows in updates.items():
            _check(cols)
            cursor.executemany("UPDATE submissions SET geom = {}, {} WHERE fid = %s".format(  # nosec B608 - columns checked against the schema
                point, ", ".join("{} = %s".format(pg_schema.q(c)) for c in cols)),
                [[x, y] + [_value(c, v) for c, v in zip(cols, values)] + [fid] for fid, values, x, y in rows])

    def existing(self):
        return {r[0]: (r[1], r[2], r[3]) for r in self.con.execute(
            "SELECT portal_id, fid, portal_hash, portal_state FROM submissions")}

    def insert(self, record, x, y):
        cols = tuple(record)
        self._inserts.setdefault(cols, []).append((list(record.values()), x, y))
        if len(self._inserts[cols]) >= self.BATCH:
            self.flush()

    def execute(self, sql, params=()):
        self.flush()
        return self.con.execute(sql, params)

    def quarantine(self, source, raw, reason, seen_at):
        code = reason.code() if isinstance(reason, Text) else None
        return self.con.execute(
            "INSERT INTO quarantine(source, raw, reason, seen_at, reason_code) VALUES (?,?,?,?,?) RETURNING fid",
            (_text(source), _text(raw), english(reason), seen_at, code)).fetchone()[0]

    def set_meta(self, key, value):
        self.con.execute("INSERT INTO stadtdialog_meta(key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def insert_rows(self, table, columns, rows):
        """Rows copied from another store as they are, fid included (copy_store); returns how many."""
        from psycopg2.extras import execute_values

        kinds = {f.name: f.kind for f in schema.TABLES[table][0]}
        if set(columns) - set(kinds) - {"fid"}:
            raise StoreError("refusing to copy unknown fields: {}".format(sorted(set(columns) - set(kinds))))
        spatial = schema.TABLES[table][1]
        point = "ST_SetSRID(ST_MakePoint(%s, %s), {})".format(int(self.srid))
        template = "({})".format(", ".join(([point] if spatial else []) + ["%s"] * len(columns)))
        names = (["geom"] if spatial else []) + list(columns)
        sql = "INSERT INTO {} ({}) VALUES %s".format(pg_schema.q(table), ", ".join(pg_schema.q(n) for n in names))  # nosec B608 - columns checked against the schema
        cursor = self.con.con.cursor()
        count, batch = 0, []
        for values, x, y in rows:
            value_of = {c: _typed(kinds.get(c), values.get(c)) for c in columns}
            batch.append(([x, y] if spatial else []) + [value_of[c] for c in columns])
            count += 1
            if len(batch) >= self.BATCH:
                execute_values(cursor, sql, batch, template=template)
                batch = []
        if batch:
            execute_values(cursor, sql, batch, template=template)
        if "fid" in columns:  # new rows go on after the copied ones
            cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'fid'), greatest(coalesce(max(fid), 0), 1)) "
                           "FROM {}".format(pg_schema.q(table)), (table,))  # nosec B608 - a schema table name
        return count


_KINDS = {f.name: f.kind for f in schema.SUBMISSION_FIELDS}
_COLUMNS = set(_KINDS)


def _check(cols):
    unknown = set(cols) - _COLUMNS
    if unknown:  # column names go into the SQL text: only the schema's own
        raise StoreError("refusing to write unknown fields: {}".format(sorted(unknown)))


def _value(column, value):
    return _typed(_KINDS.get(column), value)


def _typed(kind, value):
    """What PostgreSQL takes into a column of `kind`: no NUL in text (SQLite keeps it, PostgreSQL refuses it),
    JSON without \\u0000, a JSON null rather than SQL NULL (QGIS 3.22 warns on every NULL jsonb it reads)."""
    if kind == "json":
        return "null" if value is None else str(value).replace("\\u0000", "\\ufffd")
    if kind == "datetime":
        return value or None
    return _text(value) if isinstance(value, str) else value


def _text(value):
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def install(store, srid=None, crs=None):
    """Make (or bring up to date) the schema of `store`: tables, indexes, triggers, roles, QGIS's layer_styles."""
    from .schema import DEFAULT_CRS

    if srid is None:
        srid = int(str(crs or DEFAULT_CRS).split(":")[-1])
    con = store.connect()
    try:
        con.con.autocommit = False
        # QGIS's style table where there is none yet and this login may make it; a city's own is left as it is
        make_styles = con.execute("SELECT to_regclass('public.layer_styles') IS NULL AND "
                                  "has_schema_privilege('public', 'CREATE')").fetchone()[0]
        for statement in (pg_schema.table_sql(store.schema, srid) + pg_schema.trigger_sql(store.schema)
                          + (pg_schema.styles_sql() if make_styles else [])):
            con.execute(statement)
        con.execute("INSERT INTO {}.stadtdialog_meta(key, value) VALUES ('schema_version', ?) ON CONFLICT (key) "  # nosec B608 - a checked schema name
                    "DO UPDATE SET value = excluded.value".format(pg_schema.q(store.schema)),
                    (str(schema.SCHEMA_VERSION),))
        con.con.commit()
    except Exception as exc:
        con.con.rollback()
        raise StoreError(tr("Making the Stadtdialog schema {schema} in {name} failed: {reason}").format(
            schema=store.schema, name=store.name, reason=_first_line(exc))) from None
    finally:
        con.close()
    grant_roles(store)


def grant_roles(store):
    """The reviewer, coordinator and owner roles with their grants; said plainly when the login may not make
    roles (city IT then runs stadtdialog:create_store once with an account that may)."""
    con = store.connect()
    try:
        con.con.autocommit = False
        for statement in pg_schema.roles_sql(store.schema) + pg_schema.grant_styles_sql(store.schema):
            con.execute(statement)
        con.con.commit()
        return True
    except Exception:  # noqa: BLE001 - insufficient privilege: the store works, the roles wait for city IT
        con.con.rollback()
        return False
    finally:
        con.close()


def create(name, crs=schema.DEFAULT_CRS, authcfg=None):
    """A new, empty store in schema `name`'s schema (refuses an existing one)."""
    from qgis.core import QgsCoordinateReferenceSystem

    store = PgStore(name, authcfg=authcfg, migrate=False)
    if store.exists():
        raise StoreError(tr("{name} already holds a Stadtdialog store; open it instead of creating it.").format(
            name=store.name))
    reference = QgsCoordinateReferenceSystem(crs)
    if not reference.isValid() or not reference.authid().upper().startswith("EPSG:"):
        raise StoreError(tr("'{crs}' is not a coordinate reference system QGIS knows.").format(crs=crs))
    install(store, crs=reference.authid())
    return PgStore(name, authcfg=authcfg)


def name_from_uri(source):
    """(store name, authcfg) of a QGIS postgres data source."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(source)
    schema_name = uri.schema() or DEFAULT_SCHEMA
    if uri.service():
        name = "service={}?schema={}".format(uri.service(), schema_name)
    else:
        name = "postgresql://{}{}:{}/{}?schema={}".format(uri.username() + "@" if uri.username() else "",
                                                          uri.host() or "localhost", uri.port() or "5432",
                                                          uri.database(), schema_name)
    return name, uri.authConfigId() or None
