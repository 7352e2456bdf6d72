"""The audit trail and the pending-push mark, as SQLite triggers inside the GeoPackage.

Triggers see every change, whichever way it was made: the attribute form, the review
panel, the attribute table, an algorithm, or another program altogether.
"""
from .schema import DECISION_FIELDS

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def trigger_sql():
    statements = []
    for field in DECISION_FIELDS:
        statements.append(
            'CREATE TRIGGER IF NOT EXISTS stadtdialog_audit_{f} AFTER UPDATE OF "{f}" ON submissions '  # nosec B608 - schema field names only
            'WHEN OLD."{f}" IS NOT NEW."{f}" BEGIN '
            'INSERT INTO audit_log(portal_id, field, old_value, new_value, "user", changed_at) '
            "VALUES (NEW.portal_id, '{f}', OLD.\"{f}\", NEW.\"{f}\", coalesce(NEW.reviewer, ''), {now}); "
            "END".format(f=field, now=NOW))
    changed = " OR ".join('OLD."{0}" IS NOT NEW."{0}"'.format(f) for f in DECISION_FIELDS)
    statements.append(
        "CREATE TRIGGER IF NOT EXISTS stadtdialog_pending AFTER UPDATE ON submissions "  # nosec B608 - schema field names only
        "WHEN ({}) AND coalesce(NEW.sync_state, 'clean') = 'clean' BEGIN "
        "UPDATE submissions SET sync_state = 'modified' WHERE fid = NEW.fid; END".format(changed))
    return statements


def install(execute):
    for statement in trigger_sql():
        execute(statement)
