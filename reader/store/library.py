"""The library: the editions a user can read, one or more content directories merged
(the user's own and the bundled ones), with the sections in use."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.errors import ContentError
from reader.model import Edition
from reader.store import cache as stat_cache
from reader.store.catalogue import CatalogueView, ContentDir, EditionEntry, StartEntry, sort_key
from reader.store.editions import SPLIT_MIN_BYTES, _EDITION_CACHE_VERSION, edition_from_dict, read_edition

if TYPE_CHECKING:
    from reader.sections import Definition


class Library:
    """The editions a user can read: one or more content directories merged."""

    def __init__(self, read_dirs: list[Path], write_dir: Path) -> None:
        self.read_dirs = [ContentDir(d) for d in read_dirs]
        self.write_dir = ContentDir(write_dir)
        self.problems: list[ContentError] = []
        self._entries: list[EditionEntry] | None = None
        self._by_id: dict[str, EditionEntry] = {}
        self._sections: Definition | None = None

    @classmethod
    def open(cls, explicit: str | os.PathLike[str] | None = None) -> Library:
        reads, write = paths.content_dirs(explicit)
        return cls(reads, write)

    def editions(self, *, quick: bool = False) -> list[EditionEntry]:
        """Every edition, oldest first (the newest is last).

        ``quick``: trust an up-to-date catalogue without checking every file
        (see :meth:`ContentDir.catalogue`); the reader uses it at start and
        calls :meth:`refresh` once the first screen is up.
        """
        if self._entries is None:
            seen: dict[str, EditionEntry] = {}
            self.problems = []
            lists = [cd.catalogue(problems=self.problems, quick=quick) for cd in self.read_dirs]
            for entries in lists:
                for e in entries:
                    seen.setdefault(e.id, e)
            nonempty = [lst for lst in lists if lst]
            if len(nonempty) == 1 and len(nonempty[0]) == len(seen):
                self._entries = nonempty[0]  # already oldest first
            else:
                self._entries = sorted(seen.values(), key=sort_key)
            self._by_id = seen
        return self._entries

    def refresh(self) -> bool:
        """Check every edition file against the catalogue; True if anything changed."""
        old = [(e.id, e.mtime_ns, e.size) for e in (self._entries or [])]
        self._entries = None
        return [(e.id, e.mtime_ns, e.size) for e in self.editions()] != old

    def last_import(self) -> tuple[str, int] | None:
        """(id, when in ns) of the edition imported last into this library, or None."""
        return self.write_dir.last_import()

    def stamp(self) -> tuple[int | None, ...]:
        """Changes when an edition is added, replaced or removed in any content
        dir (one stat each): cheap enough to poll."""
        return tuple(cd.stamp() for cd in self.read_dirs)

    def invalidate(self) -> None:
        self._entries = None

    def entry(self, edition_id: str) -> EditionEntry | None:
        self.editions()
        return self._by_id.get(edition_id)

    #: a content dir with at most this many editions is read in full by quick_start
    SMALL_DIR = 256

    def quick_start(self, edition_id: str | None = None) -> StartEntry | None:
        """The entry for ``edition_id`` (if it exists, else the newest), its index
        in :meth:`editions` and their number, without building that list.

        The reader's start path: it needs one edition and "n/N" for the
        masthead. Up-to-date catalogues are read through :class:`CatalogueView`
        (one big archive, rows parsed on demand) or in full (small ones, such
        as the bundled edition beside a user's archive). None when that cannot
        answer exactly (a stale catalogue, two big archives, a damaged row):
        the caller uses :meth:`editions`, which also repairs the catalogue.
        """
        if self._entries is not None:
            entries = self._entries
            if not entries:
                return None
            idx = next((i for i, e in enumerate(entries) if e.id == edition_id), len(entries) - 1)
            return StartEntry(entries[idx], idx, len(entries))
        big: tuple[int, CatalogueView] | None = None
        small: list[tuple[int, list[EditionEntry]]] = []
        try:
            for order, cd in enumerate(self.read_dirs):
                view = cd.view()
                if view is None:
                    if cd._editions_mtime() is None and not cd.catalogue_path().exists():
                        continue  # no such folder: nothing to read
                    return None
                if len(view) > self.SMALL_DIR:
                    if big is not None:
                        return None
                    big = (order, view)
                else:
                    small.append((order, [view.entry(i) for i in range(len(view))]))
            return self._merge_start(edition_id, big, small)
        except (ValueError, IndexError, OSError):
            return None

    @staticmethod
    def _merge_start(
        edition_id: str | None, big: tuple[int, CatalogueView] | None, small: list[tuple[int, list[EditionEntry]]]
    ) -> StartEntry | None:
        # Merge as editions() does: by id, an earlier dir winning; sorted by sort_key.
        kept: dict[str, tuple[int, EditionEntry]] = {}  # the small dirs' winners
        for order, entries in small:
            for e in entries:
                if e.id not in kept or kept[e.id][0] > order:
                    kept[e.id] = (order, e)
        shadowed: list[EditionEntry] = []  # the big dir's rows that a small dir overrides
        if big is not None:
            border, view = big
            for eid in list(kept):
                i = view.find(eid)
                if i is not None:
                    if kept[eid][0] < border:
                        shadowed.append(view.entry(i))
                    else:
                        del kept[eid]  # the big dir is earlier: its row wins
        smalls = sorted((e for _o, e in kept.values()), key=sort_key)
        big_len = len(big[1]) if big is not None else 0
        total = big_len - len(shadowed) + len(smalls)
        if total == 0:
            return None
        shadowed_ids = {e.id for e in shadowed}
        target: EditionEntry | None = None
        big_index: int | None = None  # the target's row in the big dir, if it is one
        if edition_id is not None:
            if edition_id in kept:
                target = kept[edition_id][1]
            elif big is not None and edition_id not in shadowed_ids:
                big_index = big[1].find(edition_id)
                target = big[1].entry(big_index) if big_index is not None else None
        if target is None:  # the newest: the last of the big dir's kept rows or of the small ones
            newest_big = None
            if big is not None:
                for i in range(big_len - 1, -1, -1):
                    e = big[1].entry(i)
                    if e.id not in shadowed_ids:
                        newest_big, big_index = e, i
                        break
            if smalls and (newest_big is None or sort_key(smalls[-1]) > sort_key(newest_big)):
                target, big_index = smalls[-1], None
            else:
                target = newest_big
        assert target is not None  # total > 0
        key = sort_key(target)
        index = sum(1 for e in smalls if sort_key(e) < key)
        if big is not None:
            # rows are sorted and keys unique: a big-dir row's rank is its index
            rank = big_index if big_index is not None else big[1].rank(key)
            index += rank - sum(1 for e in shadowed if sort_key(e) < key)
        return StartEntry(target, index, total)

    def load(self, edition_id: str) -> Edition:
        """The edition, validated. A JSON copy of the parsed file is kept in
        the cache dir (keyed by path, mtime and size), so showing an edition
        again costs a ``json.loads`` instead of a TOML parse and validation."""
        e = self.entry(edition_id)
        if e is None:
            raise ContentError(edition_id, None, "no such edition (see `reader export --list`)")
        return self.load_entry(e)

    def load_entry(self, e: EditionEntry) -> Edition:
        """:meth:`load` for an entry already at hand (from :meth:`quick_start`).

        An edition file of :data:`~reader.store.editions.SPLIT_MIN_BYTES` or more
        (thousands of articles) is cached as its articles' heads apart from
        their bodies (:mod:`reader.store.heads`): its articles read their
        bodies when first used."""
        try:  # the catalogue may have been trusted without a check: check this file
            st = os.stat(e.path)
        except OSError:
            raise ContentError(e.path, None, "edition file is gone (was it deleted?)") from None
        where = str(e.path)
        name = paths.cache_name(where)
        cache_dir = paths.cache_dir() / "editions"
        key = [_EDITION_CACHE_VERSION, where, st.st_size, st.st_mtime_ns]
        if st.st_size >= SPLIT_MIN_BYTES:
            from reader.store import heads  # (not on a page's start path: 2 ms of imports)

            lazy = heads.load(cache_dir, name, key, e.path)
            if lazy is not None:
                return lazy
            edition = read_edition(e.path)
            heads.save(cache_dir, name, key, edition)
            return edition
        cached = cache_dir / f"{name}.json"
        doc = stat_cache.load(cached, key)
        if isinstance(doc, dict):
            try:
                return edition_from_dict(doc)
            except (KeyError, TypeError, ValueError):
                pass  # an entry of another shape: parse the file
        edition = read_edition(e.path)
        stat_cache.save(cached, key, asdict(edition))  # (no cache dir: parse next time too)
        return edition

    def keep_cached(self, e: EditionEntry, edition: Edition) -> bool:
        """Cache ``edition``, just written to ``e``'s file (an import), as :meth:`load_entry`
        would after parsing it: the first start then reads no TOML. Only for large
        editions (a page parses in milliseconds; caching every page would slow a
        batch import); True if it was kept."""
        try:
            st = os.stat(e.path)
        except OSError:
            return False
        if st.st_size < SPLIT_MIN_BYTES or (st.st_mtime_ns, st.st_size) != (e.mtime_ns, e.size):
            return False
        where = str(e.path)
        key = [_EDITION_CACHE_VERSION, where, st.st_size, st.st_mtime_ns]
        from reader.store import heads

        return heads.save(paths.cache_dir() / "editions", paths.cache_name(where), key, edition)

    def newest(self) -> EditionEntry | None:
        eds = self.editions()
        return eds[-1] if eds else None

    def sections(self) -> Definition:
        """The sections in use for this library (see :func:`reader.sections.load_definition`):
        the user's own, else this library's, else the bundled ones; validated once."""
        if self._sections is None:
            from reader.sections import load_definition

            self._sections = load_definition([cd.root for cd in self.read_dirs])
        return self._sections

    def sections_file(self) -> Path:
        """The file :meth:`sections` was read from (the bundled one if the user's did not validate)."""
        return self.sections().path
