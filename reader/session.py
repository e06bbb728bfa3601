"""The reader's session: library, editions, the open edition, reading state.

No Textual here: screens read and change the session, and the app saves the
state. The start path reads one catalogue row (Library.quick_start) and the
one edition shown; the list of editions is built when first needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from reader.model import FALLBACK_SECTION, Article, Edition
from reader.store.catalogue import EditionEntry, StartEntry
from reader.store.library import Library
from reader.store.state import Bookmark, ReadingState, StateStore


class SectionInfo(NamedTuple):
    """What the UI needs of a section (reader.sections holds the definition)."""

    id: str
    name_zh: str
    name_en: str
    hotkey: str
    catch_all: bool = False

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" and self.name_en else self.name_zh


_CACHE_VERSION = 3  # 2: keyed by the file reader.sections.sections_file chooses; 3: reader.store.cache format


def load_section_infos(library: Library, notices: list[str]) -> list[SectionInfo]:
    """The sections in use (:func:`reader.sections.load_definition`), through a small cache.

    Validating sections.toml (every classifier term) costs more than the rest
    of the start; the UI needs only names and hotkeys, so they are cached in
    the cache dir, keyed by the chosen file's path, size and mtime (like the
    catalogue). A stale or unreadable cache is simply rebuilt; a file that
    does not validate is not cached, so its notice shows at every start
    until it is fixed.
    """
    from reader import paths
    from reader.sections import load_definition, sections_file
    from reader.store import cache as stat_cache

    dirs = [cd.root for cd in library.read_dirs]
    path, _origin = sections_file(dirs)
    cache = paths.cache_dir() / "ui-sections.json"
    key = stat_cache.file_key(path, _CACHE_VERSION)
    rows = stat_cache.load(cache, key)
    if rows is not None:
        try:
            return [SectionInfo(*row) for row in rows]
        except TypeError:
            pass  # an entry of another shape: made again below
    try:
        definition = load_definition(dirs)
    except Exception as exc:  # even the bundled file is broken: one catch-all, so the reader still opens
        notices.append(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return [SectionInfo(FALLBACK_SECTION, "综合", "General", "1", True)]
    notices.extend(definition.notices)
    infos = [SectionInfo(s.id, s.name_zh, s.name_en, s.hotkey, s.is_catch_all) for s in definition.sections]
    if not definition.notices:
        stat_cache.save(cache, key, [list(i) for i in infos])
    return infos


class Session:
    def __init__(self, content: str | Path | None = None, *, state_dir: Path | None = None,
                 save_state: bool = True) -> None:
        self.notices: list[str] = []
        self.library = Library.open(content)
        # The list of editions is built when first needed (an edition key,
        # the picker): the start path reads only the edition it opens and its
        # place in the list (start_edition). The reading screen checks every
        # file once the first screen is up (refresh_entries).
        self._entries: list[EditionEntry] | None = None
        self._start: StartEntry | None = None
        self.sections = load_section_infos(self.library, self.notices)
        self.store = StateStore(state_dir)
        self.save_enabled = save_state
        if save_state:
            self.state, state_notices = self.store.load()
            self.notices.extend(state_notices)
        else:
            self.state = ReadingState()
        self.edition: Edition | None = None
        self._cache: dict[str, Edition] = {}

    # -- editions ------------------------------------------------------------

    @property
    def entries(self) -> list[EditionEntry]:
        """Every edition, oldest first (the catalogue, trusted if up to date)."""
        if self._entries is None:
            entries = self.library.editions(quick=True)
            for prob in self.library.problems:
                self.notices.append(f"{prob} (skipped)")
            self._entries = entries
        return self._entries

    def refresh_entries(self) -> bool:
        """Check every edition file against the catalogue (slow at thousands of
        editions: run it off the UI thread). True if the list changed."""
        known = self._entries is not None
        changed = self.library.refresh()
        if changed or not known:
            self._entries = self.library.editions()
            for prob in self.library.problems:
                self.notices.append(f"{prob} (skipped)")
        return changed

    def position(self, edition_id: str) -> tuple[int, int] | None:
        """(index, number of editions) of ``edition_id``, for "n/N"."""
        start = self._start
        if self._entries is None and start is not None and start.entry.id == edition_id:
            return start.index, start.total
        idx = self.entry_index(edition_id)
        return None if idx is None else (idx, len(self.entries))

    def entry_index(self, edition_id: str | None) -> int | None:
        for i, e in enumerate(self.entries):
            if e.id == edition_id:
                return i
        return None

    def load_edition(self, edition_id: str, entry: EditionEntry | None = None) -> Edition:
        """Open an edition (kept with the one open before, for going back).
        ``entry``: its catalogue entry, when at hand (no lookup in the list)."""
        ed = self._cache.get(edition_id)
        if ed is None:
            ed = self.library.load_entry(entry) if entry is not None else self.library.load(edition_id)
            self._file_unknown_sections(ed)
            self._cache = {edition_id: ed, **({self.edition.id: self.edition} if self.edition else {})}
        self.edition = ed
        self.state.edition = ed.id
        return ed

    def _file_unknown_sections(self, edition: Edition) -> None:
        """Show an article whose section is not (or no longer) defined under
        the catch-all, in memory only: ``reader sections apply`` re-files it,
        ``reader check`` reports it."""
        known = {s.id for s in self.sections}
        catch_all = next((s.id for s in self.sections if s.catch_all), self.sections[-1].id)
        for a in edition.articles:
            if a.section not in known:
                a.section = catch_all

    def start_edition(self) -> Edition | None:
        """The edition to open at start: the last one read if it still exists, else the newest."""
        from reader.errors import ContentError

        start = self.library.quick_start(self.state.edition)
        if start is not None:
            try:
                ed = self.load_edition(start.entry.id, start.entry)
            except ContentError:
                pass  # the catalogue was wrong about it: the full path below checks every file
            else:
                self._start = start
                return ed
        if not self.entries:
            return None
        idx = self.entry_index(self.state.edition)
        if idx is None:
            idx = len(self.entries) - 1

        try:
            return self.load_edition(self.entries[idx].id)
        except ContentError as exc:
            self.notices.append(str(exc))
            for e in reversed(self.entries):
                try:
                    return self.load_edition(e.id)
                except ContentError:
                    continue
        return None

    # -- articles --------------------------------------------------------------

    def articles_in(self, section: str) -> list[Article]:
        if self.edition is None:
            return []
        return [a for a in self.edition.articles if a.section == section]

    def counts(self) -> dict[str, int]:
        if self.edition is None:
            return {s.id: 0 for s in self.sections}
        return self.edition.section_counts()

    def first_section(self) -> str:
        counts = self.counts()
        for s in self.sections:
            if counts.get(s.id):
                return s.id
        return self.sections[0].id

    def section_of(self, section_id: str) -> SectionInfo | None:
        for s in self.sections:
            if s.id == section_id:
                return s
        return None

    # -- state -------------------------------------------------------------------

    def is_read(self, article_id: str) -> bool:
        return self.edition is not None and self.state.is_read(self.edition.id, article_id)

    def set_read(self, article_id: str, read: bool) -> bool:
        if self.edition is None:
            return False
        return self.state.set_read(self.edition.id, article_id, read)

    def is_bookmarked(self, article_id: str) -> bool:
        return self.edition is not None and self.state.is_bookmarked(self.edition.id, article_id)

    def toggle_bookmark(self, article: Article) -> bool:
        assert self.edition is not None
        return self.state.toggle_bookmark(Bookmark(self.edition.id, article.id, article.headline, article.section))

    def save(self) -> bool:
        if not self.save_enabled:
            return True
        return self.store.save(self.state)
