"""Edition files (TOML a person can read, edit and diff) and the catalogue.

Layout of a content directory::

    sections.toml              optional: this library's sections (see reader.sections)
    editions/<edition-id>.toml one file per imported page
    catalogue.json             derived: one small entry per edition, so the
                               reader's start path never parses every edition

Edition files are read with tomllib/tomli and written with tomli-w. TOML has
no null: an absent key means "none". Every value read from a file is
validated and sanitised (content files are untrusted); a problem is reported
as ``file:line: what is wrong``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from reader import files, names, paths
from reader.errors import ContentError
from reader.model import ARTICLE_KINDS, FALLBACK_SECTION, FIGURE_KINDS, Article, Byline, Caption, Edition, Figure
from reader.sanitize import clean
from reader.store import atomic
from reader.store import cache as stat_cache

if TYPE_CHECKING:
    from reader.sections import Definition


EDITIONS = "editions"
CATALOGUE = "catalogue.json"
CATALOGUE_VERSION = 4  # 3: undated editions sort by import time; 4: section counts keyed by id
FORMAT_VERSION = 1

_ID_RE = names.FILE_ID
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SECTION_RE = names.SECTION_ID  # as reader.sections requires of an id


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def edition_to_toml(edition: Edition) -> str:
    import tomli_w

    doc: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "edition": _drop_none(
            {
                "id": edition.id,
                "title": edition.title,
                "date": edition.date,
                "page": edition.page,
                "page_name": edition.page_name,
                "page_lines": edition.page_lines or None,
                "source_sha256": edition.source_sha256,
            }
        ),
        "articles": [],
    }
    for a in edition.articles:
        entry = _drop_none(
            {
                "id": a.id,
                "kind": a.kind if a.kind != "article" else None,
                "section": a.section,
                "section_pinned": a.section_pinned or None,
                "section_terms": a.section_terms or None,
                "column": a.column,
                "kicker": a.kicker,
                "headline": a.headline,
                "subtitle": a.subtitle,
                "printed_date": a.printed_date,
                "dateline": a.dateline,
                "source": a.source,
                "reporters": a.byline.reporters,
                "correspondents": a.byline.correspondents,
                "byline_printed": a.byline.printed or None,
                "editor_box": a.editor_box,
                "paragraphs": a.paragraphs,
                "crossheads": a.crossheads or None,
                "credits": a.credits or None,
                "summary": a.summary,
                "summary_pinned": a.summary_pinned or None,
                "keywords": a.keywords,
                "figures": [_drop_none(vars(f).copy()) for f in a.figures],
                "captions": [_drop_none({"text": c.text, "photographers": c.photographers, "credit": c.credit})
                             for c in a.captions],
            }
        )
        doc["articles"].append(entry)
    header = (
        "# reader edition file. Edit freely; `reader check` validates it.\n"
        "# Pin an article's section or summary with section_pinned = true /\n"
        "# summary_pinned = true: a re-import of the same page keeps them.\n\n"
    )
    return header + tomli_w.dumps(doc, multiline_strings=False, indent=2)


def edition_path(content_dir: Path, edition_id: str) -> Path:
    return Path(content_dir) / EDITIONS / f"{edition_id}.toml"


# --------------------------------------------------------------------------
# Reading and validation
# --------------------------------------------------------------------------


class _Locator:
    """Find the line of a key inside the n-th ``[[articles]]`` block."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.article_starts = [i for i, ln in enumerate(self.lines) if ln.strip() == "[[articles]]"]

    def line(self, article: int | None, key: str | None = None) -> int | None:
        if article is None:
            start, stop = 0, (self.article_starts[0] if self.article_starts else len(self.lines))
        else:
            if article >= len(self.article_starts):
                return None
            start = self.article_starts[article]
            stop = self.article_starts[article + 1] if article + 1 < len(self.article_starts) else len(self.lines)
        if key is None:
            return start + 1
        pat = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start, stop):
            if pat.match(self.lines[i]):
                return i + 1
        return start + 1


class _Validator:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.loc = _Locator(text)
        self.sections: Definition | None = None

    def fail(self, article: int | None, key: str | None, message: str) -> ContentError:
        return ContentError(self.path, self.loc.line(article, key), message)

    def string(self, d: dict[str, Any], key: str, art: int | None, *, required: bool = False) -> str | None:
        v = d.get(key)
        if v is None:
            if required:
                raise self.fail(art, None, f"missing required key '{key}' (add {key} = \"…\")")
            return None
        if not isinstance(v, str):
            raise self.fail(art, key, f"'{key}' must be a string, not {type(v).__name__}")
        v = clean(v)
        if required and not v.strip():
            raise self.fail(art, key, f"'{key}' must not be empty")
        return v

    def strings(self, d: dict[str, Any], key: str, art: int | None) -> list[str]:
        v = d.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise self.fail(art, key, f"'{key}' must be a list of strings")
        return [clean(x) for x in v]

    def boolean(self, d: dict[str, Any], key: str, art: int | None) -> bool:
        v = d.get(key, False)
        if not isinstance(v, bool):
            raise self.fail(art, key, f"'{key}' must be true or false")
        return v


def parse_edition(text: str, path: Path, sections: Definition | None = None) -> Edition:
    """Parse and validate one edition file's text; raise ContentError.

    Without ``sections`` a section id is only checked for its form (so a
    library stays readable when a section is removed from sections.toml);
    ``reader check`` passes the sections in use and an unknown id is a problem.
    """
    doc = files.parse_toml(text, path)
    v = _Validator(path, text)
    v.sections = sections
    fmt = doc.get("format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        raise v.fail(None, "format", f"unknown format {fmt!r} (this reader understands {FORMAT_VERSION})")
    ed = doc.get("edition")
    if not isinstance(ed, dict):
        raise ContentError(path, 1, "missing [edition] table (id, title, date)")
    eid = v.string(ed, "id", None, required=True)
    assert eid is not None
    if not _ID_RE.match(eid):
        raise v.fail(None, "id", f"edition id {eid!r} may use only letters, digits, '.', '_' and '-'")
    if eid != path.stem and path.suffix == ".toml":
        raise v.fail(None, "id", f"edition id {eid!r} does not match the file name {path.name!r}")
    date = v.string(ed, "date", None)
    if date is not None and not _valid_date(date):
        raise v.fail(None, "date", f"date {date!r} is not a real YYYY-MM-DD date")
    edition = Edition(
        id=eid,
        title=v.string(ed, "title", None) or eid,
        date=date,
        source_sha256=v.string(ed, "source_sha256", None) or "",
        page=v.string(ed, "page", None),
        page_name=v.string(ed, "page_name", None),
        page_lines=v.strings(ed, "page_lines", None),
    )
    arts = doc.get("articles", [])
    if not isinstance(arts, list):
        raise v.fail(None, "articles", "'articles' must be an array of tables ([[articles]])")
    seen: set[str] = set()
    for i, a in enumerate(arts):
        if not isinstance(a, dict):
            raise v.fail(i, None, "each [[articles]] entry must be a table")
        edition.articles.append(_parse_article(v, i, a, seen))
    return edition


def _valid_date(s: str) -> bool:
    import datetime as _dt

    if not _DATE_RE.match(s):
        return False
    try:
        _dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


_FIGURE_KEYS = {
    "text": str,
    "value": (int, float),
    "unit": str,
    "label": str,
    "context": str,
    "paragraph": int,
    "start": int,
    "end": int,
}


def _parse_article(v: _Validator, i: int, a: dict[str, Any], seen: set[str]) -> Article:
    aid = v.string(a, "id", i, required=True)
    assert aid is not None
    if not _ID_RE.match(aid):
        raise v.fail(i, "id", f"article id {aid!r} may use only letters, digits, '.', '_' and '-'")
    if aid in seen:
        raise v.fail(i, "id", f"article id {aid!r} appears twice in this edition")
    seen.add(aid)
    section = v.string(a, "section", i) or FALLBACK_SECTION
    if not _SECTION_RE.match(section):
        raise v.fail(i, "section", f"section {section!r} is not a section id (lowercase letters, digits, '-', '_')")
    if v.sections is not None and section not in v.sections.ids:
        raise v.fail(i, "section", f"unknown section {section!r}: {v.sections.path} defines "
                                   f"{', '.join(v.sections.ids)} (`reader sections apply` re-classifies)")
    paragraphs = v.strings(a, "paragraphs", i)
    captions = []
    raw_caps = a.get("captions", [])
    if not isinstance(raw_caps, list):
        raise v.fail(i, "captions", "'captions' must be an array of tables")
    for c in raw_caps:
        if not isinstance(c, dict) or not isinstance(c.get("text"), str):
            raise v.fail(i, "captions", "each caption needs text = \"…\" (and photographers = [\"…\"])")
        captions.append(Caption(text=clean(c["text"]), photographers=v.strings(c, "photographers", i),
                                credit=v.string(c, "credit", i)))
    kind = v.string(a, "kind", i) or "article"
    if kind not in ARTICLE_KINDS:
        raise v.fail(i, "kind", f"unknown kind {kind!r} (one of: {', '.join(ARTICLE_KINDS)})")
    crossheads = a.get("crossheads", [])
    if not isinstance(crossheads, list) or not all(
            isinstance(x, int) and not isinstance(x, bool) and 0 <= x < len(paragraphs) for x in crossheads):
        raise v.fail(i, "crossheads", "'crossheads' must list paragraph numbers (0 = the first paragraph)")
    figures = []
    raw_figs = a.get("figures", [])
    if not isinstance(raw_figs, list):
        raise v.fail(i, "figures", "'figures' must be an array of tables")
    for f in raw_figs:
        if not isinstance(f, dict):
            raise v.fail(i, "figures", "each figure must be a table")
        for key, typ in _FIGURE_KEYS.items():
            val = f.get(key)
            if not isinstance(val, typ) or isinstance(val, bool):
                raise v.fail(i, "figures", f"a figure's '{key}' is missing or of the wrong type")
        q = f.get("qualifier")
        if q is not None and not isinstance(q, str):
            raise v.fail(i, "figures", "a figure's 'qualifier' must be a string")
        fkind = f.get("kind", "other")
        if fkind not in FIGURE_KINDS:
            raise v.fail(i, "figures", f"a figure's 'kind' must be one of {', '.join(FIGURE_KINDS)}")
        change = f.get("change")
        if change not in (None, "up", "down"):
            raise v.fail(i, "figures", "a figure's 'change' must be \"up\" or \"down\"")
        vmax = f.get("value_max")
        if vmax is not None and (not isinstance(vmax, (int, float)) or isinstance(vmax, bool)):
            raise v.fail(i, "figures", "a figure's 'value_max' must be a number")
        p, s, e = f["paragraph"], f["start"], f["end"]
        if not (0 <= p < len(paragraphs) and 0 <= s < e <= len(paragraphs[p])):
            raise v.fail(i, "figures", f"figure {f['text']!r} points outside its paragraph ({p}:{s}-{e})")
        figures.append(
            Figure(
                text=clean(f["text"]),
                value=f["value"],
                unit=clean(f["unit"]),
                qualifier=clean(q) if q is not None else None,
                label=clean(f["label"]),
                context=clean(f["context"]),
                paragraph=p,
                start=s,
                end=e,
                kind=fkind,
                change=change,
                value_max=vmax,
            )
        )
    return Article(
        id=aid,
        headline=v.string(a, "headline", i, required=True) or "",
        section=section,
        kind=kind,
        column=v.string(a, "column", i),
        kicker=v.string(a, "kicker", i),
        subtitle=v.string(a, "subtitle", i),
        printed_date=v.string(a, "printed_date", i),
        dateline=v.string(a, "dateline", i),
        source=v.string(a, "source", i),
        byline=Byline(v.strings(a, "reporters", i), v.strings(a, "correspondents", i),
                      v.strings(a, "byline_printed", i)),
        editor_box=v.string(a, "editor_box", i),
        captions=captions,
        paragraphs=paragraphs,
        crossheads=sorted(set(crossheads)),
        credits=v.strings(a, "credits", i),
        summary=v.strings(a, "summary", i),
        keywords=v.strings(a, "keywords", i),
        figures=figures,
        section_pinned=v.boolean(a, "section_pinned", i),
        section_terms=v.strings(a, "section_terms", i),
        summary_pinned=v.boolean(a, "summary_pinned", i),
    )


_EDITION_CACHE_VERSION = 4  # 2: kinds, columns, editor's boxes, crossheads, credits, page numbers; 3: section_terms; 4: reader.store.cache entries


def edition_from_dict(d: dict[str, Any]) -> Edition:
    """Rebuild an Edition from ``dataclasses.asdict`` output (the edition cache)."""
    arts = []
    for a in d["articles"]:
        a = dict(a)
        a["byline"] = Byline(**a["byline"])
        a["captions"] = [Caption(**c) for c in a["captions"]]
        a["figures"] = [Figure(**f) for f in a["figures"]]
        arts.append(Article(**a))
    return Edition(id=d["id"], title=d["title"], date=d["date"], source_sha256=d["source_sha256"], articles=arts,
                   page=d.get("page"), page_name=d.get("page_name"), page_lines=list(d.get("page_lines") or []))


#: An edition of a full page is 30–120 KB; a whole issue in one file stays far below this.
MAX_EDITION_BYTES = 16 * 1024 * 1024


def read_edition(path: Path, sections: Definition | None = None) -> Edition:
    """An edition file read through :mod:`reader.files` (regular file, size cap, UTF-8) and validated."""
    path = Path(path)
    try:
        text = files.read_text(path, MAX_EDITION_BYTES)
    except FileNotFoundError:
        raise ContentError(path, None, "cannot read (No such file or directory)") from None
    return parse_edition(text, path, sections)


def write_edition(content_dir: Path, edition: Edition) -> Path:
    path = edition_path(content_dir, edition.id)
    atomic.write_text(path, edition_to_toml(edition))
    return path


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

    __slots__ = ("id", "title", "date", "source_sha256", "file", "mtime_ns", "size", "counts", "content_dir",
                 "_articles")

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
        return [self.id, self.title, self.date, self.source_sha256, self.file, self.mtime_ns, self.size,
                dict(self.counts)]

    @classmethod
    def from_row(cls, row: list[Any], content_dir: Path) -> EditionEntry:
        eid, title, date, sha, file, mtime_ns, size, counts = row
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

    def _editions_mtime(self) -> int | None:
        try:
            return os.stat(self.editions_dir).st_mtime_ns
        except OSError:
            return None

    def _read_catalogue(self) -> tuple[dict[str, list[Any]], int | None]:
        """Raw rows keyed by relative file path (entries are built only for files
        that exist), and the editions folder's mtime the catalogue was made at."""
        try:
            raw = json.loads(self.catalogue_path().read_bytes())
            if raw.get("version") != CATALOGUE_VERSION:
                return {}, None
            rows = {row[4]: row for row in raw["editions"] if isinstance(row, list) and len(row) == 8}
            return rows, raw.get("editions_mtime_ns")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}, None

    def view(self) -> CatalogueView | None:
        """The saved catalogue, rows unparsed, if it is up to date (the editions
        folder unchanged since it was made); else None (use :meth:`catalogue`)."""
        try:
            data = self.catalogue_path().read_bytes()
        except OSError:
            return None
        return CatalogueView.parse(data, self.root, self._editions_mtime())

    def catalogue(
        self, *, problems: list[ContentError] | None = None, save: bool = True, quick: bool = False
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
        """
        cached, made_at = self._read_catalogue()
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
            CATALOGUE_VERSION, json.dumps(editions_mtime_ns), len(rows))
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
        if (not isinstance(header, dict) or header.get("version") != CATALOGUE_VERSION
                or editions_mtime_ns is None or header.get("editions_mtime_ns") != editions_mtime_ns):
            return None
        start, end = len(head) + 1, len(data) - len(cls._TAIL)
        if end < start or not data.endswith(cls._TAIL) or data[end - 1:end] != b"\n":
            return None
        if end - start == 1:
            return cls(root, data, start, start, 0)  # no editions: a blank line
        last = data.rfind(b"\n", start - 1, end - 1) + 1
        if data[start:start + 1] != b"[" or data[last:last + 1] != b"[":
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
            return self._data[self._data.rfind(b"\n", self._start - 1, self._end - 1) + 1:self._end - 1]
        if self._lines is None:
            lines = self._data[self._start:self._end - 1].split(b"\n")
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
            return i if self.entry(i, data[pos + 1:data.index(b"\n", pos + 1)]).id == edition_id else None
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


class StartEntry(NamedTuple):
    """The edition the reader opens, where it stands in the list, and the list's length."""

    entry: EditionEntry
    index: int
    total: int


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
    def _merge_start(edition_id: str | None, big: tuple[int, CatalogueView] | None,
                     small: list[tuple[int, list[EditionEntry]]]) -> StartEntry | None:
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
        """:meth:`load` for an entry already at hand (from :meth:`quick_start`)."""
        try:  # the catalogue may have been trusted without a check: check this file
            st = os.stat(e.path)
        except OSError:
            raise ContentError(e.path, None, "edition file is gone (was it deleted?)") from None
        where = str(e.path)
        cached = paths.cache_dir() / "editions" / f"{paths.cache_name(where)}.json"
        key = [_EDITION_CACHE_VERSION, where, st.st_size, st.st_mtime_ns]
        doc = stat_cache.load(cached, key)
        if isinstance(doc, dict):
            try:
                return edition_from_dict(doc)
            except (KeyError, TypeError, ValueError):
                pass  # an entry of another shape: parse the file
        edition = read_edition(e.path)
        stat_cache.save(cached, key, asdict(edition))  # (no cache dir: parse next time too)
        return edition

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
