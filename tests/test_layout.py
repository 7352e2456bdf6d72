"""The house keeps its floor plan (README, "How the code is laid out"): core/ in rooms by the product's stages,
each importing only the rooms below it, no import loops, no import of another module's private name."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "core"
# room -> the rooms it may import ("" is core's shared helpers, which import no room)
BELOW = {
    "": set(),
    "vendor": set(),
    "store": {""},
    "sources": {""},
    "review": {"", "store", "vendor"},
    "pull": {"", "store", "sources", "review"},
    "writeback": {"", "store", "sources", "review", "pull"},
    "publish": {"", "store", "sources", "review"},
}


def _module(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(path):
    module = _module(path)
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _imports(path):
    """(imported module, [names], line) of every import in `path`, module level or inside functions."""
    modules = {_module(p) for p in ROOT.rglob("*.py") if "build" not in p.parts and ".venv" not in p.parts[0]}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = _package(path).split(".")
            base = base[:len(base) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                sub = target + "." + alias.name
                if sub in modules:
                    found.append((sub, [], node.lineno))
                else:
                    found.append((target, [alias.name], node.lineno))
    return found


def _room(module):
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[0] == "core" and parts[1] in BELOW else ""


def _core_files():
    return sorted(CORE.rglob("*.py"))


def test_every_room_says_what_it_is_for_and_what_it_may_import():
    rooms = {p.parent.name for p in CORE.glob("*/__init__.py")}
    assert rooms == set(BELOW) - {""}
    for room in rooms:
        doc = ast.get_docstring(ast.parse((CORE / room / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "May import" in doc, room


def test_no_room_imports_a_room_above_it():
    wrong = []
    for path in _core_files():
        room = _room(_module(path))
        for target, _names, line in _imports(path):
            if target.startswith("core") and target != "core" and _room(target) != room \
                    and _room(target) not in BELOW[room]:
                wrong.append("{}:{} imports {}".format(path.relative_to(ROOT), line, target))
    assert not wrong, wrong


def test_no_import_loops_in_core():
    graph = {}
    for path in _core_files():
        graph[_module(path)] = {t for t, _n, _l in _imports(path) if t.startswith("core.") and t != _module(path)}
    loops = []
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                loops.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not loops, loops


def test_nothing_reaches_into_another_module_s_private_names():
    reached = []
    for path in list(_core_files()) + sorted((ROOT / "dialogs").glob("*.py")) + sorted(
            (ROOT / "processing").glob("*.py")) + [ROOT / "plugin.py"]:
        for target, names, line in _imports(path):
            for name in names:
                if name.startswith("_"):
                    reached.append("{}:{} imports {} from {}".format(path.relative_to(ROOT), line, name, target))
    assert not reached, reached
