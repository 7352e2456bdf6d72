"""How good the action-area suggestions are, measured on the evaluation set in tests/data/ (320 texts, German and
English, split once into 'dev', which the vocabulary and weights were tuned on, and 'test', which tuning never
looked at). The figures are the held-out ones:

- the cold start (the catalogue's words alone) on all 120 held-out texts;
- learning within one participation, as a team meets it: 50 (or 100) of the held-out texts are decided, the
  suggestions for the remaining 70 (20) use those decisions, compared with the catalogue alone on the same
  remaining texts; 20 shuffled orders, summed;
- 200 decisions from another participation (the tuned part) for all 120.

Each for German and English apart. Micro-averaged precision and recall over all suggested and labelled areas,
and the share of texts whose first suggestion is right. Part of make bench; alone: python3
scripts/evaluate_suggestions.py
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALUATION = ROOT / "tests" / "data" / "suggestion_evaluation.json"
WITHIN = (50, 100)   # decisions of the same participation (the held-out part), the rest measured
ELSEWHERE = 200      # decisions of another participation (the tuned part)
ORDERS = 20
TARGETS = {"precision": 0.78, "recall": 0.75, "first_right": 0.88}
GAIN = 0.05  # after 50 decisions, precision and recall each this much above the cold start on the same texts
SEED = 2018
LANGUAGES = ("all", "de", "en")


def load(path=EVALUATION):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def count(items, suggester, into=None):
    """Adds to `into` ({language: [hits, suggested, labelled, first right, texts]}) what `suggester` gets right."""
    into = into if into is not None else {language: [0] * 5 for language in LANGUAGES}
    for item in items:
        got = suggester.suggest(item["title"], item["text"], item["category"])
        truth = set(item["labels"])
        for language in ("all", item["language"]):
            row = into[language]
            row[0] += len(truth & set(got))
            row[1] += len(got)
            row[2] += len(truth)
            row[3] += bool(got) and got[0] in truth
            row[4] += 1
    return into


def figures_of(counts):
    hits, suggested, labelled, top, items = counts
    return {"items": items, "precision": hits / suggested if suggested else 0.0,
            "recall": hits / labelled if labelled else 0.0, "first_right": top / items if items else 0.0}


def _decisions(items, cold):
    """The decisions as a team leaves them: the areas given, and the suggested ones the reviewer took away."""
    from stadtdialog.core.review.learn import Decisions
    return Decisions((i["id"], "{} {}".format(i["title"], i["text"]), i["labels"],
                      [c for c in cold.suggest(i["title"], i["text"], i["category"]) if c not in i["labels"]])
                     for i in items)


def report(path=EVALUATION):
    """{(kind, decisions, language): figures}, languages 'all', 'de', 'en'; kinds: 'cold' (all held-out texts,
    catalogue only), 'within' (the held-out texts left after n of them were decided, learning from those),
    'rest' (the same texts, catalogue only), 'elsewhere' (all held-out texts, learning from the tuned part),
    'dev' (the tuned part, catalogue only)."""
    from stadtdialog.core.review.suggest import Suggester
    from stadtdialog.core.store.catalogue import load_catalogue

    data = load(path)
    catalogue = load_catalogue(data["catalogue"])
    parts = {part: [i for i in data["items"] if i["part"] == part] for part in ("dev", "test")}
    cold = Suggester(catalogue)
    elsewhere = Suggester(catalogue, decisions=_decisions(parts["dev"], cold))
    raw = {("cold", 0): count(parts["test"], cold), ("dev", 0): count(parts["dev"], cold),
           ("elsewhere", ELSEWHERE): count(parts["test"], elsewhere)}
    for n in WITHIN:
        rest = within = None
        for order in range(ORDERS):
            items = list(parts["test"])
            random.Random(SEED + order).shuffle(items)
            rest = count(items[n:], cold, rest)
            within = count(items[n:], Suggester(catalogue, decisions=_decisions(items[:n], cold)), within)
        raw[("rest", n)], raw[("within", n)] = rest, within
    return {key + (language,): figures_of(counts[language]) for key, counts in raw.items() for language in LANGUAGES}


def checks(figures):
    cold = figures[("cold", 0, "all")]
    result = [("suggestions, cold start {} >= {:.2f}".format(k, v), cold[k] >= v, "{:.2f}".format(cold[k]))
              for k, v in TARGETS.items()]
    n = WITHIN[0]
    before, after = figures[("rest", n, "all")], figures[("within", n, "all")]
    for key in ("precision", "recall"):
        result.append(("suggestions after {} decisions: {} +{:.2f}".format(n, key, GAIN),
                       after[key] >= before[key] + GAIN, "{:+.2f}".format(after[key] - before[key])))
    return result


def print_report(figures):
    test, dev = figures[("cold", 0, "all")]["items"], figures[("dev", 0, "all")]["items"]
    print("Action-area suggestions on the held-out part of the evaluation set ({} texts; tuned on the other {})"
          .format(test, dev))
    print("{:<46} {:>22} {:>22} {:>22}".format("", "all", "German", "English"))
    print("{:<46} {:>22} {:>22} {:>22}".format("", *["precision recall first"] * 3))
    rows = [("cold start (catalogue only), all {}".format(test), ("cold", 0))]
    for n in WITHIN:
        left = test - n
        rows += [("{} left after {} decided: catalogue only".format(left, n), ("rest", n)),
                 ("{} left: learning from the {} decisions".format(left, n), ("within", n))]
    rows.append(("all {}: learning from {} of the tuned part".format(test, ELSEWHERE), ("elsewhere", ELSEWHERE)))
    for label, key in rows:
        cells = ["{precision:9.2f} {recall:6.2f} {first_right:5.0%}".format(**figures[key + (lang,)])
                 for lang in LANGUAGES]
        print("{:<46} {:>22} {:>22} {:>22}".format(label, *cells))
    print("(decided texts drawn in {} shuffled orders of the held-out part, the rest measured each time; on the "
          "tuned part, catalogue only: precision {precision:.2f}, recall {recall:.2f}, first right "
          "{first_right:.0%})".format(ORDERS, **figures[("dev", 0, "all")]))


def main():
    figures = report()
    print_report(figures)
    for name, ok, value in checks(figures):
        print("{:<4} {:<52} {}".format("PASS" if ok else "FAIL", name, value))
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "build" / "plugins"))
    main()
