"""The PostgreSQL/PostGIS store's schema: the same tables and fields as the GeoPackage (schema.py), JSON lists
as jsonb arrays, dates as timestamptz; the triggers that keep the audit log, the pending mark and the row version
(what stops one reviewer's save from silently overwriting a colleague's); and the roles city IT hands out.

Every statement is idempotent: `stadtdialog:create_store` may run again on an existing schema."""
from . import schema
from .schema import AUDITED_FIELDS, DECISION_FIELDS, FLAG_FIELDS, TEXT_DECISIONS

TYPES = {"string": "text", "integer": "integer", "datetime": "timestamptz", "json": "jsonb"}
DEFAULTS = {"review_status": "'new'", "sync_state": "'clean'", "portal_state": "'active'",
            "action_areas": "'[]'::jsonb", "suggested_action_areas": "'[]'::jsonb", "planner_note": "''",
            "duplicate_of": "''", "import_notes": "'[]'::jsonb", "row_version": "0", "db_user": "session_user",
            "extra": "'null'::jsonb", "personal": "'null'::jsonb", "keywords": "'null'::jsonb",
            "privacy": "'null'::jsonb"}
ROLES = ("reviewer", "coordinator", "owner")
# What a reviewer may change: the decisions and what describes them.
REVIEWER_COLUMNS = DECISION_FIELDS + ("suggested_action_areas", "reviewer", "reviewed_at", "row_version", "privacy",
                                      "quote")
STALE = "stadtdialog-stale"  # the start of the error a stale save gets (the client shows the colleague's decision)


def q(name):
    return '"{}"'.format(name.replace('"', '""'))


def _column(f):
    definition = "{} {}".format(q(f.name), TYPES[f.kind])
    if f.name in DEFAULTS:
        definition += " DEFAULT " + DEFAULTS[f.name]
    return definition


def table_sql(schema_name, srid):
    s = q(schema_name)
    out = ["CREATE SCHEMA IF NOT EXISTS {}".format(s)]
    for table, (fields, spatial) in schema.TABLES.items():
        # integer, not bigint: QGIS takes an int4 key as the feature id itself, but numbers int8 keys in the order it
        # happens to read them (feature 1 could be fid 4), and Stadtdialog addresses submissions by fid
        columns = ["fid serial PRIMARY KEY"] + (["geom geometry(Point, {})".format(int(srid))] if spatial else [])
        out.append("CREATE TABLE IF NOT EXISTS {}.{} ({})".format(s, q(table), ", ".join(
            columns + [_column(f) for f in fields])))
        for f in fields:  # columns added by later versions (idempotent migration)
            out.append("ALTER TABLE {}.{} ADD COLUMN IF NOT EXISTS {}".format(s, q(table), _column(f)))
    out += ["CREATE UNIQUE INDEX IF NOT EXISTS submissions_portal_id ON {}.submissions (portal_id)".format(s),
            "CREATE INDEX IF NOT EXISTS submissions_geom ON {}.submissions USING gist (geom)".format(s),
            "CREATE INDEX IF NOT EXISTS submissions_sync_state ON {}.submissions (sync_state)".format(s),
            "CREATE INDEX IF NOT EXISTS audit_log_portal_id ON {}.audit_log (portal_id)".format(s),
            "CREATE UNIQUE INDEX IF NOT EXISTS meta_key ON {}.stadtdialog_meta (key)".format(s),
            "UPDATE {}.submissions SET placed_by = {} WHERE placed_by IS NULL".format(s, schema.PLACED_BY_SQL)]  # nosec B608 - a checked schema name and our own SQL
    return out


def _changed(field, old="OLD", new="NEW"):
    if field in TEXT_DECISIONS:
        return "coalesce({0}.{2}, '') IS DISTINCT FROM coalesce({1}.{2}, '')".format(old, new, q(field))
    if field in FLAG_FIELDS:
        return "coalesce({0}.{2}, 0) IS DISTINCT FROM coalesce({1}.{2}, 0)".format(old, new, q(field))
    return "{0}.{2} IS DISTINCT FROM {1}.{2}".format(old, new, q(field))


def trigger_sql(schema_name):
    """Before an update: the row version (a claimed version must follow the stored one; an update that does not
    manage it gets the next one) and the pending mark. After: the audit log, with the reviewer and the database
    user. SECURITY DEFINER: a reviewer writes the audit log only through this trigger."""
    s = q(schema_name)
    changed = " OR ".join(_changed(f) for f in DECISION_FIELDS)
    audit = "\n".join(
        "  IF {changed} THEN INSERT INTO {s}.audit_log (portal_id, field, old_value, new_value, \"user\", changed_at, "  # nosec B608 - schema field names only
        "db_user) VALUES (NEW.portal_id, '{f}', OLD.{qf}::text, NEW.{qf}::text, coalesce(NEW.reviewer, ''), "
        "now(), session_user); END IF;".format(changed=_changed(f), s=s, f=f, qf=q(f)) for f in AUDITED_FIELDS)
    return [
        """CREATE OR REPLACE FUNCTION {s}.stadtdialog_before_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF ({changed}) THEN
    IF NEW.row_version < 0 THEN
      -- a client that read version v claims v + 1 (written as -(v + 1)): stale if someone saved in between
      IF -NEW.row_version <> coalesce(OLD.row_version, 0) + 1 THEN
        RAISE EXCEPTION '{stale}: % was changed by % at % since it was read', OLD.portal_id,
          coalesce(nullif(OLD.reviewer, ''), '?'), coalesce(OLD.reviewed_at::text, '?') USING ERRCODE = '40001';
      END IF;
      NEW.row_version := -NEW.row_version;
    ELSIF NEW.row_version < coalesce(OLD.row_version, 0) THEN
      RAISE EXCEPTION '{stale}: % was changed by % at % since it was read', OLD.portal_id,
        coalesce(nullif(OLD.reviewer, ''), '?'), coalesce(OLD.reviewed_at::text, '?') USING ERRCODE = '40001';
    ELSIF NEW.row_version IS NOT DISTINCT FROM OLD.row_version THEN
      NEW.row_version := coalesce(OLD.row_version, 0) + 1;
    END IF;
    IF coalesce(NEW.sync_state, 'clean') = 'clean' THEN
      NEW.sync_state := 'modified';
    END IF;
  ELSIF NEW.row_version < 0 THEN
    NEW.row_version := OLD.row_version;  -- a claim without a decision (the machine's suggestions): no new version
  END IF;
  RETURN NEW;
END $$""".format(s=s, stale=STALE, changed=changed),
        """CREATE OR REPLACE FUNCTION {s}.stadtdialog_audit() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
{audit}
  RETURN NULL;
END $$""".format(s=s, audit=audit),
        "DROP TRIGGER IF EXISTS stadtdialog_before_update ON {s}.submissions".format(s=s),
        "CREATE TRIGGER stadtdialog_before_update BEFORE UPDATE ON {s}.submissions FOR EACH ROW "
        "EXECUTE FUNCTION {s}.stadtdialog_before_update()".format(s=s),
        "DROP TRIGGER IF EXISTS stadtdialog_audit ON {s}.submissions".format(s=s),
        "CREATE TRIGGER stadtdialog_audit AFTER UPDATE ON {s}.submissions FOR EACH ROW "
        "EXECUTE FUNCTION {s}.stadtdialog_audit()".format(s=s),
    ]


def role_names(schema_name):
    return {role: "{}_{}".format(schema_name, role) for role in ROLES}


def roles_sql(schema_name):
    """Three group roles per store, least privilege: reviewers decide, coordinators pull, push and export, the
    owner changes the schema. City IT grants them to people's logins (GRANT stadtdialog_reviewer TO anna)."""
    s = q(schema_name)
    names = {k: q(v) for k, v in role_names(schema_name).items()}
    reviewer_columns = ", ".join(q(c) for c in REVIEWER_COLUMNS)
    out = []
    for role, name in names.items():
        out.append("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{}') THEN "  # nosec B608 - a checked schema name
                   "CREATE ROLE {} NOLOGIN; END IF; END $$".format(role_names(schema_name)[role], name))
    out += [
        # the owner owns the schema and everything in it (and so may migrate it)
        "GRANT {} TO {}".format(names["coordinator"], names["owner"]),
        "GRANT {} TO {}".format(names["reviewer"], names["coordinator"]),
        "GRANT USAGE ON SCHEMA {} TO {}".format(s, names["reviewer"]),
        "GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}".format(s, names["reviewer"]),
        "GRANT UPDATE ({}) ON {}.submissions TO {}".format(reviewer_columns, s, names["reviewer"]),
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}".format(s, names["coordinator"]),
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}".format(s, names["coordinator"]),
        "GRANT CREATE, USAGE ON SCHEMA {} TO {}".format(s, names["owner"]),
    ]
    return out


def styles_sql():
    """QGIS's own table for styles saved in the database (the form travels with them), readable by everyone who
    opens the layers; written by whoever saves a style (the coordinator, when a store is made or styled)."""
    return ["""CREATE TABLE IF NOT EXISTS public.layer_styles (
  id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, f_table_name varchar,
  f_geometry_column varchar, stylename text, styleqml xml, stylesld xml, useasdefault boolean,
  description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml,
  update_time timestamp without time zone DEFAULT CURRENT_TIMESTAMP, type varchar)"""]


def grant_styles_sql(schema_name):
    names = {k: q(v) for k, v in role_names(schema_name).items()}
    return ["GRANT SELECT ON public.layer_styles TO {}".format(names["reviewer"]),
            "GRANT SELECT, INSERT, UPDATE, DELETE ON public.layer_styles TO {}".format(names["coordinator"]),
            "GRANT USAGE ON SEQUENCE public.layer_styles_id_seq TO {}".format(names["coordinator"])]
