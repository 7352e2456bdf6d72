"""Conflicts after a push: what the portal has now next to what we have, and a person's choice per row.

Choices: "overwrite" (keep our decision and write it over the portal's change at the next push; the
citizen's own fields are taken from the portal), "portal" (take the portal's state, our decision for that
submission is replaced by what the portal has), "skip" (leave it as a conflict).
"""
from dataclasses import dataclass, field

from .. import list_field
from ..errors import StadtdialogError
from ..i18n import tr
from ..pull.normalise import Normaliser, Rejected
from ..pull.profile import load_profile
from ..sources.http import Http
from ..store.schema import DECISION_FIELDS, PORTAL_FIELDS, TEXT_DECISIONS
from ..store.stores import as_store

CHOICES = ("skip", "overwrite", "portal")
SHOWN = ("title", "text", "category_raw", "language", "updated_at")


@dataclass
class Conflict:
    portal_id: str
    fid: int
    gone: bool
    differences: list = field(default_factory=list)  # [(field, portal value, local value)]
    record: dict = None       # the portal's current state as a submission row (portal fields)
    point: tuple = None
    portal_decision: dict = field(default_factory=dict)  # our decision fields as the portal has them


def conflicts(gpkg, target=None, authcfg=None, http=None, store_authcfg=None):
    """Read the portal's current state of every conflict; returns [Conflict]."""
    store = as_store(gpkg, store_authcfg)
    rows = store.rows("submissions", where="sync_state = 'conflict'")
    if not rows:
        return []
    profile = load_profile(store.meta("profile") or "generic")
    target = target or store.meta("source")
    if http is None:
        with Http(authcfg=authcfg) as own:
            return conflicts(store, target, http=own)
    from .push import writer_for

    writer = writer_for(store.meta("source_kind"), target, profile, http)
    current = writer.current(rows)
    normaliser = Normaliser(profile, target, store.crs_authid())
    found = []
    for row in rows:
        feature = current.get(row.get("portal_feature_id") or row["portal_id"])
        if feature is None:
            found.append(Conflict(row["portal_id"], row["fid"], True,
                                  [(tr("submission"), tr("no longer on the portal"), row["title"] or "")]))
            continue
        built = normaliser.build(feature, writer.crs, row["portal_id"],
                                 normaliser.fingerprint(feature.get("properties") or {}, feature.get("geometry")))
        if isinstance(built, Rejected):
            found.append(Conflict(row["portal_id"], row["fid"], True, [(tr("submission"), built.reason, "")]))
            continue
        record = {k: v for k, v in built.record.items() if k in PORTAL_FIELDS and k not in ("personal", "source")}
        props = feature.get("properties") or {}
        decision = _portal_decision(props, profile.writeback)
        differences = [(name, record.get(name), row.get(name)) for name in SHOWN
                       if _norm(name, record.get(name)) != _norm(name, row.get(name))]
        differences += [(name, decision.get(name), row.get(name)) for name in decision
                        if _norm(name, decision.get(name)) != _norm(name, row.get(name))]
        if not differences:  # changed on the portal, but in nothing Stadtdialog shows or writes
            differences = [(tr("submission"), tr("changed on the portal in other fields"), "")]
        found.append(Conflict(row["portal_id"], row["fid"], False, differences, record, (built.x, built.y), decision))
    return found


def resolve(gpkg, found, choices, store_authcfg=None):
    """Apply {portal_id: choice}; returns how many were resolved. A conflict that is gone can only be skipped."""
    store = as_store(gpkg, store_authcfg)
    done = 0
    with store.transaction() as w:
        for conflict in found:
            choice = choices.get(conflict.portal_id, "skip")
            if choice not in CHOICES:
                raise StadtdialogError(tr("Unknown choice '{choice}'.").format(choice=choice))
            if choice == "skip" or conflict.gone:
                continue
            still = w.con.execute("SELECT sync_state FROM submissions WHERE fid = ?", (conflict.fid,)).fetchone()
            if not still or still[0] != "conflict":
                continue  # resolved meanwhile by someone else
            w.update(conflict.fid, conflict.record, *conflict.point)
            w.flush()
            if choice == "overwrite":
                w.con.execute("UPDATE submissions SET sync_state = 'modified' WHERE fid = ?", (conflict.fid,))
            else:
                values = {k: v for k, v in conflict.portal_decision.items() if k in DECISION_FIELDS}
                if values:  # audited like any decision; the audit trigger marks it pending ...
                    w.con.execute("UPDATE submissions SET {} WHERE fid = ?".format(", ".join(  # nosec B608 - decision field names only
                        '"{}" = ?'.format(k) for k in values)), list(values.values()) + [conflict.fid])
                # ... but it is what the portal has: nothing to write back.
                w.con.execute("UPDATE submissions SET sync_state = 'clean' WHERE fid = ?", (conflict.fid,))
            done += 1
    return done


def _portal_decision(props, writeback):
    decision = {}
    for ours, theirs in writeback.items():
        if theirs not in props or ours not in DECISION_FIELDS:
            continue
        value = props[theirs]
        if value == "":
            value = None
        if ours in list_field.FIELDS and value is not None:
            value = list_field.to_text(value)
        if ours == "priority" and value is not None:
            try:
                value = int(value)
            except (TypeError, ValueError):
                value = None
        decision[ours] = value
    return decision


def _norm(name, value):
    """The value as compared: action areas as their codes, a reviewer's free text with nothing ('' and NULL) the
    same, so a conflict never lists a row that shows "–" on both sides."""
    if name in list_field.FIELDS:
        return list_field.codes(value)
    if name in TEXT_DECISIONS:
        return (value or "").strip() if value is None or isinstance(value, str) else value
    return value
