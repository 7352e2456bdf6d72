"""Writes of one Store.transaction(): queued rows in batches, only portal-owned fields on existing rows.

In bulk mode (a pull) GDAL's rtree and feature-count triggers on submissions are set aside
for the transaction; the feature count is added up here and the spatial index is kept by
rtree_feed on a second thread. The triggers are back before COMMIT (DDL is transactional in
SQLite, so a failure restores them with everything else).
"""
from ..errors import StoreError
from ..i18n import Text, english
from . import gpkg_geometry, schema
from .pull_queue import PullQueue
from .rtree_feed import RtreeFeed

_COLUMNS = {f.name for f in schema.SUBMISSION_FIELDS}


class Writer(PullQueue):
    BATCH = 5000

    def __init__(self, con, srs_id, bulk=False):
        self.con, self.srs_id = con, srs_id
        self.triggers = _gdal_triggers(con) if bulk else []
        for name, _ in self.triggers:
            con.execute('DROP TRIGGER "{}"'.format(name))
        if bulk:
            con.execute("PRAGMA cache_size = -65536")  # 64 MB: fewer page spills during a big pull
        self.rtree = RtreeFeed(con) if self.triggers else None
        self._inserts = {}  # column tuple -> [(values, x, y)]
        self._updates = {}
        self._inserted = 0

    def finish(self):
        """Everything queued written, the index complete, GDAL's triggers back: ready to commit."""
        self.flush()
        self._settle()
        con = self.con
        if self._inserted:
            con.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? "
                        "WHERE lower(table_name) = 'submissions'", (self._inserted,))
        for _, sql in self.triggers:
            con.execute(sql)
        self.triggers = []
        self.close()

    def close(self):
        """Stop the index thread (after its batch in flight); before COMMIT or ROLLBACK."""
        if self.rtree is not None:
            self.rtree.close()
            self.rtree = None

    def _settle(self):
        if self.rtree is not None:
            self.rtree.wait()

    def flush(self):
        """Write what is queued."""
        inserts, updates = self._inserts, self._updates
        self._inserts, self._updates = {}, {}
        con = self.con
        for cols, rows in inserts.items():
            unknown = set(cols) - _COLUMNS
            if unknown:  # column names go into the SQL text: only the schema's own
                raise StoreError("refusing to insert unknown fields: {}".format(sorted(unknown)))
            con.executemany(
                "INSERT INTO submissions(geom, {}) VALUES (?{})".format(",".join(cols), ",?" * len(cols)),  # nosec B608 - columns checked against the schema
                [[_blob(self.srs_id, x, y)] + values for values, x, y in rows])
            if self.rtree is not None:  # a submission without a place has no entry in the spatial index
                self.rtree.add_by_portal_id([(values[0], x, y) for values, x, y in rows if x is not None])
                self._inserted += len(rows)
        for cols, rows in updates.items():
            con.executemany(
                "UPDATE submissions SET geom = ?, {} WHERE fid = ?".format(",".join(c + " = ?" for c in cols)),  # nosec B608 - columns checked against the schema
                [[_blob(self.srs_id, x, y)] + values + [fid] for fid, values, x, y in rows])
            if self.rtree is not None:
                self.rtree.add_by_fid([(fid, x, y) for fid, _, x, y in rows if x is not None])
                gone = [(fid,) for fid, _, x, _ in rows if x is None]  # the portal no longer gives a place
                if gone:
                    self.rtree.wait()
                    con.executemany("DELETE FROM rtree_submissions_geom WHERE id = ?", gone)

    def existing(self):
        """portal_id -> (fid, portal_hash, portal_state) for every stored submission."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.con.execute(
            "SELECT portal_id, fid, portal_hash, portal_state FROM submissions")}

    def insert(self, record, x, y):
        """Queue a new submission; written at flush(), at the latest on commit."""
        cols = tuple(record)
        if cols[0] != "portal_id":  # the index is fed by portal_id, read first
            cols = ("portal_id",) + tuple(c for c in record if c != "portal_id")
            self._inserts.setdefault(cols, []).append(([record[c] for c in cols], x, y))
        else:
            self._inserts.setdefault(cols, []).append((list(record.values()), x, y))
        if len(self._inserts[cols]) >= self.BATCH:
            self.flush()

    def execute(self, sql, params=()):
        """Plain SQL inside the transaction, after everything queued (the index included)."""
        self.flush()
        self._settle()
        return self.con.execute(sql, params)


    def quarantine(self, source, raw, reason, seen_at):
        """Add a quarantined record; returns its fid. The reason in English and as a message (i18n.Text)."""
        self._settle()  # its rowid must not be the index thread's
        code = reason.code() if isinstance(reason, Text) else None
        return self.con.execute(
            "INSERT INTO quarantine(source, raw, reason, seen_at, reason_code) VALUES (?,?,?,?,?)",
            (source, raw, english(reason), seen_at, code)).lastrowid

    def insert_rows(self, table, columns, rows):
        """Rows copied from another store as they are, fid included (copy_store); returns how many."""
        allowed = {f.name for f in schema.TABLES[table][0]} | {"fid"}
        if set(columns) - allowed:
            raise StoreError("refusing to copy unknown fields: {}".format(sorted(set(columns) - allowed)))
        spatial = schema.TABLES[table][1]
        names = (["geom"] if spatial else []) + list(columns)
        sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(  # nosec B608 - columns checked against the schema
            table, ", ".join('"{}"'.format(n) for n in names), ", ".join("?" for _ in names))
        count = 0
        batch = []
        for values, x, y in rows:
            geometry = [gpkg_geometry.point_blob(self.srs_id, x, y) if x is not None else None] if spatial else []
            batch.append(geometry + [values.get(c) for c in columns])
            count += 1
            if len(batch) >= self.BATCH:
                self.con.executemany(sql, batch)
                batch = []
        if batch:
            self.con.executemany(sql, batch)
        return count

    def set_meta(self, key, value):
        self.con.execute("INSERT INTO stadtdialog_meta(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def _gdal_triggers(con):
    """(name, sql) of the triggers GDAL keeps on submissions for the rtree and the feature count."""
    return con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'submissions' AND "
        "(name LIKE 'rtree_submissions_geom_%' OR name LIKE 'trigger_%_feature_count_submissions')").fetchall()


def _blob(srs_id, x, y):
    """The point's GeoPackage geometry, or NULL for a submission without a place."""
    return None if x is None else gpkg_geometry.point_blob(srs_id, x, y)
