"""The content model: plain dataclasses, no I/O, no third-party imports.

An *edition* is one imported page; it holds *articles* in page order. The
JSON shape produced by :func:`Edition.to_json` is a stable public interface
(`reader export --format json`, `reader import --dry-run --format json`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SECTION_IDS = ("hightech", "congress", "eldercare", "energy", "general")
FALLBACK_SECTION = "general"


@dataclass
class Byline:
    """Who wrote it: reporters (本报记者) and correspondents (通讯员), as printed."""

    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.reporters and not self.correspondents

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
    """A photo caption and the photographers it credits."""

    text: str
    photographers: list[str] = field(default_factory=list)


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


@dataclass
class Figure:
    """A number that measures something, located in one paragraph."""

    text: str  # as written, e.g. "近230亿元"
    value: float | int  # normalised number, e.g. 23000000000
    unit: str  # e.g. "元", "千瓦时", "元/吨", "%"
    qualifier: str | None  # 近 约 余 多 以上 超 逾 …
    label: str  # what it measures, a few words
    context: str  # the clause it stands in
    paragraph: int  # index into Article.paragraphs
    start: int  # offsets of `text` in that paragraph
    end: int


@dataclass
class Article:
    """One article of a page: its parts as printed, its section, and what analysis found."""

    id: str
    headline: str
    section: str = FALLBACK_SECTION
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    source: str | None = None
    byline: Byline = field(default_factory=Byline)
    captions: list[Caption] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # Editor pins: when set in a content file they win over the computed
    # value and survive a re-import of the same page.
    section_pinned: bool = False
    summary_pinned: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "section": self.section,
            "kicker": self.kicker,
            "headline": self.headline,
            "subtitle": self.subtitle,
            "dateline": self.dateline,
            "source": self.source,
            "byline": {
                "reporters": list(self.byline.reporters),
                "correspondents": list(self.byline.correspondents),
            },
            "captions": [asdict(c) for c in self.captions],
            "paragraphs": list(self.paragraphs),
            "summary": list(self.summary),
            "keywords": list(self.keywords),
            "figures": [asdict(f) for f in self.figures],
        }

    def first_line(self) -> str:
        """The start of the first paragraph, for article lists."""
        return self.paragraphs[0] if self.paragraphs else ""


@dataclass
class Edition:
    """One imported page: its articles in page order."""

    id: str
    title: str
    date: str | None  # ISO YYYY-MM-DD, or None when the page does not say
    source_sha256: str  # of the sanitised page text: identity for re-imports
    articles: list[Article] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "edition": {"id": self.id, "title": self.title, "date": self.date},
            "articles": [a.to_json() for a in self.articles],
        }

    def article(self, article_id: str) -> Article | None:
        for a in self.articles:
            if a.id == article_id:
                return a
        return None

    def section_counts(self) -> dict[str, int]:
        counts = {s: 0 for s in SECTION_IDS}
        for a in self.articles:
            counts[a.section] = counts.get(a.section, 0) + 1
        return counts
