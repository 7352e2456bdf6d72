"""What both stores' writers do alike for a pull: changed portal rows queued in batches of the same columns,
reviewer-owned fields refused, and the portal's state set for many submissions at once."""
from ..errors import StoreError
from . import schema


class PullQueue:
    """Mixed into a store's Writer, which has `con`, `BATCH`, `_updates` and `flush()`."""

    def update(self, fid, record, x, y):
        unknown = set(record) - set(schema.PORTAL_FIELDS)
        if unknown:  # a pull must never write reviewer-owned fields
            raise StoreError("refusing to update non-portal fields: {}".format(sorted(unknown)))
        cols = tuple(record)
        self._updates.setdefault(cols, []).append((fid, [record[c] for c in cols], x, y))
        if len(self._updates[cols]) >= self.BATCH:
            self.flush()

    def set_state(self, fids, state):
        self.flush()
        self.con.executemany("UPDATE submissions SET portal_state = ? WHERE fid = ?", [(state, fid) for fid in fids])
