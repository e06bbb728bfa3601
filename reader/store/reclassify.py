"""``reader sections apply``: file every article of the library again with the
sections in use.

After a user edits sections.toml (a new section, other terms or weights),
the editions already imported still carry the sections they were given at
import. :func:`apply_sections` re-classifies every edition in the library's
write dir with the current :class:`~reader.sections.Definition`:

* an article whose section the editor pinned (``section_pinned = true``)
  keeps it (and loses any ``section_terms`` an import gave it: the pin is
  the reason);
* every other article gets the section :func:`reader.sections.explain`
  chooses and the terms that put it there (``section_terms``);
* an edition file is rewritten only if something in it changed, atomically
  (temp file, fsync, ``os.replace``: see :mod:`reader.store.atomic`); the
  catalogue and the search index follow.

Editions in read-only dirs (the bundled ones, when the library is the user's
own plus the bundled editions) are not rewritten; the report counts them.
Headless: printing is the command line's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import ContentError
from reader.sections import Definition, explain
from reader.store.editions import read_edition, write_edition
from reader.store.library import Library


@dataclass
class Move:
    """One article filed elsewhere: where it was, where it goes, and why."""

    edition_id: str
    article_id: str
    headline: str
    old: str
    new: str
    terms: list[str]


@dataclass
class ApplyReport:
    editions: int = 0  # edition files read in the write dir
    articles: int = 0
    rewritten: int = 0  # edition files written (sections or their reasons changed)
    pinned: int = 0  # articles kept where the editor pinned them
    moves: list[Move] = field(default_factory=list)
    skipped_dirs: list[tuple[Path, int]] = field(default_factory=list)  # read-only dirs, editions in each
    problems: list[str] = field(default_factory=list)


def apply_sections(library: Library, definition: Definition | None = None, *, dry_run: bool = False) -> ApplyReport:
    """Re-classify every edition in ``library``'s write dir (see the module docstring)."""
    definition = definition or library.sections()
    report = ApplyReport()
    wd = library.write_dir
    for cd in library.read_dirs:
        if cd.root.resolve() != wd.root.resolve():
            n = len(list(cd.edition_files()))
            if n:
                report.skipped_dirs.append((cd.root, n))
    changed = []
    for path in wd.edition_files():
        try:
            edition = read_edition(path)
        except ContentError as exc:
            report.problems.append(str(exc))
            continue
        report.editions += 1
        dirty = False
        for a in edition.articles:
            report.articles += 1
            if a.section_pinned:  # the editor's choice is the reason; terms from an import would mislead
                report.pinned += 1
                if a.section_terms:
                    a.section_terms, dirty = [], True
                continue
            new, terms = explain(a, definition.sections)
            if new != a.section:
                report.moves.append(Move(edition.id, a.id, a.headline, a.section, new, terms))
            if (new, terms) != (a.section, a.section_terms):
                a.section, a.section_terms = new, terms
                dirty = True
        if dirty:
            report.rewritten += 1
            if not dry_run:
                write_edition(wd.root, edition)
                changed.append(edition)
    if changed:
        entries = {e.id: e for e in wd.catalogue()}  # re-reads the rewritten files (their mtime changed) and saves
        library.invalidate()
        for edition in changed:  # a large edition's cache is made again now, not at the reader's next start
            entry = entries.get(edition.id)
            if entry is not None:
                library.keep_cached(entry, edition)
        try:
            from reader.store.search import index_edition

            for edition in changed:
                index_edition(edition, library)
        except Exception as exc:  # noqa: BLE001 - the editions are written; the index can be rebuilt
            report.problems.append(f"the search index was not updated ({exc}); `reader index` rebuilds it")
    return report
