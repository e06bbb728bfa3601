"""`reader completion SHELL` and `reader manpage`: both made from the parser.

The completion scripts come from shtab and the manual page from
argparse-manpage, each walking :func:`reader.cli_parser.build_parser`, so a
new subcommand or option is completed and documented without anyone writing
it twice. Both libraries are imported only here, only by these two commands.

Installing them (also in the README):

    reader completion bash > ~/.local/share/bash-completion/completions/reader
    reader completion zsh  > ~/.zfunc/_reader     # with fpath+=(~/.zfunc) before compinit
    reader completion fish > ~/.config/fish/completions/reader.fish
    reader manpage > ~/.local/share/man/man1/reader.1    # then: man reader
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from reader import __version__
from reader.cli_parser import build_parser

SHELLS = ("bash", "zsh", "fish")

# What an argument names, by its metavar: completed as files or as folders.
_FILE_METAVARS = {"PAGE", "FILE", "FILE|-"}
_DIR_METAVARS = {"DIR"}


def parsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every parser in the tree with its command path (`reader sections apply`), root first."""
    yield parser.prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # aliases map to the same parser
                yield from parsers(sub)


def _with_path_completion(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    import shtab

    for _, p in parsers(parser):
        for action in p._actions:
            metavar = action.metavar if isinstance(action.metavar, str) else None
            if metavar in _FILE_METAVARS:
                action.complete = shtab.FILE  # type: ignore[attr-defined]
            elif metavar in _DIR_METAVARS:
                action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
    return parser


def completion(shell: str) -> str:
    """The completion script for ``shell`` (bash, zsh or fish)."""
    import shtab

    if shell not in SHELLS:
        raise ValueError(f"no completion for {shell!r}: one of {', '.join(SHELLS)}")
    return shtab.complete(_with_path_completion(build_parser()), shell=shell)


def manpage() -> str:
    """The manual page, reader(1), in roff."""
    from argparse_manpage.manpage import Manpage  # type: ignore[import-untyped]

    parser = build_parser()
    page = Manpage(
        parser,
        _data={
            "project_name": "baozhi",
            "version": __version__,
            "description": "read a Chinese newspaper in the terminal",
            "manual_title": "User Commands",
        },
    )
    return str(page)
