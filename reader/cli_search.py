"""``reader search`` and ``reader index``: what they print (the index itself is
:mod:`reader.store.search`, which prints nothing)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from typing import Any

from reader.errors import InputError
from reader.store.search import Progress, ensure_index, parse_query, rebuild, search


@contextlib.contextmanager
def _cli_progress(*, notice: bool) -> Iterator[Progress]:
    """A rich progress bar on stderr when it is a terminal; else (``notice``)
    one line on stderr when the index is being built from scratch."""
    bar: Any = None
    task: Any = None
    noticed = False

    def update(done: int, total: int, what: str) -> None:
        nonlocal bar, task, noticed
        if sys.stderr.isatty():
            if bar is None:
                from reader.cli_progress import stderr_progress

                bar = stderr_progress("indexing")
                bar.start()
                bar.console.print(f"reader: {what}", markup=False, highlight=False)
                task = bar.add_task("index", total=total)
            bar.update(task, completed=done, total=total)
        elif notice and not noticed and done == 0 and what.startswith("building"):
            noticed = True
            print(f"reader: {what}", file=sys.stderr, flush=True)

    try:
        yield update
    finally:
        if bar is not None:
            bar.stop()


def _open_library(args: Any) -> Any:
    from reader.store.library import Library

    library = Library.open(getattr(args, "content", None))
    library.editions()
    for prob in library.problems:
        print(f"reader: {prob} (skipped)", file=sys.stderr)
    return library


def _one_line(s: str) -> str:
    return " ".join(s.split("\n"))


def cli_search(args: Any) -> int:
    query = " ".join(args.query)
    terms = parse_query(query)  # QueryError: exit 2 with one line
    del terms
    limit = getattr(args, "limit", 20)
    if limit is None or limit < 1:
        raise InputError(f"--limit {limit}: give a number of hits of 1 or more")
    library = _open_library(args)
    with _cli_progress(notice=True) as progress:
        ensure_index(library, progress)
    hits = search(library, query, limit=limit)
    fmt = getattr(args, "format", "text")
    if fmt == "json":
        json.dump([h.to_json() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif sys.stdout.isatty():
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False, soft_wrap=True)
        for h in hits:
            line = Text(f"{h.edition_date or '(undated)'} · {h.section} · {_one_line(h.headline)} — ")
            off = len(line)
            line.append(h.snippet)
            for s, e in h.spans:
                line.stylize("bold", off + s, off + e)
            console.print(line)
    else:
        for h in hits:
            print(f"{h.edition_date or '(undated)'} · {h.section} · {_one_line(h.headline)} — {h.snippet}")
    if not hits:
        n = len(library.editions())
        print(f"reader: no match for {query!r} in {n} edition(s)", file=sys.stderr)
        return 1
    return 0


def cli_index(args: Any) -> int:
    library = _open_library(args)
    with _cli_progress(notice=False) as progress:
        report = rebuild(library, progress)
    for line in report.skipped:
        print(f"reader: {line} (skipped)", file=sys.stderr)
    print(
        f"indexed {report.editions} edition(s), {report.articles} article(s) in {report.seconds:.1f} s "
        f"({report.size / 1e6:.1f} MB at {report.path})"
    )
    return 0
