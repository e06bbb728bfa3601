"""Import hygiene: the headless core never imports textual, and only the
analysis package may load jieba (it costs ~1 s and 60-190 MB)."""

from __future__ import annotations

import ast
import functools
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import reader

ROOT = Path(reader.__file__).resolve().parent


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="reader."):
        if info.name.startswith("reader.ui") or info.name in ("reader.__main__",):
            continue
        names.append(info.name)
    return sorted(names)


def test_core_modules_exist():
    mods = _core_modules()
    for expected in (
        "reader.model",
        "reader.cli",
        "reader.store.library",
        "reader.store.editions",
        "reader.importer",
        "reader.session",
    ):
        assert expected in mods


def test_core_never_imports_textual():
    mods = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(k for k in sys.modules if k == 'textual' or k.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported textual: {out.stdout.strip()}"


def test_importing_core_does_not_load_jieba():
    # Importing a module must not load jieba; only calling analysis may.
    mods = _core_modules()
    code = f"import importlib, sys\nfor m in {mods!r}:\n    importlib.import_module(m)\nprint('jieba' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_jieba_is_imported_only_by_the_lazy_loader():
    offenders = []
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "jieba" or n.startswith("jieba.") for n in names):
                rel = path.relative_to(ROOT).as_posix()
                if rel != "analysis/_jieba.py":
                    offenders.append(f"{rel}:{node.lineno}")
    assert offenders == []


# -- the import contract: layers ---------------------------------------------------------

#: The layers, lowest first. A module may import its own layer and the layers
#: below it, never one above: the model knows nothing of pages, ingest and
#: analysis nothing of files, the store nothing of the importer, the reading
#: session (the one owner of the reading state) nothing of Textual, and only the
#: front ends (the Textual UI, the command line, the SSH kiosk) sit on top.
#: Ingest and analysis are one tier in the design; analysis reads one helper
#: of ingest (``people.is_surname``), so ingest sits just below and never
#: imports analysis. Every import counts, also one inside a function. A new
#: module must be placed here (longest prefix wins).
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "base",
        (
            "reader",
            "reader._compat",
            "reader.errors",
            "reader.hanzi",
            "reader.names",
            "reader.files",
            "reader.paths",
            "reader.sanitize",
            "reader.model",
            "reader.i18n",
            "reader.linebreak",
            "reader.dates",
            "reader.redact",
        ),
    ),
    ("ingest", ("reader.ingest",)),
    ("analysis", ("reader.analysis", "reader.sections")),
    ("store", ("reader.store",)),
    ("services", ("reader.importer", "reader.batch", "reader.export", "reader.config")),
    ("session", ("reader.session",)),
    (
        "front ends",
        (
            "reader.ui",
            "reader.cli",
            "reader.cli_search",
            "reader.cli_import",
            "reader.cli_state",
            "reader.cli_parser",
            "reader.cli_completion",
            "reader.cli_progress",
            "reader.kiosk",
            "reader.__main__",
        ),
    ),
]


def _module_name(path: Path) -> str:
    parts = ["reader", *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int | None:
    best, found = -1, None
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, found = len(p), i
    return found


@functools.lru_cache(maxsize=None)
def _parsed(path: Path) -> ast.Module:
    """``path``'s syntax tree, parsed once per run (read, never changed)."""
    return ast.parse(path.read_text("utf-8"))


def _imports(path: Path) -> list[tuple[int, str, bool]]:
    """(line, module, at module level) for every import in ``path``; relative
    imports resolved; ``from X import name`` counts as X."""
    tree = _parsed(path)
    own = _module_name(path).split(".")
    package = own if path.name == "__init__.py" else own[:-1]
    top = {id(n) for n in tree.body}
    for n in tree.body:  # module level includes the bodies of top-level if/try blocks
        if isinstance(n, (ast.If, ast.Try)):
            top |= {id(m) for m in ast.walk(n)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name, id(node) in top) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, *([node.module] if node.module else [])])
            out.append((node.lineno, name, id(node) in top))
    return out


def test_every_module_has_a_layer():
    unplaced = [_module_name(p) for p in sorted(ROOT.rglob("*.py")) if _layer(_module_name(p)) is None]
    assert unplaced == [], f"place these modules in LAYERS (tests/test_hygiene.py): {unplaced}"


def test_layers_import_only_downwards():
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        mod = _module_name(path)
        here = _layer(mod)
        for line, name, _ in _imports(path):
            if not (name == "reader" or name.startswith("reader.")):
                continue
            there = _layer(name)
            if here is not None and there is not None and there > here:
                offenders.append(
                    f"{path.relative_to(ROOT.parent)}:{line}: {mod} ({LAYERS[here][0]}) "
                    f"imports {name} ({LAYERS[there][0]})"
                )
    assert offenders == []


def test_span_rules_do_not_import_the_count_rules_at_module_level():
    """figure_labels.label calls into span_labels from inside the function: at module level the
    imports run one way."""
    spans = ROOT / "analysis" / "span_labels.py"
    assert [n for _, n, top in _imports(spans) if top and n == "reader.analysis.figure_labels"] == []


def test_no_textual_anywhere_in_the_core():
    """Not even inside a function: the core runs where Textual is absent or
    unwanted (import, export, search, the kiosk's checks)."""
    offenders = [
        f"{path.relative_to(ROOT.parent)}:{line}"
        for path in sorted(ROOT.rglob("*.py"))
        if not _module_name(path).startswith("reader.ui")
        for line, name, _ in _imports(path)
        if name == "textual" or name.startswith("textual.")
    ]
    assert offenders == []


def test_jieba_at_module_level_only_in_analysis():
    """Loading jieba costs ~1 s: outside reader.analysis it may only be
    imported inside the function that needs it (today nowhere at all)."""
    offenders = [
        f"{path.relative_to(ROOT.parent)}:{line}"
        for path in sorted(ROOT.rglob("*.py"))
        if not _module_name(path).startswith("reader.analysis")
        for line, name, top in _imports(path)
        if top and (name == "jieba" or name.startswith("jieba."))
    ]
    assert offenders == []


def test_each_name_rule_is_written_once():
    """Issue 14: a name one part accepts is never one another rejects — the rules live in reader.names."""
    pattern = re.compile(r're\.compile\(r"\^\[(?:A-Za-z0-9_?|a-z)\]\[')  # a first character, then the rest
    places = [
        str(p.relative_to(ROOT))
        for p in sorted(ROOT.rglob("*.py"))
        if p.name != "names.py" and pattern.search(p.read_text("utf-8"))
    ]
    assert places == [], f"use reader.names instead of a rule of your own in {places}"


def test_the_store_prints_nothing_and_parses_no_arguments():
    """Issue 14 move 2: printing and argparse belong to the command line modules; the store
    returns values and raises one-line errors."""
    offenders = []
    for p in sorted((ROOT / "store").rglob("*.py")):
        text = p.read_text("utf-8")
        for bad in ("print(", "sys.stdout", "sys.stderr", "argparse"):
            if bad in text:
                offenders.append(f"{p.relative_to(ROOT)}: {bad}")
    assert offenders == []


def test_the_import_batch_prints_nothing():
    """Issue 14 move 2: reader.batch returns what happened; reader/cli_import.py prints it."""
    text = (ROOT / "batch.py").read_text("utf-8")
    assert "print(" not in text and "sys.stdout" not in text and "sys.stderr" not in text


# -- issue 14 move 3: one owner of the reading state ---------------------------------------

#: what of the session belongs to it alone: the state, its store, its bookkeeping
_SESSION_PRIVATE = {"state", "_state", "store", "_store", "_dirty", "_save_enabled", "_changed"}


def _is_session(node: ast.expr) -> bool:
    """``session``, ``sess``, or ``<anything>.session``."""
    return (isinstance(node, ast.Name) and node.id in ("session", "sess")) or (
        isinstance(node, ast.Attribute) and node.attr == "session"
    )


def reading_state_offenders(ui_root: Path) -> list[str]:
    """Places under ``ui_root`` that read or write the reading state other than
    through :class:`reader.session.Session`'s methods, or ask for a save."""
    offenders = []
    for path in sorted(ui_root.rglob("*.py")):
        rel = path.relative_to(ui_root).as_posix()
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            line = getattr(node, "lineno", 0)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reader.store.state"):
                offenders.append(f"{rel}:{line}: imports reader.store.state")
            elif isinstance(node, ast.Import) and any(a.name.startswith("reader.store.state") for a in node.names):
                offenders.append(f"{rel}:{line}: imports reader.store.state")
            elif isinstance(node, ast.Name) and node.id in ("StateStore", "ReadingState"):
                offenders.append(f"{rel}:{line}: uses {node.id}")
            elif isinstance(node, ast.Attribute):
                if node.attr in ("StateStore", "ReadingState"):
                    offenders.append(f"{rel}:{line}: uses {node.attr}")
                elif node.attr in _SESSION_PRIVATE and _is_session(node.value):
                    offenders.append(f"{rel}:{line}: session.{node.attr}")
                elif node.attr == "save" and _is_session(node.value) and rel != "app.py":
                    offenders.append(f"{rel}:{line}: session.save() (the app saves)")
                elif node.attr == "request_save":
                    offenders.append(f"{rel}:{line}: request_save (the session's on_change schedules saves)")
                elif (
                    isinstance(node.ctx, ast.Store)
                    and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "state"
                ):
                    offenders.append(f"{rel}:{line}: writes .state.{node.attr}")
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "request_save":
                offenders.append(f"{rel}:{line}: defines request_save")
    return offenders


def test_the_ui_changes_reading_state_only_through_the_session():
    """The core Session is the one reader and writer of the reading state (read
    marks, bookmarks, the place, the theme): the UI calls its methods, never the
    state or StateStore, and never asks for a save (the session's on_change
    callback, registered by the app, schedules it; only the app calls save)."""
    assert reading_state_offenders(ROOT / "ui") == []


def test_the_reading_state_check_sees_offences(tmp_path):
    (tmp_path / "app.py").write_text("self.session.save()\n", "utf-8")
    (tmp_path / "screen.py").write_text(
        "from reader.store.state import Bookmark\n"
        "st = self.session.state\n"
        "self.session.state.section = s\n"
        "self.app.request_save()\n"
        "self.session.save()\n"
        "x.state.scroll = 3\n"
        "StateStore(d)\n",
        "utf-8",
    )
    found = reading_state_offenders(tmp_path)
    assert sorted({tuple(f.split(":")[:2]) for f in found}) == [("screen.py", str(n)) for n in range(1, 8)], found


def test_only_the_session_opens_the_state_store():
    """Outside the UI too (the command line's `reader state`), the reading state
    is read and written through reader.session.Session, never StateStore itself."""
    users = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in ("session.py", "store/state.py"):
            continue
        tree = ast.parse(path.read_text("utf-8"))
        users += [
            f"{rel}:{n.lineno}"
            for n in ast.walk(tree)
            if isinstance(n, ast.Name)
            and n.id in ("StateStore", "ReadingState")
            or isinstance(n, ast.alias)
            and n.name in ("StateStore", "ReadingState")
        ]
    assert users == []


# -- the UI and Textual's internals ---------------------------------------------------------


@functools.cache
def _private_names_set_in(module_file: str, class_name: str) -> frozenset[str]:
    """The ``self._x`` names class ``class_name`` of a Textual source file uses."""
    tree = ast.parse(Path(module_file).read_text("utf-8"))
    return frozenset(
        sub.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name == class_name
        for sub in ast.walk(node)
        if isinstance(sub, ast.Attribute)
        and isinstance(sub.value, ast.Name)
        and sub.value.id == "self"
        and _private(sub.attr)
    )


def _textual_private_names(cls: type) -> set[str]:
    """The private names (``_x``, not dunders) Textual's classes in ``cls``'s MRO define or set."""
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.split(".")[0] != "textual":
            continue
        names.update(n for n in vars(base) if _private(n))
        module_file = getattr(sys.modules.get(base.__module__), "__file__", None)
        if module_file:
            names |= _private_names_set_in(module_file, base.__name__)
    return names


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _is_self(node: ast.AST) -> bool:
    """``self``, ``cls`` or ``super()``."""
    return (isinstance(node, ast.Name) and node.id in ("self", "cls")) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"
    )


def private_textual_uses(path: Path) -> list[str]:
    """Where ``path`` (a reader.ui module) uses Textual's private API: an import
    from ``textual._…`` or of a ``_name`` from Textual; a private attribute of
    another object (``widget._x``, ``getattr(app, "_x")``); or, inside a class
    built on Textual, a private name Textual's classes use (``self._x``,
    ``super()._x``, ``def _x``)."""
    import importlib

    source = path.read_text("utf-8")
    tree = ast.parse(source)
    module = importlib.import_module(_module_name(path))
    local_classes = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    rel = path.relative_to(ROOT.parent)
    out: list[str] = []

    def check(node: ast.AST, textual_names: set[str]) -> None:
        for sub in ast.walk(node):
            where = f"{rel}:{getattr(sub, 'lineno', '?')}"
            if isinstance(sub, ast.ImportFrom) and sub.module and sub.module.split(".")[0] == "textual":
                if any(_private(part) for part in sub.module.split(".")) or any(_private(a.name) for a in sub.names):
                    out.append(f"{where}: from {sub.module} import {', '.join(a.name for a in sub.names)}")
            elif isinstance(sub, ast.Import):
                out.extend(
                    f"{where}: import {a.name}"
                    for a in sub.names
                    if a.name.split(".")[0] == "textual" and any(_private(p) for p in a.name.split("."))
                )
            elif isinstance(sub, ast.Attribute) and _private(sub.attr):
                if _is_self(sub.value):
                    if sub.attr in textual_names:
                        out.append(f"{where}: {ast.unparse(sub)}")
                elif not (
                    isinstance(sub.value, ast.Name)
                    and (sub.value.id in local_classes or (sub.value.id, sub.attr) == ("os", "_exit"))
                ):
                    out.append(f"{where}: {ast.unparse(sub)}")
            elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)) and sub.name in textual_names:
                out.append(f"{where}: def {sub.name}")
            elif (
                isinstance(sub, ast.Call)
                and isinstance(sub.func, ast.Name)
                and sub.func.id in ("getattr", "hasattr", "setattr", "delattr")
                and len(sub.args) >= 2
                and isinstance(sub.args[1], ast.Constant)
                and isinstance(sub.args[1].value, str)
                and _private(sub.args[1].value)
            ):
                if not _is_self(sub.args[0]) or sub.args[1].value in textual_names:
                    out.append(f"{where}: {ast.unparse(sub)}")

    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            cls = getattr(module, node.name, None)
            built_on_textual = isinstance(cls, type) and any(
                c.__module__.split(".")[0] == "textual" for c in cls.__mro__
            )
            # a mixin's private names are checked against those of Textual's App, Screen and widgets
            check(node, _textual_private_names(cls) if built_on_textual else _textual_core_private_names())
        else:
            check(node, set())
    return out


@functools.cache
def _textual_core_private_names() -> frozenset[str]:
    from textual.app import App
    from textual.screen import Screen
    from textual.scroll_view import ScrollView

    return frozenset(_textual_private_names(App) | _textual_private_names(Screen) | _textual_private_names(ScrollView))


def test_only_the_compat_module_uses_textual_internals():
    """Issue 14 move 4: every use of Textual's private API is in reader/ui/compat.py
    (tested per function in tests/test_ui_compat.py), so a Textual upgrade is checked in one place."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name != "compat.py":
            offenders += private_textual_uses(path)
    assert offenders == [], (
        "Textual's internals belong in reader/ui/compat.py, another object's private "
        "attributes to that object:\n" + "\n".join(offenders)
    )


def test_the_private_api_check_sees_what_it_should():
    probe = ROOT / "ui" / "compat.py"  # a real UI module: uses every kind of private access
    found = "\n".join(private_textual_uses(probe))
    for expected in (
        "from textual.keys import _character_to_key",
        "from textual._time import get_time",
        "node._bindings",
        "def _compositor_refresh",
        "def _size_updated",
        "self._repaint_required",
        "getattr(app, '_keymap', None)",
    ):
        assert expected in found, expected
    assert "_first_resume_done" not in found  # the module's own private names are its business


def _ui_import_graph() -> dict[str, set[str]]:
    """reader.ui module → the reader.ui modules it imports (function-level imports included)."""
    modules = {_module_name(p): p for p in sorted((ROOT / "ui").rglob("*.py"))}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for mod, path in modules.items():
        for _line, name, _top in _imports(path):
            # `from reader.ui import keys` names the module reader.ui.keys
            candidates = [name] + [f"{name}.{a}" for a in _imported_names(path, name)]
            for target in candidates:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != mod and target != "reader.ui":
                    graph[mod].add(target)
    return graph


def _imported_names(path: Path, module: str) -> list[str]:
    tree = _parsed(path)
    own = _module_name(path).split(".")
    package = own if path.name == "__init__.py" else own[:-1]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            if ".".join([*base, *([node.module] if node.module else [])]) == module:
                out += [a.name for a in node.names]
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of modules that has one."""
    out, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                out.append(stack[stack.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return out


def test_the_ui_imports_point_one_way():
    """Issue 14 move 4: app → screens → widgets → helpers, never back (not even
    inside a function). A screen talks to the app with Messages; the palette
    finds the reading screen by what it can do (commands.ReadingScreen)."""
    cycles = _cycles(_ui_import_graph())
    assert cycles == [], "import cycles in reader/ui: " + "; ".join(" → ".join(c) for c in cycles)


def test_the_cycle_check_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    graph = _ui_import_graph()
    assert "reader.ui.keys" in graph["reader.ui.widgets.lines"]  # `from reader.ui import keys`
    assert "reader.ui.screens.main" in graph["reader.ui.app"]  # a function-level import


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in ``path``, at any level; ``from reader.analysis import
    figure_labels`` and ``from . import figure_labels`` count as the submodule they import."""
    out = [(line, name) for line, name, _ in _imports(path)]
    package = ".".join(_module_name(path).split(".")[:-1])
    for node in ast.walk(_parsed(path)):
        if isinstance(node, ast.ImportFrom) and (node.module == package or node.level == 1 and not node.module):
            out += [(node.lineno, f"{package}.{a.name}") for a in node.names]
    return out


#: The label modules, each with the modules above it that it must never import (at any level): the
#: words a label is cut from (label_phrases) under who a person is (person_labels), the naming of a
#: period (period_labels) and of a run (run_labels), under the passes over a paragraph's figures
#: (paragraph_labels) and the rules (figure_labels, span_labels), under the finder (figures). The
#: imports run one way, so a rule change cannot change what a lower module returns by which module
#: loaded first.
_LABEL_RULES = ("reader.analysis.figure_labels", "reader.analysis.span_labels", "reader.analysis.figures")
_LABELS_BELOW = {
    "label_phrases": (
        *_LABEL_RULES,
        "reader.analysis.person_labels",
        "reader.analysis.period_labels",
        "reader.analysis.run_labels",
        "reader.analysis.paragraph_labels",
    ),
    "person_labels": (*_LABEL_RULES, "reader.analysis.paragraph_labels"),
    "period_labels": (*_LABEL_RULES, "reader.analysis.paragraph_labels"),
    "run_labels": (*_LABEL_RULES, "reader.analysis.paragraph_labels"),
    "paragraph_labels": _LABEL_RULES,
    "result_labels": (*_LABEL_RULES, "reader.analysis.paragraph_labels"),
    "list_labels": (*_LABEL_RULES, "reader.analysis.paragraph_labels"),
    "doing_labels": (*_LABEL_RULES, "reader.analysis.paragraph_labels"),
    "size_labels": (*_LABEL_RULES, "reader.analysis.paragraph_labels"),
    # the finder's words are data under everything that reads them
    "figure_lexicon": (
        *_LABEL_RULES,
        "reader.analysis.label_phrases",
        "reader.analysis.person_labels",
        "reader.analysis.period_labels",
        "reader.analysis.run_labels",
        "reader.analysis.paragraph_labels",
    ),
}


@pytest.mark.parametrize("module", sorted(_LABELS_BELOW))
def test_label_modules_import_only_downwards(module):
    path = ROOT / "analysis" / f"{module}.py"
    offenders = [f"{line}: {name}" for line, name in _imported_modules(path) if name in _LABELS_BELOW[module]]
    assert offenders == []


def test_the_downward_check_sees_a_package_import():
    """figure_labels imports span_labels inside a function as ``from reader.analysis import
    span_labels``: the check names the submodule, not the package."""
    names = [name for _, name in _imported_modules(ROOT / "analysis" / "figure_labels.py")]
    assert "reader.analysis.span_labels" in names
