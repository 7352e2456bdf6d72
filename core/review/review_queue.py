"""The reviewers' queue: which submission comes next, and how far the review has got."""
import itertools

from qgis.core import QgsExpression, QgsFeatureRequest

from .. import list_field
from .queue_rows import queue_rows

UNREVIEWED = ("new", "in_review")


def _quote(value):
    return "'{}'".format(str(value).replace("'", "''"))


class ReviewQueue:
    """Submissions of one layer in a stable order (oldest first), filtered like the panel says."""

    def __init__(self, layer):
        self.layer = layer
        self.status = None
        self.category = None
        self.suggested = None
        self.expression = None
        self.district = None  # a QgsGeometry in the layer's CRS
        self.unplaced = False  # only the submissions without a place
        self.order = []
        self._position = {}
        self.refresh()

    def filter_expression(self):
        parts = ["\"portal_state\" IS NULL OR \"portal_state\" <> 'withdrawn'"]
        if self.status:
            parts.append("\"review_status\" = {}".format(_quote(self.status)))
        if self.category:
            parts.append("\"category\" = {}".format(_quote(self.category)))
        if self.suggested:
            parts.append("array_contains({}, {})".format(list_field.expression("suggested_action_areas"),
                                                         _quote(self.suggested)))
        if self.expression:
            parts.append(self.expression)
        if self.unplaced:
            parts.append("$geometry IS NULL")
        return " AND ".join("({})".format(p) for p in parts)

    def set_filters(self, status=None, category=None, suggested=None, expression=None, district=None,
                    unplaced=False):
        if expression and QgsExpression(expression).hasParserError():
            raise ValueError(QgsExpression(expression).parserErrorString())
        self.status, self.category, self.suggested, self.expression = status, category, suggested, expression
        self.district, self.unplaced = district, unplaced
        self.refresh()

    def refresh(self):
        """Which submissions the filters keep (asked of QGIS: edits, subset and expressions count), in
        order of their creation time, oldest first."""
        request = QgsFeatureRequest().setFilterExpression(self.filter_expression())
        if self.district is None:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            request.setSubsetOfAttributes([])
            kept = {f.id() for f in self.layer.getFeatures(request)}
        else:
            request.setFilterRect(self.district.boundingBox())
            request.setSubsetOfAttributes([])
            inside = self.district.intersects
            kept = {f.id() for f in self.layer.getFeatures(request) if f.hasGeometry() and inside(f.geometry())}
        rows = [r for r in queue_rows(self.layer) if r[1] in kept]
        rows.sort()
        self.order = [r[1] for r in rows]
        self._position = {fid: i for i, fid in enumerate(self.order)}
        self._status = {r[1]: r[2] for r in rows}

    def note_status(self, fid, status):
        self._status[fid] = status

    def next_unreviewed(self, after=None):
        position = self._position.get(after)
        start = 0 if position is None else position + 1
        for fid in itertools.chain(itertools.islice(self.order, start, None), itertools.islice(self.order, start)):
            if fid != after and self._status.get(fid) in UNREVIEWED + (None,):
                return fid
        return None

    def step(self, fid, delta):
        if not self.order:
            return None
        position = self._position.get(fid)
        if position is None:
            return self.order[0]
        return self.order[max(0, min(len(self.order) - 1, position + delta))]

    def progress(self):
        """(reviewed, total) within the current filter."""
        reviewed = sum(1 for s in self._status.values() if s not in UNREVIEWED + (None,))
        return reviewed, len(self.order)
