"""The cache of a large edition: what its lists need apart from its articles' bodies.

An edition of a page or an issue is cached whole (:meth:`Library.load_entry
<reader.store.library.Library.load_entry>`: one JSON copy, read and checked
in milliseconds). One of 10,000 articles is not: its TOML (~50 MB) takes
5–8 s to parse, a whole JSON copy 0.5 s to parse and 0.8 s more to check
(and is over the cache's size cap), while the first screen needs only the
section counts, one section's list and one article. So an edition file of
:data:`~reader.store.editions.SPLIT_MIN_BYTES` or more is cached as two
files in the cache dir, read in three tiers:

* ``<name>.heads.json`` (keyed like every stat-keyed cache entry, see
  :mod:`reader.store.cache`): the edition's own fields and each article's
  *head*, what counts and finding an article need (id, section, kind), and
  where its body stands in the bodies file, column by column (10,000
  articles: ~0.4 MB, read and checked in ~2 ms); read at start;
* ``<name>.bodies.jsonl``, one line per section: its articles' *rows*, what
  the article list shows (headline, kicker, first line), read when the
  section is first listed (2,000 articles: ~1 ms);
* then one line per article: its *body*, the whole article as JSON, read
  when the article is opened (or exported, or indexed).

The bodies file's size and mtime are recorded in the heads, which are
written last. :func:`load` builds the :class:`~reader.model.Edition` from
the heads; its articles are :class:`LazyArticle`\\ s, which read their row
or body the first time a field of it is asked for, checked like every
cached value (:func:`reader.store.cache.typed`). A row or body that cannot
be read or does not check (the bodies file changed, was truncated or
corrupted) is taken from the edition file itself, parsed once (slow, but
right), and the heads are removed so that the next start makes the cache
again. Nothing here raises for a bad cache.
"""

from __future__ import annotations

import json
import os
import stat
import threading
import weakref
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any, NamedTuple

from reader.model import Article, Edition

__all__ = ["LazyArticle", "Bodies", "load", "save", "heads_path", "bodies_path"]

_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
#: What an article's head holds: set on a :class:`LazyArticle` when it is made (its kind
#: only where it is not Article's default, ``article``).
HEAD_FIELDS = ("id", "section", "kind")
#: What its row holds (with its first line): read with its section's rows.
ROW_FIELDS = ("headline", "kicker")
#: Everything else, read from its body.
BODY_FIELDS = tuple(f for f in _ARTICLE_FIELDS if f not in HEAD_FIELDS and f not in ROW_FIELDS)


#: The layout of the heads and bodies files: part of every heads file's key.
FORMAT = 2  # 2: the heads a list; kinds only where not "article"
#: Articles per line of a section's rows: the list reads the chunks it shows
#: (~40 KB each), not a whole section's (a section of 3,000: ~1.5 MB).
ROWS_PER_CHUNK = 100


def _key(key: Any) -> Any:
    return None if key is None else ["heads", FORMAT, *key]


def heads_path(cache_dir: Path, name: str) -> Path:
    return Path(cache_dir) / f"{name}.heads.json"


def bodies_path(cache_dir: Path, name: str) -> Path:
    return Path(cache_dir) / f"{name}.bodies.jsonl"


# --------------------------------------------------------------------------
# The lazy article
# --------------------------------------------------------------------------


class _LazyField:
    """A row or body field of :class:`LazyArticle`: read when first asked for.

    A non-data descriptor: once read, the value sits in the instance's
    ``__dict__``, which wins, so later reads are plain attribute reads; an
    assignment simply sets it.
    """

    __slots__ = ("name", "row")

    def __init__(self, name: str, row: bool) -> None:
        self.name = name
        self.row = row

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        if self.row:
            obj._load_row()
        else:
            obj._load_body()
        return obj.__dict__[self.name]


class LazyArticle(Article):
    """An :class:`~reader.model.Article` of a large edition, read a tier at a time.

    Made by :func:`load` with its head only (:data:`HEAD_FIELDS`); the first
    read of a row field (:data:`ROW_FIELDS`, or :meth:`first_line`) reads its
    section's rows, the first read of any other field its body. To its
    callers it is an Article: the same fields and methods,
    ``dataclasses.asdict``/``replace``, and ``==`` with the article parsed
    from the file. A copy or a pickle of it is a plain Article, body read.
    """

    @classmethod
    def heads(cls, ids: list[str], sections: list[str], kinds: dict[int, str], bodies: Bodies) -> list[Article]:
        """The articles, heads only (10,000 in ~3.5 ms: this is the start path). ``kinds``:
        the articles whose kind is not ``article``, Article's default, which the others read."""
        new = cls.__new__
        out: list[Article] = []
        add = out.append
        for i, (aid, section) in enumerate(zip(ids, sections)):
            a = new(cls)
            a.__dict__ = {"id": aid, "section": section, "_bodies": (bodies, i)}
            add(a)
        for i, kind in kinds.items():
            out[i].__dict__["kind"] = kind
        bodies.articles = out
        return out

    @property
    def body_loaded(self) -> bool:
        """Whether the body has been read (or was never lazy)."""
        return "_bodies" not in self.__dict__

    def _load_row(self) -> None:
        d = self.__dict__
        where = d.get("_bodies")
        row = where[0].row(where[1]) if where is not None else None
        if row is None:  # no rows to read: the body has them
            self._load_body()
            return
        for name, value in zip(ROW_FIELDS, row):
            d.setdefault(name, value)

    def _load_body(self) -> None:
        d = self.__dict__
        where = d.get("_bodies")
        if where is None:  # every field was given (made as an Article is): nothing to read
            raise AttributeError("LazyArticle has no body to read")
        bodies, index = where
        full = bodies.article(index, d["id"])
        for name in ROW_FIELDS + BODY_FIELDS:
            if name not in d:  # a field set (or read) before keeps its value
                d[name] = getattr(full, name)
        d.pop("_bodies", None)
        d.pop("_first_line", None)

    def first_line(self) -> str:
        """As Article's; before the body is read, from its section's rows."""
        d = self.__dict__
        if "paragraphs" not in d:
            line = d.get("_first_line")
            if line is not None:
                return str(line)
            where = d.get("_bodies")
            if where is not None:
                row = where[0].row(where[1])
                if row is not None:
                    return row[2]
        return super().first_line()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in _ARTICLE_FIELDS)

    def __reduce_ex__(self, protocol: Any) -> Any:
        return (_plain_article, (tuple(getattr(self, n) for n in _ARTICLE_FIELDS),))


def _plain_article(values: tuple[Any, ...]) -> Article:
    return Article(**dict(zip(_ARTICLE_FIELDS, values)))


for _name in ROW_FIELDS:
    setattr(LazyArticle, _name, _LazyField(_name, row=True))
for _name in BODY_FIELDS:
    setattr(LazyArticle, _name, _LazyField(_name, row=False))
del _name


# --------------------------------------------------------------------------
# The bodies file
# --------------------------------------------------------------------------

Row = tuple[str, str | None, str]  # headline, kicker, first line


class Bodies:
    """The bodies file of one cached edition, read a section's rows or an article's body at a time.

    ``fd`` is the file, open (so a cache another reader writes meanwhile,
    a new file renamed over this one, does not change what this one reads),
    ``path`` its name; ``stamp`` its (size, mtime) the heads were written
    with; ``offsets`` where each article's body starts (one more: where the
    last ends); ``sections`` each article's section as cached (an article's
    own may be changed in memory) and ``rows`` where each section's rows
    stand. ``source`` is the edition file, parsed only if the cache fails;
    then the heads file (``heads``) is removed.
    """

    def __init__(
        self,
        fd: int,
        path: Path,
        stamp: tuple[int, int],
        offsets: list[int],
        sections: list[str],
        rows: dict[str, list[tuple[int, int]]],
        source: Path,
        heads: Path,
    ) -> None:
        self.fd = fd
        weakref.finalize(self, os.close, fd)
        self.path = path
        self.stamp = stamp
        self.offsets = offsets
        self.sections = sections
        self.rows = rows
        self.source = source
        self.heads = heads
        self._rows: dict[int, Row] = {}  # article index -> its row, for the sections read so far
        #: the articles made from these heads: a section's rows, once read, are set on them all
        self.articles: list[Article] = []
        self._where: dict[str, dict[int, int]] = {}  # section -> {article index: place in the section}
        self._chunks_read: set[tuple[str, int]] = set()
        self._lock = threading.Lock()
        self._parsed: dict[str, Article] | None = None
        #: why the cache was given up for the edition file (None while it serves)
        self.problem: str | None = None

    def article(self, index: int, article_id: str) -> Article:
        """Article ``index`` in full (a plain Article), from the cache or else the edition file."""
        if self._parsed is None:
            try:
                return self._read(index, article_id)
            except (OSError, ValueError, TypeError, KeyError, IndexError, RecursionError) as exc:
                self._give_up(str(exc))
        return self._from_source(article_id)

    def row(self, index: int) -> Row | None:
        """Article ``index``'s row (its chunk of its section's rows is read on the first
        ask); None: read the body instead."""
        found = self._rows.get(index)
        if found is not None or self._parsed is not None:
            return found
        with self._lock:
            try:
                section = self.sections[index]
                where = self._where.get(section)
                if where is None:  # the section's articles, in order: article index -> place among them
                    where = self._where[section] = {
                        i: n for n, i in enumerate(i for i, s in enumerate(self.sections) if s == section)
                    }
                chunk = where[index] // ROWS_PER_CHUNK
            except (IndexError, KeyError):
                return None
            if (section, chunk) in self._chunks_read:
                return self._rows.get(index)
            self._chunks_read.add((section, chunk))
            try:
                from reader.store.cache import typed

                start, end = self.rows[section][chunk]
                headlines, kickers, firsts = typed(
                    tuple[list[str], list[str | None], list[str]], self._json(start, end)
                )
                members = [i for i, n in where.items() if n // ROWS_PER_CHUNK == chunk]
                if not len(headlines) == len(kickers) == len(firsts) == len(members):
                    raise ValueError("a section's rows do not match its articles")
            except (OSError, ValueError, TypeError, KeyError, IndexError, RecursionError) as exc:
                self.problem = self.problem or str(exc)
                return None  # each article of the chunk reads its body instead
            self._rows.update(zip(members, zip(headlines, kickers, firsts)))
            arts = self.articles
            if len(arts) == len(self.sections):
                for i, headline, kicker, first in zip(members, headlines, kickers, firsts):
                    d = arts[i].__dict__  # the list reads them next: plain attributes, not a lookup each
                    if "_bodies" in d:
                        d.setdefault("headline", headline)
                        d.setdefault("kicker", kicker)
                        d["_first_line"] = first
        return self._rows.get(index)

    def _json(self, start: int, end: int) -> Any:
        """The JSON value at bytes ``[start, end)`` of the bodies file, if the file is still the one cached."""
        from reader import files
        from reader.errors import ContentError

        st = os.fstat(self.fd)
        if (st.st_size, st.st_mtime_ns) != self.stamp:
            raise ValueError("the bodies file changed")
        if not 0 <= start < end <= st.st_size:
            raise ValueError("a body outside the file")
        if hasattr(os, "pread"):
            data = os.pread(self.fd, end - start, start)
        else:  # pragma: no cover - not POSIX
            with self._lock:
                os.lseek(self.fd, start, os.SEEK_SET)
                data = os.read(self.fd, end - start)
        try:
            return files.parse_json(data, self.path)
        except ContentError as exc:  # not JSON: a cache to give up, like any other damage
            raise ValueError(str(exc)) from None

    def _read(self, index: int, article_id: str) -> Article:
        from reader.store.cache import typed

        article: Article = typed(Article, self._json(self.offsets[index], self.offsets[index + 1]))
        if article.id != article_id:
            raise ValueError(f"the body of {article.id!r} where {article_id!r} belongs")
        return article

    def _give_up(self, why: str) -> None:
        with self._lock:
            if self.problem is None:
                self.problem = why
            from reader.store import atomic

            try:
                atomic.remove(self.heads)  # the next start parses the file and makes the cache again
            except OSError:
                pass

    def _from_source(self, article_id: str) -> Article:
        with self._lock:
            if self._parsed is None:
                from reader.errors import ContentError
                from reader.store.editions import read_edition

                try:
                    self._parsed = {a.id: a for a in read_edition(self.source).articles}
                except (ContentError, OSError) as exc:
                    self._parsed = {}
                    self.problem = f"{self.problem}; the edition file: {exc}"
        found = self._parsed.get(article_id)
        # gone from the file since the cache was made (or the file is unreadable): an empty body
        return found if found is not None else Article(id=article_id, headline="")


# --------------------------------------------------------------------------
# Reading and writing the cache
# --------------------------------------------------------------------------


class _Own(NamedTuple):
    """An edition's own fields (checked alone: checking them as an Edition would make
    the checks of every Article field first, ~2 ms of the start)."""

    id: str
    title: str
    date: str | None
    source_sha256: str
    page: str | None
    page_name: str | None
    page_lines: list[str]


class _Heads(NamedTuple):
    """The heads file's value, a list (checked with :func:`reader.store.cache.typed`;
    a NamedTuple, not a dataclass: made in a fifth of the time, on the start path)."""

    edition: _Own
    bodies: tuple[int, int]  # the bodies file's size and mtime_ns
    id: list[str]
    section: list[str]
    kinds: dict[str, str]  # article index -> its kind, where that is not "article" (most are)
    offset: list[int]  # one more than articles: where the last body ends
    rows: dict[str, list[tuple[int, int]]]  # section -> where each chunk of its articles' rows stands


def load(cache_dir: Path, name: str, key: Any, source: Path) -> Edition | None:
    """The edition cached under ``key`` (its articles :class:`LazyArticle`\\ s), or None
    (absent, stale, of another shape, or its bodies file missing or changed)."""
    from reader import files
    from reader.errors import ContentError
    from reader.store.cache import MAX_CACHE_BYTES, typed

    hp = heads_path(cache_dir, name)
    try:
        # json.loads itself: the heads are our own columns, and a nesting bomb is a
        # RecursionError, caught here (files.parse_json's scan would cost ~1 ms more)
        raw = json.loads(files.read_bytes(hp, MAX_CACHE_BYTES))
        if not isinstance(raw, dict) or key is None or raw.get("key") != _key(key):
            return None
        doc: _Heads = typed(_Heads, raw["value"])
        if not len(doc.section) == len(doc.id) == len(doc.offset) - 1:
            return None
        kinds = {int(i): kind for i, kind in doc.kinds.items()}  # ValueError: not an index
        if kinds and not (0 <= min(kinds) and max(kinds) < len(doc.id)):
            return None
        bp = bodies_path(cache_dir, name)
        fd = os.open(bp, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ContentError, ValueError, KeyError, TypeError, RecursionError):
        return None
    try:
        st = os.fstat(fd)
        ok = stat.S_ISREG(st.st_mode) and (st.st_size, st.st_mtime_ns) == doc.bodies
    except OSError:
        ok = False
    if not ok:
        os.close(fd)
        return None
    bodies = Bodies(fd, bp, doc.bodies, doc.offset, doc.section, doc.rows, Path(source), hp)
    own = doc.edition
    return Edition(
        id=own.id,
        title=own.title,
        date=own.date,
        source_sha256=own.source_sha256,
        articles=LazyArticle.heads(doc.id, doc.section, kinds, bodies),
        page=own.page,
        page_name=own.page_name,
        page_lines=own.page_lines,
    )


def _plain(obj: Any) -> Any:
    """What ``dataclasses.asdict`` makes of a nested dataclass, without its deep copies (json.dumps' default)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in fields(obj)}
    raise TypeError(f"{type(obj).__name__} is not JSON")


def save(cache_dir: Path, name: str, key: Any, edition: Edition) -> bool:
    """Cache ``edition`` under ``key`` as heads, rows and bodies; False if it could not
    be written (no cache dir, a full disk: the file is parsed next time too)."""
    from reader.store import atomic
    from reader.store import cache as stat_cache

    if key is None:
        return False
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_plain).encode
    arts = edition.articles
    chunks: list[bytes] = []
    by_section: dict[str, list[Article]] = {}
    for a in arts:
        by_section.setdefault(a.section, []).append(a)
    rows: dict[str, list[tuple[int, int]]] = {}
    pos = 0
    for section, members in by_section.items():
        rows[section] = []
        for n in range(0, len(members), ROWS_PER_CHUNK):
            part = members[n : n + ROWS_PER_CHUNK]
            line = (
                dumps([[a.headline for a in part], [a.kicker for a in part], [a.first_line() for a in part]]).encode(
                    "utf-8"
                )
                + b"\n"
            )
            chunks.append(line)
            rows[section].append((pos, pos + len(line)))
            pos += len(line)
    offsets = [pos]
    for a in arts:
        line = dumps({n: getattr(a, n) for n in _ARTICLE_FIELDS}).encode("utf-8") + b"\n"
        chunks.append(line)
        offsets.append(offsets[-1] + len(line))
    own = _Own(*(getattr(edition, name) for name in _Own._fields))
    hp, bp = heads_path(cache_dir, name), bodies_path(cache_dir, name)
    try:
        atomic.remove(hp)  # never heads beside bodies they were not written with
        atomic.write_bytes(bp, b"".join(chunks))
        st = os.stat(bp)
    except OSError:
        return False
    del chunks
    value = _Heads(
        own,
        (st.st_size, st.st_mtime_ns),
        [a.id for a in arts],
        [a.section for a in arts],
        {str(i): a.kind for i, a in enumerate(arts) if a.kind != "article"},
        offsets,
        rows,
    )
    stat_cache.save(hp, _key(key), value)
    return hp.exists()
