"""Per-user reading state: where the reader left off, what was read, bookmarks.

Headless (no Textual): :class:`reader.session.Session` owns the one
:class:`StateStore` and is the only code that changes a :class:`ReadingState`;
a front end asks the session (the app saves after changes, debounced, and on quit).

One JSON file, ``state.json`` in :func:`reader.paths.state_dir`::

    {"version": 1,
     "edition": "2025-11-15", "section": "energy", "article": "a07", "scroll": 12,
     "anchor": [3, 40],
     "theme": "dark",
     "read": {"2025-11-15": ["a01", "a07"]},
     "bookmarks": [{"edition": "…", "article": "…", "headline": "…", "section": "…"}]}

Writes are atomic (temp file + fsync + os.replace + directory fsync, see
:mod:`reader.store.atomic`); temp files a crashed writer left are removed when
the store opens.

Several readers of one user (two terminals, two SSH sessions, the kiosk)
share the file, so a save merges record by record instead of the last writer
winning: under a lock on ``state.lock`` it reads what is on disk and applies
what this reader changed since its last load or save (read marks and
bookmarks added or removed; the place and the theme if this reader moved or
chose one) on top of it -- a three-way merge against the copy it last saw.
Marks another reader made meanwhile are kept, and this reader's state takes
them in. A file that cannot be understood is moved aside to
``state.json.corrupt-<timestamp>`` and the reader starts fresh with a notice:
losing the place in a newspaper is better than not starting.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.store import atomic

STATE_FILE = "state.json"
LOCK_FILE = "state.lock"
#: How long a save waits for another reader's save (each takes a few ms);
#: past this it writes without the lock rather than hang the reader.
LOCK_WAIT_S = 2.0
STATE_VERSION = 1
MAX_READ_EDITIONS = 400  # read marks kept for this many editions (newest kept)
#: The state file stays far below this (400 editions of read marks, bookmarks: ~100 KB).
MAX_STATE_BYTES = 8 * 1024 * 1024


@dataclass
class Bookmark:
    """A bookmarked article, with what the bookmarks list shows of it."""

    edition: str
    article: str
    headline: str = ""
    section: str = ""

    def key(self) -> tuple[str, str]:
        return (self.edition, self.article)


@dataclass
class ReadingState:
    """Where the reader left off, what was read, the bookmarks, the theme."""

    edition: str | None = None
    section: str | None = None
    article: str | None = None
    scroll: int = 0
    # The reading position independent of the terminal width: the top line's
    # (paragraph, character offset); paragraph -1 means a header line (offset = line).
    anchor: tuple[int, int] | None = None
    theme: str | None = None
    # the last `reader import` the reader has opened (the import's time, ns):
    # a later one is what the reader opens next (Session.start_edition)
    import_seen: int = 0
    read: dict[str, set[str]] = field(default_factory=dict)
    bookmarks: list[Bookmark] = field(default_factory=list)

    # -- read marks -------------------------------------------------------

    def is_read(self, edition: str, article: str) -> bool:
        return article in self.read.get(edition, ())

    def set_read(self, edition: str, article: str, read: bool = True) -> bool:
        """Mark an article read/unread; return True when something changed."""
        marks = self.read.setdefault(edition, set())
        if read == (article in marks):
            return False
        if read:
            marks.add(article)
        else:
            marks.discard(article)
            if not marks:
                del self.read[edition]
        return True

    # -- bookmarks --------------------------------------------------------

    def is_bookmarked(self, edition: str, article: str) -> bool:
        return any(b.key() == (edition, article) for b in self.bookmarks)

    def remove_bookmark(self, edition: str, article: str) -> bool:
        """Remove the bookmark of ``(edition, article)``; True if there was one."""
        before = len(self.bookmarks)
        self.bookmarks = [b for b in self.bookmarks if b.key() != (edition, article)]
        return len(self.bookmarks) != before

    def toggle_bookmark(self, bookmark: Bookmark) -> bool:
        """Add or remove a bookmark; return True when it is now bookmarked."""
        for i, b in enumerate(self.bookmarks):
            if b.key() == bookmark.key():
                del self.bookmarks[i]
                return False
        self.bookmarks.append(bookmark)
        return True

    # -- (de)serialisation ------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        read_items = list(self.read.items())[-MAX_READ_EDITIONS:]
        return {
            "version": STATE_VERSION,
            "edition": self.edition,
            "section": self.section,
            "article": self.article,
            "scroll": int(self.scroll),
            "anchor": list(self.anchor) if self.anchor is not None else None,
            "theme": self.theme,
            "import_seen": int(self.import_seen),
            "read": {ed: sorted(arts) for ed, arts in read_items if arts},
            "bookmarks": [vars(b).copy() for b in self.bookmarks],
        }

    @classmethod
    def from_json(cls, d: Any) -> ReadingState:
        """Build from parsed JSON; raise ValueError when the shape is wrong."""
        if not isinstance(d, dict):
            raise ValueError("not a JSON object")
        if d.get("version", STATE_VERSION) != STATE_VERSION:
            raise ValueError(f"unknown state version {d.get('version')!r}")

        def opt_str(key: str) -> str | None:
            v = d.get(key)
            if v is not None and not isinstance(v, str):
                raise ValueError(f"{key!r} must be a string")
            return v

        scroll = d.get("scroll", 0)
        if not isinstance(scroll, int) or isinstance(scroll, bool) or scroll < 0:
            raise ValueError("'scroll' must be a non-negative integer")
        import_seen = d.get("import_seen", 0)
        if not isinstance(import_seen, int) or isinstance(import_seen, bool) or import_seen < 0:
            raise ValueError("'import_seen' must be a non-negative integer")
        anchor_raw = d.get("anchor")
        anchor: tuple[int, int] | None = None
        if anchor_raw is not None:
            if (
                not isinstance(anchor_raw, list)
                or len(anchor_raw) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in anchor_raw)
            ):
                raise ValueError("'anchor' must be [paragraph, offset]")
            anchor = (anchor_raw[0], anchor_raw[1])
        read_raw = d.get("read", {})
        if not isinstance(read_raw, dict):
            raise ValueError("'read' must be an object")
        read: dict[str, set[str]] = {}
        for ed, arts in read_raw.items():
            if not isinstance(arts, list) or not all(isinstance(a, str) for a in arts):
                raise ValueError("'read' values must be lists of article ids")
            if arts:
                read[str(ed)] = set(arts)
        bms_raw = d.get("bookmarks", [])
        if not isinstance(bms_raw, list):
            raise ValueError("'bookmarks' must be a list")
        bookmarks: list[Bookmark] = []
        for b in bms_raw:
            if (
                not isinstance(b, dict)
                or not isinstance(b.get("edition"), str)
                or not isinstance(b.get("article"), str)
            ):
                raise ValueError("each bookmark needs 'edition' and 'article'")
            bookmarks.append(
                Bookmark(
                    edition=b["edition"],
                    article=b["article"],
                    headline=str(b.get("headline") or ""),
                    section=str(b.get("section") or ""),
                )
            )
        return cls(
            edition=opt_str("edition"),
            section=opt_str("section"),
            article=opt_str("article"),
            scroll=scroll,
            anchor=anchor,
            theme=opt_str("theme"),
            import_seen=import_seen,
            read=read,
            bookmarks=bookmarks,
        )


_PLACE = ("edition", "section", "article", "scroll", "anchor")


def _merge(base: dict[str, Any], mine: dict[str, Any], disk: dict[str, Any]) -> dict[str, Any]:
    """What to write: ``disk`` (another reader's saves included) with this
    reader's changes since ``base`` applied on top, record by record. All
    three are :meth:`ReadingState.to_json` documents."""
    out = dict(disk)
    if any(mine.get(k) != base.get(k) for k in _PLACE):
        out.update({k: mine.get(k) for k in _PLACE})
    if mine.get("theme") != base.get("theme"):
        out["theme"] = mine.get("theme")
    out["import_seen"] = max(int(disk.get("import_seen", 0)), int(mine.get("import_seen", 0)))
    b_read, m_read = base.get("read", {}), mine.get("read", {})
    read = {ed: set(arts) for ed, arts in disk.get("read", {}).items()}
    for ed in set(b_read) | set(m_read):
        before, now = set(b_read.get(ed, ())), set(m_read.get(ed, ()))
        marks = (read.get(ed, set()) | (now - before)) - (before - now)
        if marks:
            read[ed] = marks
        else:
            read.pop(ed, None)
    out["read"] = {ed: sorted(arts) for ed, arts in read.items()}

    def key(b: dict[str, Any]) -> tuple[str, str]:
        return (b["edition"], b["article"])

    b_keys = {key(b) for b in base.get("bookmarks", [])}
    m_keys = {key(b) for b in mine.get("bookmarks", [])}
    removed = b_keys - m_keys
    marks_out = [b for b in disk.get("bookmarks", []) if key(b) not in removed]
    have = {key(b) for b in marks_out}
    marks_out += [b for b in mine.get("bookmarks", []) if key(b) not in b_keys and key(b) not in have]
    out["bookmarks"] = marks_out
    return out


class StateStore:
    """Loads and saves :class:`ReadingState` in one directory (shared by every
    reader of the user: see the module docstring on merging)."""

    def __init__(self, directory: Path | str | None = None) -> None:
        if directory is None:
            from reader import paths

            directory = paths.state_dir()
        self.directory = Path(directory)
        self.path = self.directory / STATE_FILE
        self._last_saved: str | None = None
        # the document this reader last loaded or wrote: the base of the merge
        self._base: dict[str, Any] = ReadingState().to_json()

    def _locked(self) -> contextlib.AbstractContextManager[bool]:
        """``state.lock``, shared by every reader of this user (see :func:`atomic.locked`)."""
        return atomic.locked(self.directory / LOCK_FILE, LOCK_WAIT_S)

    def load(self) -> tuple[ReadingState, list[str]]:
        """Return the saved state (or a fresh one) and one-line notices."""
        with self._locked():  # a temp file is another reader's save in progress while it holds the lock
            atomic.clean_temp_files(self.directory)
        state, notices = self._read()
        self._base = state.to_json()
        self._last_saved = self._dump(state)
        return state, notices

    def _read(self) -> tuple[ReadingState, list[str]]:
        notices: list[str] = []
        from reader import files
        from reader.errors import ContentError

        try:
            raw = files.read_bytes(self.path, MAX_STATE_BYTES)
        except FileNotFoundError:
            return ReadingState(), notices
        except ContentError as exc:  # a FIFO, a directory, unreadable, or too large to be ours
            notices.append(f"reading state not loaded: {exc}")
            return ReadingState(), notices
        try:
            state = ReadingState.from_json(files.parse_json(raw, self.path))
        except (ContentError, ValueError) as exc:
            aside = self._move_aside()
            where = f"moved to {aside.name}" if aside else "left in place"
            notices.append(f"reading state was damaged ({exc}); {where}, starting fresh")
            return ReadingState(), notices
        return state, notices

    def _move_aside(self) -> Path | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{STATE_FILE}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{STATE_FILE}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, target)
        except OSError:
            return None
        return target

    @staticmethod
    def _dump(state: ReadingState) -> str:
        return json.dumps(state.to_json(), ensure_ascii=False, indent=1) + "\n"

    def save(self, state: ReadingState) -> bool:
        """Merge this reader's changes into the file and write it atomically;
        ``state`` then holds the merged state (other readers' marks too).
        Nothing is written when nothing changed. False on an I/O error."""
        data = self._dump(state)
        if data == self._last_saved:
            return True
        mine = state.to_json()
        try:
            with self._locked():
                disk, _notices = self._read()  # a damaged file is moved aside there: nothing to merge
                merged = ReadingState.from_json(_merge(self._base, mine, disk.to_json()))
                data = self._dump(merged)
                atomic.write_text(self.path, data)
        except OSError:
            return False
        _adopt(state, merged)
        self._base = merged.to_json()
        self._last_saved = data
        return True


def _adopt(state: ReadingState, merged: ReadingState) -> None:
    """Make ``state`` (the object the reader holds) equal to ``merged``."""
    for name in ("edition", "section", "article", "scroll", "anchor", "theme", "import_seen", "read", "bookmarks"):
        setattr(state, name, getattr(merged, name))
