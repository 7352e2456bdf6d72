"""Suggestions: their measured quality on text nobody tuned on, the word forms they understand, learning from the
team's decisions with the reason given, and robustness on any language."""
import importlib.util

from conftest import ROOT
from stadtdialog.core.review.learn import Decisions
from stadtdialog.core.review.suggest import Suggester, stem
from stadtdialog.core.store.catalogue import load_catalogue


def _evaluation():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate_suggestions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_suggestions_keep_their_measured_quality_on_the_held_out_texts():
    figures = _evaluation().report()
    cold = figures[("cold", 0, "all")]
    print("held out: precision {precision:.2f} recall {recall:.2f} first right {first_right:.0%}".format(**cold))
    # Measured 0.7991 / 0.7851 / 92.5 % (README; issue 25's targets are 0.78 / 0.75 / 88 %): a change that makes
    # them worse must be noticed.
    assert cold["items"] == 120 and cold["precision"] >= 0.79 and cold["recall"] >= 0.78 and cold["first_right"] >= 0.92
    for language in ("de", "en"):
        assert figures[("cold", 0, language)]["first_right"] >= 0.8
    # learning from 50 decisions of the same participation never makes the rest worse (it is not yet much better)
    before, after = figures[("rest", 50, "all")], figures[("within", 50, "all")]
    assert before["items"] == after["items"] == 70 * 20
    # (measured: precision -0.012, recall +0.001, first right +1.3 points; README)
    assert after["precision"] >= before["precision"] - 0.015 and after["recall"] >= before["recall"] - 0.01
    assert after["first_right"] >= before["first_right"]


def test_word_forms_compounds_typos_and_idioms():
    assert stem("Spielplätze") == stem("Spielplatz") and stem("benches") == stem("bench")  # plural, umlaut folded
    s = Suggester(load_catalogue())
    assert "sozialraum" in s.suggest("", "Auf den Spielplätzen liegt Müll", "unpleasant_place")  # a dative plural
    assert "sozialraum" in s.suggest("", "Der Spielplatz ist voller Müll", "unpleasant_place")
    assert "kultur_sport" in s.suggest("Fußballverein", "", "meeting_place")  # the keyword a compound begins with
    assert "asyl" in s.suggest("", "Die Flüchtlingsunterkunft liegt weit draußen.", "other")
    typo = s.explain("", "Neben dem Spielplaz liegt Müll.", "unpleasant_place")
    assert "sozialraum" in typo.codes and "Spielplaz" in typo.words["sozialraum"]  # a typo forgiven
    quiet = s.explain("", "Am Bahnhof fehlt ein Raum der Stille.", "missing_meeting_place")
    assert "religion" in quiet.codes and quiet.words["religion"] == ["Raum der Stille"]  # a phrase, as one
    dogs = s.explain("", "Die Hunde machen ihr Geschäft in den Sandkasten.", "unpleasant_place")
    assert dogs.codes[0] == "sozialraum" and not {"gruendung", "arbeit_wirtschaft"} & set(dogs.codes)  # an idiom
    assert "Sandkasten" in dogs.words["sozialraum"]  # and why
    # a word of two areas takes the one the rest of the text names ("Training": sport or work)
    sport = s.suggest("", "Nach dem Training im Fußballverein grillen wir zusammen.", "meeting_place")
    assert "kultur_sport" in sport and "arbeit_wirtschaft" not in sport
    work = s.suggest("", "Ein Training für Bewerbungen beim Jobcenter fehlt.", "idea")
    assert "arbeit_wirtschaft" in work and "kultur_sport" not in work
    assert {"arbeit_wirtschaft", "kultur_sport"} <= set(s.suggest("", "Das Training ist gut.", "idea"))  # unsure


def test_a_missing_thing_names_its_area_a_denied_topic_does_not():
    s = Suggester(load_catalogue())
    assert "sozialraum" in s.suggest("", "In der Siedlung gibt es keinen Spielplatz.", "missing_meeting_place")
    assert "sozialraum" in s.suggest("", "There are no benches along the river path.", "missing_meeting_place")
    for denied, plain in (("Das hat nichts mit der Moschee zu tun, der Spielplatz ist dreckig.",
                           "Das hat mit der Moschee zu tun, der Spielplatz ist dreckig."),
                          ("Es geht nicht um die Moschee, sondern um den Spielplatz.",
                           "Es geht um die Moschee und um den Spielplatz."),
                          ("This is not about the mosque, the square is dark.",
                           "This is about the mosque, the square is dark.")):
        assert "religion" in s.suggest("", plain, "unpleasant_place"), plain
        got = s.suggest("", denied, "unpleasant_place")
        assert "religion" not in got and "sozialraum" in got, denied
    # "sich nicht um … kümmern" denies nothing: nobody cares for the older people, who are the topic
    assert "gesundheit_pflege" in s.suggest("", "Keiner kümmert sich nicht um die Senioren im Altenheim.", "other")
    assert "religion" in s.suggest("", "Die Moschee hat nichts, wo Frauen beten können.", "missing_meeting_place")


def test_an_area_the_reviewer_took_away_counts_against_it_for_texts_like_that_one():
    catalogue = load_catalogue()
    text = "Im Stadtteilbüro treffen sich Nachbarn zum Deutschkurs und zum gemeinsamen Kochen."
    first = Suggester(catalogue).suggest("", text, "meeting_place")
    assert len(first) >= 2, first  # more than one area named by the words
    removed = first[-1]
    kept = [c for c in first if c != removed]
    decided = Decisions([("KL-1", text + " Jeden Dienstag.", kept, first)])  # suggested all, kept all but one
    assert decided.votes(text)[0][removed] < 0
    assert removed not in Suggester(catalogue, decisions=decided).suggest("", text, "meeting_place")
    neutral = Decisions([("KL-1", text + " Jeden Dienstag.", kept)])  # the same decision, nothing said against it
    assert removed not in neutral.votes(text)[0]


def test_the_team_s_decisions_change_the_next_suggestion_and_are_named_as_the_reason():
    s = Suggester(load_catalogue(), decisions=Decisions())
    text = "Dabke-Abend am Freitag, jeder darf mitmachen."
    assert "kultur_sport" not in s.suggest("", text, "idea")  # the catalogue does not know Dabke
    s.decisions.add("KL-000007", "Dabke-Abend im Nachbarschaftshaus", ["kultur_sport"])
    learned = s.explain("", text, "idea")
    assert "kultur_sport" in learned.codes and learned.similar == ["KL-000007"]
    s.decisions.add("KL-000007", "Dabke-Abend im Nachbarschaftshaus", [])  # the decision taken back
    assert "kultur_sport" not in s.suggest("", text, "idea")
    own = Suggester(load_catalogue(), decisions=Decisions([("KL-1", text, ["religion"])]))
    assert own.explain("", text, "idea", exclude="KL-1").similar == []  # a submission is not its own reason


def test_every_catalogue_suggests_from_its_own_words():
    for name in ("integration-2013", "integration-2022"):
        catalogue = load_catalogue(name)
        s = Suggester(catalogue)
        assert set(s.suggest("", "Es fehlt ein Deutschkurs und bezahlbare Wohnungen.", "idea")) <= set(
            catalogue.codes()) and s.suggest("", "Es fehlt ein Deutschkurs und bezahlbare Wohnungen.", "idea")


def test_other_languages_never_crash_and_fall_back_to_the_category():
    s = Suggester(load_catalogue())
    for text in ("Burada gençler için bir buluşma yeri eksik.", "نحتاج إلى مكان للقاء العائلات", "Здесь темно",
                 "😀😀", "", None, "x" * 100_000):
        result = s.suggest(None, text, "unpleasant_place")
        assert isinstance(result, list)
    assert s.suggest(None, "Здесь темно", "unpleasant_place")  # from the category
    assert s.suggest(None, "Здесь", "idea") == []  # an idea says nothing about the place: no guess
