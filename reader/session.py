"""The reader's session: library, editions, the open edition, reading state.

No Textual here. The session is the one owner of the reading state
(:mod:`reader.store.state`: the place, read marks, bookmarks, the theme): a
front end reads it and changes it only through the methods below, never the
state or its store. Each change marks the state dirty and calls ``on_change``
once, so the owner (the app) schedules its save in one place; :meth:`Session.save`
writes only when something changed. The start path reads one catalogue row
(Library.quick_start) and the one edition shown; the list of editions is
built when first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
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
            infos: list[SectionInfo] = stat_cache.typed(list[SectionInfo], rows)
            if infos:
                return infos
        except TypeError:
            pass  # an entry of another shape (every field's type is checked): made again below
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


class Place(NamedTuple):
    """Where the reader left off (a copy: change it through the session)."""

    edition: str | None
    section: str | None
    article: str | None
    scroll: int
    #: the top line's (paragraph, character offset), independent of the width
    anchor: tuple[int, int] | None


#: Called with ``later``: True for a change that may wait longer before it is
#: written (a scroll, a theme previewed in the picker).
OnChange = Callable[[bool], None]


class Session:
    """One reader's session: the library, the open edition, and the reading state.

    ``on_change(later)`` is called once for every change to the state (see
    :data:`OnChange`); the owner saves with :meth:`save`.
    """

    def __init__(
        self,
        content: str | Path | None = None,
        *,
        state_dir: Path | None = None,
        save_state: bool = True,
        on_change: OnChange | None = None,
    ) -> None:
        self.notices: list[str] = []
        self.library = Library.open(content)
        # The list of editions is built when first needed (an edition key,
        # the picker): the start path reads only the edition it opens and its
        # place in the list (start_edition). The reading screen checks every
        # file once the first screen is up (refresh_entries).
        self._entries: list[EditionEntry] | None = None
        self._start: StartEntry | None = None
        # the content dirs' stamp when the list was last checked (new_editions)
        self._stamp: tuple[int | None, ...] | None = None
        self.sections = load_section_infos(self.library, self.notices)
        self._store = StateStore(state_dir)
        self._save_enabled = save_state
        if save_state:
            self._state, state_notices = self._store.load()
            self.notices.extend(state_notices)
        else:
            self._state = ReadingState()
        #: the state changed since it was last written (or loaded)
        self._dirty = False
        #: told of every change (see OnChange); the owner saves
        self.on_change: OnChange | None = on_change
        self.edition: Edition | None = None
        self._cache: dict[str, Edition] = {}
        # the open edition's counts and articles per section (see counts(), articles_in())
        self._counts: tuple[Edition, dict[str, int]] | None = None
        self._sections_of: tuple[Edition, dict[str, list[Article]]] | None = None

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
        self._stamp = self.library.stamp()
        known = self._entries is not None
        changed = self.library.refresh()
        if changed or not known:
            self._entries = self.library.editions()
            for prob in self.library.problems:
                self.notices.append(f"{prob} (skipped)")
        return changed

    def new_editions(self) -> list[EditionEntry]:
        """Editions imported (by another process) since the list was last read,
        oldest first; [] when none. One stat per content dir when nothing
        changed, so a reader can poll it every second; off the UI thread (a
        change re-checks the catalogue)."""
        if self._stamp is None or self.library.stamp() == self._stamp:
            return []
        before = {e.id for e in self._entries or []}
        if not self.refresh_entries():
            return []
        return [e for e in self.entries if e.id not in before]

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
        """Open an edition (kept with the one open before, for going back) and
        remember it as the edition being read.
        ``entry``: its catalogue entry, when at hand (no lookup in the list)."""
        return self._open_edition(edition_id, entry, notify=True)

    def _open_edition(self, edition_id: str, entry: EditionEntry | None, *, notify: bool) -> Edition:
        ed = self._cache.get(edition_id)
        if ed is None:
            ed = self.library.load_entry(entry) if entry is not None else self.library.load(edition_id)
            self._file_unknown_sections(ed)
            self._cache = {edition_id: ed, **({self.edition.id: self.edition} if self.edition else {})}
        self.edition = ed
        if self._state.edition != ed.id:
            self._state.edition = ed.id
            self._changed(notify=notify)
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
        """The edition to open at start: the one imported last if that was after
        the reader last saved its state (``reader import page.txt`` then ``reader``
        shows that page), else the last one read if it still exists, else the newest.

        Opening the reader is no change to write at once: an edition other
        than the saved one marks the state dirty without calling ``on_change``
        (the next save, at the latest the one on exit, writes it)."""
        from reader.errors import ContentError

        wanted = self._state.edition
        imported = self.library.last_import()
        if imported is not None and imported[1] > self._state.import_seen:
            wanted = imported[0]
            self._state.import_seen = imported[1]  # shown once: then the last edition read again
            self._changed(notify=False)
        start = self.library.quick_start(wanted)
        if start is not None:
            try:
                ed = self._open_edition(start.entry.id, start.entry, notify=False)
            except ContentError:
                pass  # the catalogue was wrong about it: the full path below checks every file
            else:
                self._start = start
                return ed
        if not self.entries:
            return None
        idx = self.entry_index(wanted)
        if idx is None:
            idx = len(self.entries) - 1

        try:
            return self._open_edition(self.entries[idx].id, None, notify=False)
        except ContentError as exc:
            self.notices.append(str(exc))
            for e in reversed(self.entries):
                try:
                    return self._open_edition(e.id, None, notify=False)
                except ContentError:
                    continue
        return None

    # -- articles --------------------------------------------------------------

    def articles_in(self, section: str) -> list[Article]:
        """The open edition's articles in ``section``, in page order (found once per
        edition and section: the reader asks again at every key)."""
        ed = self.edition
        if ed is None:
            return []
        if self._sections_of is None or self._sections_of[0] is not ed:
            self._sections_of = (ed, {})
        found = self._sections_of[1].get(section)
        if found is None:
            found = self._sections_of[1][section] = [a for a in ed.articles if a.section == section]
        return list(found)

    def counts(self) -> dict[str, int]:
        """Articles per section of the open edition (counted once per edition: at
        10,000 articles a count costs more than the rest of a section switch)."""
        ed = self.edition
        if ed is None:
            return {s.id: 0 for s in self.sections}
        if self._counts is None or self._counts[0] is not ed:
            self._counts = (ed, ed.section_counts())
        return dict(self._counts[1])

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

    # -- reading state: read only here, changed only here ------------------------------

    def _changed(self, later: bool = False, *, notify: bool = True) -> None:
        """The state changed (call after changing it): dirty, and the owner is told once.

        After, not before: a signal's save that lands between the change and
        this finds the state clean and skips it, and the exit's save, which
        always follows a signal's, writes it."""
        self._dirty = True
        if notify and self.on_change is not None:
            self.on_change(later)

    @property
    def dirty(self) -> bool:
        """The state changed since it was last written."""
        return self._dirty

    @property
    def place(self) -> Place:
        """Where the reader left off: edition, section, article, scroll, anchor."""
        st = self._state
        return Place(st.edition, st.section, st.article, st.scroll, st.anchor)

    def choose_section(self, section: str) -> bool:
        """Remember ``section`` as the one being read; True if that changed."""
        if self._state.section == section:
            return False
        self._state.section = section
        self._changed()
        return True

    def open_article(self, article: Article, *, top: int = 0, anchor: tuple[int, int] | None = None) -> bool:
        """The reader opened ``article`` (of the open edition) at ``top``/``anchor``:
        it is the place now, and read. True if anything changed."""
        st = self._state
        place = (article.id, article.section, top, anchor)
        changed = (st.article, st.section, st.scroll, st.anchor) != place
        st.article, st.section, st.scroll, st.anchor = place
        if self.edition is not None:
            changed = self._state.set_read(self.edition.id, article.id, True) or changed
        if changed:
            self._changed()
        return changed

    def close_article(self) -> bool:
        """No article is open (an edition shown at its list); True if that changed."""
        st = self._state
        if (st.article, st.scroll, st.anchor) == (None, 0, None):
            return False
        st.article, st.scroll, st.anchor = None, 0, None
        self._changed()
        return True

    def scrolled(self, article_id: str, top: int, anchor: tuple[int, int] | None, *, notify: bool = True) -> bool:
        """The open article ``article_id`` is now shown from ``top``/``anchor``
        (nothing happens if the place is another article). A scroll may wait
        longer before it is written (``on_change(True)``); ``notify=False``:
        the owner is saving right after this (the exit, a signal) and is not
        called back. True if the place changed."""
        st = self._state
        if st.article != article_id or (st.scroll, st.anchor) == (top, anchor):
            return False
        st.scroll, st.anchor = top, anchor
        self._changed(later=True, notify=notify)
        return True

    def is_read(self, article_id: str) -> bool:
        return self.edition is not None and self._state.is_read(self.edition.id, article_id)

    def set_read(self, article_id: str, read: bool) -> bool:
        """Mark an article of the open edition read or unread; True if that changed."""
        if self.edition is None or not self._state.set_read(self.edition.id, article_id, read):
            return False
        self._changed()
        return True

    def is_bookmarked(self, article_id: str) -> bool:
        return self.edition is not None and self._state.is_bookmarked(self.edition.id, article_id)

    @property
    def bookmarks(self) -> list[Bookmark]:
        """The bookmarks, oldest first (copies: change them through the session)."""
        return [replace(b) for b in self._state.bookmarks]

    def toggle_bookmark(self, article: Article) -> bool:
        """Bookmark an article of the open edition, or remove its bookmark; True if it is bookmarked now."""
        assert self.edition is not None
        now = self._state.toggle_bookmark(Bookmark(self.edition.id, article.id, article.headline, article.section))
        self._changed()
        return now

    def remove_bookmark(self, edition_id: str, article_id: str) -> bool:
        """Remove the bookmark of ``(edition_id, article_id)``; True if there was one."""
        if not self._state.remove_bookmark(edition_id, article_id):
            return False
        self._changed()
        return True

    @property
    def theme(self) -> str | None:
        """The theme last chosen (None: never chosen)."""
        return self._state.theme

    def set_theme(self, name: str) -> bool:
        """Remember the chosen theme; it may wait longer before it is written
        (the picker previews themes as its cursor moves). True if it changed."""
        if self._state.theme == name:
            return False
        self._state.theme = name
        self._changed(later=True)
        return True

    # -- the whole state, for `reader state export|import` -------------------------------------

    def read_marks(self) -> dict[str, list[str]]:
        """Every read mark: edition id -> article ids (sorted); a copy."""
        return {ed: sorted(arts) for ed, arts in self._state.read.items() if arts}

    def merge_records(
        self, read: list[tuple[str, str]], bookmarks: list[Bookmark], place: Place | None
    ) -> tuple[int, int, bool]:
        """Add read marks and bookmarks of any edition (nothing is removed), and
        take ``place`` if there is none yet: (new marks, new bookmarks, place taken)."""
        st = self._state
        new_read = sum(st.set_read(ed, art, True) for ed, art in read)
        new_marks = 0
        for b in bookmarks:
            if not st.is_bookmarked(b.edition, b.article):
                st.bookmarks.append(replace(b))
                new_marks += 1
        took = place is not None and st.edition is None
        if place is not None and took:
            st.edition, st.section, st.article = place.edition, place.section, place.article
        if new_read or new_marks or took:
            self._changed()
        return new_read, new_marks, took

    # -- saving ------------------------------------------------------------------------------

    @property
    def state_path(self) -> Path:
        """The state file (for messages)."""
        return self._store.path

    def save(self) -> bool:
        """Write the state if it changed since it was last written; False on an
        I/O error (it stays dirty, so the next save tries again). With saving
        switched off (``save_state=False``) nothing is ever written."""
        if not self._save_enabled or not self._dirty:
            return True
        if not self._store.save(self._state):
            return False
        self._dirty = False
        return True
