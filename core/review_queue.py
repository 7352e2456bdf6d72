"""The reviewers' queue: which submission comes next, and how far the review has got."""
from qgis.core import QgsExpression, QgsFeatureRequest

from . import schema

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
        self.order = []
        self.refresh()

    def filter_expression(self):
        parts = ["\"portal_state\" IS NULL OR \"portal_state\" <> 'withdrawn'"]
        if self.status:
            parts.append("\"review_status\" = {}".format(_quote(self.status)))
        if self.category:
            parts.append("\"category\" = {}".format(_quote(self.category)))
        if self.suggested:
            parts.append("array_contains({}, {})".format(schema.json_list_expression("suggested_action_areas"),
                                                         _quote(self.suggested)))
        if self.expression:
            parts.append(self.expression)
        return " AND ".join("({})".format(p) for p in parts)

    def set_filters(self, status=None, category=None, suggested=None, expression=None, district=None):
        if expression and QgsExpression(expression).hasParserError():
            raise ValueError(QgsExpression(expression).parserErrorString())
        self.status, self.category, self.suggested, self.expression = status, category, suggested, expression
        self.district = district
        self.refresh()

    def refresh(self):
        request = QgsFeatureRequest().setFilterExpression(self.filter_expression())
        request.setSubsetOfAttributes(["created_at", "review_status"], self.layer.fields())
        if self.district is None:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        else:
            request.setFilterRect(self.district.boundingBox())
        inside = self.district.intersects if self.district is not None else None
        rows = [(f["created_at"] or "", f.id(), f["review_status"]) for f in self.layer.getFeatures(request)
                if inside is None or (f.hasGeometry() and inside(f.geometry()))]
        rows.sort(key=lambda r: (str(r[0]), r[1]))
        self.order = [r[1] for r in rows]
        self._status = {r[1]: r[2] for r in rows}

    def note_status(self, fid, status):
        self._status[fid] = status

    def next_unreviewed(self, after=None):
        start = self.order.index(after) + 1 if after in self.order else 0
        for fid in self.order[start:] + self.order[:start]:
            if fid != after and self._status.get(fid) in UNREVIEWED + (None,):
                return fid
        return None

    def step(self, fid, delta):
        if not self.order:
            return None
        if fid not in self.order:
            return self.order[0]
        return self.order[max(0, min(len(self.order) - 1, self.order.index(fid) + delta))]

    def progress(self):
        """(reviewed, total) within the current filter."""
        reviewed = sum(1 for s in self._status.values() if s not in UNREVIEWED + (None,))
        return reviewed, len(self.order)
