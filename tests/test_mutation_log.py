"""A mutation pass that takes longer than one sitting goes on from a fresh checkout: the outcomes written to the
committed file carry each killed mutant over to a new session, also after lines above it moved, while survivors and
mutants of changed lines run again."""
import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import mutation_log  # noqa: E402

MODULE = b"def f(a, b):\n    if a < b:\n        return a + 1\n    return b - 1\n"
# (operator, row, column) of each mutant, as Cosmic Ray's session holds them
MUTANTS = [("core/ReplaceComparisonOperator_Lt_Gt", 2, 9), ("core/NumberReplacer", 3, 19),
           ("core/ReplaceBinaryOperator_Sub_Add", 4, 13), ("core/NumberReplacer", 4, 15)]


def _session(path, mutants, results):
    """A session database of Cosmic Ray's shape with the given mutants and (job id -> test outcome) results."""
    con = sqlite3.connect(str(path))
    with con:
        con.execute("CREATE TABLE mutation_specs (job_id TEXT, module_path TEXT, operator_name TEXT, occurrence INT,"
                    " start_pos_row INT, start_pos_col INT)")
        con.execute("CREATE TABLE work_results (job_id TEXT PRIMARY KEY, worker_outcome TEXT, output TEXT, "
                    "test_outcome TEXT, diff TEXT)")
        for i, (operator, row, col) in enumerate(mutants):
            con.execute("INSERT INTO mutation_specs VALUES (?, 'm.py', ?, 0, ?, ?)",
                        ("job{}".format(i), operator, row, col))
        for job_id, outcome in results.items():
            con.execute("INSERT INTO work_results VALUES (?, 'NORMAL', '', ?, '')", (job_id, outcome))
    con.close()


def _outcomes(path):
    con = sqlite3.connect(str(path))
    try:
        return dict(con.execute("SELECT job_id, test_outcome FROM work_results"))
    finally:
        con.close()


def test_killed_mutants_are_carried_over_to_a_fresh_session_where_their_lines_are_unchanged(tmp_path):
    kept = tmp_path / "mutation-outcomes.json"
    _session(tmp_path / "first.sqlite", MUTANTS, {"job0": "KILLED", "job1": "SURVIVED", "job2": "KILLED"})
    recorded = mutation_log.record(tmp_path / "first.sqlite", MODULE, kept, "m.py", "abc1234", "abc1234")
    assert recorded["run"] == 3
    assert sorted(recorded["outcomes"].values()) == ["killed", "killed", "not run", "survived"]
    assert json.loads(kept.read_text())["m.py"]["tests_at"] == "abc1234"

    # a later checkout: a line added above moves every mutant down one; the last line changed
    later = b"import os\n" + MODULE.replace(b"return b - 1", b"return b - 2")
    moved = [(operator, row + 1, col) for operator, row, col in MUTANTS]
    _session(tmp_path / "second.sqlite", moved, {})
    carried, killed_by = mutation_log.carry_over(tmp_path / "second.sqlite", later, kept, "m.py")
    assert (carried, killed_by) == (1, "abc1234")
    assert _outcomes(tmp_path / "second.sqlite") == {"job0": "KILLED"}  # the survivor and the changed line run again


def test_without_a_kept_file_or_entry_nothing_is_carried_over(tmp_path):
    _session(tmp_path / "s.sqlite", MUTANTS, {})
    assert mutation_log.carry_over(tmp_path / "s.sqlite", MODULE, tmp_path / "none.json", "m.py") == (0, None)
    (tmp_path / "other.json").write_text(json.dumps({"x.py": {"tests_at": "1", "outcomes": {}}}))
    assert mutation_log.carry_over(tmp_path / "s.sqlite", MODULE, tmp_path / "other.json", "m.py") == (0, None)
    assert _outcomes(tmp_path / "s.sqlite") == {}


def test_a_pass_whose_tests_fail_without_a_mutant_is_refused(tmp_path):
    """Where the covering tests fail on the module as it is (tests newer than the module a resumed pass mutates),
    every mutant would count as killed: the pass stops before the first one and names the failing test."""
    import os

    import mutation_report

    (tmp_path / "tests").mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "tests" / "test_module.py").write_text(
        "def test_the_mend():\n    assert 1 + 1 == 3\n\n\ndef test_the_rest():\n    assert True\n")
    env = dict(os.environ, PYTEST_ADDOPTS="")
    try:
        mutation_report.refuse_a_failing_baseline(tmp_path, env, tmp_path / "build", ["tests/test_module.py"])
    except SystemExit as refused:
        assert "fail on the module without a mutant" in str(refused) and "test_the_mend" in str(refused)
    else:
        raise AssertionError("a pass on failing tests went on")
    (tmp_path / "tests" / "test_module.py").write_text("def test_the_mend():\n    assert 1 + 1 == 2\n")
    mutation_report.refuse_a_failing_baseline(tmp_path, env, tmp_path / "build", ["tests/test_module.py"])


def test_a_stopped_pass_goes_on_from_the_module_its_own_session_mutates(tmp_path):
    """A pass stopped part way goes on from the commit its own session began at, not from the last pass recorded in
    tests/mutation-results.json (which had put an older module under today's tests)."""
    import mutation_report

    assert mutation_report.pass_started_at(tmp_path, "785094e") == "785094e"  # no session: the recorded pass
    (tmp_path / "session.sqlite").write_bytes(b"")
    (tmp_path / "module-at").write_text("17efc6e\n")
    assert mutation_report.pass_started_at(tmp_path, "785094e") == "17efc6e"


def _report_of(tmp_path, result):
    import mutation_report

    mutation_report.write_report([result], tmp_path / "report.md")
    row = [line for line in (tmp_path / "report.md").read_text().splitlines() if line.startswith("| `")]
    return row[0], (tmp_path / "report.md").read_text()


def test_the_report_tells_a_pass_of_a_module_changed_since_from_one_of_today_s(tmp_path):
    """A pass of a module that has changed since says nothing about its new lines: the report marks it, so that it is
    run again, and marks a pass of today's module as such."""
    import mutation_report

    today = (ROOT / "core/store/claims.py").read_bytes()
    result = {"module": "core/store/claims.py", "tests": [], "mutants": 2, "planned": 2, "killed": 2, "survived": [],
              "not_run": 0, "minutes": 1.0, "commit": "abc1234"}
    assert _report_of(tmp_path, dict(result, module_sha=mutation_report.module_sha(today)))[0].endswith(
        "| abc1234 | as mutated |")
    older = today.replace(b"def ", b"def  ", 1)
    assert _report_of(tmp_path, dict(result, module_sha=mutation_report.module_sha(older)))[0].endswith(
        "| abc1234 | **changed since the pass** |")
    assert _report_of(tmp_path, result)[0].endswith("| abc1234 | – |")  # a pass recorded without its module


def test_mutants_the_tool_could_not_make_are_listed_with_their_outcome_by_hand_not_as_a_stopped_pass(tmp_path):
    import mutation_verdicts

    module = "core/store/pg_store.py"
    made = mutation_verdicts.NOT_MADE[module]
    result = {"module": module, "tests": [], "mutants": 10, "planned": 10 + len(made), "killed": 10, "survived": [],
              "not_run": len(made), "minutes": None}
    row, text = _report_of(tmp_path, result)
    assert "| 10 of {} (+{} made by hand) |".format(10 + len(made), len(made)) in row and "stopped" not in row
    for line, outcome in made:
        assert "- `{}`: {}".format(line, outcome) in text
    row, text = _report_of(tmp_path, dict(result, not_run=len(made) + 1, planned=11 + len(made)))
    assert "(stopped)" in row and "could not be run" in text  # one more not run: the pass did stop part way
