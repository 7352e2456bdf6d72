"""What a JSON-array field holds in the GeoPackage itself, read with SQLite (not through QGIS)."""
import sqlite3

FIELDS = ("action_areas", "suggested_action_areas")


def not_arrays(gpkg):
    """(table, row, field, raw value) of every stored list field or audited list value that is not a JSON array."""
    con = sqlite3.connect(str(gpkg))
    try:
        bad = []
        for field in FIELDS:
            bad += [("submissions", r[0], field, r[1]) for r in con.execute(
                'SELECT portal_id, "{0}" FROM submissions WHERE "{0}" IS NOT NULL AND '
                '(NOT json_valid("{0}") OR json_type("{0}") != \'array\')'.format(field))]
        bad += [("audit_log", r[0], r[1], r[2]) for r in con.execute(
            "SELECT portal_id, field, new_value FROM audit_log WHERE field IN ('action_areas', "
            "'suggested_action_areas') AND new_value IS NOT NULL AND "
            "(NOT json_valid(new_value) OR json_type(new_value) != 'array')")]
        return bad
    finally:
        con.close()


def raw(gpkg, portal_id, field="action_areas"):
    con = sqlite3.connect(str(gpkg))
    try:
        return con.execute('SELECT "{}", json_type("{}") FROM submissions WHERE portal_id = ?'.format(field, field),
                           (portal_id,)).fetchone()
    finally:
        con.close()
