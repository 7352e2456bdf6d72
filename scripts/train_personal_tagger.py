"""Trains the word tagger for names and home addresses (core/review/personal_tagger.py) on the labelled texts the
detector is tuned on — every set's "tune" part, never a "held_out" or "unseen" one — and writes its weights to
resources/privacy/name_tagger.json. Deterministic: the same sets give the same file (a test checks the shipped
file is the one these sets give).

An averaged perceptron (Collins 2002): each word is tagged from the left with the tag before it as a feature; a
wrong tag moves the weights of its features towards the right one; the weights kept are their average over all
steps, which keeps the model from following the last texts it saw.

    python3 scripts/train_personal_tagger.py [--check | --leave-out SET]

--leave-out SET trains without that set and prints the detector's figures on it with and without the tagger: what
the tagger adds on texts it has not seen (the rules may still have been tuned on them).
"""
import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from evaluate_personal_data import SETS  # noqa: E402

EPOCHS = 8
MARGIN = 5.0  # a name or an address must score this much above "not personal" (chosen on sets left out in turn)
SEED = 1


def training_texts(leave_out=None):
    return [t for name in SETS if SETS[name].exists() and name != leave_out
            for t in json.loads(SETS[name].read_text(encoding="utf-8"))["texts"] if t["part"] == "tune"]


def gold(text, findings, words, labels):
    """The label of each word: the kind of the finding it is part of (where the text repeats it, there too)."""
    tags = [0] * len(words)
    for f in findings:
        if f["kind"] not in labels:
            continue
        start = text.find(f["text"])
        while start >= 0:
            end = start + len(f["text"])
            for i, (a, b, _) in enumerate(words):
                if a < end and start < b:
                    tags[i] = labels.index(f["kind"])
            start = text.find(f["text"], start + 1)
    return tags


def train(texts, first_names, epochs=EPOCHS, more_names=()):
    """Averaged weights: feature -> [one weight per label], rounded, the features that never mattered left out."""
    from stadtdialog.core.review.personal_tagger import LABELS, features, tokens

    names = {n.lower() for n in first_names}  # as the tagger compares them
    more = frozenset(n.lower() for n in more_names)
    weights, totals, stamps, step = {}, {}, {}, 0
    data = []
    for t in texts:
        words = tokens(t["text"])
        data.append((words, gold(t["text"], t["findings"], words, LABELS)))
    order = random.Random(SEED)
    for _ in range(epochs):
        order.shuffle(data)
        for words, tags in data:
            previous = 0
            for i, truth in enumerate(tags):
                feats = features(words, i, LABELS[previous], names, more)
                scores = [0.0] * len(LABELS)
                for feat in feats:
                    for label, value in enumerate(weights.get(feat, ())):
                        scores[label] += value
                guess = max(range(len(LABELS)), key=scores.__getitem__)
                step += 1
                if guess != truth:
                    for feat in feats:
                        w = weights.setdefault(feat, [0.0] * len(LABELS))
                        total = totals.setdefault(feat, [0.0] * len(LABELS))
                        stamp = stamps.setdefault(feat, [0] * len(LABELS))
                        for label, change in ((truth, 1.0), (guess, -1.0)):
                            total[label] += (step - stamp[label]) * w[label]
                            stamp[label] = step
                            w[label] += change
                previous = guess
    averaged = {}
    for feat, w in weights.items():
        total, stamp = totals[feat], stamps[feat]
        mean = [round((total[k] + (step - stamp[k]) * w[k]) / step, 2) for k in range(len(LABELS))]
        if any(mean):
            averaged[feat] = mean
    return averaged


def model(texts, lists):
    from stadtdialog.core.review.personal_tagger import LABELS

    return {"about": "Weights of the word tagger for names and home addresses (core/review/personal_tagger.py), "
                     "trained by scripts/train_personal_tagger.py on the 'tune' parts of the labelled sets in "
                     "tests/data/personal_data_*.json, written by the project for it. Not a downloaded model.",
            "labels": list(LABELS), "margin": MARGIN, "epochs": EPOCHS, "texts": len(texts),
            "weights": dict(sorted(train(texts, lists.first_names, more_names=lists.more_first_names).items()))}


def leave_out(name, personal_tagger, lists):
    from evaluate_personal_data import evaluate, print_figures

    weights = model(training_texts(name), lists)
    left_out = personal_tagger.Tagger(weights["weights"], lists.first_names, weights["margin"], lists.more_first_names)
    for tagger, label in ((personal_tagger.Tagger({}, lists.first_names), "rules only"),
                          (left_out, "with the tagger")):
        personal_tagger.shipped = lambda tagger=tagger: tagger  # the detector asks the module for its tagger
        print(label + ":")
        print_figures(evaluate("all", (name,)), details=label != "rules only")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only say whether the shipped weights are current")
    parser.add_argument("--leave-out", choices=tuple(SETS), help="train without this set and measure on it")
    args = parser.parse_args()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)  # noqa: F841 - the plugin's modules import QGIS
    from stadtdialog.core.review import personal_tagger
    from stadtdialog.core.review.personal_patterns import word_lists
    from stadtdialog.core.review.personal_tagger import MODEL

    if args.leave_out:
        return leave_out(args.leave_out, personal_tagger, word_lists())
    fresh = json.dumps(model(training_texts(), word_lists()), ensure_ascii=False, separators=(",", ":"))
    if args.check:
        current = MODEL.read_text(encoding="utf-8") == fresh + "\n"
        print("{} is {}".format(MODEL.name, "current" if current else "out of date: run this script"))
        return 0 if current else 1
    MODEL.write_text(fresh + "\n", encoding="utf-8")
    print("wrote {} ({} features)".format(MODEL, fresh.count("],")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
