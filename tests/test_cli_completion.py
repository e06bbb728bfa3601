"""`reader completion SHELL`, `reader manpage` and `reader --version`: made from the parser."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

import reader
from reader.cli import main
from reader.cli_completion import SHELLS, parsers
from reader.cli_parser import build_parser


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _subcommands() -> list[str]:
    """Every command path below `reader`: import, ..., sections apply, state import, ..."""
    return [path.removeprefix("reader ") for path, _ in parsers(build_parser()) if path != "reader"]


def test_the_tree_holds_every_command():
    paths = _subcommands()
    assert {"import", "export", "search", "sections apply", "state import", "completion", "manpage"} <= set(paths)


@pytest.mark.parametrize("shell", SHELLS)
def test_completion_names_every_subcommand(capsys, shell):
    script = _run(capsys, "completion", shell)
    missing = [p for p in _subcommands() if not re.search(rf"(?<![\w-]){re.escape(p.split()[-1])}(?![\w-])", script)]
    assert not missing, f"{shell} completion lacks {missing}"
    assert "dry-run" in script and "content" in script  # fish writes options as `-l dry-run`


@pytest.mark.parametrize("shell", SHELLS)
def test_completion_script_is_valid_in_its_shell(capsys, shell, tmp_path):
    if not shutil.which(shell):
        pytest.skip(f"no {shell} here")
    path = tmp_path / f"reader.{shell}"
    path.write_text(_run(capsys, "completion", shell), encoding="utf-8")
    out = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_bash_completes_commands_options_and_choices(capsys, tmp_path):
    if not shutil.which("bash"):
        pytest.skip("no bash here")
    path = tmp_path / "reader.bash"
    path.write_text(_run(capsys, "completion", "bash"), encoding="utf-8")

    def complete(*words: str) -> list[str]:
        script = (
            f'source "{path}"; COMP_WORDS=({" ".join(repr(w) for w in words)}); '
            f'COMP_CWORD={len(words) - 1}; _shtab_reader; printf "%s\\n" "${{COMPREPLY[@]}}"'
        )
        out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
        return out.stdout.split()

    assert complete("reader", "sec") == ["sections"]
    assert complete("reader", "sections", "") == ["list", "init", "apply"]
    assert "--dry-run" in complete("reader", "import", "--d")
    assert complete("reader", "export", "--format", "") == ["json", "markdown"]


def test_fish_completes_commands_and_options(capsys, tmp_path):
    if not shutil.which("fish"):
        pytest.skip("no fish here")
    path = tmp_path / "reader.fish"
    path.write_text(_run(capsys, "completion", "fish"), encoding="utf-8")

    def complete(line: str) -> list[str]:
        out = subprocess.run(
            ["fish", "--no-config", "-c", f'source "{path}"; complete -C "{line}"'],
            capture_output=True,
            text=True,
            check=True,
        )
        return [row.split("\t")[0] for row in out.stdout.splitlines()]

    assert complete("reader sec") == ["sections"]
    assert sorted(complete("reader sections ")) == ["apply", "init", "list"]
    assert "--dry-run" in complete("reader import --d")
    assert complete("reader export --format ") == ["json", "markdown"]


def test_completion_of_another_shell_is_refused(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["completion", "tcsh"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def _manpage(capsys: pytest.CaptureFixture[str]) -> str:
    return _run(capsys, "manpage")


def test_manpage_documents_every_option_of_import(capsys):
    # roff: \- is a hyphen, \fB \fI \fR switch fonts, \, and \/ adjust italics
    text = re.sub(r"\\f[BIRP]|\\[,/]", "", _manpage(capsys)).replace("\\-", "-")
    (imp,) = [p for path, p in parsers(build_parser()) if path == "reader import"]
    options = [s for a in imp._actions for s in a.option_strings]
    assert "--dry-run" in options and "--date" in options
    missing = [o for o in options if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", text)]
    assert not missing, f"the man page lacks {missing}"
    for path in _subcommands():
        assert f"'reader {path}'" in text, path


def test_manpage_is_roff_that_groff_reads_without_warnings(capsys, tmp_path):
    text = _manpage(capsys)
    assert text.startswith('.TH READER "1"')
    assert "reader \\- read a Chinese newspaper in the terminal" in text
    if not shutil.which("groff"):
        pytest.skip("no groff here")
    page = tmp_path / "reader.1"
    page.write_text(text, encoding="utf-8")
    # -k: preconv, as man(1) runs it, for the Chinese in the examples
    out = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", str(page)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stderr, out.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"reader {reader.__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", reader.__version__)
    try:
        installed = version("baozhi")
    except PackageNotFoundError:
        return  # an environment that installed the project under its old name, or not at all
    if Path(reader.__file__).resolve().parent.parent == Path(__file__).resolve().parents[1]:
        # this checkout's package: the distribution's version is read from the same line
        assert installed == reader.__version__


def test_the_plain_start_imports_neither_shtab_nor_argparse_manpage():
    code = (
        "import sys, reader.cli, reader.cli_parser; reader.cli_parser.build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith(('shtab', 'argparse_manpage'))))"
    )
    out = subprocess.run(
        [__import__("sys").executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_completion_knows_files_and_folders():
    from reader.cli_completion import _with_path_completion

    parser = _with_path_completion(build_parser())
    kinds: dict[str, set[str]] = {}
    for _, p in parsers(parser):
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                continue
            complete = getattr(a, "complete", None)
            if complete:
                kinds.setdefault(str(a.metavar), set()).add(complete["bash"])
    assert kinds == {
        "PAGE": {"_shtab_compgen_files"},
        "FILE|-": {"_shtab_compgen_files"},
        "FILE": {"_shtab_compgen_files"},
        "DIR": {"_shtab_compgen_dirs"},
    }
