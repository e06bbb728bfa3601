"""Page text → articles: the importer's reading of a newspaper page.

Headless and light (stdlib ``re`` only; HTML needs lxml, imported only for
HTML pages). The stages, each in its own module:

``decode``    bytes → text: encodings (UTF-8, BOM, UTF-16, GB18030/GBK) and
              saved e-paper HTML (title elements become role hints)
``blocks``    text → units: lines with their block and layout (indent,
              trailing space), inline credits split off
``rules``     what a line is on its own (dateline lead, source line,
              editor's box, column tag, crosshead number, caption …);
              ``people`` (bylines, credits, names) and ``dates`` (date
              lines, page numbers, file names) likewise
``segment``   roles in context: the page's conventions, title runs weighed
              as article start / crosshead / fragment, joins by evidence
``assemble``  units with roles → articles (and the page's own lines)

:func:`parse` returns everything, including each unit's role and the
evidence behind it (``reader import --dry-run --format json`` shows it);
:func:`parse_page` only the articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reader.ingest.assemble import assemble
from reader.ingest.blocks import Unit, units
from reader.ingest.segment import Conventions, segment
from reader.model import Article

__all__ = ["ParsedPage", "parse", "parse_page"]


@dataclass
class ParsedPage:
    """A page read: its articles, and how each line was read."""

    articles: list[Article]
    units: list[Unit]
    conventions: Conventions
    date: str | None = None  # printed on the page
    page: str | None = None  # page number printed on the page
    page_name: str | None = None
    page_lines: list[str] = field(default_factory=list)  # masthead, page number, 本版责编: no article's

    def blocks_json(self) -> list[dict[str, Any]]:
        """Each line's role, article and the evidence for it (for --dry-run)."""
        out = []
        for u in self.units:
            row: dict[str, Any] = {"line": u.line, "text": u.text, "role": u.role, "article": u.article}
            why = u.data.get("why")
            if why:
                row["why"] = list(why)
            out.append(row)
        return out


def parse(text: str, hints: list[str | None] | None = None) -> ParsedPage:
    """Read a sanitised page (see the module doc)."""
    us = units(text, hints)
    conv = segment(us)
    arts, page_lines = assemble(us)
    parsed = ParsedPage(articles=arts, units=us, conventions=conv)
    dated = Counter(u.data["date"] for u in us if u.data.get("kind") == "date" and u.data.get("date"))
    dated.update(u.data["date"] for u in us if u.data.get("kind") == "page" and u.data.get("date"))
    if dated:
        parsed.date = dated.most_common(1)[0][0]
    for u in us:
        if u.data.get("kind") == "page":
            parsed.page = parsed.page or u.data.get("page")
            parsed.page_name = parsed.page_name or u.data.get("page_name")
    parsed.page_lines = page_lines
    return parsed


def parse_page(text: str) -> list[Article]:
    """Split a sanitised page into articles, in page order."""
    return parse(text).articles
