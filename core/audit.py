"""The audit trail and the pending-push mark, as SQLite triggers inside the GeoPackage.

Triggers see every change, whichever way it was made: the attribute form, the review
panel, the attribute table, an algorithm, or another program altogether. For the reviewers'
free text, NULL and '' are the same "nothing": a form that shows an empty note as empty
(and so saves '') changes nothing.
"""
from .schema import DECISION_FIELDS, TEXT_DECISIONS

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _changed(field):
    if field in TEXT_DECISIONS:
        return "coalesce(OLD.\"{0}\", '') IS NOT coalesce(NEW.\"{0}\", '')".format(field)
    return 'OLD."{0}" IS NOT NEW."{0}"'.format(field)


def trigger_names():
    return ["stadtdialog_audit_" + f for f in DECISION_FIELDS] + ["stadtdialog_pending"]


def trigger_sql():
    statements = []
    for field in DECISION_FIELDS:
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
    return statements


def install(execute):
    for statement in trigger_sql():
        execute(statement)


def reinstall(execute):
    """Replace the triggers of an older schema by the current ones."""
    for name in trigger_names():
        execute('DROP TRIGGER IF EXISTS "{}"'.format(name))
    install(execute)
