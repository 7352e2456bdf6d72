"""Likely duplicates: submissions close together whose texts say nearly the same."""
import re
from dataclasses import dataclass

from qgis.core import QgsFeatureRequest, QgsRectangle, QgsSpatialIndex

from .. import list_field
from ..store.claims import current_user
from .classify import apply_changes

_WORD = re.compile(r"[^\W_]{3,}", re.UNICODE)
_ACTIVE = "(\"portal_state\" IS NULL OR \"portal_state\" <> 'withdrawn')"  # a withdrawn one is neither side of a pair
_NOT_DUPLICATE = "(\"review_status\" IS NULL OR \"review_status\" <> 'duplicate')"


@dataclass
class Pair:
    first: int   # fid
    second: int  # fid
    distance: float
    similarity: float


def words(text):
    return {w.casefold() for w in _WORD.findall(text or "")}


def similarity(a, b):
    """Share of words in common (Jaccard): 1.0 for the same words, 0.0 for none in common."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def find_pairs(layer, distance=50.0, min_similarity=0.5, include_reviewed=False):
    """Pairs within `distance` (layer units, metres in EPSG:25832) with texts at least this similar."""
    request = QgsFeatureRequest().setFilterExpression(_ACTIVE if include_reviewed else _ACTIVE + " AND " +
                                                      _NOT_DUPLICATE)
    features = {f.id(): f for f in layer.getFeatures(request) if f.hasGeometry()}
    index = QgsSpatialIndex()
    for f in features.values():
        index.addFeature(f)
    texts = {fid: _words_of(f) for fid, f in features.items()}
    pairs = []
    for fid, f in features.items():
        point = f.geometry().asPoint()
        for other in index.intersects(_around(point, distance)):
            if other <= fid:
                continue
            gap = point.distance(features[other].geometry().asPoint())
            score = similarity(texts[fid], texts[other])
            if gap <= distance and score >= min_similarity:
                pairs.append(Pair(fid, other, gap, score))
    pairs.sort(key=lambda p: (-p.similarity, p.distance))
    return pairs


def likely_original(layer, fid, distance=50.0, min_similarity=0.5):
    """The submission `fid` most likely repeats: within `distance` (layer units), its text at least this alike,
    neither withdrawn nor itself a duplicate, the most alike first, then the nearest, then the older. A Pair
    (first: the original, second: `fid`), or None."""
    f = layer.getFeature(fid)
    if not f.isValid() or not f.hasGeometry():
        return None
    point = f.geometry().asPoint()
    mine = _words_of(f)
    found = []
    request = QgsFeatureRequest().setFilterRect(_around(point, distance)).setFilterExpression(
        _ACTIVE + " AND " + _NOT_DUPLICATE)
    for other in layer.getFeatures(request):
        if other.id() == fid or not other.hasGeometry():
            continue
        gap = point.distance(other.geometry().asPoint())
        score = similarity(mine, _words_of(other))
        if gap <= distance and score >= min_similarity:
            found.append((-score, gap, str(other["created_at"] or ""), Pair(other.id(), fid, gap, score)))
    return min(found, key=lambda item: item[:3])[3] if found else None


def _words_of(feature):
    return words("{} {}".format(feature["title"] or "", feature["text"] or ""))


def _around(point, distance):
    return QgsRectangle(point.x() - distance, point.y() - distance, point.x() + distance, point.y() + distance)


def mark_duplicate(layer, duplicate_fid, original_fid):
    """Mark one submission as the duplicate of another (in the edit buffer when editing: undoable)."""
    original = layer.getFeature(original_fid)
    return apply_changes(layer, {duplicate_fid: {"review_status": "duplicate", "duplicate_of": original["portal_id"],
                                                 "action_areas": list_field.for_feature([], layer),
                                                 "reviewer": current_user()}}, layer.isEditable())
