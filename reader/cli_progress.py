"""The command line's progress bar: rich, on stderr, gone when the work is done.

``reader import`` of many pages and ``reader index`` (or a search that has to build
the index first) both show one; they differ only in what they count and whether a
rate is worth showing, so they share this one builder.
"""

from __future__ import annotations

from typing import Any


def stderr_progress(label: str, *, rate_of: str = "", redirect_stdout: bool = False) -> Any:
    """A :class:`rich.progress.Progress` (not started) drawing on stderr: ``label``, the bar,
    done/total, the rate (``rate_of``, e.g. ``"pages"``, from a task field ``rate``), the time
    elapsed and the time left. ``redirect_stdout`` puts what is printed to stdout above the bar
    (only sensible when stdout is a terminal too)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    rate = [TextColumn(f"{{task.fields[rate]}} {rate_of}/s")] if rate_of else []
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        *rate,
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True, highlight=False),
        transient=True,
        redirect_stdout=redirect_stdout,
        redirect_stderr=False,
    )
