"""A mutation tool's pass over the modules that hold the guarantees: Cosmic Ray mutates each module of a scratch
copy one mutant at a time and runs the tests that cover that module (with -x: the first failure kills it).
Writes tests/mutation-report.md: the date and commit, the score per module, and every surviving mutant with the
reason it may survive (EXPLAINED below, keyed by module and the mutated line) or marked to be killed by a test.

    python3 scripts/mutation_report.py --work build/mutation-report [--only MODULE] [--tool-venv .venv-mutate]

Run by `make test-mutate-report`; it takes long (not part of CI). Cosmic Ray runs each mutant's tests as a
separate process, so QGIS starts fresh for each one, and it restores the file after each mutant.
"""
import argparse
import datetime
import hashlib
import json
import os
import shlex
import sqlite3
import subprocess  # nosec B404 - runs our own test suite and the mutation tool
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutate import ROOT, scratch_copy  # noqa: E402
from mutation_log import carry_over, record  # noqa: E402

L = "tests/test_loss_paths.py"
SB = "tests/test_store_behaviour.py"
# module -> the tests that cover it (fast first: with -x the first failure ends the run)
MODULES = {
    "core/store/claims.py": ["tests/test_claims.py", SB + "::test_in_the_plugin_a_save_stamps_who_when_and_the_"
                             "version_and_sends_nothing_else", "tests/test_reviewers.py", "tests/test_classify.py"],
    "core/store/versions.py": ["tests/test_claims.py",
                               SB + "::test_a_save_on_an_old_version_is_refused_and_settled_by_the_reviewer_s_choice",
                               L + "::test_a_save_carrying_an_older_version_after_taking_theirs_does_not_overwrite_"
                               "a_third_colleague", "tests/test_reviewers.py", "tests/test_classify.py"],
    "core/store/edit_stamp.py": [L + "::test_the_machine_s_suggestions_saved_in_a_watched_layer_name_no_reviewer",
                                 L + "::test_a_decision_made_after_a_colleague_s_save_is_based_on_what_it_read_and_"
                                 "keeps_the_names_it_gives",
                                 SB + "::test_in_the_plugin_a_save_stamps_who_when_and_the_version_and_sends_nothing_"
                                 "else", "tests/test_reviewers.py", "tests/test_concurrency.py"],
    "core/publish/export.py": ["tests/test_export_guarantees.py", L + "::test_no_csv_cell_runs_as_a_formula_behind_"
                               "leading_white_space", "tests/test_personal_data.py", "tests/test_export_report.py",
                               SB + "::test_export_and_report_read_either_store"],
    "core/store/copy_store.py": [L + "::test_a_participation_copied_into_postgresql_takes_new_submissions_and_back",
                                 "tests/test_team_store.py"],
    "core/pull/sync.py": ["tests/test_pull_guarantees.py", L + "::test_a_pull_cancelled_after_rows_were_written_"
                          "leaves_every_table_as_it_was", L + "::test_a_withdrawn_submission_listed_again_unchanged_"
                          "is_active_and_back_in_the_queue", SB, "tests/test_pull_oapif.py",
                          "tests/test_hostile_input.py", "tests/test_platforms.py", "tests/test_place.py",
                          "tests/test_draft_profile.py", "tests/test_pull_files.py",
                          "tests/test_push.py::test_a_participation_pulled_with_the_city_s_own_profile_file_is_"
                          "written_back_with_it",
                          "tests/test_team_store.py::test_a_login_that_may_not_make_roles_gets_a_working_store_and_is_"
                          "told_the_roles_wait"],  # (a first pull where the styles may not be saved: since fb59026)
    "core/writeback/conflicts.py": ["tests/test_writeback_guarantees.py", "tests/test_push.py"],
    "core/writeback/push.py": ["tests/test_writeback_guarantees.py", "tests/test_push.py", "tests/test_faults.py",
                               "tests/test_personal_data.py"],
    "core/store/pg_store.py": ["tests/test_team_store.py", SB, "tests/test_concurrency.py", L,
                               "tests/test_review_panel.py::test_the_queue_goes_oldest_first_across_hours_days_and_"
                               "months"],
}
# Operators left out: arithmetic swaps beyond + and - (no multiplication or bit logic in these modules decides a
# guarantee), identity against equality and membership against ordering (type errors or the same result), and
# Cosmic Ray's variable inserters (they rewrite names at random).
EXCLUDE = [r"core/ReplaceBinaryOperator_(?!Add_Sub$|Sub_Add$).*", r"core/Variable(Inserter|Replacer)",
           r"core/ReplaceComparisonOperator_(Eq|NotEq|Lt|LtE|Gt|GtE|In|NotIn)_(Is|IsNot)$",
           r"core/ReplaceComparisonOperator_(Is|IsNot)_(Eq|NotEq|Lt|LtE|Gt|GtE|In|NotIn)$",
           r"core/ReplaceComparisonOperator_(In|NotIn)_(Eq|NotEq|Lt|LtE|Gt|GtE)$",
           r"core/ReplaceComparisonOperator_(Eq|NotEq|Lt|LtE|Gt|GtE)_(In|NotIn)$"]
# Survivors that cannot be told apart by what a user sees: (module, mutated line as it reads after the mutation,
# stripped) -> the reason. A survivor not listed here is a gap to close with a test.
from mutation_verdicts import EXPLAINED, NOT_MADE  # noqa: E402


def module_sha(source):
    """The fingerprint of a module's text, recorded with its pass: the report tells whether today's module is the one
    the pass mutated."""
    return hashlib.sha256(source).hexdigest()[:16]


def config(work, module, tests, build):
    text = """[cosmic-ray]
module-path = "{module}"
timeout = 600.0
excluded-modules = []
test-command = "{command}"

[cosmic-ray.distributor]
name = "local"

[cosmic-ray.filters.operators-filter]
exclude-operators = {exclude}
""".format(module=module, command=" ".join(shlex.quote(a) for a in test_command(build, tests)).replace('"', '\\"'),
           exclude=json.dumps(EXCLUDE))
    path = work / (module.replace("/", "_") + ".toml")
    path.write_text(text, encoding="utf-8")
    return path


def test_command(build, tests):
    """The covering tests as each mutant runs them: stopped at the first failure."""
    return [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "--basetemp",
            str(Path(build) / "pytest"), "-m", "not slow", *tests]


def refuse_a_failing_baseline(src, env, build, tests):
    """Run the covering tests once on the scratch copy without a mutant; where they fail, stop with what failed.
    A pass on a copy whose tests fail without a mutant would count every mutant as killed (as a pass resumed with
    tests newer than the module it mutated once did: a test of a later mend failed on the older module)."""
    done = subprocess.run(test_command(build, tests), cwd=src, env=env, capture_output=True,  # nosec B603
                          text=True)
    if done.returncode:
        failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        raise SystemExit("The covering tests fail on the module without a mutant, so every mutant would count as "
                         "killed: {}. Start the pass again on today's module and tests (remove {}).".format(
                             "; ".join(failed) or done.stdout.strip().splitlines()[-1:], Path(build).parent))


def outcomes(session):
    """(operator, start line, test outcome, diff) of every mutant of a session, from Cosmic Ray's database."""
    con = sqlite3.connect(str(session))
    try:
        rows = con.execute(
            "SELECT m.operator_name, m.start_pos_row, r.test_outcome, r.worker_outcome, r.diff "
            "FROM mutation_specs m JOIN work_results r ON r.job_id = m.job_id").fetchall()
    finally:
        con.close()
    return rows


def mutated_line(diff):
    added = [line[1:].strip() for line in (diff or "").splitlines() if line.startswith("+") and
             not line.startswith("+++")]
    return added[0] if added else ""


def summarise(module, tests, session, minutes):
    """The module's figures from Cosmic Ray's session database (also of a run that was stopped part way)."""
    rows = outcomes(session)
    rows = [(op, line, (test or "").lower(), (worker or "").lower(), diff) for op, line, test, worker, diff in rows]
    tested = [r for r in rows if r[3] == "normal"]
    total = _count(session) - sum(1 for r in rows if r[3] == "skipped")
    return {"module": module, "tests": tests, "mutants": len(tested), "planned": total,
            "killed": sum(1 for r in tested if r[2] == "killed"),
            "survived": [(r[0], r[1], mutated_line(r[4])) for r in tested if r[2] == "survived"],
            "not_run": sum(1 for r in rows if r[3] not in ("normal", "skipped")), "minutes": minutes}


def _count(session):
    con = sqlite3.connect(str(session))
    try:
        return con.execute("SELECT count(*) FROM work_items").fetchone()[0]
    finally:
        con.close()


def pass_started_at(work, recorded):
    """The commit whose module the pass in `work` mutates: its own record where its session is there (a pass stopped
    part way), else the last pass recorded in tests/mutation-results.json. (Taken from the last recorded pass while a
    newer one's session was there, a resumed pass had restored that older module under today's tests.)"""
    at = Path(work) / "module-at"
    return at.read_text().strip() if (Path(work) / "session.sqlite").exists() and at.is_file() else recorded


def run_module(args, module, tests, started_at=None):
    work = args.work / module.replace("/", "_")
    work.mkdir(parents=True, exist_ok=True)
    started_at = pass_started_at(work, started_at)
    session = work / "session.sqlite"
    resume = args.resume and session.exists() and bool(started_at)
    same = resume and _unchanged_since(module, started_at)
    copied = work / "src-commit"  # the commit the scratch copy was made of
    if resume and not same and (work / "src" / module).is_file() and copied.is_file():
        # the module has changed since the pass started (its mutants are kept by position): go on with the
        # scratch copy the pass ran with, its module as it was (a stopped pass may have left a mutant in it)
        src = work / "src"
        (src / module).write_bytes(_as_at(module, started_at))
        tests_at = copied.read_text().strip()
        module_at = started_at.split(",")[0]
    else:
        resume = same
        src = scratch_copy(work)  # the tests as they are now
        tests_at = module_at = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,  # nosec
                                              capture_output=True, text=True).stdout.strip()
        copied.write_text(tests_at + "\n")
    unmutated = work / "module-unmutated"  # the module as the pass mutates it (the copy's may hold a mutant)
    unmutated.write_bytes((src / module).read_bytes())
    (work / "module-at").write_text(module_at + "\n")
    build = work / "build"
    (build / "plugins").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, STADTDIALOG_BUILD=str(build), QGIS_PLUGINPATH=str(build / "plugins"),
               PYTHONPATH=os.pathsep.join([str(build / "plugins"), "/usr/share/qgis/python/plugins"]))
    cfg = config(work, module, tests, build)
    tool = Path(args.tool_venv) / "bin"
    started = time.monotonic()
    carried = (0, None)
    if resume:  # the mutants not run yet, and, where the tests are today's, the survivors again
        print("  resuming the pass stopped part way with the tests as at {}; {} mutants run again".format(
            tests_at, _forget_survivors(session, survivors=same)), flush=True)
    else:
        session.unlink(missing_ok=True)
        for command in [[str(tool / "cosmic-ray"), "init", str(cfg), str(session)],
                        [str(tool / "cr-filter-operators"), str(session), str(cfg)]]:
            subprocess.run(command, cwd=src, env=env, check=True)  # nosec B603 - the mutation tool on our copy
        if args.resume:  # a pass stopped in an earlier sitting, its session gone with the build folder
            carried = carry_over(session, unmutated.read_bytes(), args.outcomes, module)
            print("  going on from {}: {} mutants killed there are not run again".format(
                args.outcomes.name, carried[0]), flush=True)
    refuse_a_failing_baseline(src, env, build, tests)
    keep = lambda: record(session, unmutated.read_bytes(), args.outcomes, module, module_at, tests_at)  # noqa: E731
    _exec([str(tool / "cosmic-ray"), "exec", str(cfg), str(session)], src, env, keep)
    result = summarise(module, tests, session, (time.monotonic() - started) / 60)
    result["module_sha"] = module_sha(unmutated.read_bytes())
    result["resumed"] = tests_at if resume else None
    result["carried"] = carried
    return result


def _exec(command, src, env, keep, every=120):
    """Run Cosmic Ray's exec, writing each mutant's outcome to the committed outcomes file as it goes."""
    process = subprocess.Popen(command, cwd=src, env=env)  # nosec B603 - the mutation tool on our copy
    while True:
        try:
            process.wait(timeout=every)
            break
        except subprocess.TimeoutExpired:
            keep()
    keep()
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)


def _as_at(module, commit):
    return subprocess.run(["git", "show", "{}:{}".format(commit.split(",")[0], module)], cwd=ROOT,  # nosec B603 B607
                          capture_output=True, check=True).stdout


def _unchanged_since(module, commit):
    """Whether the module is the one the pass's mutants were made of at the commit it started at (they are kept by
    position)."""
    return _as_at(module, commit) == (ROOT / module).read_bytes()


def _forget_survivors(session, survivors=True):
    """Drop the results of mutants that could not run (a pass stopped while one ran) and, with today's tests, of
    survivors, so that `cosmic-ray exec` runs them again; a killed mutant stays killed (tests are only ever added).
    Returns how many."""
    con = sqlite3.connect(str(session))
    try:
        with con:
            ids = [row[0] for row in con.execute(
                "SELECT job_id FROM work_results WHERE worker_outcome <> 'SKIPPED' AND coalesce(test_outcome, '') "
                "<> 'KILLED' AND (? OR coalesce(test_outcome, '') <> 'SURVIVED')", (int(survivors),))]
            con.executemany("DELETE FROM work_results WHERE job_id = ?", [(i,) for i in ids])
    finally:
        con.close()
    return len(ids)


def write_report(results, path):
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,  # nosec
                            text=True).stdout.strip()
    lines = ["# Mutation report", "",
             "Written by `make test-mutate-report` (scripts/mutation_report.py, Cosmic Ray) on {} at commit {}, from "
             "each module's last pass (tests/mutation-results.json; the commit a pass ran on is in the table where "
             "it was recorded). A verdict \"killed since\" names the test that kills the mutant, added after the "
             "pass or not among its tests.".format(
                 datetime.date.today().isoformat(), commit), "",
             "Each module of the guarantees is mutated one mutant at a time in a scratch copy, and the tests that "
             "cover it run against each mutant. A survivor is either explained below (no user could tell it "
             "apart) or a gap to close with a test.", "",
             "\"Module today\" compares today's module with the one the pass mutated: a pass of a module changed since "
             "says nothing about the new lines, and is to be run again.", "",
             "| module | mutants run | killed | survived | explained | score | minutes | pass at | module today |",
             "|---|---|---|---|---|---|---|---|---|"]
    missing = [m for m in MODULES if m not in {r["module"] for r in results}]
    if missing:
        lines[-2:-2] = ["Not run yet: {}.".format(", ".join("`{}`".format(m) for m in missing)), ""]
    for r in results:
        explained = [s for s in r["survived"] if (r["module"], s[2]) in EXPLAINED]
        score = 100.0 * (r["killed"] + len(explained)) / r["mutants"] if r["mutants"] else 100.0
        lines.append("| `{}` | {} | {} | {} | {} | {} % | {} | {} | {} |".format(
            r["module"], _run(r), r["killed"], len(r["survived"]), len(explained),
            "{:.0f}".format(score) if score in (0.0, 100.0) else "{:.1f}".format(min(score, 99.9)),
            "{:.0f}".format(r["minutes"]) if r["minutes"] is not None else "–", r.get("commit", "–"), _today(r)))
    for r in results:
        lines += ["", "## `{}`".format(r["module"]), "", "Tests: " + ", ".join("`{}`".format(t) for t in r["tests"])]
        if r["not_run"] and _the_rest_made_by_hand(r):
            lines += ["", "{} mutants the tool could not make, each made and run by hand:".format(r["not_run"]), ""]
            lines += ["- `{}`: {}".format(text.replace("|", "\\|"), verdict) for text, verdict in NOT_MADE[r["module"]]]
        elif r["not_run"]:
            lines.append("{} mutants could not be run (timeout or the module would not import).".format(r["not_run"]))
        if not r["survived"]:
            lines += ["", "No surviving mutant."]
            continue
        lines += ["", "| line | operator | mutated line | verdict |", "|---|---|---|---|"]
        for operator, line, text in sorted(r["survived"], key=lambda s: s[1]):
            verdict = EXPLAINED.get((r["module"], text), "**a gap: to be killed by a test**")
            lines.append("| {} | {} | `{}` | {} |".format(line, operator.replace("core/", ""),
                                                       text.replace("|", "\\|"), verdict))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(r):
    """How many of the module's mutants were run: all, all the tool could make, or a pass stopped part way."""
    planned = r.get("planned", r["mutants"])
    if r["mutants"] >= planned:
        return "{}".format(r["mutants"])
    if _the_rest_made_by_hand(r):
        return "{} of {} (+{} made by hand)".format(r["mutants"], planned, planned - r["mutants"])
    return "{} of {} (stopped)".format(r["mutants"], planned)


def _the_rest_made_by_hand(r):
    """Whether the mutants not run are exactly those the tool could not make (each made and run by hand)."""
    return r["not_run"] == len(NOT_MADE.get(r["module"], [])) and \
        r["mutants"] + r["not_run"] >= r.get("planned", r["mutants"])


def _today(r):
    """Whether today's module is the one the pass mutated ("–" for a pass recorded without its fingerprint)."""
    if not r.get("module_sha"):
        return "–"
    return "as mutated" if r["module_sha"] == module_sha((ROOT / r["module"]).read_bytes()) else \
        "**changed since the pass**"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--only", help="the modules whose path contains this text")
    parser.add_argument("--tool-venv", default=str(ROOT / ".venv-mutate"))
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "mutation-report.md")
    parser.add_argument("--results", type=Path, default=ROOT / "tests" / "mutation-results.json",
                        help="each module's figures and survivors, kept between runs")
    parser.add_argument("--resume", action="store_true",
                        help="go on with a pass stopped part way: the mutants not run, and the survivors again with "
                        "today's tests while the module is unchanged (else with the tests the pass ran with)")
    parser.add_argument("--outcomes", type=Path, default=ROOT / "tests" / "mutation-outcomes.json",
                        help="each mutant's outcome, kept between runs (a later checkout goes on from it)")
    parser.add_argument("--commit", help="with --report-only: what the pass ran on, as the report names it")
    parser.add_argument("--report-only", action="store_true",
                        help="write the report from the sessions there are (also one stopped part way)")
    args = parser.parse_args()
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    results_file = args.results  # committed beside the report: a later checkout rewrites it without a rerun
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    for module, tests in MODULES.items():
        if args.only and args.only not in module:
            continue
        if args.report_only:
            session = args.work / module.replace("/", "_") / "session.sqlite"
            if session.exists() and (module not in results or args.only):  # a pass of the named module read again
                commit = args.commit or results.get(module, {}).get("commit")
                results[module] = dict(summarise(module, tests, session, None), commit=commit)
                work = session.parent
                if (work / "module-unmutated").exists():
                    results[module]["module_sha"] = module_sha((work / "module-unmutated").read_bytes())
                    record(session, (work / "module-unmutated").read_bytes(), args.outcomes, module,
                           (work / "module-at").read_text().strip(), (work / "src-commit").read_text().strip())
            continue
        print("mutating", module, flush=True)
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,  # nosec
                                text=True).stdout.strip()  # the scratch copy is made of it now
        before = results.get(module, {}).get("commit")
        results[module] = run_module(args, module, tests, before)
        resumed = results[module].pop("resumed")
        carried, killed_by = results[module].pop("carried")
        results[module]["commit"] = "{}, resumed with the tests of {}".format(before.split(",")[0], resumed) \
            if resumed else commit
        if carried:
            results[module]["commit"] += "; {} killed carried over from the tests of {}".format(carried, killed_by)
        results_file.write_text(json.dumps(results, indent=1))
        r = results[module]
        print("  {} mutants, {} killed, {} survived".format(r["mutants"], r["killed"], len(r["survived"])),
              flush=True)
    results_file.write_text(json.dumps(results, indent=1))  # also a pass stopped part way, read with --report-only
    write_report([results[m] for m in MODULES if m in results], args.out)


if __name__ == "__main__":
    main()
