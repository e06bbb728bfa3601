"""Full-text search over every edition: an SQLite FTS5 index in the user's cache.

(One concern at ~1,000 lines: keeping the index in step with the library and
answering queries share its schema, folding and recovery; printing is in
``reader/cli_search.py``.)

One index per library (its set of content directories), at
``cache_dir()/search-<hash of the content dirs>.sqlite``. It is a cache:
everything in it is derived from the edition files, it is kept up to date on
import (:func:`index_edition`), brought in line with the catalogue on first
use (:func:`ensure_index`), and a missing, corrupt or out-of-date index is
simply rebuilt.

How Chinese substring search works (see docs/search.md for the numbers):
every indexed text is folded (case, full-width forms: see :func:`fold`) and
turned into a sequence of overlapping character *bigrams*; each bigram is
written as an ASCII token (``hex(c1) + "g" + hex(c2)``) so FTS5's plain
``ascii`` tokenizer indexes it as one term, with its position. A query word
of n >= 2 characters becomes an FTS5 *phrase* of its n-1 bigrams: they must
stand at consecutive positions, which is exactly "the word occurs here" - so
recall is substring-complete whatever jieba would segment, and there is no
false hit. A word of one character (allowed only beside a longer word) is
checked on the text of the candidates the longer words find; when most
candidates lack it, it is looked up with a prefix query on its bigrams
instead (every column ends with a one-character token, so the prefix finds
the last character too).

Schema (version :data:`SCHEMA_VERSION`)::

    meta(key, value)                      schema version, token scheme
    editions(id, content_dir, file, date, source_sha256, mtime_ns, size, articles)
    articles(rowid, edition_id, article_id, date, section, headline,
             body (zlib), captions, extra)
    fts(headline, body, captions, extra)  contentless FTS5, ascii tokenizer

An article's rowid is ``date.toordinal() << 20 | n``, so a larger rowid is a
newer edition and "newer first" needs no join.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import os
import sqlite3
import threading
import time
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import paths
from reader.errors import ContentError, InputError, ReaderError
from reader.model import Article, Edition

SCHEMA_VERSION = 5  # 2: extra also holds the column tag and the editor's box; 3: and the headline's pinyin;
# 4: the figures table (a measure's history across editions); 5: a figure's reached
TOKEN_SCHEME = "bigram-hex-4"  # 4: traditional characters and 〇 folded (see _FoldTable)
MIN_QUERY_CHARS = 2
SNIPPET_CHARS = 72  # characters of text in a snippet (plus "…" marks)
SNIPPET_BEFORE = 16  # characters shown before the first match
BATCH_EDITIONS = 64  # editions per transaction while (re)building
_SEQ_BITS = 20
# bm25 column weights: headline, body, captions, extra (kicker, subtitle)
_BM25 = "bm25(fts, 4.0, 1.0, 1.0, 2.0)"
_COLUMNS = ("headline", "body", "captions", "extra")

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: called with done=0 first, then after each edition."""


class QueryError(InputError):
    """A query that cannot be searched (too short, empty)."""


class IndexError_(ReaderError):  # noqa: N801 - avoid shadowing the builtin IndexError
    """The index cannot be opened or written (e.g. the cache dir is read-only)."""

    exit_code = 1


@dataclass
class Hit:
    edition_id: str
    edition_date: str | None
    article_id: str
    headline: str
    section: str
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # match offsets in snippet
    paragraph: int | None = None  # first body match: paragraph index...
    offset: int | None = None  # ...and character offset inside that paragraph

    def to_json(self) -> dict[str, Any]:
        return {
            "edition": self.edition_id,
            "date": self.edition_date,
            "article": self.article_id,
            "headline": self.headline,
            "section": self.section,
            "snippet": self.snippet,
        }


@dataclass
class IndexReport:
    path: Path
    editions: int = 0  # editions in the index afterwards
    articles: int = 0
    indexed: int = 0  # editions (re)indexed by this call
    removed: int = 0
    rebuilt: bool = False
    reason: str | None = None  # why it was rebuilt from scratch
    seconds: float = 0.0
    size: int = 0  # bytes on disk (db + wal)
    skipped: list[str] = field(default_factory=list)  # editions that could not be read


# --------------------------------------------------------------------------
# Folding and tokens
# --------------------------------------------------------------------------


class _FoldTable(dict[int, str]):
    """str.translate table: one character in, one character out (offsets survive)."""

    def __init__(self, newline: str) -> None:
        super().__init__()
        self.newline = newline

    def __missing__(self, cp: int) -> str:
        c = chr(cp)
        if c == "\n":
            r = self.newline
        elif c.isspace():
            r = " "
        else:
            n = unicodedata.normalize("NFKC", c)
            if len(n) != 1:
                n = c
            low = n.lower()
            r = low if len(low) == 1 else n
            # one script: 臺灣 finds 台湾 and the other way round (OpenCC's
            # one-for-one character table, as the page readers use), and the
            # numeral 〇 is 零 (二〇二四 / 二零二四)
            r = "零" if r == "〇" else _simplified(r)
        self[cp] = r
        return r


def _simplified(c: str) -> str:
    if c.isascii():
        return c
    from reader.hanzi import fold as to_simplified

    return to_simplified(c)


_TEXT_FOLD = _FoldTable("\n")  # paragraphs stay apart in indexed text
_QUERY_FOLD = _FoldTable(" ")


def fold(text: str) -> str:
    """Case- and width-fold ``text`` character by character (same length).

    Latin letters are lower-cased, full-width forms become ASCII
    (``ＭＷ`` → ``mw``), every space-like character becomes ``" "``.
    """
    return text.translate(_TEXT_FOLD)


class _HexTable(dict[str, str]):
    def __missing__(self, c: str) -> str:
        r = format(ord(c), "x")
        self[c] = r
        return r


_HEX = _HexTable()


def _tokens(folded: str) -> str:
    """The FTS5 document for one folded column: one token per character
    bigram, then the last character alone (``hex(c) + "g"``), so that the
    prefix query ``hex(c)g*`` finds every occurrence of a character c."""
    if not folded:
        return ""
    hx = _HEX
    hs = [hx[c] for c in folded]
    toks = [a + "g" + b for a, b in zip(hs, hs[1:])]
    toks.append(hs[-1] + "g")
    return " ".join(toks)


def _char_expr(c: str) -> str:
    """FTS5 prefix query: documents containing the (folded) character ``c``."""
    return _HEX[c] + "g*"


def _term_expr(term: str) -> str:
    """FTS5 phrase matching documents that contain the folded ``term``
    (one character: :func:`_char_expr`)."""
    if len(term) == 1:
        return _char_expr(term)
    hs = [_HEX[c] for c in term]
    return '"' + " ".join(a + "g" + b for a, b in zip(hs, hs[1:])) + '"'


# --------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------

_OPEN_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}


def parse_query(query: str) -> list[str]:
    """Split a query into folded terms (all must occur: AND).

    Words are separated by spaces; ``"quoted phrases"`` (also “…” 「…」 『…』)
    match exactly, spaces included. A quote inside a word is an ordinary
    character. A word of one character must occur too, but is checked on the
    candidates the longer words find (it has no index of its own); a query
    whose words are all single characters is taken literally as one phrase.
    Raises :class:`QueryError` for a query of fewer than two characters.
    """
    raw = query.strip()
    if len(raw) < MIN_QUERY_CHARS and not (raw and ord(raw[0]) >= 0x2E80):  # 碳 alone is a query; `a` is not
        raise QueryError(
            f"query {raw!r} is too short: give at least {MIN_QUERY_CHARS} characters, e.g. reader search 碳配额"
        )
    terms: list[str] = []
    i, n = 0, len(raw)
    word: list[str] = []

    def flush() -> None:
        if word:
            terms.append("".join(word))
            word.clear()

    while i < n:
        c = raw[i]
        if c in _OPEN_QUOTES and (i == 0 or raw[i - 1].isspace()):
            # A phrase opens at the start of a word and closes at the end of
            # one; a quote inside a word (他说“好的”，) is just a character.
            close = _OPEN_QUOTES[c]
            j = raw.find(close, i + 1)
            while j != -1 and not (j + 1 == n or raw[j + 1].isspace()):
                j = raw.find(close, j + 1)
            if j != -1:
                flush()
                phrase = raw[i + 1 : j].strip()
                if phrase:
                    terms.append(phrase)
                i = j + 1
                continue
        if c.isspace():
            flush()
        else:
            word.append(c)
        i += 1
    flush()
    folded: list[str] = []
    for t in terms:
        f = t.translate(_QUERY_FOLD)
        if f and f not in folded:
            folded.append(f)
    if not any(len(t) >= MIN_QUERY_CHARS for t in folded):
        # e.g. `a b`, `“好”`: search the query as written, spaces and all.
        folded = [raw.translate(_QUERY_FOLD)]
    # A term that is contained in another adds nothing to an AND.
    folded = [t for t in folded if not any(t != u and t in u for u in folded)]
    return folded


def _match_expr(terms: list[str]) -> str:
    return " AND ".join(_term_expr(t) for t in terms)


# --------------------------------------------------------------------------
# The database
# --------------------------------------------------------------------------


def index_path(library: Any) -> Path:
    dirs = "\n".join(str(Path(cd.root).resolve()) for cd in library.read_dirs)
    tag = hashlib.sha1(dirs.encode("utf-8")).hexdigest()[:12]
    return paths.cache_dir() / f"search-{tag}.sqlite"


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS editions(
    id TEXT PRIMARY KEY, content_dir TEXT, file TEXT, date TEXT,
    source_sha256 TEXT, mtime_ns INTEGER, size INTEGER, articles INTEGER);
CREATE TABLE IF NOT EXISTS articles(
    rowid INTEGER PRIMARY KEY, edition_id TEXT NOT NULL, article_id TEXT NOT NULL,
    date TEXT, section TEXT, headline TEXT, body BLOB, captions TEXT, extra TEXT);
CREATE INDEX IF NOT EXISTS articles_edition ON articles(edition_id);
CREATE TABLE IF NOT EXISTS figures(
    edition_id TEXT NOT NULL, date TEXT, article_id TEXT NOT NULL, headline TEXT,
    label TEXT NOT NULL, unit TEXT NOT NULL, value REAL, value_max REAL, text TEXT, change TEXT,
    reached INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS figures_edition ON figures(edition_id);
CREATE INDEX IF NOT EXISTS figures_measure ON figures(label, unit);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    {", ".join(_COLUMNS)}, content='', tokenize='ascii', detail=full);
INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}');
INSERT OR IGNORE INTO meta VALUES ('tokens', '{TOKEN_SCHEME}');
"""


class _Corrupt(Exception):
    pass


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(path) + suffix)


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=10.0, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-32000")
        have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "meta" in have:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("schema") != str(SCHEMA_VERSION) or meta.get("tokens") != TOKEN_SCHEME:
                raise _Corrupt(
                    f"it was made by another version (schema {meta.get('schema')}, {meta.get('tokens')}; "
                    f"this reader uses {SCHEMA_VERSION}, {TOKEN_SCHEME})"
                )
            missing = {"editions", "articles", "fts", "figures"} - have
            if missing:
                raise _Corrupt(f"table(s) {', '.join(sorted(missing))} missing")
        else:
            if have - {"sqlite_sequence"}:
                raise _Corrupt("it is not a search index")
            conn.executescript("BEGIN IMMEDIATE;" + _SCHEMA + "COMMIT;")
    except BaseException:
        conn.close()
        raise
    return conn


class _Index:
    """An open index file; all access is serialised by ``lock``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.conn: sqlite3.Connection | None = None
        self.reason: str | None = None  # why the last open started from scratch
        self.synced_entries: object = None  # the library.editions() list last synced
        self.inode = -1  # of the file self.conn has open
        # a second connection for searches while `lock` is held by a (re)build:
        # WAL lets it read every batch the build has committed (search_now)
        self.read_lock = threading.Lock()
        self.read_conn: sqlite3.Connection | None = None
        self.read_inode = -1

    def open(self) -> sqlite3.Connection:
        if self.conn is not None:
            # Another process may have rebuilt (deleted and re-created) the
            # file since: then this connection reads a ghost. One stat.
            try:
                replaced = os.stat(self.path).st_ino != self.inode
            except OSError:
                replaced = True
            if not replaced:
                return self.conn
            self.close()
            self.synced_entries = None
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            try:
                self.conn = _connect(self.path)
                if not existed:
                    self.reason = self.reason or "there was no search index yet"
            except _Corrupt as exc:
                self.reset(str(exc))
            except sqlite3.DatabaseError as exc:
                self.reset(f"it was unreadable ({exc})")
            if self.conn is None:
                try:
                    self.conn = _connect(self.path)
                except (sqlite3.Error, _Corrupt) as exc2:
                    raise IndexError_(f"{self.path}: cannot create the search index ({exc2})") from None
            self.inode = os.stat(self.path).st_ino
        except OSError as exc:
            raise IndexError_(
                f"{self.path}: cannot open the search index ({exc.strerror or exc}); "
                "set READER_CACHE_DIR to a writable folder"
            ) from None
        return self.conn

    def reset(self, reason: str) -> None:
        """Forget the file (corrupt or to be rebuilt): the next open starts empty."""
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
            self.conn = None
        _remove_db(self.path)
        self.reason = reason
        self.synced_entries = None

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
            self.conn = None
        with self.read_lock:
            if self.read_conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self.read_conn.close()
                self.read_conn = None

    def reader(self) -> sqlite3.Connection | None:
        """A read-only connection to the file as it is now (call with ``read_lock``
        held); None while there is no usable file yet."""
        try:
            inode = os.stat(self.path).st_ino
        except OSError:
            return None
        if self.read_conn is not None and inode != self.read_inode:
            with contextlib.suppress(sqlite3.Error):
                self.read_conn.close()
            self.read_conn = None
        if self.read_conn is None:
            try:
                conn = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, timeout=1.0, isolation_level=None, check_same_thread=False
                )
                conn.execute("PRAGMA query_only=1")
                conn.execute("SELECT 1 FROM fts LIMIT 1")  # the schema is there (the build made it)
            except sqlite3.Error:
                return None
            self.read_conn, self.read_inode = conn, inode
        return self.read_conn


_INDEXES: dict[Path, _Index] = {}
_INDEXES_LOCK = threading.Lock()


def _index_for(library: Any) -> _Index:
    path = index_path(library)
    with _INDEXES_LOCK:
        ix = _INDEXES.get(path)
        if ix is None:
            ix = _INDEXES[path] = _Index(path)
        return ix


def close_all() -> None:
    """Close every open index connection (tests, and before a fork)."""
    with _INDEXES_LOCK:
        for ix in _INDEXES.values():
            with ix.lock:
                ix.close()
        _INDEXES.clear()


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# -- rows ------------------------------------------------------------------


def _article_texts(a: Article) -> tuple[str, str, str, str]:
    """headline, body, captions, extra as indexed (newlines only between parts)."""

    def one_line(s: str) -> str:
        return s.replace("\n", " ")

    body = "\n".join(one_line(p) for p in a.paragraphs)
    captions = "\n".join(one_line(c.text) for c in a.captions)
    extra = "\n".join(one_line(s) for s in (a.column, a.kicker, a.subtitle, a.editor_box) if s)
    headline = one_line(a.headline)
    return headline, body, captions, extra + _pinyin_line(headline)


#: The last line of ``extra``: the headline in pinyin, whole and as initials
#: (能源局 → ``nengyuanju nyj``), so ``nengyuan`` and ``nyj`` find headlines. It
#: is indexed, never shown (:func:`_shown_extra`).
PINYIN_MARK = "\n@pinyin "


def _pinyin_line(headline: str) -> str:
    """``PINYIN_MARK`` + the headline's pinyin and initials; "" for a headline without hanzi.
    (pypinyin is imported here, while indexing: never on the reader's start path.)"""
    if headline.isascii():
        return ""
    from pypinyin import Style, lazy_pinyin

    words = "".join(ch for ch in headline if "\u4e00" <= ch <= "\u9fff" or ch.isalnum())
    full = "".join(lazy_pinyin(words)).lower()
    initials = "".join(lazy_pinyin(words, style=Style.FIRST_LETTER)).lower()
    return f"{PINYIN_MARK}{full} {initials}"


def _shown_extra(extra: str) -> str:
    """``extra`` without its pinyin line."""
    i = extra.find(PINYIN_MARK)
    return extra if i < 0 else extra[:i]


def _fts_values(headline: str, body: str, captions: str, extra: str) -> tuple[str, str, str, str]:
    return (_tokens(fold(headline)), _tokens(fold(body)), _tokens(fold(captions)), _tokens(fold(extra)))


def _date_base(date: str | None) -> int:
    if date:
        try:
            return _dt.date.fromisoformat(date).toordinal() << _SEQ_BITS
        except ValueError:
            pass
    return 0


def _delete_edition(conn: sqlite3.Connection, edition_id: str) -> int:
    rows = conn.execute(
        "SELECT rowid, headline, body, captions, extra FROM articles WHERE edition_id = ?", (edition_id,)
    ).fetchall()
    for rowid, h, b, c, x in rows:
        body = zlib.decompress(b).decode("utf-8") if b else ""
        conn.execute(
            f"INSERT INTO fts(fts, rowid, {', '.join(_COLUMNS)}) VALUES ('delete', ?, ?, ?, ?, ?)",
            (rowid, *_fts_values(h, body, c, x)),
        )
    conn.execute("DELETE FROM articles WHERE edition_id = ?", (edition_id,))
    conn.execute("DELETE FROM figures WHERE edition_id = ?", (edition_id,))
    conn.execute("DELETE FROM editions WHERE id = ?", (edition_id,))
    return len(rows)


def _entry_key(content_dir: str, file: str, mtime_ns: int, size: int, sha: str) -> tuple[str, str, int, int, str]:
    return (content_dir, file, int(mtime_ns), int(size), sha)


def _insert_edition(conn: sqlite3.Connection, edition: Edition, key: tuple[str, str, int, int, str]) -> None:
    _delete_edition(conn, edition.id)
    base = _date_base(edition.date)
    top = conn.execute(
        "SELECT max(rowid) FROM articles WHERE rowid BETWEEN ? AND ?", (base, base + (1 << _SEQ_BITS) - 1)
    ).fetchone()[0]
    rowid = base if top is None else top + 1
    for a in edition.articles:
        h, b, c, x = _article_texts(a)
        conn.execute(
            "INSERT INTO articles(rowid, edition_id, article_id, date, section, headline, body, captions, extra)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, edition.id, a.id, edition.date, a.section, h, zlib.compress(b.encode("utf-8"), 6), c, x),
        )
        conn.execute(
            f"INSERT INTO fts(rowid, {', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
            (rowid, *_fts_values(h, b, c, x)),
        )
        if a.figures:
            conn.executemany(
                "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        edition.id,
                        edition.date,
                        a.id,
                        a.headline,
                        f.label,
                        f.unit,
                        float(f.value),
                        None if f.value_max is None else float(f.value_max),
                        f.text,
                        f.change,
                        int(f.reached),
                    )
                    for f in a.figures
                    if f.label
                ],
            )
        rowid += 1
    content_dir, file, mtime_ns, size, sha = key
    conn.execute(
        "INSERT OR REPLACE INTO editions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (edition.id, content_dir, file, edition.date, sha, mtime_ns, size, len(edition.articles)),
    )


def _indexed(conn: sqlite3.Connection) -> dict[str, tuple[str, str, int, int, str]]:
    return {
        r[0]: _entry_key(r[1], r[2], r[3], r[4], r[5])
        for r in conn.execute("SELECT id, content_dir, file, mtime_ns, size, source_sha256 FROM editions")
    }


def _catalogue_key(e: Any) -> tuple[str, str, int, int, str]:
    return _entry_key(str(e.content_dir), e.file, e.mtime_ns, e.size, e.source_sha256)


def _db_size(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += os.stat(str(path) + suffix).st_size
    return total


# --------------------------------------------------------------------------
# Keeping the index up to date
# --------------------------------------------------------------------------


def _sync(ix: _Index, library: Any, progress: Progress | None, *, force_rebuild: str | None = None) -> IndexReport:
    start = time.perf_counter()
    if force_rebuild:
        ix.reset(force_rebuild)
    try:
        conn = ix.open()
        have = _indexed(conn)
    except sqlite3.DatabaseError as exc:
        ix.reset(f"it was unreadable ({exc})")
        conn = ix.open()
        have = {}
    reason = ix.reason
    ix.reason = None
    entries = library.editions()
    want = {e.id: e for e in entries}
    todo = [e for e in entries if have.get(e.id) != _catalogue_key(e)]
    gone = [eid for eid in have if eid not in want]
    report = IndexReport(path=ix.path, rebuilt=reason is not None, reason=reason)
    total = len(todo) + len(gone)
    if total:
        what = _describe(reason, len(todo), len(gone))
        if progress:
            progress(0, total, what)
        done = 0
        with _transaction(conn):
            for eid in gone:
                _delete_edition(conn, eid)
                done += 1
                report.removed += 1
        if progress and gone:
            progress(done, total, what)
        editions = _read_editions(todo)
        for i in range(0, len(todo), BATCH_EDITIONS):
            with _transaction(conn):
                for e in todo[i : i + BATCH_EDITIONS]:
                    edition = next(editions)
                    if isinstance(edition, ContentError):  # changed since the catalogue was read
                        report.skipped.append(str(edition))
                        _delete_edition(conn, e.id)
                    else:
                        _insert_edition(conn, edition, _catalogue_key(e))
                        report.indexed += 1
                    done += 1
                    if progress:
                        progress(done, total, what)
        if report.indexed > 200:
            conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ix.synced_entries = entries
    report.editions, report.articles = conn.execute(
        "SELECT count(*), coalesce(sum(articles), 0) FROM editions"
    ).fetchone()
    report.seconds = time.perf_counter() - start
    report.size = _db_size(ix.path)
    return report


PARALLEL_READ_MIN = 64  # editions: below this, forking workers costs more than it saves


def _read_one(path: Path) -> Edition | ContentError:
    from reader.store.editions import read_edition

    try:
        return read_edition(path)
    except ContentError as exc:
        return exc


def _read_editions(entries: list[Any]) -> Iterator[Edition | ContentError]:
    """Parse the edition files, in order. Parsing TOML is most of the cost of
    a (re)build, so with many files it runs in forked worker processes (the
    parent keeps writing the index meanwhile); sequential where fork is not
    available or a worker dies."""
    import multiprocessing

    paths_ = [e.path for e in entries]
    workers = min(os.cpu_count() or 1, 4)
    if len(paths_) < PARALLEL_READ_MIN or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for p in paths_:
            yield _read_one(p)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    # A window of files in flight, not all of them: pool.map would parse the
    # whole archive ahead of the writer and hold every parsed edition at once
    # (229 MB at 3,650 editions), and the collector's full passes over those
    # objects stalled the reader's screen for 400 ms at a time.
    window = BATCH_EDITIONS * 2
    try:
        for start in range(0, len(paths_), window):
            for result in pool.map(_read_one, paths_[start : start + window], chunksize=16):
                done += 1
                yield result
    except BrokenProcessPool:
        pass
    finally:
        # a build stopped half-way (the reader quit, the search closed) must
        # not wait for the files nobody will index
        pool.shutdown(wait=True, cancel_futures=True)
    for p in paths_[done:]:
        yield _read_one(p)


def _describe(reason: str | None, todo: int, gone: int) -> str:
    if reason:
        return f"building the search index ({reason}): {todo} edition(s)"
    parts = []
    if todo:
        parts.append(f"indexing {todo} new or changed edition(s)")
    if gone:
        parts.append(f"removing {gone} deleted edition(s)")
    return "; ".join(parts)


def _with_recovery(ix: _Index, fn: Callable[[], Any]) -> Any:
    """Run ``fn``; if the file turns out to be corrupt, start it afresh once."""
    try:
        return fn()
    except sqlite3.DatabaseError as exc:
        msg = str(exc)
        if isinstance(exc, sqlite3.OperationalError) and not any(
            w in msg for w in ("no such", "corrupt", "malformed", "not a database")
        ):
            if "locked" in msg or "busy" in msg:
                raise IndexError_(
                    f"{ix.path}: the search index is busy (another reader is writing it); try again"
                ) from None
            raise
        ix.reset(f"it was corrupt ({exc})")
        return fn()


def ensure_index(library: Any, progress: Progress | None = None) -> IndexReport:
    """Bring the index in line with the catalogue: (re)index new or changed
    editions (by id, file, mtime, size, source_sha256), drop deleted ones.
    A missing, corrupt or old-schema index is rebuilt (``report.reason`` says why).
    """
    ix = _index_for(library)
    with ix.lock:
        return _with_recovery(ix, lambda: _sync(ix, library, progress))


def rebuild(library: Any, progress: Progress | None = None) -> IndexReport:
    """Throw the index away and build it again from every edition file."""
    ix = _index_for(library)
    with ix.lock:
        library.invalidate()
        return _with_recovery(ix, lambda: _sync(ix, library, progress, force_rebuild="rebuild requested"))


def stale_count(library: Any) -> int:
    """How many editions :func:`ensure_index` would (re)index or drop (cheap).

    A UI can call this first and show progress around ``ensure_index`` when it
    is not 0. A missing or unreadable index counts every edition.
    """
    ix = _index_for(library)
    with ix.lock:
        entries = library.editions()
        if ix.synced_entries is entries:
            return 0
        if ix.conn is None and not ix.path.exists():
            return len(entries)
        try:
            have = _indexed(ix.open())
        except (sqlite3.DatabaseError, ReaderError):
            return len(entries)
        want = {e.id for e in entries}
        return sum(1 for e in entries if have.get(e.id) != _catalogue_key(e)) + sum(1 for k in have if k not in want)


def index_edition(edition: Edition, library: Any, *, path: Path | None = None) -> None:
    """Replace one edition's rows (called after every import).

    ``path`` is the edition file just written (default: the library's write
    dir). Earlier imports of the same page in that directory under another
    id are dropped too. Never rebuilds the whole index: a corrupt file is
    started afresh with just this edition and completed by the next
    :func:`ensure_index`.
    """
    ix = _index_for(library)
    content_dir = Path(library.write_dir.root)
    if path is None:
        from reader.store.editions import edition_path

        path = edition_path(content_dir, edition.id)
    path = Path(path)
    st = path.stat()
    key = _entry_key(
        str(content_dir), path.relative_to(content_dir).as_posix(), st.st_mtime_ns, st.st_size, edition.source_sha256
    )

    def run() -> None:
        conn = ix.open()
        with _transaction(conn):
            for (old,) in conn.execute(
                "SELECT id FROM editions WHERE source_sha256 = ? AND content_dir = ? AND id != ?",
                (edition.source_sha256, str(content_dir), edition.id),
            ).fetchall():
                _delete_edition(conn, old)
            _insert_edition(conn, edition, key)

    with ix.lock:
        _with_recovery(ix, run)
        ix.synced_entries = None


# --------------------------------------------------------------------------
# Searching
# --------------------------------------------------------------------------


def search(library: Any, query: str, *, limit: int = 50, progress: Progress | None = None) -> list[Hit]:
    """Articles of every edition that contain every word of ``query``.

    Order: articles with more query words in the headline first, then bm25
    relevance, then newer editions first. Raises :class:`QueryError` for a
    query of fewer than two characters. On first use (or after the library
    changed) the index is brought up to date first; that can take a while
    when it has to be built: call :func:`ensure_index` with a progress
    callback beforehand to show it.
    """
    terms = parse_query(query)
    if limit <= 0:
        return []
    ix = _index_for(library)

    def run() -> list[Hit]:
        _fresh(ix, library, progress)
        return _search(ix.open(), terms, limit)

    with ix.lock:
        return _with_recovery(ix, run)


@dataclass
class FigurePoint:
    """One value of a measure in one edition (see :func:`figure_history`)."""

    edition_id: str
    date: str | None
    article_id: str
    headline: str
    value: float
    value_max: float | None
    text: str
    change: str | None
    reached: bool = False  # the value is the level a change reached (see Figure.reached)


def figure_history(library: Any, label: str, unit: str, *, limit: int = 200) -> list[FigurePoint]:
    """The same measure (the same label and unit) in every indexed edition,
    newest first: what no reader shows, how 年货运量 or 交易额 moved over the
    years. Reads the index as it is (a front end brings it up to date first,
    off its UI thread, with :func:`ensure_index`)."""
    if not label:
        return []
    ix = _index_for(library)
    with ix.lock:
        rows = _with_recovery(
            ix,
            lambda: (
                ix.open()
                .execute(
                    "SELECT edition_id, date, article_id, headline, value, value_max, text, change, reached FROM figures"
                    " WHERE label = ? AND unit = ? ORDER BY date IS NULL, date DESC, edition_id DESC LIMIT ?",
                    (label, unit, limit),
                )
                .fetchall()
            ),
        )
    return [
        FigurePoint(e, d, a, h, v, vmax, text, change, bool(reached))
        for e, d, a, h, v, vmax, text, change, reached in rows
    ]


def search_now(library: Any, query: str, *, limit: int = 50) -> tuple[list[Hit], bool]:
    """:func:`search` that never waits for the index to be built: ``(hits, complete)``.

    When the index is up to date it is :func:`search`. While a (re)build
    holds the index (the reader runs :func:`ensure_index` in a worker), it
    searches the editions indexed so far and says so with ``complete=False``:
    a front end shows those hits as partial, never an empty list as "no
    match". Raises :class:`QueryError` as :func:`search` does.
    """
    terms = parse_query(query)
    if limit <= 0:
        return [], True
    ix = _index_for(library)
    if ix.lock.acquire(blocking=False):
        try:
            if ix.synced_entries is not None and ix.synced_entries is library.editions():
                return _with_recovery(ix, lambda: _search(ix.open(), terms, limit)), True
        finally:
            ix.lock.release()
    with ix.read_lock:
        conn = ix.reader()
        if conn is None:
            return [], False
        try:
            return _search(conn, terms, limit), False
        except sqlite3.Error:
            return [], False


def _fresh(ix: _Index, library: Any, progress: Progress | None) -> None:
    """Sync with the catalogue unless this very catalogue list was synced
    into this very file already (cheap: an identity check and one stat)."""
    ix.open()  # notices a file another process replaced
    if ix.synced_entries is not library.editions():
        _sync(ix, library, progress)


def matching(library: Any, query: str) -> set[tuple[str, str]]:
    """Every ``(edition_id, article_id)`` that matches ``query``, unranked
    (for recall checks and counts; :func:`search` is what a reader wants)."""
    terms = parse_query(query)
    ix = _index_for(library)

    def run() -> set[tuple[str, str]]:
        _fresh(ix, library, None)
        conn = ix.open()
        long_, short = _split(terms)
        rows = conn.execute(
            "SELECT fts.rowid, a.edition_id, a.article_id FROM fts JOIN articles a ON a.rowid = fts.rowid"
            " WHERE fts MATCH ?",
            (_match_expr(long_),),
        ).fetchall()
        if not short:
            return {(e, a) for _, e, a in rows}
        if len(rows) > PREFIX_SWITCH:
            keep = _with_chars(conn, long_, short)
            return {(e, a) for r, e, a in rows if r in keep}
        out = set()
        for batch in _chunks([r[0] for r in rows], 500):
            for r in _fetch(conn, batch).values():
                if _has_all(r, short):
                    out.add((r[1], r[3]))
        return out

    with ix.lock:
        return _with_recovery(ix, run)


def _split(terms: list[str]) -> tuple[list[str], list[str]]:
    """(words the index finds, one-character words checked on the text). A
    query of one-character words only (碳, 碳 氢) is looked up in the index by
    each character (:func:`_char_expr`)."""
    long_ = [t for t in terms if len(t) >= 2]
    if not long_:
        return list(terms), []
    return long_, [t for t in terms if len(t) < 2]


def _chunks(items: list[int], n: int) -> Iterator[list[int]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _fetch(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, Any]:
    marks = ",".join("?" * len(rowids))
    return {
        r[0]: r
        for r in conn.execute(
            "SELECT rowid, edition_id, date, article_id, headline, section, body, captions, extra"
            f" FROM articles WHERE rowid IN ({marks})",
            rowids,
        )
    }


def _body(row: Any) -> str:
    return zlib.decompress(row[6]).decode("utf-8") if row[6] else ""


def _missing(row: Any, chars: list[str]) -> list[str]:
    """The characters of ``chars`` that the article's text does not contain."""
    small = fold(" ".join((row[4] or "", row[7] or "", row[8] or "")))
    missing = [c for c in chars if c not in small]
    if not missing:
        return missing
    body = fold(_body(row))
    return [c for c in missing if c not in body]


def _has_all(row: Any, chars: list[str]) -> bool:
    return not _missing(row, chars)


def _ranked(conn: sqlite3.Connection, terms: list[str], need: int | None) -> Iterator[int]:
    """Rowids matching every term, best first: more terms in the headline,
    then bm25, then newer. ``need``: how many will be used (None: all).

    A query of one character (碳, 能) is ranked newest first in each stage,
    without bm25: its prefix query merges every bigram that starts with the
    character (hundreds for 能 or 的), and scoring them all cost three times
    the lookup (能 49 ms of 65 at 3,650 editions) while saying little about one
    character. Its headline stage needs no second test of the whole text:
    ``headline:(能*)`` alone is 2.6 ms where ``能* AND headline:(能*)`` is 18
    (for a longer word that test stays: the column filter would change bm25)."""
    q = _match_expr(terms)
    in_head = "{headline} : (" + " OR ".join(_term_expr(t) for t in terms) + ")"
    limit = -1 if need is None else need  # SQLite: LIMIT -1 is no limit
    one_char = len(terms) == 1 and len(terms[0]) == 1
    score, order = ("0", "rowid DESC") if one_char else (_BM25, "r, rowid DESC")
    # 1. articles with a query word in the headline
    if len(terms) == 1:
        head = conn.execute(
            f"SELECT rowid, {score} AS r FROM fts WHERE fts MATCH ? ORDER BY {order} LIMIT ?",
            (in_head if one_char else f"({q}) AND {in_head}", limit),
        ).fetchall()
    else:
        head = conn.execute(f"SELECT rowid, {_BM25} FROM fts WHERE fts MATCH ?", (f"({q}) AND {in_head}",)).fetchall()
        # how many of the words each headline holds: asked of the headline column alone
        # (only `head`'s rows are looked up, and they match the whole query already), which
        # costs half as much as matching the whole query again for each word
        tier: Counter[int] = Counter()
        for t in terms:
            tier.update(
                r
                for (r,) in conn.execute(
                    "SELECT rowid FROM fts WHERE fts MATCH ?", (f"{{headline}} : ({_term_expr(t)})",)
                )
            )
        head.sort(key=lambda r: (-tier[r[0]], r[1], -r[0]))
        if need is not None:
            head = head[:need]
    yield from (rowid for rowid, _ in head)
    # 2. the rest, by relevance then date
    if need is not None and len(head) >= need:
        return
    rest = conn.execute(
        f"SELECT rowid, {score} AS r FROM fts WHERE fts MATCH ? ORDER BY {order} LIMIT ?",
        (f"({q}) NOT {in_head}", -1 if need is None else need - len(head)),
    )
    for rowid, _ in rest:
        yield rowid


PREFIX_SWITCH = 400  # candidates checked by text before asking the index for one-character words


def _with_chars(conn: sqlite3.Connection, long_: list[str], short: list[str]) -> set[int]:
    """Rowids matching the long words and containing every one-character word.

    A prefix query over a character's bigrams is fast for a rare character
    and slow for a common one (的, a comma: hundreds of bigrams), so it is
    only used once checking candidates by their text has proved slow, which
    happens when the character is rare among them."""
    expr = " AND ".join([_match_expr(long_), *(_char_expr(c) for c in short)])
    return {r for (r,) in conn.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expr,))}


def _search(conn: sqlite3.Connection, terms: list[str], limit: int) -> list[Hit]:
    long_, short = _split(terms)
    ranked = _ranked(conn, long_, None if short else limit)
    hits: list[Hit] = []
    # Without one-character words the first `limit` are the answer; with
    # them, candidates are checked in batches until `limit` pass. When that
    # proves slow (PREFIX_SWITCH candidates checked), the characters most
    # candidates lacked are looked up in the index instead.
    batch_size = limit if not short else max(limit, 200)
    allowed: set[int] | None = None
    check = short  # characters still checked on the text
    fails = dict.fromkeys(short, 0)
    scanned = 0
    while len(hits) < limit:
        batch = [rowid for _, rowid in zip(range(batch_size), ranked)]
        if not batch:
            break
        if short and allowed is None and scanned >= PREFIX_SWITCH:
            rare = [c for c in short if fails[c] * 2 > scanned] or [max(short, key=lambda c: fails[c])]
            allowed = _with_chars(conn, long_, rare)
            check = [c for c in short if c not in rare]
        scanned += len(batch)
        if allowed is not None:
            batch = [rowid for rowid in batch if rowid in allowed]
            if not batch:
                continue
        rows = _fetch(conn, batch)
        for rowid in batch:
            r = rows.get(rowid)
            if r is None:
                continue
            if check:
                missing = _missing(r, check)
                if missing:
                    for c in missing:
                        fails[c] += 1
                    continue
            _, eid, date, aid, headline, section, _b, captions, extra = r
            hits.append(_make_hit(eid, date, aid, headline, section, _body(r), captions or "", extra or "", long_))
            if len(hits) == limit:
                break
    return hits


def _find_all(folded: str, terms: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Merged spans of every term occurrence inside folded[lo:hi]."""
    spans: list[tuple[int, int]] = []
    for t in terms:
        i = folded.find(t, lo, hi)
        while i != -1:
            spans.append((i, i + len(t)))
            i = folded.find(t, i + 1, hi)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _first(folded: str, terms: list[str]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for t in terms:
        i = folded.find(t)
        if i != -1 and (best is None or i < best[0]):
            best = (i, i + len(t))
    return best


def _window(text: str, folded: str, terms: list[str], hit: tuple[int, int] | None) -> tuple[str, list[tuple[int, int]]]:
    """A snippet of the line (paragraph) around ``hit``, with match spans."""
    pos = hit[0] if hit else 0
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    if hi == -1:
        hi = len(text)
    start = max(lo, pos - SNIPPET_BEFORE) if hit else lo
    end = min(hi, max(start + SNIPPET_CHARS, hit[1] if hit else 0))
    prefix = "…" if start > lo else ""
    suffix = "…" if end < hi else ""
    spans = [(s - start + len(prefix), e - start + len(prefix)) for s, e in _find_all(folded, terms, start, end)]
    return prefix + text[start:end] + suffix, spans


def _make_hit(
    eid: str,
    date: str | None,
    aid: str,
    headline: str,
    section: str,
    body: str,
    captions: str,
    extra: str,
    terms: list[str],
) -> Hit:
    hit = Hit(eid, date, aid, headline, section, "")
    fbody = fold(body)
    first = _first(fbody, terms)
    if first is not None:
        hit.snippet, hit.spans = _window(body, fbody, terms, first)
        hit.paragraph = fbody.count("\n", 0, first[0])
        hit.offset = first[0] - (fbody.rfind("\n", 0, first[0]) + 1)
        return hit
    for text in (captions, _shown_extra(extra), headline):
        ftext = fold(text)
        first = _first(ftext, terms)
        if first is not None:
            hit.snippet, hit.spans = _window(text, ftext, terms, first)
            return hit
    # Only a one-character word matched somewhere unusual, or nothing to show.
    hit.snippet, hit.spans = _window(body, fbody, terms, None)
    return hit
