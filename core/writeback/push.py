"""Push: reviewer decisions back to the portal, never over a change made there since the pull."""
from dataclasses import asdict, dataclass, field

from .. import list_field
from ..errors import CancelledError, PortalError, StadtdialogError
from ..feedback import Feedback
from ..i18n import counted, tr, ui_language
from ..pull.normalise import Normaliser
from ..pull.profile import load_profile
from ..review.personal_data import MASKED, mask
from ..sources.http import Http
from ..store.schema import DECISION_FIELDS
from ..store.stores import as_store


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: int = 0
    failed: int = 0
    skipped: int = 0
    writes: int = 0     # requests that wrote (transactions, PUTs, POSTs)
    reads: int = 0      # requests that read the portal's current state
    planned: list = field(default_factory=list)    # portal ids a dry run would write
    conflict_ids: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def as_dict(self):
        return asdict(self)

    def summary(self):
        return ", ".join((tr("{n} written back").format(n=self.pushed),
                          counted(self.conflicts, tr("1 conflict"), tr("{n} conflicts")),
                          tr("{n} failed").format(n=self.failed), tr("{n} skipped").format(n=self.skipped)))

    def short_summary(self):
        """Only what happened ('3 written back'), for one line of the message bar."""
        parts = ((self.pushed, tr("{n} written back")),
                 (self.conflicts, counted(self.conflicts, tr("1 conflict"), tr("{n} conflicts"))),
                 (self.failed, tr("{n} failed")), (self.skipped, tr("{n} skipped")))
        return ", ".join(text.format(n=n) for n, text in parts if n) or tr("nothing was pending")


def portal_values(row, writeback):
    """The reviewer fields under the portal's names (action areas as their JSON array text); personal data in a
    note masked, as in every other text that leaves the store."""
    language = ui_language()
    return {theirs: list_field.to_text(row.get(ours)) if ours in list_field.FIELDS and row.get(ours) is not None
            else mask(row.get(ours), language, row.get("privacy")) if ours in MASKED
            else row.get(ours) for ours, theirs in writeback.items()}


def push(gpkg, target=None, authcfg=None, dry_run=False, batch=None, feedback=None, http=None, store_authcfg=None):
    """Write the pending decisions of the store `gpkg` (a path, a store name or a store) back to the portal."""
    feedback = feedback or Feedback()
    store = as_store(gpkg, store_authcfg)
    profile = load_profile(store.meta("profile") or "generic")
    if not profile.writeback:
        raise StadtdialogError(tr("The profile '{name}' names no portal fields to write back to (its 'writeback' "
                                  "section is empty); export the layer instead.").format(name=profile.name))
    if http is None:
        with Http(authcfg=authcfg, feedback=feedback) as own:
            return push(store, target, dry_run=dry_run, batch=batch, feedback=feedback, http=own)
    target = target or store.meta("source")
    kind = store.meta("source_kind")
    writer = writer_for(kind, target, profile, http)
    normaliser = Normaliser(profile, target, store.crs_authid())
    result = PushResult(skipped=store.count("submissions", "sync_state = 'conflict'"))
    pending = store.rows("submissions", where="sync_state = 'modified'")
    batch = batch or writer.batch_size(len(pending))
    feedback.pushInfo(tr("{n} changed submissions to write back to {target}").format(n=len(pending), target=target))
    writer.prepare(pending)
    for start in range(0, len(pending), batch):
        if feedback.isCanceled():
            raise CancelledError(tr("The push was cancelled; what was written so far is marked, the rest is still "
                                    "pending and will be written next time."))
        rows = pending[start:start + batch]
        try:
            current = writer.current(rows)
        except PortalError as exc:
            result.failed += len(rows)
            result.errors.append(str(exc))
            continue
        ready, conflicts = [], []
        for row in rows:
            feature = current.get(row.get("portal_feature_id") or row["portal_id"])
            if feature is None:  # deleted on the portal: nothing to write to, and a person should know
                conflicts.append(row)
                result.errors.append(tr("{id} is no longer on the portal; its answer was not written and it is "
                                        "marked as a conflict.").format(id=row["portal_id"]))
            elif _changed(normaliser, feature, row, profile.writeback, writer.annotations):
                conflicts.append(row)  # changed on the portal since the pull: never overwritten
            else:
                ready.append((row, portal_values(row, profile.writeback)))
        if not dry_run:  # a dry run changes nothing, conflicts included
            _mark_conflicts(store, conflicts)
        result.conflicts += len(conflicts)
        result.conflict_ids += [r["portal_id"] for r in conflicts]
        if dry_run:
            result.planned += [row["portal_id"] for row, _ in ready]
            continue
        if not ready:
            continue
        try:
            written, errors = writer.write(ready, profile.writeback)
        except PortalError as exc:
            written, errors = set(), [str(exc)]
        result.failed += len(ready) - len(written)
        result.errors += errors
        result.pushed += _mark_clean(store, [(row, normaliser.answer_fingerprint(values)) for row, values in ready
                                             if row["fid"] in written])
        feedback.setProgress(100.0 * min(len(pending), start + batch) / max(len(pending), 1))
    result.writes, result.reads = writer.writes, writer.reads
    return result


def writer_for(kind, target, profile, http):
    """The writer for where the submissions came from, as the profile says to write there."""
    from .writers import OapifAnnotationWriter, OapifWriter, WfsWriter

    if kind == "wfs":
        return WfsWriter(target, http)
    if kind == "oapif" and profile.annotations_collection:
        ref = profile.id_field if profile.id_field != "$id" else "submission_id"
        return OapifAnnotationWriter(target, http, profile.annotations_collection, ref)
    if kind == "oapif":
        return OapifWriter(target, http)
    raise StadtdialogError(tr("{source} is a file; files cannot be written back. Use the export instead.")
                           .format(source=target))


def _mark_conflicts(store, rows):
    if not rows:
        return
    with store.transaction() as w:
        w.con.executemany("UPDATE submissions SET sync_state = 'conflict' WHERE fid = ?", [(r["fid"],) for r in rows])


def _changed(normaliser, feature, row, writeback, annotations):
    """The portal's feature differs from what we pulled, or someone else has answered there since (our own
    answer, arrived from a push whose reply was lost, is no change)."""
    props = feature.get("properties") or {}
    if normaliser.fingerprint(props, feature.get("geometry")) != row["portal_hash"]:
        return True
    baseline = row.get("portal_answer_hash")
    if not baseline or annotations:
        return False
    theirs = normaliser.answer_fingerprint(props)
    return theirs != baseline and theirs != normaliser.answer_fingerprint(portal_values(row, writeback))


def _mark_clean(store, rows):
    """The answers we wrote become the baseline against which a later answer by someone else shows as a
    conflict, for every row written (our own earlier write is never a conflict). Clean only where the
    decision is still what was written: one a reviewer changed during the push stays pending."""
    if not rows:
        return 0
    condition = " AND ".join('"{}" {} ?'.format(f, store.same) for f in DECISION_FIELDS)
    with store.transaction() as w:
        done = 0
        for r, answers in rows:
            w.con.execute("UPDATE submissions SET portal_answer_hash = ? WHERE fid = ?", (answers, r["fid"]))
            done += w.con.execute("UPDATE submissions SET sync_state = 'clean' WHERE fid = ? AND "  # nosec B608 - condition built from DECISION_FIELDS
                                  + condition, [r["fid"]] + [r[f] for f in DECISION_FIELDS]).rowcount
    return done
