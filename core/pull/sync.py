"""Pull: portal pages -> normalise -> one transaction in the store. All or nothing."""
import hashlib
from dataclasses import asdict, dataclass, field, replace

from ..errors import CancelledError, StadtdialogError, StylesNotSavedError
from ..feedback import Feedback
from ..i18n import counted, english, tr
from ..sources import open_source
from ..sources.http import Http
from ..store import schema, stores
from ..store.gpkg_store import now_iso
from . import gcpause, place
from .normalise import SKIPPED, Normaliser, Rejected
from .profile import FINGERPRINT_PREFIX, load_profile


@dataclass
class PullResult:
    pulled: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    quarantined: int = 0
    skipped: int = 0      # records the portal does not publish (drafts), as the profile's state says
    fingerprinted: int = 0  # records whose id was made from their fields: the portal gave none
    without_place: int = 0  # new or updated submissions that give no place (reviewed all the same)
    placed_by_address: int = 0  # … and those placed by the address they give, in the planner's address layer
    output: str = ""
    warnings: list = field(default_factory=list)

    def as_dict(self):
        return asdict(self)

    def summary(self):
        if self.without_place:
            return tr("{new} new, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn, "
                      "{quarantined} quarantined; {without_place} of the new and updated without a place").format(
                **self.as_dict())
        return tr("{new} new, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn, "
                  "{quarantined} quarantined").format(**self.as_dict())

    def short_summary(self):
        """Only what happened ('20 new, 130 unchanged'): it fits the message bar's one line."""
        parts = ((self.new, tr("{n} new")), (self.updated, tr("{n} updated")), (self.unchanged, tr("{n} unchanged")),
                 (self.withdrawn, tr("{n} withdrawn")), (self.quarantined, tr("{n} quarantined")),
                 (self.without_place, tr("{n} without a place")))
        return ", ".join(text.format(n=n) for n, text in parts if n) or tr("the source lists no submissions")


def pull(source, profile, output, authcfg=None, kind="auto", bbox=None, datetime=None, keep_personal=False,
         crs=schema.DEFAULT_CRS, feedback=None, http=None, title=None, store_authcfg=None, addresses=None,
         districts=None, sheet=None):
    """Pull `source` into the store `output` (a GeoPackage path or a PostgreSQL store name, see stores; its
    credentials from `store_authcfg`). Raises StadtdialogError; on any error or cancel the store is exactly as it
    was. `authcfg`: the portal's credentials. `title`: the participation's name, for reports (kept when None).
    `addresses`, `districts`: the planner's address and district layers (or paths), to place a contribution that
    gives no point by the address it names, and to name its district as the layer does (see place). `sheet`: the
    spreadsheet's sheet to read, over the profile's."""
    feedback = feedback or Feedback()
    profile = profile if hasattr(profile, "id_field") else load_profile(profile)
    if sheet:
        profile = replace(profile, file=dict(profile.file, sheet=sheet))
    if http is None:
        with Http(authcfg=authcfg, feedback=feedback) as own:
            return pull(source, profile, output, kind=kind, bbox=bbox, datetime=datetime,
                        keep_personal=keep_personal, crs=crs, feedback=feedback, http=own, title=title,
                        store_authcfg=store_authcfg, addresses=addresses, districts=districts)
    portal = open_source(source, profile, http, kind=kind, bbox=bbox, datetime=datetime)
    created = not stores.exists(output, store_authcfg)
    store = stores.open_or_create(output, crs, store_authcfg)
    try:
        with gcpause.paused():
            result = _pull_into(store, portal, profile, source, keep_personal, feedback, title,
                                (addresses, districts))
        if created:
            from ..review.styles import install_styles
            from ..store.catalogue import load_catalogue

            store.write_catalogue(load_catalogue())
            try:
                install_styles(store)
            except StylesNotSavedError as exc:  # the submissions are stored; only colleagues without the plugin miss
                result.warnings.append(str(exc))  # the styles
    except BaseException:
        if created:  # a failed first pull leaves no half-made file (or schema) behind
            stores.remove_new(output, store_authcfg)
        raise
    return result


def _pull_into(store, portal, profile, source, keep_personal, feedback, title=None, places=(None, None)):
    label = portal.describe()
    addresses, districts = places
    normaliser = Normaliser(profile, label, store.crs_authid(), keep_personal=keep_personal,
                            addresses=place.Addresses(addresses, store.crs_authid()) if addresses else None,
                            districts=place.Districts(districts) if districts else None)
    result = PullResult(output=store.name)
    with store.transaction(bulk=True) as writer:
        existing = writer.existing()
        quarantined_before = _quarantine_keys(writer)
        seen = set()
        for page in portal.pages():
            _check(feedback)
            todo = []  # (feature, portal_id, fingerprint) to build: new or changed
            for feature in page.features:
                result.pulled += 1
                identity = normaliser.identify(feature, page.lossy)
                if identity is SKIPPED:
                    result.skipped += 1
                    continue
                if identity.__class__ is Rejected:
                    _quarantine(writer, quarantined_before, label, identity.raw, identity.reason)
                    result.quarantined += 1
                    continue
                portal_id, fingerprint = identity
                if profile.id_fingerprint and portal_id.startswith(FINGERPRINT_PREFIX):
                    result.fingerprinted += 1
                if portal_id in seen:
                    _quarantine(writer, quarantined_before, label, normaliser.raw(feature),
                                tr("duplicate id '{id}' within this pull; the first one was kept").format(
                                    id=portal_id))
                    result.quarantined += 1
                    continue
                seen.add(portal_id)
                known = existing.get(portal_id)
                if known is not None and known[1] == fingerprint and known[2] == normaliser.state_of(feature):
                    result.unchanged += 1  # nothing to normalise, nothing to write
                    continue
                todo.append((feature, portal_id, fingerprint))
            # Built a page at a time: its points go through PROJ in one call.
            for row in normaliser.build_many(todo, page.crs):
                if row.__class__ is Rejected:
                    # The stored version (if any) stays as it is; the reason is in quarantine.
                    _quarantine(writer, quarantined_before, label, row.raw, row.reason)
                    result.quarantined += 1
                    continue
                known = existing.get(row.portal_id)
                if row.x is None:
                    result.without_place += 1
                elif row.record.get("placed_by") == "address":
                    result.placed_by_address += 1
                if known is None:
                    writer.insert(row.record, row.x, row.y)
                    result.new += 1
                else:
                    # The answers' baseline is set when first seen and after our pushes: a colleague's
                    # answer arriving with other changes must still show as a conflict at the next push.
                    row.record.pop("portal_answer_hash", None)
                    writer.update(known[0], row.record, row.x, row.y)
                    result.updated += 1
            feedback.pushInfo(tr("Page {n}: {count} records read").format(n=page.number, count=len(page.features)))
            page.features = []  # free the parsed page now, not when the next one arrives
            if page.total:
                feedback.setProgress(min(99.0, 100.0 * page.number / page.total))
        _check(feedback)
        result.warnings += getattr(portal, "notes", [])
        result.warnings += _profile_notes(profile, result)
        wrong_crs = normaliser.locator.mostly_outside()
        if wrong_crs:
            raise StadtdialogError(wrong_crs)
        result.withdrawn = _withdraw(writer, existing, seen, portal.complete, result)
        writer.set_meta("last_pull", now_iso())
        if title:
            writer.set_meta("participation", title)
        writer.set_meta("source", str(source))
        writer.set_meta("source_kind", portal.kind)
        writer.set_meta("profile", str(profile.path or profile.name))
        _check(feedback)
    feedback.setProgress(100.0)
    return result


def _profile_notes(profile, result):
    notes = []
    if result.fingerprinted:
        notes.append(tr("The portal gives its records no id; Stadtdialog made one from {fields}. A record whose "
                        "{fields} is changed on the portal comes in as a new one and the old one as withdrawn.")
                     .format(fields=", ".join(profile.id_fingerprint)))
    if result.skipped:
        notes.append(counted(result.skipped, tr("1 record was not imported because the portal does not publish it "
                                                "({field}: draft)."),
                             tr("{n} records were not imported because the portal does not publish them ({field}: "
                                "draft)."), field=profile.state_path))
    return notes


def _withdraw(writer, existing, seen, complete, result):
    if not complete:
        return 0
    active = [fid for pid, (fid, _, state) in existing.items() if pid not in seen and state != "withdrawn"]
    if active and not seen:
        # An empty answer from a portal that had submissions is more likely a fault than a withdrawal.
        result.warnings.append(tr("The portal listed no submissions at all; {n} stored submissions were kept "
                                  "as they are instead of being marked withdrawn.").format(n=len(active)))
        return 0
    writer.set_state(active, "withdrawn")
    return len(active)


def _quarantine_keys(writer):
    rows = writer.con.execute("SELECT source, raw, reason, fid FROM quarantine")
    return {_qkey(r[0], r[1], r[2]): r[3] for r in rows}


def _qkey(source, raw, reason):
    text = "\x1f".join((source or "", raw or "", reason or ""))
    return hashlib.sha1(text.encode("utf-8", "replace"), usedforsecurity=False).digest()


def _quarantine(writer, known, source, raw, reason):
    """A record rejected again on a re-pull updates its seen_at instead of piling up."""
    key = _qkey(source, raw, english(reason))  # stored in English: the same key whatever the language
    if key in known:
        writer.con.execute("UPDATE quarantine SET seen_at = ? WHERE fid = ?", (now_iso(), known[key]))
        return
    known[key] = writer.quarantine(source, raw, reason, now_iso())


def _check(feedback):
    if feedback.isCanceled():
        raise CancelledError(tr("The pull was cancelled; the GeoPackage was left as it was."))


__all__ = ["PullResult", "StadtdialogError", "pull"]
