"""Import hygiene: the headless core never imports textual, and only the
analysis package may load jieba (it costs ~1 s and 60-190 MB)."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

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
    for expected in ("reader.model", "reader.cli", "reader.store.content", "reader.importer"):
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
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}:\n"
        "    importlib.import_module(m)\n"
        "print('jieba' in sys.modules)\n"
    )
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
