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
* Nothing here prints: :func:`run_import` returns what happened and calls
  back as each page finishes; ``reader/cli_import.py`` reports it (a
  progress bar on stderr, the per-page reports on stdout).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.errors import ReaderError
from reader.importer import Page, build_edition, carry_ids, carry_pins, read_page
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
    warnings: list[str] = field(default_factory=list)  # for stderr: the page imported, something around it did not


# --------------------------------------------------------------------------
# Building (runs in worker processes for many pages)
# --------------------------------------------------------------------------


def _build_page(
    page_path: str,
    page: Page | None,
    sections_file: Path | None,
    date: str | None,
    title: str | None,
    serialise: bool = False,
    explain: bool = False,
) -> Outcome:
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
    return Outcome(
        page=page_path, edition=edition, notes=page.notes, toml=text, blocks=parsed.blocks_json() if explain else None
    )


def _build(page_path: str, library: Library, date: str | None, title: str | None) -> Outcome:
    return _build_page(page_path, None, library.sections_file(), date, title)


def _task(
    args: tuple[str, Page | None, Path | None, str | None, str | None], serialise: bool = False, explain: bool = False
) -> Outcome:
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


def _outcomes(
    pages: list[str], sections_file: Path | None, date: str | None, title: str | None, jobs: int, explain: bool = False
) -> Iterator[Outcome]:
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
        from reader.store import atomic

        self.library = library
        self.wd = library.write_dir
        with self.wd.locked():
            # temp files an import killed mid-write left (another import's
            # in-flight ones exist only while it holds the lock)
            for d in (self.wd.root, self.wd.editions_dir):
                atomic.clean_temp_files(d)
            self.entries = {e.id: e for e in self.wd.catalogue(save=False)}
        self.dirty = False
        self.last_save = time.monotonic()
        self.index_warned = False
        self.last_id: str | None = None  # the edition stored last: `reader` opens it next

    def store(self, outcome: Outcome, *, save_now: bool) -> None:
        """Write the edition; replace an earlier import of the same page."""
        edition = outcome.edition
        assert edition is not None
        with self.wd.locked():
            self._store(outcome, save_now=save_now)
        self.library.invalidate()
        entry = self.entries.get(edition.id)
        if entry is not None:  # a large edition: cached now, so the reader's first start reads no TOML
            self.library.keep_cached(entry, edition)
        try:
            _after_store(edition, self.library)
        except Exception as exc:  # noqa: BLE001 - the import itself succeeded
            if not self.index_warned:
                self.index_warned = True
                outcome.warnings.append(f"the search index was not updated ({exc}); `reader index` rebuilds it")

    def _store(self, outcome: Outcome, *, save_now: bool) -> None:
        edition = outcome.edition
        assert edition is not None
        same_page = [e for e in self.entries.values() if e.source_sha256 == edition.source_sha256]
        if same_page:  # imported before (perhaps with another --date): the ids stay
            try:
                carry_ids(edition, read_edition(same_page[0].path))
            except ReaderError:
                pass
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
        self.last_id = edition.id
        self.entries[edition.id] = EditionEntry.from_edition(edition, self.wd.root, path)
        self.dirty = True
        if save_now or time.monotonic() - self.last_save >= CATALOGUE_SAVE_EVERY:
            self._save()

    def save(self) -> None:
        with self.wd.locked():
            self._save()
            if self.last_id is not None:
                self.wd.note_import(self.last_id)

    def _save(self) -> None:
        """Write the catalogue (the lock held): the edition files as they are
        now, so editions another import wrote meanwhile are kept; the entries
        this one made are trusted, others' files are read."""
        if self.dirty:
            entries = self.wd.catalogue(known=list(self.entries.values()))
            self.entries = {e.id: e for e in entries}
            self.dirty = False
        self.last_save = time.monotonic()


def _after_store(edition: Edition, library: Library) -> None:
    """Hook for the search index (kept up to date on import)."""
    from reader.store.search import index_edition

    index_edition(edition, library)


# --------------------------------------------------------------------------
# The run (the command line prints it: reader/cli_import.py)
# --------------------------------------------------------------------------


@dataclass
class ImportRun:
    """What a batch did: every outcome in page order, the workers used and the time taken."""

    outcomes: list[Outcome]
    jobs: int
    seconds: float

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.error]


def run_import(
    pages: list[str],
    library: Library,
    *,
    date: str | None,
    title: str | None,
    dry_run: bool,
    explain: bool = False,
    jobs: int | None = None,
    on_outcome: Callable[[Outcome, int], None] | None = None,
) -> ImportRun:
    """Import ``pages`` into ``library`` (or only build them, ``dry_run``); ``on_outcome(o, n)``
    is called as each page finishes (the n-th), in page order. Prints nothing."""
    if jobs is not None and jobs < 1:
        from reader.errors import InputError

        raise InputError(f"--jobs {jobs}: give 1 or more worker processes")
    jobs = min(jobs or os.cpu_count() or 1, max(1, len(pages)))
    many = len(pages) > 1
    started = time.monotonic()
    writer = None if dry_run else _Writer(library)
    outcomes: list[Outcome] = []
    try:
        for n, o in enumerate(_outcomes(pages, library.sections_file(), date, title, jobs, explain), 1):
            if o.edition is not None and writer is not None:
                try:
                    writer.store(o, save_now=not many)
                except OSError as exc:
                    o.error = f"{o.page}: could not be written ({exc.strerror or exc})"
                    o.edition = None
            outcomes.append(o)
            if on_outcome is not None:
                on_outcome(o, n)
    finally:
        if writer is not None:
            writer.save()
    return ImportRun(outcomes, jobs, time.monotonic() - started)
