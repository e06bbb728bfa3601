"""``reader import``: what it prints. The batch itself (:mod:`reader.batch`) prints nothing.

One line per page on stdout (``imported PAGE -> ID: N articles [sections]``, then
each article), or the editions as JSON (``--format json``; with ``--dry-run``
every line's role and why); problems on stderr as ``reader: …``; with several
pages and stderr a terminal, a progress bar with pages/s and ETA.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from reader.batch import Outcome, run_import
from reader.store.library import Library


def _report_text(o: Outcome, dry_run: bool) -> None:
    if o.error:
        print(f"reader: {o.error} (skipped)", file=sys.stderr)
        return
    ed = o.edition
    assert ed is not None
    verb = "would import" if dry_run else ("replaced" if o.replaced else "imported")
    counts = ed.section_counts()
    secs = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    notes = f" ({'; '.join(o.notes)})" if o.notes else ""
    print(f"{verb} {o.page} -> {ed.id}: {len(ed.articles)} articles [{secs}]{notes}")
    for a in ed.articles:
        print(f"  {a.section:<9} {a.headline}  ({len(a.paragraphs)} paragraphs, {len(a.figures)} figures)")


def _json(o: Outcome) -> dict[str, Any]:
    assert o.edition is not None
    doc = o.edition.to_json()
    if o.blocks is not None:
        doc["blocks"] = o.blocks  # --dry-run: every line of the page, its role, and why
    return doc


class _Bar:
    """rich progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, total: int) -> None:
        from reader.cli_progress import stderr_progress

        # Reports printed to stdout go above the bar, but only when stdout is the
        # same kind of thing (a terminal); never move them to stderr when stdout
        # is a pipe or a file.
        self.progress = stderr_progress("importing", rate_of="pages", redirect_stdout=sys.stdout.isatty())
        self.start = time.monotonic()
        self.progress.start()
        self.task = self.progress.add_task("import", total=total, rate="-")

    def advance(self, done: int) -> None:
        elapsed = time.monotonic() - self.start
        rate = f"{done / elapsed:.1f}" if elapsed > 0 else "-"
        self.progress.update(self.task, completed=done, rate=rate)

    def stop(self) -> None:
        self.progress.stop()


def import_pages(
    pages: list[str],
    library: Library,
    *,
    date: str | None,
    title: str | None,
    dry_run: bool,
    fmt: str,
    jobs: int | None = None,
) -> int:
    """``reader import``: run the batch and report it; 2 when any page failed."""
    many = len(pages) > 1
    bar = _Bar(len(pages)) if many and sys.stderr.isatty() else None
    for notice in library.sections().notices:  # a user's sections.toml that does not validate
        print(f"reader: {notice}", file=sys.stderr)

    def report(o: Outcome, n: int) -> None:
        for w in o.warnings:
            print(f"reader: {w}", file=sys.stderr)
        if fmt == "json":
            if o.error:
                print(f"reader: {o.error} (skipped)", file=sys.stderr)
        else:
            _report_text(o, dry_run)
            sys.stdout.flush()
        if bar is not None:
            bar.advance(n)

    try:
        run = run_import(
            pages,
            library,
            date=date,
            title=title,
            dry_run=dry_run,
            explain=dry_run and fmt == "json",
            jobs=jobs,
            on_outcome=report,
        )
    finally:
        if bar is not None:
            bar.stop()
    if fmt == "json":
        good = [_json(o) for o in run.outcomes if o.edition is not None]
        doc: Any = good[0] if len(pages) == 1 and good else good
        if good or many:
            json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
    failed = run.failed
    if many:
        verb = "checked" if dry_run else "imported"
        rate = len(pages) / run.seconds if run.seconds > 0 else 0.0
        fail = f", {len(failed)} failed" if failed else ""
        print(
            f"reader: {verb} {len(pages) - len(failed)} of {len(pages)} pages{fail} in {run.seconds:.1f} s "
            f"({rate:.1f} pages/s, {run.jobs} job(s))",
            file=sys.stderr,
        )
    return 2 if failed else 0
