"""Precision and recall of the action-area suggestions on the hand-labelled sample in tests/data/.

Run: make evaluate (or python3 scripts/evaluate_suggestions.py). Micro-averaged over all
suggested and labelled areas; also the share of items whose first suggestion is right.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "labelled_sample.json"


def evaluate(sample_path=SAMPLE):
    from stadtdialog.core.catalogue import load_catalogue
    from stadtdialog.core.suggest import Suggester

    sample = json.loads(Path(sample_path).read_text(encoding="utf-8"))
    suggester = Suggester(load_catalogue(sample["catalogue"]))
    hits = suggested = labelled = top = 0
    for item in sample["items"]:
        got = suggester.suggest(item["title"], item["text"], item["category"])
        truth = set(item["labels"])
        hits += len(truth & set(got))
        suggested += len(got)
        labelled += len(truth)
        top += bool(got) and got[0] in truth
    n = len(sample["items"])
    return {"items": n, "precision": hits / suggested if suggested else 0.0, "recall": hits / labelled,
            "first_right": top / n}


def main():
    result = evaluate()
    print("Suggestions on {items} hand-labelled submissions: precision {precision:.2f}, recall {recall:.2f}, "
          "first suggestion right {first_right:.0%}".format(**result))
    return result


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "build" / "plugins"))
    main()
