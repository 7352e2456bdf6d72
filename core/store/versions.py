"""No lost update between reviewers: every submission carries a row version, and a save of decisions claims the
version after the one it read (-(v + 1), see audit.version_sql and pg_schema). A store refuses a claim made on an
old version — a colleague saved in between. This module finds such saves before they are sent, says whose
decision they would overwrite, and settles them the way the reviewer chooses: take the colleague's decision, or
put one's own over it (a choice, audited like every decision)."""
from dataclasses import dataclass, field

from .. import list_field
from . import schema
from .claims import based_on as based_on_noted
from .claims import claim, read_version

CHOICES = ("theirs", "ours")


@dataclass
class Stale:
    fid: int
    portal_id: str
    read: int                 # the version the reviewer's edit was based on
    current: dict             # the submission as the store has it now (decisions, reviewer, reviewed_at, row_version)
    ours: dict = field(default_factory=dict)  # the reviewer's changed decision fields

    @property
    def version(self):
        return self.current.get("row_version") or 0


def stale_edits(layer, store=None):
    """The submissions whose unsaved edits (the layer's edit buffer) change decisions of a version that is no
    longer the stored one; [] when there are none (or the layer is not a Stadtdialog store)."""
    from .stores import store_of_layer

    buffer = layer.editBuffer() if layer.isEditable() else None
    if buffer is None:
        return []
    fields = layer.fields()
    version_index = fields.indexOf("row_version")
    decisions = {fields.indexOf(name): name for name in schema.DECISION_FIELDS if fields.indexOf(name) >= 0}
    edits = {}
    buffered = buffer.changedAttributeValues()  # a copy of the whole buffer: read once
    for fid, values in buffered.items():
        changed = {decisions[i]: v for i, v in values.items() if i in decisions}
        if changed and fid >= 0:
            edits[fid] = changed
    if not edits or version_index < 0:
        return []
    store = store or store_of_layer(layer)
    if store is None:
        return []
    claims = {}
    for fid, ours in edits.items():
        values = buffered[fid]
        if version_index in values:
            based_on = read_version(values[version_index])
        else:  # not stamped yet: what the first change was based on (edit_stamp), else the version read now
            based_on = based_on_noted(layer, fid)
            if based_on is None:
                based_on = read_version(layer.getFeature(fid)["row_version"])
        claims[fid] = (based_on, ours)
    return stale_claims(store, claims)


def stale_claims(store, claims):
    """The Stale ones of {fid: (version the decision was based on, the decision fields)}: a colleague saved
    since, as the store says now."""
    columns = "fid, portal_id, row_version, reviewer, reviewed_at, " + ", ".join(schema.DECISION_FIELDS)
    fids = list(claims)
    current = {}
    for start in range(0, len(fids), 500):  # SQLite takes only so many values in one statement
        chunk = fids[start:start + 500]
        current.update((r["fid"], r) for r in store.rows(
            schema.SUBMISSIONS, columns, "fid IN ({})".format(", ".join("?" for _ in chunk)), tuple(chunk)))
    return [Stale(fid, current[fid]["portal_id"], based_on, current[fid], ours)
            for fid, (based_on, ours) in claims.items()
            if fid in current and based_on != (current[fid]["row_version"] or 0)]


def settle(layer, stale, choices):
    """Apply {fid: 'theirs' | 'ours'} to the layer's edit buffer: 'theirs' puts the stored decision back into the
    edit (nothing of ours is written for it), 'ours' bases the edit on the stored version (ours is written over
    theirs, and the audit log says so)."""
    fields = layer.fields()
    for item in stale:
        choice = choices.get(item.fid)
        if choice == "theirs":
            for name in schema.DECISION_FIELDS + ("reviewer", "reviewed_at"):
                index = fields.indexOf(name)
                if index >= 0:
                    value = item.current.get(name)
                    if name in list_field.FIELDS:
                        value = list_field.for_feature(value, layer)
                    layer.changeAttributeValue(item.fid, index, value, None, True)
            layer.changeAttributeValue(item.fid, fields.indexOf("row_version"), item.version, None, True)
        elif choice == "ours":
            layer.changeAttributeValue(item.fid, fields.indexOf("row_version"), claim(item.version), None, True)
