"""The audit trail and the pending-push mark, as SQLite triggers inside the GeoPackage.

Triggers see every change, whichever way it was made: the attribute form, the review
panel, the attribute table, an algorithm, or another program altogether. For the reviewers'
free text, NULL and '' are the same "nothing": a form that shows an empty note as empty
(and so saves '') changes nothing.
"""
from .schema import AUDITED_FIELDS, DECISION_FIELDS, FLAG_FIELDS, TEXT_DECISIONS

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _changed(field):
    if field in TEXT_DECISIONS:
        return "coalesce(OLD.\"{0}\", '') IS NOT coalesce(NEW.\"{0}\", '')".format(field)
    if field in FLAG_FIELDS:
        return "coalesce(OLD.\"{0}\", 0) IS NOT coalesce(NEW.\"{0}\", 0)".format(field)
    return 'OLD."{0}" IS NOT NEW."{0}"'.format(field)


STALE = "stadtdialog-stale: the submission was changed by someone else since it was read"


def trigger_names():
    return ["stadtdialog_audit_" + f for f in AUDITED_FIELDS] + ["stadtdialog_pending", "stadtdialog_version_check",
                                                                  "stadtdialog_version_settle",
                                                                  "stadtdialog_version_bump"]


def trigger_sql(version=None):
    """The triggers of schema `version` (the current one when None)."""
    from .schema import SCHEMA_VERSION

    version = SCHEMA_VERSION if version is None else version
    statements = []
    for field in DECISION_FIELDS + (("privacy",) if version >= 9 else ()) + (("quote",) if version >= 10 else ()):
        statements.append(
            'CREATE TRIGGER IF NOT EXISTS stadtdialog_audit_{f} AFTER UPDATE OF "{f}" ON submissions '  # nosec B608 - schema field names only
            'WHEN {changed} BEGIN '
            'INSERT INTO audit_log(portal_id, field, old_value, new_value, "user", changed_at) '
            "VALUES (NEW.portal_id, '{f}', OLD.\"{f}\", NEW.\"{f}\", coalesce(NEW.reviewer, ''), {now}); "
            "END".format(f=field, changed=_changed(field), now=NOW))
    changed = " OR ".join(_changed(f) for f in DECISION_FIELDS)
    statements.append(
        "CREATE TRIGGER IF NOT EXISTS stadtdialog_pending AFTER UPDATE ON submissions "  # nosec B608 - schema field names only
        "WHEN ({}) AND coalesce(NEW.sync_state, 'clean') = 'clean' BEGIN "
        "UPDATE submissions SET sync_state = 'modified' WHERE fid = NEW.fid; END".format(changed))
    if version >= 8:
        statements += version_sql(changed)
    return statements


def version_sql(changed):
    """The row version, kept when the decisions change. A client that read version v claims v + 1, written as
    -(v + 1): refused when the stored version is no longer v (a colleague saved in between), else settled to
    v + 1. A writer that rewrites the row from an older copy is refused too. An update that does not manage the
    version at all (another program) gets the next one. A claim on an update that changes no decision (the
    machine's suggestions) changes nothing of the version."""
    return [
        "CREATE TRIGGER IF NOT EXISTS stadtdialog_version_check BEFORE UPDATE OF row_version ON submissions "  # nosec B608 - schema field names only
        "WHEN ({}) AND ((NEW.row_version < 0 AND -NEW.row_version IS NOT coalesce(OLD.row_version, 0) + 1) OR "
        "(NEW.row_version >= 0 AND coalesce(OLD.row_version, 0) >= 0 AND "
        "NEW.row_version < coalesce(OLD.row_version, 0))) "
        "BEGIN SELECT RAISE(ABORT, '{}'); END".format(changed, STALE),
        "CREATE TRIGGER IF NOT EXISTS stadtdialog_version_settle AFTER UPDATE ON submissions "  # nosec B608 - schema field names only
        "WHEN NEW.row_version < 0 BEGIN "
        "UPDATE submissions SET row_version = CASE WHEN ({}) THEN -NEW.row_version "
        "ELSE coalesce(OLD.row_version, 0) END WHERE fid = NEW.fid; END".format(changed),
        "CREATE TRIGGER IF NOT EXISTS stadtdialog_version_bump AFTER UPDATE ON submissions "  # nosec B608 - schema field names only
        "WHEN ({}) AND NEW.row_version IS OLD.row_version BEGIN "
        "UPDATE submissions SET row_version = coalesce(OLD.row_version, 0) + 1 WHERE fid = NEW.fid; END".format(
            changed),
    ]


def install(execute, version=None):
    for statement in trigger_sql(version):
        execute(statement)


def reinstall(execute, version=None):
    """Replace the triggers of an older schema by those of `version` (the current one when None)."""
    for name in trigger_names():
        execute('DROP TRIGGER IF EXISTS "{}"'.format(name))
    install(execute, version)
