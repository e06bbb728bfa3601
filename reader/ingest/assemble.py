"""From units with roles to articles: every unit's text lands in one field.

* title roles → ``column``, ``kicker``, ``headline`` (lines of a multi-line
  headline joined without a break), ``subtitle``;
* ``date`` → ``printed_date``; ``byline`` → ``byline.printed`` and names;
* a dateline lead → ``dateline``/``byline``/``source`` and the rest of the
  paragraph; a closing note → ``dateline``; a source line → ``source``;
* ``caption`` + ``credit`` → ``Caption``; a work credit → ``credits``;
* ``editor_box`` → ``editor_box``; ``crosshead`` → a paragraph listed in
  ``crossheads``; ``body`` → a paragraph; ``cont`` → joined onto the last one.

A page-level unit (page number line, ``本版责编`` after the last article)
goes to the edition. An item with no printed title becomes a ``brief``
whose headline is the start of its text; one that is only a picture (its
title says ``（图片）``, or it has captions and no text) a ``photo``.
"""

from __future__ import annotations

import re

from reader.ingest import rules
from reader.ingest.blocks import Unit
from reader.ingest.chars import WS, has_word
from reader.model import Article, Caption

_TITLE_ROLES = ("column", "kicker", "headline", "subtitle")


def _space_between(a: str, b: str) -> bool:
    """Pieces of a paragraph join with no space, but two ASCII letters get one."""
    return bool(a and b) and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha()


def _join(parts: list[str], sep: str = " ") -> str | None:
    parts = [p for p in parts if p]
    return sep.join(parts) if parts else None


def _add_people(a: Article, found: list[tuple[str, str]]) -> None:
    for k, name in found:
        bucket = a.byline.correspondents if k == "correspondent" else a.byline.reporters
        if name not in bucket:
            bucket.append(name)


def _add_source(a: Article, src: str) -> None:
    a.source = src if not a.source else f"{a.source}；{src}"


def _add_dateline(a: Article, d: str) -> None:
    a.dateline = d if not a.dateline else f"{a.dateline} {d}"


def preview(a: Article) -> str:
    """A headline for an item the page prints without one: its first clause."""
    src = ""
    if a.paragraphs:
        src = a.paragraphs[0]
    elif a.captions and a.captions[0].text:
        src = a.captions[0].text
    else:
        src = (
            a.subtitle
            or a.kicker
            or a.source
            or a.dateline
            or " ".join(a.byline.printed)
            or " ".join(c.credit or "" for c in a.captions)
            or " ".join(a.credits)
        )
    src = src.strip(WS)
    short = re.sub(r"^[（(][^（）()]{1,12}[）)]", "", src).strip(WS)  # "（上接第一版）"
    if has_word(short):
        for stop in "。！？!?；;", "，,：:、":
            m = re.match(rf"^(.{{4,40}}?)[{stop}]", short)
            if m and has_word(m.group(1)):
                return m.group(1).strip()
        src = short
    if not src.strip():
        return "（无标题）"  # nothing printed to name it by: a brief of marks or controls
    return src if len(src) <= 30 else src[:30].rstrip() + "…"


class _Builder:
    def __init__(self) -> None:
        self.a = Article(id="", headline="")
        self.titles: dict[str, list[str]] = {r: [] for r in _TITLE_ROLES}
        self.pending_caption: Caption | None = None
        self.has_body = False

    def title(self, u: Unit) -> None:
        if u.role == "subtitle" and u.data.get("subtitle"):
            self.titles["subtitle"].append(u.data["subtitle"])
        elif u.role == "column" and u.data.get("column"):
            self.titles["column"].append(u.data["column"])
        else:
            self.titles[u.role].append(u.text)

    def caption(self, u: Unit) -> None:
        cap = Caption(text=u.text)
        self.a.captions.append(cap)
        self.pending_caption = cap

    def credit(self, u: Unit) -> None:
        if u.data.get("kind") == "work_credit":
            self.a.credits.append(u.text)
            return
        cap = self.pending_caption
        if cap is None or cap.credit is not None:
            cap = Caption(text="")
            self.a.captions.append(cap)
        cap.credit = u.text
        cap.photographers = list(u.data.get("photographers") or [])
        self.pending_caption = None

    def paragraph(self, text: str, crosshead: bool = False) -> None:
        if not text:
            return
        if crosshead:
            self.a.crossheads.append(len(self.a.paragraphs))
        self.a.paragraphs.append(text)
        self.has_body = True

    def cont(self, text: str) -> None:
        if not self.a.paragraphs:
            self.paragraph(text)
            return
        last = self.a.paragraphs[-1]
        self.a.paragraphs[-1] = last + (" " if _space_between(last, text) else "") + text

    def body(self, u: Unit) -> None:
        lead = u.data.get("lead")
        if lead is not None and not self.has_body:
            if lead.dateline:
                _add_dateline(self.a, lead.dateline)
            if lead.source and not self.a.dateline and rules.dated_attribution(lead.source):
                _add_dateline(self.a, lead.source)  # 据新华社北京１月１２日电 opening the text: its dateline
            elif lead.source:
                _add_source(self.a, lead.source)
            if lead.people:
                _add_people(self.a, lead.people)
                if lead.printed_byline:
                    self.a.byline.printed.append(lead.printed_byline)
            self.paragraph(lead.rest)
            if not lead.rest:
                self.has_body = True
            return
        self.paragraph(u.text)

    def finish(self) -> Article:
        a = self.a
        t = self.titles
        a.column = _join(t["column"])
        a.kicker = _join(t["kicker"])
        a.headline = "".join(t["headline"]) if t["headline"] else ""
        a.subtitle = _join(t["subtitle"])
        if not a.headline:
            a.kind = "brief"
            a.headline = preview(a)
        if rules.picture_only(a.headline) and a.paragraphs and not a.crossheads:
            # "开发沙漠结硕果（图片）": the text of a picture item is its caption
            a.captions[:0] = [Caption(text=p) for p in a.paragraphs]
            a.paragraphs = []
        if (rules.picture_only(a.headline) or (a.captions and not a.paragraphs)) and a.kind != "brief":
            a.kind = "photo"
        elif a.captions and not a.paragraphs and not a.headline:
            a.kind = "photo"
        return a


def assemble(us: list[Unit]) -> tuple[list[Article], list[str]]:
    """Articles in page order, and the page's own lines (page header, page credits)."""
    builders: dict[int, _Builder] = {}
    order: list[int] = []
    page_lines: list[str] = []
    for u in us:
        if u.article < 0:
            page_lines.append(u.text)
            continue
        b = builders.get(u.article)
        if b is None:
            b = builders[u.article] = _Builder()
            order.append(u.article)
        r = u.role
        if r in _TITLE_ROLES:
            b.title(u)
        elif r == "date":
            b.a.printed_date = u.text if not b.a.printed_date else f"{b.a.printed_date} {u.text}"
        elif r == "byline":
            b.a.byline.printed.append(u.text)
            _add_people(b.a, u.data.get("people") or [])
        elif r == "caption":
            b.caption(u)
        elif r == "credit":
            b.credit(u)
        elif r == "source":
            _add_source(b.a, u.data.get("source") or u.text)
        elif r == "dateline":
            _add_dateline(b.a, u.data.get("dateline") or u.text.strip(WS + "（）()"))
        elif r == "editor_box":
            b.a.editor_box = u.text if not b.a.editor_box else f"{b.a.editor_box}\n{u.text}"
        elif r == "crosshead":
            b.paragraph(u.text, crosshead=True)
        elif r == "cont":
            b.cont(u.text)
        else:  # body, and anything else: never dropped
            b.body(u)
    return [builders[k].finish() for k in order], page_lines
