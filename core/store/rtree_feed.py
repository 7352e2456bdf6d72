"""The GeoPackage's spatial index, kept during a bulk pull by a second thread.

Inserting into SQLite's R*-tree is about a quarter of a big pull's work. Here each batch goes
in as one statement over a JSON list, so SQLite does that work without holding Python's GIL
while the pull normalises the next records. Same connection, same transaction: SQLite runs
the two threads' statements one after the other, and nothing commits before wait().

Rules for the connection while a batch is in flight (kept by bulk_writer.Writer):
statements on the main thread must not call Python functions registered with SQLite (the
GeoPackage ST_* helpers), and must not read last_insert_rowid(). Both wait() first.
"""
import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor

_COLUMNS = ("json_extract(j.value, '$[1]'), json_extract(j.value, '$[1]'), "
            "json_extract(j.value, '$[2]'), json_extract(j.value, '$[2]')")
_BY_PORTAL_ID = ("INSERT OR REPLACE INTO rtree_submissions_geom SELECT s.fid, " + _COLUMNS +  # nosec B608 - constant SQL
                 " FROM json_each(?) j JOIN submissions s ON s.portal_id = json_extract(j.value, '$[0]')")
_BY_FID = ("INSERT OR REPLACE INTO rtree_submissions_geom SELECT json_extract(j.value, '$[0]'), " + _COLUMNS +  # nosec B608 - constant SQL
           " FROM json_each(?) j")
_ENCODE = json.JSONEncoder(check_circular=False, allow_nan=False, separators=(",", ":")).encode


class RtreeFeed:
    """Adds (key, x, y) points to rtree_submissions_geom, one batch at a time, in order."""

    def __init__(self, con, threaded=True):
        self.con = con
        self.pending = None
        self.pool = None
        if threaded and _has_json(con):
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stadtdialog-rtree")

    def add_by_portal_id(self, points):
        """points: [(portal_id, x, y)] of rows already inserted into submissions."""
        self._run(_BY_PORTAL_ID, points)

    def add_by_fid(self, points):
        """points: [(fid, x, y)]."""
        self._run(_BY_FID, points)

    def _run(self, sql, points):
        self.wait()  # one batch in flight: bounded memory, and batches land in order
        if not points:
            return
        if self.pool is None:
            self._run_here(sql, points)
            return
        self.pending = self.pool.submit(self.con.execute, sql, (_ENCODE(points),))

    def _run_here(self, sql, points):
        if sql is _BY_FID:
            rows = points
        else:  # SQLite without JSON functions: look the fids up from Python
            fid = {}
            for start in range(0, len(points), 500):
                chunk = [p[0] for p in points[start:start + 500]]
                fid.update((r[1], r[0]) for r in self.con.execute(
                    "SELECT fid, portal_id FROM submissions WHERE portal_id IN ({})".format(  # nosec B608 - only '?' placeholders
                        ",".join("?" * len(chunk))), chunk))
            rows = [(fid[key], x, y) for key, x, y in points]
        self.con.executemany("INSERT OR REPLACE INTO rtree_submissions_geom VALUES (?,?,?,?,?)",
                             [(key, x, x, y, y) for key, x, y in rows])

    def wait(self):
        """Block until the batch in flight is written; raises its error, if any."""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def close(self):
        """Wait for the batch in flight (its error, if any, is the caller's to have seen) and stop."""
        try:
            self.wait()
        except sqlite3.Error:
            pass
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=True)
                self.pool = None


def _has_json(con):
    try:
        con.execute("SELECT json_extract('[1]', '$[0]')").fetchone()
    except sqlite3.OperationalError:
        return False
    return True
