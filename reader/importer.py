"""`reader import`: raw page file -> validated, analysed edition file.

Steps: read bytes and decode (refusing what is not certainly text), sanitise,
parse into articles, classify, analyse (figures, summary, keywords), assign
stable ids, then write atomically. Re-importing the same page (same sanitised
text) replaces the earlier edition, keeping any editor pins.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.errors import InputError
from reader.model import Edition

MAX_PAGE_BYTES = 2 * 1024 * 1024  # a newspaper page is ~20-60 KB of text
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class Page:
    path: str
    text: str
    encoding: str
    removed_controls: int = 0
    notes: list[str] = field(default_factory=list)


def _decode(data: bytes, where: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc), enc.upper()
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise InputError(f"{where}: looks like a binary file (it contains NUL bytes); give a UTF-8 text page")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Not UTF-8. GB18030 (a superset of GBK/GB2312) decodes almost any byte
    # string, so only accept it when the result is clearly Chinese text.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        visible = [c for c in text if not c.isspace()]
        cjk = sum(1 for c in visible if _CJK.match(c))
        if visible and cjk / len(visible) >= 0.3 and "\ufffd" not in text:
            return text, "GB18030"
    line = data[: utf8_error.start].count(b"\n") + 1
    raise InputError(
        f"{where}:{line}: not UTF-8 text and not certainly GB18030/GBK (tried UTF-8, UTF-16 by BOM, GB18030); "
        "convert it with e.g. `iconv -f GB18030 -t UTF-8`"
    )


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
        if not p.exists():
            raise InputError(f"{where}: no such file; give the path of a raw page (UTF-8 text)")
        if p.is_dir():
            raise InputError(f"{where}: is a folder; give a page file")
        try:
            size = p.stat().st_size
            if size > MAX_PAGE_BYTES:
                raise InputError(
                    f"{where}: {size:,} bytes is over the {MAX_PAGE_BYTES // 1024 // 1024} MiB page limit; "
                    "split it into pages"
                )
            data = p.read_bytes()
        except PermissionError:
            raise InputError(f"{where}: permission denied; check the file's permissions") from None
        except OSError as exc:
            raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{where}: over the {MAX_PAGE_BYTES // 1024 // 1024} MiB page limit; split it into pages")
    text, encoding = _decode(data, where)
    text, removed = sanitize(text)
    if not text.strip():
        raise InputError(f"{where}: the page is empty; nothing to import")
    page = Page(path=where, text=text, encoding=encoding, removed_controls=removed)
    if encoding != "UTF-8":
        page.notes.append(f"decoded as {encoding}")
    if removed:
        page.notes.append(f"stripped {removed} control character(s)/escape sequence(s)")
    return page


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
) -> Edition:
    """Turn a decoded page into an Edition (pure: writes nothing)."""
    from reader.ingest import parse_page
    from reader.sections import classify, load_sections

    sha = page_hash(page.text)
    articles = parse_page(page.text)
    sections = load_sections(sections_file)
    used: set[str] = set()
    for art in articles:
        art.id = _article_id(art.headline, used)
        art.section = classify(art, sections)
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
    )


def carry_pins(new: Edition, old: Edition) -> None:
    """Keep an editor's pinned sections/summaries across a re-import."""
    previous = {a.id: a for a in old.articles}
    for art in new.articles:
        was = previous.get(art.id)
        if was is None:
            continue
        if was.section_pinned:
            art.section, art.section_pinned = was.section, True
        if was.summary_pinned:
            art.summary, art.summary_pinned = list(was.summary), True
