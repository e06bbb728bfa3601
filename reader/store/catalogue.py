"""The catalogue: one small entry per edition, so the reader's start path never parses every edition.

Layout of a content directory::

    sections.toml              optional: this library's sections (see reader.sections)
    editions/<edition-id>.toml one file per imported page (reader.store.editions)
    catalogue.json             derived from the edition files: what lists and counts need

:class:`ContentDir` keeps one directory's catalogue up to date with its files;
:class:`CatalogueView` reads a large catalogue row by row without parsing it all.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader import files, paths
from reader.errors import ContentError
from reader.model import Edition
from reader.store import atomic
from reader.store.editions import EDITIONS, read_edition


CATALOGUE = "catalogue.json"
LOCK = ".lock"
#: the id of the edition imported last (``reader`` opens it next: see Session.start_edition)
LAST_IMPORT = "last-import"
#: How long an import waits for another one's write (an edition file or the
#: catalogue: milliseconds each), before it writes without the lock.
IMPORT_LOCK_WAIT_S = 30.0
#: ~160 bytes a row: room for about 400,000 editions.
MAX_CATALOGUE_BYTES = 64 * 1024 * 1024
CATALOGUE_VERSION = 4  # 3: undated editions sort by import time; 4: section counts keyed by id


# --------------------------------------------------------------------------
# The catalogue
# --------------------------------------------------------------------------


@dataclass
class ArticleEntry:
    """What an edition's article list needs of an article."""

    id: str
    section: str
    headline: str
    kicker: str | None = None


class EditionEntry:
    """What the start path needs to know about an edition without parsing it.

    Kept small on purpose: at 3,650 editions the whole catalogue must load in
    a few milliseconds. The article list is read from the edition file only
    when something asks for it (:attr:`articles`).
    """

    __slots__ = (
        "id",
        "title",
        "date",
        "source_sha256",
        "file",
        "mtime_ns",
        "size",
        "counts",
        "content_dir",
        "_articles",
    )

    def __init__(
        self,
        id: str,
        title: str,
        date: str | None,
        source_sha256: str,
        file: str,
        mtime_ns: int,
        size: int,
        counts: dict[str, int],
        content_dir: Path,
        articles: list[ArticleEntry] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.date = date
        self.source_sha256 = source_sha256
        self.file = file  # path relative to the content dir
        self.mtime_ns = mtime_ns
        self.size = size
        self.counts = counts  # articles per section id (only sections with articles)
        self.content_dir = content_dir
        self._articles = articles

    def __repr__(self) -> str:
        return f"EditionEntry({self.id!r}, date={self.date!r}, articles={self.article_count})"

    @property
    def path(self) -> Path:
        return self.content_dir / self.file

    @property
    def article_count(self) -> int:
        return sum(self.counts.values())

    def section_counts(self) -> dict[str, int]:
        return dict(self.counts)

    @property
    def articles(self) -> list[ArticleEntry]:
        """Brief article entries (parses the edition file on first use)."""
        if self._articles is None:
            ed = read_edition(self.path)
            self._articles = [ArticleEntry(a.id, a.section, a.headline, a.kicker) for a in ed.articles]
        return self._articles

    def to_row(self) -> list[Any]:
        return [
            self.id,
            self.title,
            self.date,
            self.source_sha256,
            self.file,
            self.mtime_ns,
            self.size,
            dict(self.counts),
        ]

    @classmethod
    def from_row(cls, row: list[Any], content_dir: Path) -> EditionEntry:
        """An entry from a catalogue row; ``TypeError``/``ValueError`` for a row
        of another shape (the catalogue is derived data: such a row is made
        again from its edition file, never trusted into the screen)."""
        eid, title, date, sha, file, mtime_ns, size, counts = row
        if not (
            type(eid) is str
            and type(title) is str
            and (date is None or type(date) is str)
            and type(sha) is str
            and type(file) is str
            and type(mtime_ns) is int
            and type(size) is int
            and type(counts) is dict
            and all(type(k) is str and type(v) is int for k, v in counts.items())
        ):
            raise TypeError(f"catalogue row of another shape: {str(row)[:60]}")
        return cls(eid, title, date, sha, file, mtime_ns, size, dict(counts), content_dir)

    @classmethod
    def from_edition(cls, edition: Edition, content_dir: Path, path: Path) -> EditionEntry:
        st = path.stat()
        return cls(
            id=edition.id,
            title=edition.title,
            date=edition.date,
            source_sha256=edition.source_sha256,
            file=path.relative_to(content_dir).as_posix(),
            mtime_ns=st.st_mtime_ns,
            size=st.st_size,
            counts=edition.section_counts(),
            content_dir=content_dir,
            articles=[ArticleEntry(a.id, a.section, a.headline, a.kicker) for a in edition.articles],
        )


def sort_key(e: EditionEntry) -> tuple[str, str]:
    """Oldest first, by the date the page prints; an undated edition by when it
    was imported (its file's time, UTC), so the page imported last is the newest."""
    if e.date:
        return (e.date, e.id)
    import datetime as _dt

    when = _dt.datetime.fromtimestamp(e.mtime_ns / 1e9, tz=_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return (when, e.id)


class ContentDir:
    """One content directory: its edition files and its catalogue."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def editions_dir(self) -> Path:
        return self.root / EDITIONS

    def edition_files(self) -> list[Path]:
        return [self.editions_dir / name for name, _st in self._scan()]

    def _scan(self) -> list[tuple[str, os.stat_result]]:
        """(file name, stat) of every edition file, sorted by name."""
        out = []
        try:
            with os.scandir(self.editions_dir) as it:
                for de in it:
                    name = de.name
                    if name.endswith(".toml") and not name.startswith("."):
                        try:
                            out.append((name, de.stat()))
                        except OSError:
                            continue
        except (FileNotFoundError, NotADirectoryError):
            return []
        out.sort()
        return out

    def catalogue_path(self) -> Path:
        """``catalogue.json`` in the directory, or in the user's cache when the
        directory is read-only (a normal install's bundled editions)."""
        if os.access(self.root, os.W_OK):
            return self.root / CATALOGUE
        return paths.cache_dir() / f"catalogue-{paths.cache_name(str(self.root.resolve()))}.json"

    def stamp(self) -> int | None:
        """The editions folder's mtime: it changes when an edition file is added,
        replaced or removed (every write is a rename). One stat."""
        return self._editions_mtime()

    def _editions_mtime(self) -> int | None:
        try:
            return os.stat(self.editions_dir).st_mtime_ns
        except OSError:
            return None

    def _read_catalogue(self) -> tuple[dict[str, list[Any]], int | None]:
        """Raw rows keyed by relative file path (entries are built only for files
        that exist), and the editions folder's mtime the catalogue was made at."""
        try:
            raw = json.loads(files.read_bytes(self.catalogue_path(), MAX_CATALOGUE_BYTES))
            if raw.get("version") != CATALOGUE_VERSION:
                return {}, None
            rows = {row[4]: row for row in raw["editions"] if isinstance(row, list) and len(row) == 8}
            return rows, raw.get("editions_mtime_ns")
        except (OSError, ContentError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return {}, None  # derived data: anything odd and it is made again from the edition files

    def view(self) -> CatalogueView | None:
        """The saved catalogue, rows unparsed, if it is up to date (the editions
        folder unchanged since it was made); else None (use :meth:`catalogue`)."""
        try:
            data = files.read_bytes(self.catalogue_path(), MAX_CATALOGUE_BYTES)
        except (OSError, ContentError):
            return None
        return CatalogueView.parse(data, self.root, self._editions_mtime())

    def note_import(self, edition_id: str) -> None:
        """Remember ``edition_id`` as the one imported last (atomically; silently
        not, where the folder cannot be written)."""
        try:
            atomic.write_text(self.root / LAST_IMPORT, edition_id + "\n")
        except OSError:
            pass

    def last_import(self) -> tuple[str, int] | None:
        """(id, when in ns) of the edition imported last, or None."""
        path = self.root / LAST_IMPORT
        try:
            mtime = os.stat(path).st_mtime_ns
            edition_id = files.read_text(path, 256).strip()
        except (OSError, ContentError):
            return None
        return (edition_id, mtime) if edition_id else None

    def locked(self) -> contextlib.AbstractContextManager[bool]:
        """The content dir's write lock (``.lock``): held by an import while it
        writes an edition file or the catalogue, so imports running at the
        same time keep each other's editions (see :func:`atomic.locked`)."""
        return atomic.locked(self.root / LOCK, IMPORT_LOCK_WAIT_S)

    def catalogue(
        self,
        *,
        problems: list[ContentError] | None = None,
        save: bool = True,
        quick: bool = False,
        known: Iterable[EditionEntry] = (),
    ) -> list[EditionEntry]:
        """Entries for every edition file, oldest first.

        The catalogue file is trusted only for files whose size and mtime
        still match; stale or missing entries are rebuilt by parsing just
        those files (and written back when the directory is writable).
        Invalid files are skipped and reported through ``problems``.

        ``quick=True`` (the reader's start path) skips the per-file check when
        the editions folder itself is unchanged since the catalogue was made
        (no file added, removed or replaced); a file edited in place is then
        noticed by :meth:`Library.load` (which checks the one file it opens)
        or by the next full check.

        ``known``: entries the caller made for files it just wrote (an import),
        trusted like catalogue rows when the file's size and mtime match.
        """
        cached, made_at = self._read_catalogue()
        for e in known:  # entries a writer holds for files it wrote: trusted if size and mtime match
            cached[e.file] = e.to_row()
        before = self._editions_mtime()
        if quick and cached and made_at is not None and made_at == before:
            try:
                out = [EditionEntry.from_row(row, self.root) for row in cached.values()]
            except (TypeError, ValueError):
                out = None
            if out is not None:
                return out  # saved oldest first
        out = []
        changed = False
        prefix = EDITIONS + "/"
        for name, st in self._scan():
            rel = prefix + name
            row = cached.get(rel)
            entry = None
            if row is not None and row[5] == st.st_mtime_ns and row[6] == st.st_size:
                try:
                    entry = EditionEntry.from_row(row, self.root)
                except (TypeError, ValueError):
                    entry = None
            if entry is None:
                changed = True
                path = self.root / rel
                try:
                    entry = EditionEntry.from_edition(read_edition(path), self.root, path)
                except ContentError as exc:
                    if problems is not None:
                        problems.append(exc)
                    continue
            out.append(entry)
        if len(cached) != len(out) or made_at != before:
            changed = True
        out.sort(key=sort_key)
        if changed and save:
            self.save_catalogue(out, editions_mtime_ns=before)
        return out

    def save_catalogue(self, entries: list[EditionEntry], *, editions_mtime_ns: int | None = None) -> bool:
        """Write the catalogue. ``editions_mtime_ns`` is the editions folder's
        mtime the entries reflect (taken before scanning it); by default the
        folder's mtime now, for a writer that just wrote the files itself."""
        if editions_mtime_ns is None:
            editions_mtime_ns = self._editions_mtime()
        rows = [e.to_row() for e in sorted(entries, key=sort_key)]
        data = '{"version": %d, "editions_mtime_ns": %s, "count": %d, "editions": [\n' % (
            CATALOGUE_VERSION,
            json.dumps(editions_mtime_ns),
            len(rows),
        )
        data += ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows)
        data += "\n]}\n"
        try:
            atomic.write_text(self.catalogue_path(), data)
        except OSError:
            return False  # a read-only install: the catalogue is rebuilt in memory
        return True


def _row_prefix(edition_id: str) -> bytes:
    """How a catalogue row for ``edition_id`` starts (as save_catalogue writes it)."""
    return b"[" + json.dumps(edition_id, ensure_ascii=False).encode("utf-8") + b","


class CatalogueView:
    """A saved catalogue whose rows are parsed only when asked for.

    :meth:`ContentDir.save_catalogue` writes a header line, then one row per
    line, oldest first, then ``]}``; JSON strings hold no raw newline, so a
    row is a line. Counting the rows, finding one by id (a byte search) and
    reading the newest then cost about 0.3 ms at 3,650 editions, where
    parsing the whole catalogue and building every entry takes ~9 ms: the
    difference between a reader that opens as fast with ten years of
    editions as with one, and one that does not. Anything not laid out that
    way gives no view (the caller reads the catalogue the ordinary way).
    """

    __slots__ = ("root", "_data", "_start", "_end", "_count", "_lines", "_rows")

    _TAIL = b"]}\n"

    def __init__(self, root: Path, data: bytes, start: int, end: int, count: int) -> None:
        self.root = root
        self._data = data
        self._start = start  # the first row's first byte
        self._end = end  # just after the last row's newline
        self._count = count
        self._lines: list[bytes] | None = None  # every row, split when first needed
        self._rows: dict[int, EditionEntry] = {}

    @classmethod
    def parse(cls, data: bytes, root: Path, editions_mtime_ns: int | None) -> CatalogueView | None:
        nl = data.find(b"\n")
        head = data[:nl]
        if nl < 0 or not head.startswith(b"{") or not head.endswith(b"["):
            return None
        try:
            header = json.loads(head + b"]}")
        except ValueError:
            return None
        if (
            not isinstance(header, dict)
            or header.get("version") != CATALOGUE_VERSION
            or editions_mtime_ns is None
            or header.get("editions_mtime_ns") != editions_mtime_ns
        ):
            return None
        start, end = len(head) + 1, len(data) - len(cls._TAIL)
        if end < start or not data.endswith(cls._TAIL) or data[end - 1 : end] != b"\n":
            return None
        if end - start == 1:
            return cls(root, data, start, start, 0)  # no editions: a blank line
        last = data.rfind(b"\n", start - 1, end - 1) + 1
        if data[start : start + 1] != b"[" or data[last : last + 1] != b"[":
            return None
        count = header.get("count")  # written since the view exists; else counted
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            count = data.count(b"\n", start, end)
        return cls(root, data, start, end, count)

    def __len__(self) -> int:
        return self._count

    def _row_bytes(self, i: int) -> bytes:
        if not 0 <= i < self._count:
            raise IndexError(i)
        if i == self._count - 1:  # the newest: no need to split
            return self._data[self._data.rfind(b"\n", self._start - 1, self._end - 1) + 1 : self._end - 1]
        if self._lines is None:
            lines = self._data[self._start : self._end - 1].split(b"\n")
            if len(lines) != self._count:
                raise ValueError("the catalogue's row count is wrong")
            self._lines = lines
        return self._lines[i]

    def entry(self, i: int, raw: bytes | None = None) -> EditionEntry:
        """Row ``i`` (0 = the oldest) as an entry; ValueError if it is not a valid row."""
        e = self._rows.get(i)
        if e is None:
            try:
                row = json.loads((raw if raw is not None else self._row_bytes(i)).rstrip(b","))
                if not isinstance(row, list) or len(row) != 8:
                    raise TypeError
                e = EditionEntry.from_row(row, self.root)
            except (ValueError, TypeError) as exc:
                raise ValueError(f"catalogue row {i + 1} is not valid") from exc
            self._rows[i] = e
        return e

    def find(self, edition_id: str) -> int | None:
        """The index of the row for ``edition_id``, or None."""
        data = self._data
        pos = data.find(b"\n" + _row_prefix(edition_id), self._start - 1, self._end)
        if pos < 0:
            return None
        i = data.count(b"\n", self._start, pos + 1)
        try:
            return i if self.entry(i, data[pos + 1 : data.index(b"\n", pos + 1)]).id == edition_id else None
        except ValueError:
            return None

    def rank(self, key: tuple[str, str]) -> int:
        """How many rows sort before ``key`` (rows are saved in sort order)."""
        lo, hi = 0, self._count
        while lo < hi:
            mid = (lo + hi) // 2
            if sort_key(self.entry(mid)) < key:
                lo = mid + 1
            else:
                hi = mid
        return lo


@dataclass(frozen=True)
class StartEntry:
    """The edition the reader opens, where it stands in the list, and the list's length.

    (A frozen dataclass rather than a NamedTuple: a tuple's own ``index`` method
    would be shadowed by the field, and nothing unpacks it as a tuple.)
    """

    entry: EditionEntry
    index: int
    total: int
