"""make bench's personal-data figures when every labelled set has been tuned on: it reports the last sets never
tuned on as they came (scripts/evaluate_personal_data.py LAST_UNSEEN), measured once, instead of an empty 100 %."""
import sys

from conftest import ROOT


def test_with_no_unseen_set_left_bench_checks_the_targets_on_the_last_ones_as_they_came(monkeypatch, capsys):
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench
    import evaluate_personal_data as evaluation
    from stadtdialog.core.review import personal_data

    evaluate = evaluation.evaluate

    def every_set_tuned(part="held_out", sets=tuple(evaluation.SETS)):
        if part == "unseen":  # as once every set is tuned on
            return evaluate("unseen", ())
        return evaluate(part, ("first",))  # (the other figures as printed; one set keeps the test quick)

    monkeypatch.setattr(evaluation, "evaluate", every_set_tuned)
    monkeypatch.setattr(evaluation, "SETS", {"first": evaluation.SETS["first"]})
    monkeypatch.setattr(personal_data, "mask", lambda text, *args: text)  # (the timing is not under test)
    last = evaluation.LAST_UNSEEN
    checks = {name: (met, shown) for name, met, shown in bench._personal_data()}
    masked = last["masked"] / last["planted"]
    assert checks["personal data: >= 95 % of planted findings masked (unseen)"] == (masked >= 0.95,
                                                                                  "{:.1%}".format(masked))
    changed = last["changed"] / last["harmless"]
    assert checks["personal data: < 5 % of harmless texts changed (unseen)"] == (
        changed < 0.05, "{:.1%} ({} of {})".format(changed, last["changed"], last["harmless"]))
    printed = capsys.readouterr().out
    assert "as they came, measured once at {}".format(last["commit"]) in printed
    assert "{} of {} harmless texts changed".format(last["changed"], last["harmless"]) in printed
