"""The content model: plain dataclasses, no I/O, no third-party imports.

An *edition* is one imported page; it holds *articles* in page order. The
JSON shape produced by :func:`Edition.to_json` is a stable public interface
(`reader export --format json`, `reader import --dry-run --format json`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The sections themselves are data (content/sections.toml, read by
# reader.sections); this is only the id an article has before it is classified.
FALLBACK_SECTION = "general"


_BYLINE_MARKS = "□■◎●○◆◇★☆◉▌▍▎┃｜| \t\u3000\u00a0"


def _clean_byline(s: str) -> str:
    s = s.strip(_BYLINE_MARKS)
    if len(s) > 2 and s[0] in "（(" and s[-1] in "）)":
        s = s[1:-1]
    for tail in ("报道：", "报道:", "报道"):
        if s.endswith(tail):
            s = s[: -len(tail)]
    return s.strip(_BYLINE_MARKS)


def clean_credit(s: str) -> str:
    """A credit line for display: markers and outer brackets taken off."""
    s = s.strip(_BYLINE_MARKS)
    if len(s) > 2 and s[0] in "（(" and s[-1] in "）)":
        s = s[1:-1]
    return s.strip(_BYLINE_MARKS)


@dataclass
class Byline:
    """Who wrote it: reporters (本报记者) and correspondents (通讯员).

    ``printed`` keeps each byline as the page printed it
    (``□本报记者 杨雍 刘茜 通讯员 宋华敏``, ``（记者 张三）``); the name lists
    are derived from it.
    """

    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.reporters and not self.correspondents

    def display(self, sep: str = "  ") -> str:
        """For the reader: the bylines as printed (markers, brackets and 报道： taken off),
        else rebuilt from the names."""
        if self.printed:
            return sep.join(p for p in (_clean_byline(x) for x in self.printed) if p)
        return self.text(sep)

    def text(self, sep: str = "  ") -> str:
        """As a newspaper prints it: 本报记者 杨雍 刘茜  通讯员 宋华敏."""
        parts = []
        if self.reporters:
            parts.append("本报记者 " + " ".join(self.reporters))
        if self.correspondents:
            parts.append("通讯员 " + " ".join(self.correspondents))
        return sep.join(parts)


@dataclass
class Caption:
    """A photo caption and the photographers it credits.

    ``credit`` is the credit line as printed (``□本报记者 付小芳摄``,
    ``新华社发``); ``photographers`` the names taken from it.
    """

    text: str
    photographers: list[str] = field(default_factory=list)
    credit: str | None = None


def format_value(value: float | int) -> str:
    """A figure's normalised value as a Chinese reader writes it: 21万, 4.8亿, 86.34."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    v = int(value)
    if abs(v) >= 1_000_000_000_000:
        return f"{v / 1_000_000_000_000:g}万亿"
    if abs(v) >= 100_000_000:
        return f"{v / 100_000_000:g}亿"
    if abs(v) >= 10_000:
        return f"{v / 10_000:g}万"
    return str(v)


FIGURE_KINDS = (
    "amount",
    "count",
    "percent",
    "change",
    "duration",
    "age",
    "temperature",
    "range",
    "fraction",
    "multiple",
    "rate",
    "other",
)


@dataclass
class Figure:
    """A number that measures something, located in one paragraph.

    ``kind`` says what sort of measure it is (:data:`FIGURE_KINDS`);
    ``change`` is ``"up"`` or ``"down"`` where the sentence says the quantity
    rose or fell (增长8.2%, 下降3个百分点); ``reached`` (only with a
    ``change``) says the value is the level a change reached (提高到27%,
    降至2‰以下), not the size of the change; a range (3至5年) has its upper
    bound in ``value_max``.
    """

    text: str  # as written, e.g. "近230亿元"
    value: float | int  # normalised number, e.g. 23000000000
    unit: str  # e.g. "元", "千瓦时", "元/吨", "%"
    qualifier: str | None  # 近 约 余 多 以上 超 逾 …
    label: str  # what it measures, a few words
    context: str  # the clause it stands in
    paragraph: int  # index into Article.paragraphs
    start: int  # offsets of `text` in that paragraph
    end: int
    kind: str = "other"
    change: str | None = None  # "up" | "down"
    value_max: float | int | None = None
    reached: bool = False  # the value is the level a change reached (提高到27%), not its size


def change_mark(change: str | None, reached: bool = False) -> str:
    """How a figure's change is shown after its label: ``↑``/``↓`` for a change by
    the value (增长8.2%), ``升至``/``降至`` for a level reached (提高到27%), else ``""``."""
    if change not in ("up", "down"):
        return ""
    if reached:
        return "升至" if change == "up" else "降至"
    return "↑" if change == "up" else "↓"


ARTICLE_KINDS = ("article", "photo", "brief")


@dataclass
class Article:
    """One item of a page: its parts as printed, its section, and what analysis found.

    ``kind`` is ``article``, ``photo`` (a picture item: title, caption,
    credit; listed, not counted as an article) or ``brief`` (an item the
    page prints without a title: its ``headline`` is the start of its text).
    ``crossheads`` are indices into ``paragraphs``: subheads inside the
    article. ``editor_box`` is an editor's note that opens a feature
    (编者按, 核心阅读), label included. ``credits`` are credit lines for
    graphics and editing (``制图：张三``).
    """

    id: str
    headline: str
    section: str = FALLBACK_SECTION
    kind: str = "article"
    column: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    source: str | None = None
    byline: Byline = field(default_factory=Byline)
    editor_box: str | None = None
    captions: list[Caption] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    crossheads: list[int] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    printed_date: str | None = None  # a date line printed with the title (web e-papers)
    summary: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # Editor pins: when set in a content file they win over the computed
    # value and survive a re-import of the same page.
    section_pinned: bool = False
    summary_pinned: bool = False
    # Why the article is in its section: the terms of that section that
    # matched, heaviest first (empty for the catch-all, a pinned section, or
    # a file written before this field existed).
    section_terms: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "section": self.section,
            "section_terms": list(self.section_terms),
            "column": self.column,
            "kicker": self.kicker,
            "headline": self.headline,
            "subtitle": self.subtitle,
            "dateline": self.dateline,
            "source": self.source,
            "byline": {
                "reporters": list(self.byline.reporters),
                "correspondents": list(self.byline.correspondents),
                "printed": list(self.byline.printed),
            },
            "editor_box": self.editor_box,
            "captions": [asdict(c) for c in self.captions],
            "paragraphs": list(self.paragraphs),
            "crossheads": list(self.crossheads),
            "credits": list(self.credits),
            "printed_date": self.printed_date,
            "summary": list(self.summary),
            "keywords": list(self.keywords),
            "figures": [asdict(f) for f in self.figures],
        }

    def first_line(self) -> str:
        """The start of the first body paragraph (not a crosshead), for article lists."""
        for i, p in enumerate(self.paragraphs):
            if i not in self.crossheads:
                return p
        return ""

    def is_article(self) -> bool:
        """Counted as an article (a photo item is listed but not counted)."""
        return self.kind != "photo"


@dataclass
class Edition:
    """One imported page: its articles in page order.

    ``page`` and ``page_name`` are the page number and name the page prints
    (``08``, ``要闻``); ``page_lines`` are the lines it prints that belong to
    no article (masthead, page number, ``本版责编：…``), as printed.
    """

    id: str
    title: str
    date: str | None  # ISO YYYY-MM-DD, or None when the page does not say
    source_sha256: str  # of the sanitised page text: identity for re-imports
    articles: list[Article] = field(default_factory=list)
    page: str | None = None
    page_name: str | None = None
    page_lines: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "edition": {
                "id": self.id,
                "title": self.title,
                "date": self.date,
                "page": self.page,
                "page_name": self.page_name,
                "page_lines": list(self.page_lines),
            },
            "articles": [a.to_json() for a in self.articles],
        }

    def article(self, article_id: str) -> Article | None:
        for a in self.articles:
            if a.id == article_id:
                return a
        return None

    def section_counts(self) -> dict[str, int]:
        """Articles per section (photo items are listed, not counted)."""
        counts: dict[str, int] = {}
        get = counts.get
        for a in self.articles:
            if a.kind != "photo":  # a.is_article(), inlined: 10,000 calls are a millisecond
                counts[a.section] = get(a.section, 0) + 1
        return counts
