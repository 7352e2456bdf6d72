"""What the team's decisions say about the next submission: the decided submissions whose words are most like its
words (TF-IDF over word stems, found through an inverted index, so a new decision is one more entry, not a new
model), and the action areas they were given, weighted by how alike they are. Used beside the catalogue's words
by suggest.Suggester; never decides anything itself."""
import math
from collections import Counter

from .text_match import stems

NEIGHBOURS = 7       # decided submissions that vote
MIN_SIMILARITY = 0.08  # less alike than this says nothing
SHOWN = 3            # of them named as the reason
REMOVED_WEIGHT = 0.5   # an area a reviewer took away from a suggestion counts this much against it


class Decisions:
    def __init__(self, items=()):
        """items: (id, text, codes) of decided submissions, or (id, text, codes, removed): `removed` the areas
        suggested for it that the reviewer did not keep."""
        self.docs = {}       # id -> (Counter of stems, codes, removed codes)
        self.postings = {}   # stem -> {id}
        self._norms = {}
        for ident, text, codes, *removed in items:
            self.add(ident, text, codes, removed[0] if removed else ())

    def __len__(self):
        return len(self.docs)

    def add(self, ident, text, codes, removed=()):
        """A decision made (or changed): it counts from the next suggestion on. `removed`: areas suggested for it
        that the reviewer did not keep — they count against themselves for texts like this one."""
        self.remove(ident)
        codes = [c for c in codes or () if c]
        bag = Counter(s for s in stems(text) if len(s) > 2)
        if not codes or not bag:
            return
        self.docs[ident] = (bag, codes, [c for c in removed or () if c and c not in codes])
        for s in bag:
            self.postings.setdefault(s, set()).add(ident)
        self._norms.clear()

    def remove(self, ident):
        old = self.docs.pop(ident, None)
        if old is not None:
            for s in old[0]:
                self.postings.get(s, set()).discard(ident)
            self._norms.clear()

    def _idf(self, s):
        return math.log((1 + len(self.docs)) / (1 + len(self.postings.get(s, ())))) + 1.0

    def _norm(self, ident):
        norm = self._norms.get(ident)
        if norm is None:
            bag = self.docs[ident][0]
            norm = self._norms[ident] = math.sqrt(sum((n * self._idf(s)) ** 2 for s, n in bag.items())) or 1.0
        return norm

    def votes(self, text, exclude=None):
        """({code: share of the alike decisions that gave it, 0–1, scaled by how alike they are}, [ids of the
        most alike decisions])."""
        bag = Counter(s for s in stems(text) if len(s) > 2)
        if not bag or not self.docs:
            return {}, []
        weights = {s: n * self._idf(s) for s, n in bag.items() if s in self.postings}
        query_norm = math.sqrt(sum((n * self._idf(s)) ** 2 for s, n in bag.items())) or 1.0
        dots = Counter()
        for s, w in weights.items():
            idf = self._idf(s)
            for ident in self.postings[s]:
                if ident != exclude:
                    dots[ident] += w * self.docs[ident][0][s] * idf
        alike = sorted(((dot / (query_norm * self._norm(i)), i) for i, dot in dots.items()), reverse=True)
        alike = [(sim, i) for sim, i in alike[:NEIGHBOURS] if sim >= MIN_SIMILARITY]
        if not alike:
            return {}, []
        total = sum(sim for sim, _ in alike)
        confidence = min(1.0, alike[0][0] * 2)
        votes = Counter()
        for sim, ident in alike:
            for code in self.docs[ident][1]:
                votes[code] += sim / total
            for code in self.docs[ident][2]:
                votes[code] -= REMOVED_WEIGHT * sim / total
        return {c: v * confidence for c, v in votes.items()}, [i for _, i in alike[:SHOWN]]
