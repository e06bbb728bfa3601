"""`reader import`: raw page file -> validated, analysed edition file.

Steps: read bytes and decode (refusing what is not certainly text), sanitise,
parse into articles, classify, analyse (figures, summary, keywords), assign
stable ids, then write atomically. Re-importing the same page (same sanitised
text) replaces the earlier edition, keeping any editor pins.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from reader.errors import InputError
from reader.model import Edition

if TYPE_CHECKING:
    from reader.ingest import ParsedPage

MAX_PAGE_BYTES = 2 * 1024 * 1024  # a newspaper page is ~20-60 KB of text


@dataclass
class Page:
    """A page file read and sanitised: its text (one line per HTML block for a
    saved web page, with the page's own title elements as role ``hints``)."""

    path: str
    text: str
    encoding: str
    removed_controls: int = 0
    notes: list[str] = field(default_factory=list)
    hints: list[str | None] | None = None
    html_title: str | None = None
    html_page: str | None = None


def _page_problem(where: str, problem: str) -> str:
    """The bounded reader's problem, said for a page."""
    if problem.startswith("too large"):
        return f"{where}: over the {MAX_PAGE_BYTES // 1024 // 1024} MiB page limit; split it into pages"
    if "permission denied" in problem.lower():
        return f"{where}: permission denied; check the file's permissions"
    if problem.startswith("is not a regular file"):
        return f"{where}: not a regular file (a pipe or a device?); give a page file"
    return f"{where}: {problem}"


def read_page(path: str | Path) -> Page:
    """Read, decode and sanitise a page file, or raise InputError (one line)."""
    from reader.sanitize import sanitize

    where = str(path)
    p = Path(path)
    if where == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
        where = "<stdin>"
    else:
        from reader import files
        from reader.errors import ContentError

        if p.is_dir():
            raise InputError(f"{where}: is a folder; give a page file")
        try:
            # regular files only, opened non-blocking: a FIFO or /dev/zero is
            # refused at once instead of waited on or read without end
            data = files.read_bytes(p, MAX_PAGE_BYTES)
        except FileNotFoundError:
            raise InputError(f"{where}: no such file; give the path of a raw page (UTF-8 text)") from None
        except ContentError as exc:
            raise InputError(_page_problem(where, exc.message)) from None
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{where}: over the {MAX_PAGE_BYTES // 1024 // 1024} MiB page limit; split it into pages")
    from reader.ingest import decode

    hints = html_title = html_page = None
    markup = 0
    if decode.is_html(data, where):
        raw, encoding = decode.decode_html_bytes(data, where)
        raw, removed = sanitize(raw)
        try:
            html = decode.read_html(raw)
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
        text, hints, html_title, html_page = html.text, _hints_per_line(html), html.title, html.page
        encoding = f"HTML, {encoding}"
    else:
        text, encoding = decode.decode_text(data, where)
        text, removed = sanitize(text)
        text, markup = decode.strip_stray_markup(text)
    if not text.strip():
        raise InputError(f"{where}: the page is empty; nothing to import")
    page = Page(
        path=where,
        text=text,
        encoding=encoding,
        removed_controls=removed,
        hints=hints,
        html_title=html_title,
        html_page=html_page,
    )
    if encoding != "UTF-8":
        page.notes.append(f"decoded as {encoding}")
    if removed:
        page.notes.append(f"stripped {removed} control character(s)/escape sequence(s)")
    if hints is None and markup:
        page.notes.append(f"read {markup} stray HTML tag(s)/entit(ies) left by a web crawler")
    return page


def _hints_per_line(html) -> list[str | None]:  # type: ignore[no-untyped-def]
    """One hint per line of ``html.text`` (lines are separated by blank lines)."""
    out: list[str | None] = []
    for hint in html.hints:
        out.extend([hint, None])
    return out


def parse_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"--date {value!r}: not a date; use YYYY-MM-DD, e.g. --date 2025-11-15") from None


def page_hash(text: str) -> str:
    normal = "\n".join(line.strip() for line in text.strip().splitlines())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def edition_id(sha: str, date: str | None) -> str:
    return f"{date}-{sha[:8]}" if date else f"undated-{sha[:8]}"


def _article_id(headline: str, used: set[str]) -> str:
    base = "a" + hashlib.sha1(headline.encode("utf-8")).hexdigest()[:8]
    aid, n = base, 2
    while aid in used:
        aid, n = f"{base}-{n}", n + 1
    used.add(aid)
    return aid


def build_edition(
    page: Page,
    *,
    date: str | None = None,
    title: str | None = None,
    sections_file: Path | None = None,
    analyze: bool = True,
    parsed: ParsedPage | None = None,
) -> Edition:
    """Turn a decoded page into an Edition (pure: writes nothing).

    The date is ``date`` (``--date``) if given, else the one the page prints
    (``2024年11月15日``, a date line under the titles), else one in the file
    name (``20240115-08.txt``); likewise the page number. Each source is
    noted in ``page.notes``.
    """
    from reader.ingest import dates, parse
    from reader.sections import explain, load_sections

    sha = page_hash(page.text)
    if parsed is None:
        parsed = parse(page.text, page.hints)
    articles = parsed.articles
    name = Path(page.path).name
    file_date, file_page = dates.from_file_name(name) if page.path != "-" else (None, None)
    html_date = dates.find_date(page.html_title or "")
    if date is None:
        for found, where in (
            (parsed.date, "printed on the page"),
            (html_date, "in the page title"),
            (file_date, "in the file name"),
        ):
            if found:
                date = found
                page.notes.append(f"date {found} {where}")
                break
    page_no = parsed.page or page.html_page or file_page
    sections = load_sections(sections_file)
    used: set[str] = set()
    for art in articles:
        art.id = _article_id(art.headline, used)
        art.section, art.section_terms = explain(art, sections)
    if analyze:
        from reader.analysis.run import analyze_article

        for art in articles:
            analyze_article(art)
    default_title = articles[0].headline if articles else Path(page.path).stem
    return Edition(
        id=edition_id(sha, date),
        title=title or default_title,
        date=date,
        source_sha256=sha,
        articles=articles,
        page=page_no,
        page_name=parsed.page_name,
        page_lines=list(parsed.page_lines),
    )


def carry_ids(new: Edition, old: Edition) -> None:
    """Keep the ids of a page imported again, so the readers' bookmarks and
    read marks (kept by edition and article id) stay with it.

    The edition keeps its first id even when the new import gives it another
    date (``--date``) or title: the id is the edition's name, the date is a
    field. An article keeps its id when its headline is the same (the id is
    made from it), and also when a newer importer reads its headline
    differently but its text opens with the same paragraph.
    """
    new.id = old.id
    old_ids = {a.id for a in old.articles}
    taken = {a.id for a in new.articles if a.id in old_ids}
    by_opening: dict[str, str] = {}
    for a in old.articles:
        if a.id not in taken and a.paragraphs:
            by_opening.setdefault(a.paragraphs[0], a.id)
    for a in new.articles:
        if a.id in old_ids or not a.paragraphs:
            continue
        was = by_opening.pop(a.paragraphs[0], None)
        if was is not None:
            a.id = was


def carry_pins(new: Edition, old: Edition) -> None:
    """Keep an editor's pinned sections/summaries across a re-import."""
    previous = {a.id: a for a in old.articles}
    for art in new.articles:
        was = previous.get(art.id)
        if was is None:
            continue
        if was.section_pinned:
            art.section, art.section_pinned, art.section_terms = was.section, True, []
        if was.summary_pinned:
            art.summary, art.summary_pinned = list(was.summary), True
