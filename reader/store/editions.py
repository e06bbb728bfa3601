"""Edition files: TOML a person can read, edit and diff — written, parsed, validated, read.

An edition is one imported page: ``<content dir>/editions/<edition-id>.toml``.
Edition files are read through :mod:`reader.files` (regular file, size cap,
UTF-8, TOML) and written with tomli-w. TOML has no null: an absent key means
"none". Every value read from a file is validated and sanitised (content files
are untrusted); a problem is reported as ``file:line: what is wrong``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import files, names
from reader.errors import ContentError
from reader.model import ARTICLE_KINDS, FALLBACK_SECTION, FIGURE_KINDS, Article, Byline, Caption, Edition, Figure
from reader.sanitize import clean
from reader.store import atomic

if TYPE_CHECKING:
    from reader.sections import Definition


EDITIONS = "editions"
FORMAT_VERSION = 1

_ID_RE = names.FILE_ID
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SECTION_RE = names.SECTION_ID  # as reader.sections requires of an id


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _figure_entry(f: Figure) -> dict[str, Any]:
    """A figure's table; ``reached`` only when true, so files written before it stay byte-identical."""
    d = _drop_none(vars(f).copy())
    if not f.reached:
        del d["reached"]
    return d


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
                "figures": [_figure_entry(f) for f in a.figures],
                "captions": [
                    _drop_none({"text": c.text, "photographers": c.photographers, "credit": c.credit})
                    for c in a.captions
                ],
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


_FIGURE_KEYS: dict[str, type | tuple[type, ...]] = {
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
        raise v.fail(
            i,
            "section",
            f"unknown section {section!r}: {v.sections.path} defines "
            f"{', '.join(v.sections.ids)} (`reader sections apply` re-classifies)",
        )
    paragraphs = v.strings(a, "paragraphs", i)
    captions = []
    raw_caps = a.get("captions", [])
    if not isinstance(raw_caps, list):
        raise v.fail(i, "captions", "'captions' must be an array of tables")
    for c in raw_caps:
        if not isinstance(c, dict) or not isinstance(c.get("text"), str):
            raise v.fail(i, "captions", 'each caption needs text = "…" (and photographers = ["…"])')
        captions.append(
            Caption(
                text=clean(c["text"]), photographers=v.strings(c, "photographers", i), credit=v.string(c, "credit", i)
            )
        )
    kind = v.string(a, "kind", i) or "article"
    if kind not in ARTICLE_KINDS:
        raise v.fail(i, "kind", f"unknown kind {kind!r} (one of: {', '.join(ARTICLE_KINDS)})")
    crossheads = a.get("crossheads", [])
    if not isinstance(crossheads, list) or not all(
        isinstance(x, int) and not isinstance(x, bool) and 0 <= x < len(paragraphs) for x in crossheads
    ):
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
            raise v.fail(i, "figures", 'a figure\'s \'change\' must be "up" or "down"')
        reached = f.get("reached", False)
        if not isinstance(reached, bool):
            raise v.fail(i, "figures", "a figure's 'reached' must be true or false")
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
                reached=reached,
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
        byline=Byline(
            v.strings(a, "reporters", i), v.strings(a, "correspondents", i), v.strings(a, "byline_printed", i)
        ),
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


_EDITION_CACHE_VERSION = 5  # 2: kinds, columns, editor's boxes, crossheads, credits, page numbers; 3: section_terms; 4: reader.store.cache entries
# 5: a figure's reached


def edition_from_dict(d: dict[str, Any]) -> Edition:
    """Rebuild an Edition from ``dataclasses.asdict`` output (the edition cache),
    every field's type checked (``TypeError`` for an entry of another shape)."""
    from reader.store.cache import typed

    edition: Edition = typed(Edition, d)
    return edition


#: The largest edition file read. A page is 30–120 KB, a whole issue in one file 1–2 MB;
#: the largest edition the reader is built for, 10,000 articles (issue 13), is 51 MB
#: of TOML as bench/make_archive.py synthesises it from the seed's articles. Real
#: articles run longer, so the cap leaves room for 10,000 of twice that length;
#: beyond it a file is not an edition (parsing one would take over 20 s and a GB).
MAX_EDITION_BYTES = 128 * 1024 * 1024

#: Edition files of this size or more are cached as their articles' heads apart
#: from their bodies (reader.store.heads), not as one JSON copy: a whole copy of an
#: issue (~1 MB) is read and checked in ~25 ms, above that the heads alone are
#: faster, and above ~30 MB a whole copy would not fit the cache's size cap.
SPLIT_MIN_BYTES = 1024 * 1024


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
