"""Importing one or many pages: read, build, write, report.

One bad page is reported and skipped; the others still import. The exit
code is 2 when any page failed.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field

from reader.errors import ReaderError
from reader.importer import Page, build_edition, carry_pins, read_page
from reader.model import Edition
from reader.store import content as store
from reader.store.content import Library


@dataclass
class Outcome:
    page: str
    edition: Edition | None = None
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    replaced: bool = False


def _build(page_path: str, library: Library, date: str | None, title: str | None) -> Outcome:
    try:
        page: Page = read_page(page_path)
        edition = build_edition(page, date=date, title=title, sections_file=library.sections_file())
    except ReaderError as exc:
        return Outcome(page=page_path, error=str(exc))
    return Outcome(page=page_path, edition=edition, notes=page.notes)


def _store(outcome: Outcome, library: Library) -> None:
    """Write the edition; replace an earlier import of the same page."""
    edition = outcome.edition
    assert edition is not None
    wd = library.write_dir
    old_entries = [e for e in wd.catalogue() if e.source_sha256 == edition.source_sha256 or e.id == edition.id]
    for e in old_entries:
        try:
            carry_pins(edition, store.read_edition(e.path))
        except ReaderError:
            pass
    path = store.write_edition(wd.root, edition)
    for e in old_entries:
        if e.path != path:
            from reader.store import atomic

            atomic.remove(e.path)
    outcome.replaced = bool(old_entries)
    entries = [e for e in wd.catalogue(save=False) if e.id != edition.id]
    entries.append(store.EditionEntry.from_edition(edition, wd.root, path))
    wd.save_catalogue(entries)
    library.invalidate()
    _after_store(edition, library)


def _after_store(edition: Edition, library: Library) -> None:
    """Hook for the search index (kept up to date on import)."""
    try:
        from reader.store.search import index_edition
    except ImportError:
        return
    index_edition(edition, library)


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
    outcomes = [_build(p, library, date, title) for p in pages]
    for o in outcomes:
        if o.edition is not None and not dry_run:
            _store(o, library)
    if fmt == "json":
        good = [o.edition.to_json() for o in outcomes if o.edition is not None]
        for o in outcomes:
            if o.error:
                print(f"reader: {o.error} (skipped)", file=sys.stderr)
        doc = good[0] if len(pages) == 1 and good else good
        if good or len(pages) > 1:
            json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
    else:
        for o in outcomes:
            _report_text(o, dry_run)
    failed = [o for o in outcomes if o.error]
    if len(pages) == 1 and failed:
        return 2
    return 2 if failed else 0
