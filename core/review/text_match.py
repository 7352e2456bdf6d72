"""Words of a citizen's text matched against a catalogue's vocabulary, in German and English, without any
package beyond Python: word forms reduced by the Snowball project's English (Porter2) stemmer (vendored; on the
held-out texts it did better than its German stemmer and than a hand-written suffix list, for German texts too, see
the README), umlauts and ß folded, German compounds matched by
the keyword they begin or end with, a typo of one letter forgiven in longer words (a deletion index, so a match
costs a few dictionary lookups, not a comparison with every keyword), phrases matched as sequences, and idioms
("sein Geschäft machen", "do their business") taken out before anything is matched.

Negation: a missing thing still names its area ("kein Spielplatz", "no benches" are about play areas and
benches), so "kein", "no", "fehlt" change nothing. What does matter is a denied topic: the words after "hat nichts
mit … zu tun", "es geht nicht um", "not about", "nothing to do with" up to the end of the clause name no area."""
import re
import threading
from functools import lru_cache

from ..vendor.snowball.english_stemmer import EnglishStemmer

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CLAUSE_END = re.compile(r"[.;:!?,()\n]|\b(?:sondern|but|rather|aber|instead)\b", re.IGNORECASE)
# What a writer rules out, up to the end of the clause (or, German, up to "zu tun").
_DENIALS = [re.compile(p, re.IGNORECASE) for p in (
    r"\bnichts\s+mit\b(?P<x>.*?)\bzu\s+tun\b",
    r"\bgeht(?:\s+es|s)?(?:\s+hier)?\s+(?:gar\s+)?nicht\s+um\b(?P<x>.*)",
    r"\bnicht\s+wegen\b(?P<x>.*)",
    r"\bnothing\s+to\s+do\s+with\b(?P<x>.*)",
    r"(?:\bnot|n't)\s+(?:really\s+)?about\b(?P<x>.*)",
    r"\bnot\s+because\s+of\b(?P<x>.*)")]
_DENIAL_HINT = re.compile(r"nicht|not|n't", re.IGNORECASE)  # every denial has one: most texts need no more
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "à": "a", "ç": "c"})
MIN_STEM = 4
TYPO_MIN = 6  # words this long may have one letter wrong, missing or extra
_STEMMERS = threading.local()  # a Snowball stemmer keeps its word while it works: one per thread


@lru_cache(maxsize=200_000)
def stem(word):
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = EnglishStemmer()
    return stemmer.stemWord(word.casefold()).translate(_FOLD)


def words(text):
    return _WORD.findall(text or "")


def stems(text):
    return [stem(w) for w in words(text)]


def _clauses(text):
    """(the words of `text`, the positions of those in a topic the writer rules out)."""
    text = text or ""
    spans = []
    if _DENIAL_HINT.search(text):
        cuts = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(text)]
        for (_, start), (end, _) in zip([(0, 0)] + cuts, cuts + [(len(text), len(text))]):
            for denial in _DENIALS:
                spans.extend((m.start("x"), m.end("x")) for m in denial.finditer(text, start, end))
    written, denied = [], set()
    for i, m in enumerate(_WORD.finditer(text)):
        written.append(m.group())
        if any(a <= m.start() < b for a, b in spans):
            denied.add(i)
    return written, denied


def _deletions(word):
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class Vocabulary:
    """Keywords and phrases of several labels (action areas); `match` says which labels a text's words name,
    and by which words."""

    def __init__(self, entries, idioms=()):
        """entries: {label: [keyword or phrase, …]}; idioms: phrases whose words name no label."""
        self.exact = {}      # stem -> {label}
        self.phrases = {}    # first stem -> [(stems tuple, label)]
        self.typos = {}      # deletion variant -> {stem}
        self.idioms = {}     # first stem -> [stems tuple]
        for label, items in entries.items():
            for item in items:
                parts = tuple(stems(item))
                if not parts:
                    continue
                if len(parts) > 1:
                    self.phrases.setdefault(parts[0], []).append((parts, label))
                    continue
                key = parts[0]
                self.exact.setdefault(key, set()).add(label)
        for key in self.exact:
            if len(key) >= TYPO_MIN:
                for variant in _deletions(key) | {key}:
                    self.typos.setdefault(variant, set()).add(key)
        for idiom in idioms:
            parts = tuple(stems(idiom))
            if parts:
                self.idioms.setdefault(parts[0], []).append(parts)
        self._compound_keys = sorted((k for k in self.exact if len(k) >= MIN_STEM), key=len, reverse=True)
        self._cache = {}

    def match(self, text):
        """{label: [(the word as written, weight)]}: every label a word or phrase of `text` names."""
        written, denied = _clauses(text)
        tokens = [stem(w) for w in written]
        skip = self._idiom_positions(tokens) | denied
        found = {}
        for i, token in enumerate(tokens):
            if i in skip:
                continue
            for parts, label in self.phrases.get(token, ()):
                if tuple(tokens[i:i + len(parts)]) == parts:
                    found.setdefault(label, []).append((" ".join(written[i:i + len(parts)]), 1.5))
            for label, weight in self._token(token):
                found.setdefault(label, []).append((written[i], weight))
        return found

    def _idiom_positions(self, tokens):
        skip = set()
        for i, token in enumerate(tokens):
            for parts in self.idioms.get(token, ()):
                # an idiom's words come in either order, a word or two apart ("machen ihr Geschäft in den …")
                start = max(0, i - len(parts) - 1)
                window = range(start, min(len(tokens), i + len(parts) + 2))
                found = {p: next((j for j in window if tokens[j] == p), None) for p in parts}
                if None not in found.values():
                    skip.update(found.values())
        return skip

    def _token(self, token):
        """[(label, weight)] of one stem: itself 1.0, a compound's first or last part 0.9, a typo 0.7."""
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        result = [(label, 1.0) for label in self.exact.get(token, ())]
        if not result and len(token) > MIN_STEM + 2:
            for key in self._compound_keys:
                if len(key) < len(token) and (token.startswith(key) or token.endswith(key)):
                    result = [(label, 0.9) for label in self.exact[key]]
                    break
        if not result and len(token) >= TYPO_MIN:
            near = set()
            for variant in _deletions(token) | {token}:
                near |= self.typos.get(variant, set())
            result = [(label, 0.7) for key in sorted(near) for label in self.exact[key]]
        if len(self._cache) < 200_000:
            self._cache[token] = result
        return result
