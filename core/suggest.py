"""Suggesting action areas from a submission's text and category, with the catalogue's keywords.

Suggestions are shown, never applied on their own. German and English words are reduced by
simple suffix stemming; German compounds match when they contain a keyword ("Jugendzentrum"
contains "jugend"). Texts in other languages (Turkish, Arabic, Russian, …) find no keywords
and fall back to what the category says.
"""
import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SUFFIXES = ("ungen", "ung", "heiten", "heit", "keiten", "keit", "innen", "ings", "ing", "ies", "ern", "en",
             "er", "es", "ed", "e", "n", "s")
MIN_STEM = 4
# What each category says about the place, in keyword terms any catalogue may use.
CATEGORY_WORDS = {
    "meeting_place": "begegnung treffpunkt treffen encounter meeting meet",
    "missing_meeting_place": "treffpunkt begegnung raum jugend meeting youth",
    "unpleasant_place": "platz sauber dunkel sicherheit beleuchtung square clean dark safety lighting",
    "idea": "",
    "other": "",
}


def stem(word):
    word = word.casefold().replace("ß", "ss")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


class Suggester:
    def __init__(self, catalogue, limit=3):
        self.limit = limit
        self.areas = [(area.code, {stem(w) for words in area.keywords.values() for w in words
                                   for w in w.split()}) for area in catalogue.areas]

    def scores(self, text):
        tokens = [stem(t) for t in _WORD.findall(text or "")]
        result = {}
        for code, keywords in self.areas:
            score = 0.0
            for token in tokens:
                if token in keywords:
                    score += 1.0
                elif len(token) > 6:  # German compounds: the keyword inside a longer word
                    score += 0.6 * sum(1 for k in keywords if len(k) >= 5 and k in token)
            if score:
                result[code] = score
        return result

    def suggest(self, title, text, category):
        """Up to `limit` catalogue codes, best first; [] when nothing fits."""
        scores = self.scores("{} {}".format(title or "", text or ""))
        if not scores:
            scores = self.scores(CATEGORY_WORDS.get(category or "other", ""))
        if not scores:
            return []
        best = max(scores.values())
        ranked = sorted(scores, key=lambda c: (-scores[c], c))
        return [c for c in ranked if scores[c] >= 0.5 * best][: self.limit]
