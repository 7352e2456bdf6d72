"""How good the action-area suggestions are, measured on the evaluation set in tests/data/ (320 texts, German and
English, split once into 'dev', which the vocabulary and weights were tuned on, and 'test', which tuning never
looked at). The figures are the held-out ones: the cold start (the catalogue's words alone), and learning from
50, 100 and 200 of the team's decisions (taken from 'dev' in a fixed shuffled order, as decisions made elsewhere
in the same participation), each for German and English apart.

Micro-averaged precision and recall over all suggested and labelled areas, and the share of texts whose first
suggestion is right. Part of make bench; alone: python3 scripts/evaluate_suggestions.py
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALUATION = ROOT / "tests" / "data" / "suggestion_evaluation.json"
LEARNING = (50, 100, 200)
TARGETS = {"precision": 0.75, "recall": 0.70, "first_right": 0.85}
GAIN = 0.05  # after 50 decisions, precision and recall each this much above the cold start
SEED = 2018


def load(path=EVALUATION):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def evaluate(items, suggester):
    hits = suggested = labelled = top = 0
    for item in items:
        got = suggester.suggest(item["title"], item["text"], item["category"])
        truth = set(item["labels"])
        hits += len(truth & set(got))
        suggested += len(got)
        labelled += len(truth)
        top += bool(got) and got[0] in truth
    return {"items": len(items), "precision": hits / suggested if suggested else 0.0,
            "recall": hits / labelled if labelled else 0.0, "first_right": top / len(items) if items else 0.0}


def report(path=EVALUATION):
    """{(part, learned decisions, language): figures}, languages 'all', 'de', 'en'."""
    from stadtdialog.core.catalogue import load_catalogue
    from stadtdialog.core.learn import Decisions
    from stadtdialog.core.suggest import Suggester

    data = load(path)
    catalogue = load_catalogue(data["catalogue"])
    parts = {part: [i for i in data["items"] if i["part"] == part] for part in ("dev", "test")}
    decided = list(parts["dev"])
    random.Random(SEED).shuffle(decided)
    out = {}
    for n in (0,) + LEARNING:
        decisions = Decisions((i["id"], "{} {}".format(i["title"], i["text"]), i["labels"]) for i in decided[:n])
        suggester = Suggester(catalogue, decisions=decisions if n else None)
        for language in ("all", "de", "en"):
            items = [i for i in parts["test"] if language in ("all", i["language"])]
            out[("test", n, language)] = evaluate(items, suggester)
        if not n:
            out[("dev", 0, "all")] = evaluate(parts["dev"], suggester)
    return out


def checks(figures):
    cold, learned = figures[("test", 0, "all")], figures[("test", LEARNING[0], "all")]
    result = [("suggestions, cold start {} >= {:.2f}".format(k, v), cold[k] >= v, "{:.2f}".format(cold[k]))
              for k, v in TARGETS.items()]
    for key in ("precision", "recall"):
        result.append(("suggestions after {} decisions: {} +{:.2f}".format(LEARNING[0], key, GAIN),
                       learned[key] >= cold[key] + GAIN, "{:+.2f}".format(learned[key] - cold[key])))
    return result


def print_report(figures):
    test = figures[("test", 0, "all")]["items"]
    print("Action-area suggestions on the held-out part of the evaluation set ({} texts; tuned on the other {})"
          .format(test, figures[("dev", 0, "all")]["items"]))
    print("{:<34} {:>22} {:>22} {:>22}".format("", "all", "German", "English"))
    print("{:<34} {:>22} {:>22} {:>22}".format("", *["precision recall first"] * 3))
    for n in (0,) + LEARNING:
        label = "cold start (catalogue only)" if not n else "after {} team decisions".format(n)
        cells = ["{precision:9.2f} {recall:6.2f} {first_right:5.0%}".format(**figures[("test", n, lang)])
                 for lang in ("all", "de", "en")]
        print("{:<34} {:>22} {:>22} {:>22}".format(label, *cells))
    dev = figures[("dev", 0, "all")]
    print("(on the tuned part: precision {precision:.2f}, recall {recall:.2f}, first right {first_right:.0%})"
          .format(**dev))


def main():
    figures = report()
    print_report(figures)
    for name, ok, value in checks(figures):
        print("{:<4} {:<52} {}".format("PASS" if ok else "FAIL", name, value))
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "build" / "plugins"))
    main()
