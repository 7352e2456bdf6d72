"""Names and home addresses told by the words around them, for what the rules in personal_finders have no pattern
for ("Mei Fraa, es Gerlinde, saacht …", "Gisela from across the road brought us …", "vor unserer Tür in der
Eisenbahnstraße 41"): a small averaged-perceptron word tagger, pure Python, its weights trained on the project's own
labelled texts (scripts/train_personal_tagger.py writes resources/privacy/name_tagger.json; nothing is downloaded).

Each word is tagged from itself and its neighbours (the words, their shape — "Xxxx", "dd" —, whether a word is a
known first name, where the sentence starts) and from the tag before it. What it finds is only a proposal:
personal_proposals keeps public figures, roles, streets named after people and offices' addresses out, as the rules
do."""
import json
import re
from functools import lru_cache

from .. import RESOURCES
from .personal_patterns import word_lists

MODEL = RESOURCES / "privacy" / "name_tagger.json"
LABELS = ("O", "person_name", "home_address")  # "O": not personal
TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|\S")
STREET_END = re.compile(r"(?:straße|strasse|str|weg|gasse|platz|allee|ring|damm)$")
SENTENCE_START = {".", "!", "?", ":", "\n"}


def tokens(text):
    """The words, numbers and signs of `text` as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def shape(word):
    """"Gisela" -> "Xxx", "41" -> "dd", "KL-AB" -> "XXoXX": how a word is written, runs shortened to two."""
    shaped = "".join(("X" if c.isupper() else "x") if c.isalpha() else "d" if c.isdigit() else "o" for c in word)
    return _RUN.sub(r"\1\1", shaped)


_RUN = re.compile(r"(.)\1+")


def features(words, i, previous, first_names, more_names=frozenset()):
    """What the tagger weighs for word i of `words` ((start, end, word) as tokens gives them), the tag before it
    being `previous`; `first_names`: the known first names in lower case; `more_names`: the first names of many
    countries that are no word of a dictionary (in lower case; weaker evidence, weighed in context). Values joined
    by a space: a feature's name is never one long run of letters and signs that a secret scanner takes for a key
    ("fn_w+1=True_schmidt-yilmaz" was one for the plugin repository's detect-secrets)."""
    def word(j):
        return words[j][2].lower() if 0 <= j < len(words) else ("<s>" if j < 0 else "</s>")

    def shaped(j):
        return shape(words[j][2]) if 0 <= j < len(words) else "_"

    this, form = word(i), shaped(i)
    first = this in first_names
    start = i == 0 or words[i - 1][2] in SENTENCE_START
    before, after, before2 = word(i - 1), word(i + 1), word(i - 2)
    more = not first and this in more_names
    return ("bias", "w=" + this, "sh=" + form, "suf3=" + this[-3:], "pre3=" + this[:3], f"fn={first}",
            f"fn_sh={first} {form}", f"start={start}", f"fn_start={first} {start}",
            "w-1=" + before, "w-2=" + before2, "w+1=" + after, "w+2=" + word(i + 2),
            "sh-1=" + shaped(i - 1), "sh+1=" + shaped(i + 1), f"w-1w-2={before} {before2}",
            "p=" + previous, f"p_sh={previous} {form}", f"fn-1={before in first_names}",
            f"fn+1={after in first_names}", f"fn_w-1={first} {before}",
            f"fn_w+1={first} {after}", f"street={bool(STREET_END.search(this))}",
            f"sh-1_sh={shaped(i - 1)} {form}", f"sh_sh+1={form} {shaped(i + 1)}",
            f"mx_sh={more} {form}", f"mx_start={more} {start}", f"mx_w-1={more} {before}",
            f"mx_w+1={more} {after}", f"mx-1={before in more_names}", f"mx+1={after in more_names}")


class Tagger:
    def __init__(self, weights, first_names, margin=0.0, more_names=()):
        """weights: feature -> one weight per label (LABELS); margin: how much more a label must score than "O"."""
        self.weights = weights
        self.first_names = {n.lower() for n in first_names}
        self.more_names = frozenset(n.lower() for n in more_names)
        self.margin = margin

    def scores(self, feats):
        total = [0.0] * len(LABELS)
        for feat in feats:
            weight = self.weights.get(feat)
            if weight:
                for label, value in enumerate(weight):
                    total[label] += value
        return total

    def best(self, words, i, previous):
        total = self.scores(features(words, i, previous, self.first_names, self.more_names))
        label = max(range(len(LABELS)), key=total.__getitem__)
        return label if total[label] - total[0] >= self.margin else 0

    def spans(self, text):
        """[(kind, start, end)]: the runs of words tagged as one kind, a word at a time from the left."""
        words, found, previous = tokens(text), [], 0
        for i, (start, end, word) in enumerate(words):
            label = self.best(words, i, LABELS[previous])
            if label and previous != label and not word[0].isalnum():
                label = 0  # a finding starts with a word, not with the comma before it
            if label and previous == label:
                found[-1][2] = end
            elif label:
                found.append([LABELS[label], start, end])
            previous = label
        return [tuple(f) for f in found]


@lru_cache(maxsize=1)
def shipped():
    """The tagger trained for the plugin (resources/privacy/name_tagger.json), with the city's first names."""
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    if tuple(model["labels"]) != LABELS:
        raise ValueError("{} was trained for the labels {}, not {}".format(MODEL.name, model["labels"], LABELS))
    lists = word_lists()
    return Tagger(model["weights"], lists.first_names, model["margin"], lists.more_first_names)
