"""Each mutant's outcome of a mutation pass, kept in a committed file (tests/mutation-outcomes.json), so that a pass
that takes longer than one sitting goes on from a fresh checkout: Cosmic Ray's own session database lives in the
build folder, which a new checkout does not have.

A mutant is known by its operator, the line it changes as that line reads unmutated (stripped), its column within
that line and its place among mutants alike in these three, so a killed mutant stays known while other lines of the
module move or change. Only killed mutants are carried over to a later pass (tests are only ever added); survivors
and mutants that could not run are run again.
"""
import json
import sqlite3
from collections import Counter


def _keys(rows, source):
    """(job id, key) of each (job id, operator, row, column) of a session, the key made from the unmutated source."""
    lines = source.decode("utf-8").splitlines()
    seen = Counter()
    keyed = []
    for job_id, operator, row, col in sorted(rows, key=lambda r: (r[2], r[3], r[1])):
        line = lines[row - 1] if 0 < row <= len(lines) else ""
        offset = col - (len(line) - len(line.lstrip()))
        base = (operator, line.strip(), offset)
        keyed.append((job_id, "{}|{}|{}|{}".format(operator, line.strip(), offset, seen[base])))
        seen[base] += 1
    return keyed


def _specs(con):
    return con.execute("SELECT job_id, operator_name, start_pos_row, start_pos_col FROM mutation_specs").fetchall()


def record(session, source, path, module, module_at, tests_at):
    """Write the outcome of each mutant run so far in the session (source: the module the pass mutates, unmutated)
    to the outcomes file, under the module; the other modules' entries are kept."""
    con = sqlite3.connect(str(session))
    try:
        results = dict((job_id, (worker or "", test or "")) for job_id, worker, test in con.execute(
            "SELECT job_id, worker_outcome, test_outcome FROM work_results"))
        specs = _specs(con)
    finally:
        con.close()
    outcomes = {}
    for job_id, key in _keys(specs, source):
        worker, test = results.get(job_id, ("", ""))
        if worker.upper() == "SKIPPED":
            continue
        outcomes[key] = test.lower() if worker.upper() == "NORMAL" else ("not run" if not worker else worker.lower())
    everything = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    everything[module] = {"module_at": module_at, "tests_at": tests_at,
                          "run": sum(1 for o in outcomes.values() if o in ("killed", "survived")),
                          "outcomes": dict(sorted(outcomes.items()))}
    path.write_text(json.dumps(everything, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return everything[module]


def carry_over(session, source, path, module):
    """Mark as killed, in a fresh session, every mutant the outcomes file has killed before; returns how many and
    the commit of the tests that killed them."""
    if not path.exists():
        return 0, None
    known = json.loads(path.read_text(encoding="utf-8")).get(module)
    if not known:
        return 0, None
    con = sqlite3.connect(str(session))
    try:
        with con:
            done = {row[0] for row in con.execute("SELECT job_id FROM work_results")}
            killed = [job_id for job_id, key in _keys(_specs(con), source)
                      if job_id not in done and known["outcomes"].get(key) == "killed"]
            con.executemany(
                "INSERT INTO work_results (job_id, worker_outcome, test_outcome, output, diff) "
                "VALUES (?, 'NORMAL', 'KILLED', ?, '')",
                [(job_id, "killed in the pass with the tests of {}".format(known["tests_at"])) for job_id in killed])
    finally:
        con.close()
    return len(killed), known["tests_at"]
