"""Importing one or many pages: read, build, write, report.

* One bad page is reported (``reader: PAGE: what is wrong (skipped)``) and
  skipped; the others still import. The exit code is 2 when any page failed.
* Building an edition (parse, classify, analyse) is CPU work: with several
  pages it runs in worker processes (``--jobs N``, default: every core).
  jieba's dictionary is loaded once in the parent and the workers are forked
  from it, so they share it copy-on-write instead of loading it each. Where
  ``fork`` is unavailable the pages are built one after another.
* Writing stays in the parent, one page at a time: edition files are written
  atomically, the catalogue is updated in memory and saved at most about once
  a second and at the end (it is derived data: a crash in between costs a
  re-parse of the newest files on the next start, nothing more), and the
  search index is updated after every edition.
* With several pages and stderr a terminal, a progress bar (pages/s, ETA)
  runs on stderr; the per-page reports go to stdout as pages finish.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.errors import ReaderError
from reader.importer import Page, build_edition, carry_pins, read_page
from reader.model import Edition
from reader.store.catalogue import EditionEntry
from reader.store.editions import edition_path, edition_to_toml, read_edition, write_edition
from reader.store.library import Library
CATALOGUE_SAVE_EVERY = 1.0  # seconds between catalogue saves during a batch


@dataclass
class Outcome:
    page: str
    edition: Edition | None = None
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    replaced: bool = False
    toml: str | None = None  # the edition file's text, serialised in the worker
    blocks: list[dict[str, Any]] | None = None  # each line's role (for --dry-run --format json)


# --------------------------------------------------------------------------
# Building (runs in worker processes for many pages)
# --------------------------------------------------------------------------


def _build_page(page_path: str, page: Page | None, sections_file: Path | None, date: str | None,
                title: str | None, serialise: bool = False, explain: bool = False) -> Outcome:
    try:
        if page is None:
            page = read_page(page_path)
        from reader.ingest import parse

        parsed = parse(page.text, page.hints)
        edition = build_edition(page, date=date, title=title, sections_file=sections_file, parsed=parsed)
        # Serialising is ~1/4 of the parent's work per page: do it here, in
        # the worker, when there is one.
        text = edition_to_toml(edition) if serialise else None
    except ReaderError as exc:
        return Outcome(page=page_path, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop the others
        return Outcome(page=page_path, error=f"{page_path}: could not be imported ({type(exc).__name__}: {exc})")
    return Outcome(page=page_path, edition=edition, notes=page.notes, toml=text,
                   blocks=parsed.blocks_json() if explain else None)


def _build(page_path: str, library: Library, date: str | None, title: str | None) -> Outcome:
    return _build_page(page_path, None, library.sections_file(), date, title)


def _task(args: tuple[str, Page | None, Path | None, str | None, str | None], serialise: bool = False,
          explain: bool = False) -> Outcome:
    return _build_page(*args, serialise=serialise, explain=explain)


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform != "win32" and "fork" in multiprocessing.get_all_start_methods()


def _preload() -> None:
    """Load jieba and the analysis tables once, before forking the workers."""
    import reader.ingest  # noqa: F401
    import reader.sections  # noqa: F401
    from reader.analysis import _jieba

    _jieba.get()
    try:
        from reader.analysis.run import analyze_text

        analyze_text("昌吉国家高新区今年以来投入5000万元，支持86家高新技术企业。\n\n园区年货运量达5800万吨。")
    except Exception:  # noqa: BLE001 - the workers will report the real problem per page
        pass


def _outcomes(pages: list[str], sections_file: Path | None, date: str | None, title: str | None,
              jobs: int, explain: bool = False) -> Iterator[Outcome]:
    """Build every page; yield the outcomes in page order as they are ready."""
    # stdin can only be read here, in the parent.
    tasks: list[Outcome | tuple[str, Page | None, Path | None, str | None, str | None]] = []
    for p in pages:
        pre: Page | None = None
        if p == "-":
            try:
                pre = read_page(p)
            except ReaderError as exc:
                tasks.append(Outcome(page=p, error=str(exc)))
                continue
        tasks.append((p, pre, sections_file, date, title))

    if jobs <= 1 or len(pages) <= 1 or not _can_fork():
        for t in tasks:
            yield t if isinstance(t, Outcome) else _task(t, explain=explain)
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _preload()
    from reader.store.search import close_all

    close_all()  # no open index connection may cross the fork
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        futures = [None if isinstance(t, Outcome) else pool.submit(_task, t, True, explain) for t in tasks]
        broken = False
        for t, fut in zip(tasks, futures):
            if isinstance(t, Outcome):
                yield t
                continue
            assert fut is not None
            if not broken:
                try:
                    yield fut.result()
                    continue
                except BrokenProcessPool:
                    broken = True  # a worker died (killed, out of memory): finish here
            yield _task(t, explain=explain)


# --------------------------------------------------------------------------
# Writing (parent only)
# --------------------------------------------------------------------------


class _Writer:
    """Writes editions into the library's write dir; keeps the catalogue in memory."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.wd = library.write_dir
        self.entries = {e.id: e for e in self.wd.catalogue(save=False)}
        self.dirty = False
        self.last_save = time.monotonic()
        self.index_warned = False

    def store(self, outcome: Outcome, *, save_now: bool) -> None:
        """Write the edition; replace an earlier import of the same page."""
        edition = outcome.edition
        assert edition is not None
        old = [e for e in self.entries.values() if e.source_sha256 == edition.source_sha256 or e.id == edition.id]
        for e in old:
            try:
                carry_pins(edition, read_edition(e.path))
            except ReaderError:
                pass
        if outcome.toml is not None and not old:
            from reader.store import atomic

            path = edition_path(self.wd.root, edition.id)
            atomic.write_text(path, outcome.toml)
        else:  # pins may have changed it
            path = write_edition(self.wd.root, edition)
        outcome.toml = None
        for e in old:
            if e.path != path:
                from reader.store import atomic

                atomic.remove(e.path)
            self.entries.pop(e.id, None)
        outcome.replaced = bool(old)
        self.entries[edition.id] = EditionEntry.from_edition(edition, self.wd.root, path)
        self.dirty = True
        if save_now or time.monotonic() - self.last_save >= CATALOGUE_SAVE_EVERY:
            self.save()
        self.library.invalidate()
        try:
            _after_store(edition, self.library)
        except Exception as exc:  # noqa: BLE001 - the import itself succeeded
            if not self.index_warned:
                self.index_warned = True
                print(f"reader: the search index was not updated ({exc}); `reader index` rebuilds it",
                      file=sys.stderr)

    def save(self) -> None:
        if self.dirty:
            self.wd.save_catalogue(list(self.entries.values()))
            self.dirty = False
        self.last_save = time.monotonic()


def _after_store(edition: Edition, library: Library) -> None:
    """Hook for the search index (kept up to date on import)."""
    from reader.store.search import index_edition

    index_edition(edition, library)


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------


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
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self.progress = Progress(
            TextColumn("importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} pages/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True, highlight=False),
            transient=True,
            # Reports printed to stdout go above the bar, but only when stdout
            # is the same kind of thing (a terminal); never move them to stderr
            # when stdout is a pipe or a file.
            redirect_stdout=sys.stdout.isatty(),
            redirect_stderr=False,
        )
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
    if jobs is not None and jobs < 1:
        from reader.errors import InputError

        raise InputError(f"--jobs {jobs}: give 1 or more worker processes")
    jobs = min(jobs or os.cpu_count() or 1, max(1, len(pages)))
    many = len(pages) > 1
    started = time.monotonic()
    writer = None if dry_run else _Writer(library)
    bar = _Bar(len(pages)) if many and sys.stderr.isatty() else None
    outcomes: list[Outcome] = []
    for notice in library.sections().notices:  # a user's sections.toml that does not validate
        print(f"reader: {notice}", file=sys.stderr)
    try:
        explain = dry_run and fmt == "json"
        for n, o in enumerate(_outcomes(pages, library.sections_file(), date, title, jobs, explain), 1):
            if o.edition is not None and writer is not None:
                try:
                    writer.store(o, save_now=not many)
                except OSError as exc:
                    o.error = f"{o.page}: could not be written ({exc.strerror or exc})"
                    o.edition = None
            outcomes.append(o)
            if fmt == "json":
                if o.error:
                    print(f"reader: {o.error} (skipped)", file=sys.stderr)
                # keep only what the JSON report needs
            else:
                _report_text(o, dry_run)
                sys.stdout.flush()
            if bar is not None:
                bar.advance(n)
    finally:
        if bar is not None:
            bar.stop()
        if writer is not None:
            writer.save()
    if fmt == "json":
        good = [_json(o) for o in outcomes if o.edition is not None]
        doc: Any = good[0] if len(pages) == 1 and good else good
        if good or many:
            json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
    failed = [o for o in outcomes if o.error]
    if many:
        secs = time.monotonic() - started
        verb = "checked" if dry_run else "imported"
        rate = len(pages) / secs if secs > 0 else 0.0
        fail = f", {len(failed)} failed" if failed else ""
        print(f"reader: {verb} {len(pages) - len(failed)} of {len(pages)} pages{fail} in {secs:.1f} s "
              f"({rate:.1f} pages/s, {jobs} job(s))", file=sys.stderr)
    return 2 if failed else 0
