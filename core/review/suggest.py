"""Suggesting action areas from a submission's title, text and category — shown, never applied on their own.

From the first text on, the catalogue's vocabulary decides (text_match: word forms, compounds, typos, phrases,
idioms), with the submission's category as a weak signal; once reviewers have decided submissions of the same
participation, those decisions weigh in (learn.Decisions). Every suggestion says why: the words that named an
area, and the decided submissions most like this one. Texts in other languages (Turkish, Arabic, Russian, …)
find no words and fall back to what the category says.
"""
from dataclasses import dataclass, field

from .text_match import Vocabulary, stem

# What each category says about the place, in keyword terms any catalogue may use.
CATEGORY_WORDS = {
    "meeting_place": "begegnung treffpunkt treffen encounter meeting meet",
    "missing_meeting_place": "treffpunkt begegnung raum jugend meeting youth",
    "unpleasant_place": "platz sauber dunkel sicherheit beleuchtung square clean dark safety lighting",
    "idea": "",
    "other": "",
}
CATEGORY_WEIGHT = 0.2    # the category alone never outweighs one word of the text
RELATIVE = 0.45          # an area is suggested when it scores at least this share of the best …
MINIMUM = 0.9            # … and at least this much
LEARNED_WEIGHT = 1.6     # how much the team's decisions count against the catalogue's words


@dataclass
class Suggestion:
    codes: list                                   # best first
    words: dict = field(default_factory=dict)     # code -> the words of the text that named it
    similar: list = field(default_factory=list)   # ids of the decided submissions most like this one


class Suggester:
    def __init__(self, catalogue, limit=3, decisions=None):
        self.limit = limit
        self.codes = [area.code for area in catalogue.areas]
        self.vocabulary = Vocabulary({area.code: [w for words in area.keywords.values() for w in words]
                                      for area in catalogue.areas}, getattr(catalogue, "idioms", ()))
        self.by_context = {stem(w) for w in getattr(catalogue, "by_context", ())}
        self.decisions = decisions

    def scores(self, text):
        """{code: score} of the catalogue's words alone."""
        return {code: _sum(found) for code, found in self.vocabulary.match(text).items()}

    def explain(self, title, text, category, exclude=None):
        """The Suggestion for a submission (`exclude`: its own id, when it is among the decided ones)."""
        found = in_context(self.vocabulary.match("{} {}".format(title or "", text or "")), self.by_context)
        scores = {code: _sum(items) for code, items in found.items()}
        words_best = max(scores.values(), default=0.0)  # what the text's own words say: neither the category's
        # hint nor the team's votes push another area the words name out of the suggestion
        for code, value in self.scores(CATEGORY_WORDS.get(category or "other", "")).items():
            scores[code] = scores.get(code, 0.0) + CATEGORY_WEIGHT * min(value, 2.0)
        similar = []
        if self.decisions is not None and len(self.decisions):
            learned, similar = self.decisions.votes("{} {}".format(title or "", text or ""), exclude=exclude)
            for code, vote in learned.items():
                scores[code] = scores.get(code, 0.0) + LEARNED_WEIGHT * vote
        if not scores:
            return Suggestion([])
        best = max(scores.values())
        if best < MINIMUM * (1.0 if found or similar else CATEGORY_WEIGHT):
            return Suggestion([])
        floor = max(RELATIVE * (words_best or best), MINIMUM if found or similar else 0.0)
        ranked = sorted((c for c in scores if scores[c] >= floor), key=lambda c: (-scores[c], self.codes.index(c)
                                                                                  if c in self.codes else 99))
        codes = ranked[: self.limit]
        return Suggestion(codes, {c: unique(w for w, _ in found.get(c, ())) for c in codes}, similar)

    def suggest(self, title, text, category):
        """Up to `limit` catalogue codes, best first; [] when nothing fits."""
        return self.explain(title, text, category).codes


def in_context(found, by_context):
    """A word the catalogue lists `by_context` ("Training": work or sport) names only those of its areas that other
    words of the text name too, when there are such ("nach dem Training im Sportverein"); else all of them."""
    areas_of = {}
    for code, items in found.items():
        for word, _ in items:
            areas_of.setdefault(stem(word), set()).add(code)
    supported = {code for code, items in found.items() if any(stem(w) not in by_context for w, _ in items)}
    out = {}
    for code, items in found.items():
        kept = [(w, weight) for w, weight in items
                if stem(w) not in by_context or code in supported or not areas_of[stem(w)] & supported]
        if kept:
            out[code] = kept
    return out


def _sum(items):
    """A word counts once however often it is repeated."""
    best = {}
    for word, weight in items:
        key = stem(word)
        best[key] = max(best.get(key, 0.0), weight)
    return sum(best.values())


def unique(words):
    """The words in order, each once whatever its case."""
    seen, out = set(), []
    for word in words:
        if word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return out
