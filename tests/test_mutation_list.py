"""The mutation check's breaks still fit the code: each one's text is in its file exactly once, and every test
it names exists (a renamed line or test would otherwise leave a promise unguarded without anyone noticing)."""
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import mutate  # noqa: E402


def _test_names(path):
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_break_applies_once_and_names_existing_tests():
    problems = []
    for b in mutate.BREAKS:
        if (ROOT / b.path).read_text(encoding="utf-8").count(b.old) != 1:
            problems.append("{}: the text to break is not in {} exactly once".format(b.name, b.path))
        for test in b.tests:
            path, _, name = test.partition("::")
            if name and name.split("[")[0] not in _test_names(path):
                problems.append("{}: no test {}".format(b.name, test))
    assert not problems, problems
    assert len({b.name for b in mutate.BREAKS}) == len(mutate.BREAKS)


def test_the_readmes_name_as_many_breaks_as_the_list_has():
    """The READMEs say how many breaks `make test-mutate` applies; a break added without them would make the promise
    quietly smaller than the check."""
    import re

    said = re.findall(r"applies (\d+) named one-line breaks", (ROOT / "README.md").read_text(encoding="utf-8"))
    said += re.findall(r"`make test-mutate` breaks (\d+) of them", (ROOT / "tests/README.md").read_text("utf-8"))
    assert said and all(int(n) == len(mutate.BREAKS) for n in said), (said, len(mutate.BREAKS))
