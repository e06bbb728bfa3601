"""The panes around the article: section navigation, masthead, article list,
summary and figures. Each speaks to its screen through nested messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, NamedTuple, overload

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from reader.linebreak import wrap_offsets
from reader.model import Article, Figure, change_mark, format_value
from reader.ui.text import cell_width, join, pack_chips, safe, truncate, wrap_content
from reader.ui.widgets.lines import LineList

# ---------------------------------------------------------------------------
# Sections


class SectionItem(NamedTuple):
    id: str
    name: str  # display name (zh, as printed)
    hotkey: str
    count: int


class SectionNav(Widget):
    """The sections (from sections.toml, in its order) with hotkeys and article counts.

    One row per section when the widget is taller than one line, otherwise a
    compact bar ``1高新区3 2人大2 …``. The height comes from the stylesheet.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"sections--current", "sections--key", "sections--count", "sections--empty"}

    section: reactive[str | None] = reactive(None)

    class Chosen(Message):
        def __init__(self, section: str) -> None:
            super().__init__()
            self.section = section

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._items: list[SectionItem] = []
        self._compact_spans: list[tuple[int, int, str]] = []

    def set_sections(self, items: list[SectionItem], current: str | None) -> None:
        self._items = list(items)
        self.section = current
        self.refresh()

    def validate_section(self, section: str | None) -> str | None:
        if section is None or not self._items:
            return section
        return section if any(s.id == section for s in self._items) else self._items[0].id

    def _entry(self, s: SectionItem, compact: bool) -> Content:
        key = Content(s.hotkey).stylize(".sections--key")
        name = safe(s.name)
        count = Content(str(s.count)).stylize(".sections--count")
        if compact:
            # a name that ends in a Latin letter or digit (English: "High-tech zone")
            # would run into its count ("zone2"): a dim dot keeps them apart
            sep = Content("·").stylize(".sections--count") if s.name[-1:].isascii() and s.name[-1:].isalnum() else None
            c = join([key, name, sep, count] if sep is not None else [key, name, count])
        else:
            gap = max(1, self.size.width - 2 - cell_width(s.hotkey) - 1 - name.cell_length - len(str(s.count)))
            c = join([Content(" "), key, Content(" "), name, Content(" " * gap), count])
        if s.count == 0:
            c = c.stylize(".sections--empty")
        if s.id == self.section:
            c = c.stylize(".sections--current")
        return c

    def render(self) -> Content:
        compact = self.size.height <= 1
        if compact:
            parts = []
            spans = []
            x = 0
            for s in self._items:
                e = self._entry(s, True)
                spans.append((x, x + e.cell_length, s.id))
                parts.append(e)
                x += e.cell_length + 1
            self._compact_spans = spans
            return join(parts, " ")
        lines = [self._entry(s, False) for s in self._items]
        return join(lines, "\n")

    def on_click(self, event: events.Click) -> None:
        if self.size.height <= 1:
            for a, b, sid in self._compact_spans:
                if a <= event.x < b:
                    self.post_message(self.Chosen(sid))
                    return
        elif 0 <= event.y < len(self._items):
            self.post_message(self.Chosen(self._items[event.y].id))


class Masthead(Widget):
    """One line: the edition's title and date, and where it stands among editions."""

    text: reactive[Content] = reactive(Content(""), layout=False)

    def render(self) -> Content:
        return self.text


# ---------------------------------------------------------------------------
# Article list


class ArticleItem(NamedTuple):
    id: str
    headline: str
    kicker: str | None
    first_line: str
    read: bool
    bookmarked: bool
    open: bool
    photo_label: str | None = None  # set for a picture item: listed, with this tag


class ArticleItems(Sequence[ArticleItem]):
    """A section's list items, each made when the list first shows (or lays out) it.

    The list of a section of 3,000 articles lays out the ~10 it shows, so it
    makes ~10 items, not 3,000 (each reads the article's headline and first
    line, and its read and bookmark marks). ``make`` turns an article into
    its item; an item, once made, is kept.
    """

    def __init__(self, articles: list[Article], make: Callable[[Article], ArticleItem]) -> None:
        self._articles = articles
        self._make = make
        self._made: dict[int, ArticleItem] = {}

    def __len__(self) -> int:
        return len(self._articles)

    @overload
    def __getitem__(self, index: int) -> ArticleItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[ArticleItem]: ...

    def __getitem__(self, index: int | slice) -> ArticleItem | list[ArticleItem]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._articles)
        item = self._made.get(index)
        if item is None:
            item = self._made[index] = self._make(self._articles[index])  # IndexError past the end
        return item

    def index_of(self, article_id: str | None) -> int | None:
        """Where the article ``article_id`` stands (None: not in this list); makes no item."""
        for i, a in enumerate(self._articles):
            if a.id == article_id:
                return i
        return None


class ArticleList(LineList[ArticleItem]):
    """The current section's articles: marker, kicker · headline, first line."""

    class Highlighted(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class Opened(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    @staticmethod
    def _head(item: ArticleItem) -> Content:
        """``〔photo〕 kicker · headline``, styled."""
        head = safe(item.headline).stylize(".lines--strong")
        if item.kicker:
            head = join([safe(item.kicker).stylize(".lines--accent"), Content(" · "), head])
        if item.photo_label:
            head = join([safe(f"〔{item.photo_label}〕").stylize(".lines--dim"), head])
        return head

    def line_count(self, item: ArticleItem, width: int) -> int:
        """As many lines as :meth:`render_item` gives, from the headline's wrap alone
        (a section of thousands of articles is laid out without styling each)."""
        return len(wrap_offsets(self._head(item).plain, max(1, width - 2), indent="")) + bool(item.first_line) + 1

    def render_item(self, item: ArticleItem, width: int) -> list[Content]:
        marker = "●" if not item.read else " "
        if item.bookmarked:
            marker = "★" if not item.read else "☆"
        mark = Content(marker + " ").stylize(".lines--accent")
        head = self._head(item)
        if item.open:
            head = head.stylize("underline")
        lines = [c for c, _s, _e in wrap_content(head, max(1, width - 2))]
        out = [join([mark if i == 0 else Content("  "), c]) for i, c in enumerate(lines)]
        if item.first_line:
            out.append(join([Content("  "), truncate(safe(item.first_line).stylize(".lines--dim"), width - 2)]))
        out.append(Content(""))
        return out

    def item_highlighted(self, index: int) -> None:
        self.post_message(self.Highlighted(self.items[index].id))

    def item_selected(self, index: int) -> None:
        self.post_message(self.Opened(self.items[index].id))


# ---------------------------------------------------------------------------
# Summary


class SummaryItem(NamedTuple):
    kind: str  # "title" | "editor" | "sentence" | "keywords" | "why" | "empty"
    text: str
    keywords: tuple[str, ...] = ()  # keywords; for "why", the terms that chose the section
    note: str = ""  # "why" without terms: pinned, or the catch-all


class SidePaneReady(Message):
    """A side pane has mounted (they mount lazily, after the first frame)."""


class SummaryPane(LineList[SummaryItem]):
    """Stored summary sentences (choose one to find it in the text), then
    keywords, then why the article is in its section (the matched terms)."""

    Ready = SidePaneReady

    def on_mount(self) -> None:
        self.post_message(self.Ready())

    class Chosen(Message):
        def __init__(self, sentence: str) -> None:
            super().__init__()
            self.sentence = sentence

    def set_article(
        self,
        article: Article | None,
        *,
        title: str,
        keywords_title: str,
        empty: str,
        editor_title: str = "",
        why_title: str = "",
        why_note: str = "",
    ) -> None:
        """``why_title`` heads the section's reason (``归入「高新区」的依据``), shown with the
        article's ``section_terms``, or ``why_note`` when it has none."""
        items: list[SummaryItem] = []
        if article is not None and article.editor_box:
            # the page's own summary, labelled as such, before the computed one
            items.append(SummaryItem("title", editor_title))
            items += [SummaryItem("editor", line.strip()) for line in article.editor_box.split("\n") if line.strip()]
            items.append(SummaryItem("empty", ""))
        items.append(SummaryItem("title", title))
        if article is not None:
            items += [SummaryItem("sentence", s) for s in article.summary if s.strip()]
            if not article.summary:
                items.append(SummaryItem("empty", empty))
            if article.keywords:
                items.append(SummaryItem("keywords", keywords_title, tuple(article.keywords)))
            if why_title:
                items.append(SummaryItem("why", why_title, tuple(article.section_terms), why_note))
        self.set_items(items, 1)

    def is_selectable(self, item: SummaryItem) -> bool:
        return item.kind == "sentence"

    def render_item(self, item: SummaryItem, width: int) -> list[Content]:
        if item.kind == "title":
            return [safe(item.text).stylize(".lines--accent").stylize("bold")]
        if item.kind == "empty":
            return [safe(item.text).stylize(".lines--dim")]
        if item.kind == "editor":
            return [c.stylize("italic") for c, _s, _e in wrap_content(safe(item.text), max(1, width))]
        if item.kind == "keywords":
            lines = [Content(""), safe(item.text).stylize(".lines--accent").stylize("bold")]
            lines += pack_chips([safe(k).stylize(".lines--strong") for k in item.keywords], width)  # whole words
            return lines
        if item.kind == "why":
            lines = [Content(""), safe(item.text).stylize(".lines--accent").stylize("bold")]
            if item.keywords:
                lines += pack_chips([safe(k).stylize(".lines--strong") for k in item.keywords], width)
            elif item.note:
                lines += [c.stylize(".lines--dim") for c, _s, _e in wrap_content(safe(item.note), max(1, width))]
            return lines
        body = safe(item.text)
        wrapped = wrap_content(body, max(1, width - 2))
        out = [join([Content("• " if i == 0 else "  "), c]) for i, (c, _s, _e) in enumerate(wrapped)]
        return out

    def item_selected(self, index: int) -> None:
        item = self.items[index]
        if item.kind == "sentence":
            self.post_message(self.Chosen(item.text))


# ---------------------------------------------------------------------------
# Figures


class FigureItem(NamedTuple):
    kind: str  # "title" | "group" | "figure" | "empty"
    text: str = ""
    figure: Figure | None = None
    fraction: float | None = None  # bar length in [0, 1] within its unit group


def _head(label: str) -> str:
    """The thing a label names: 高新技术企业数量 → 企业, 企业实验室 → 验室."""
    for tail in ("总数", "数量", "总量", "总额", "数"):
        if label.endswith(tail) and len(label) > len(tail) + 1:
            label = label[: -len(tail)]
            break
    return label[-2:]


def _same_quantity(a: Figure, b: Figure) -> bool:
    """Comparable on one bar scale: the same unit and kind, and labels that name
    the same thing (one contains the other, or they end in the same noun)."""
    if a.unit != b.unit or a.kind != b.kind or a.value_max is not None or b.value_max is not None:
        return False
    la, lb = a.label, b.label
    if not la or not lb:
        return False
    return la in lb or lb in la or _head(la) == _head(lb)


def figure_items(figures: list[Figure], *, title: str, empty: str) -> list[FigureItem]:
    """Figures in text order; figures of the same quantity (same unit and kind,
    comparable labels) are grouped under one header with bars proportional to
    their values. A figure with nothing to compare stands alone, without a header."""
    items = [FigureItem("title", title)]
    if not figures:
        items.append(FigureItem("empty", empty))
        return items
    group_of = list(range(len(figures)))

    def find(i: int) -> int:
        while group_of[i] != i:
            group_of[i] = group_of[group_of[i]]
            i = group_of[i]
        return i

    for i in range(len(figures)):
        for j in range(i):
            if _same_quantity(figures[i], figures[j]):
                group_of[find(i)] = find(j)
    members: dict[int, list[int]] = {}
    for i in range(len(figures)):
        members.setdefault(find(i), []).append(i)
    done: set[int] = set()
    for i, f in enumerate(figures):
        g = find(i)
        if g in done:
            continue
        done.add(g)
        group = [figures[k] for k in members[g]]
        if len(group) == 1:
            items.append(FigureItem("figure", figure=f))
            continue
        top = max(abs(float(x.value)) for x in group) or 1.0
        shortest = min((x.label for x in group), key=len)
        items.append(FigureItem("group", f"{shortest} · {f.unit}" if f.unit else shortest))
        items += [FigureItem("figure", figure=x, fraction=abs(float(x.value)) / top) for x in group]
    return items


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(fraction: float, width: int) -> str:
    """A horizontal bar of ``fraction`` × ``width`` cells, in eighths; at least a sliver."""
    width = max(1, width)
    eighths = max(1, int(round(max(0.0, min(1.0, fraction)) * width * 8)))
    full, rest = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


class FiguresPane(LineList[FigureItem]):
    """Figures of the article: value and unit emphasised, label, qualifier, bars."""

    Ready = SidePaneReady

    def on_mount(self) -> None:
        self.post_message(self.Ready())

    class Chosen(Message):
        def __init__(self, figure: Figure) -> None:
            super().__init__()
            self.figure = figure

    def set_article(self, article: Article | None, *, title: str, empty: str) -> None:
        figures = list(article.figures) if article is not None else []
        self.set_items(figure_items(figures, title=title, empty=empty), 1)

    def is_selectable(self, item: FigureItem) -> bool:
        return item.kind == "figure"

    def render_item(self, item: FigureItem, width: int) -> list[Content]:
        if item.kind == "title":
            return [safe(item.text).stylize(".lines--accent").stylize("bold")]
        if item.kind == "empty":
            return [safe(item.text).stylize(".lines--dim")]
        if item.kind == "editor":
            return [c.stylize("italic") for c, _s, _e in wrap_content(safe(item.text), max(1, width))]
        if item.kind == "group":
            return [safe(f"— {item.text} —").stylize(".lines--dim")]
        f = item.figure
        assert f is not None
        value = safe(f.text).stylize(".figures--value")
        parts = [value]
        if f.label:
            parts += [Content("  "), safe(f.label)]
        mark = change_mark(f.change, f.reached)  # ↑ a change by the value, 升至 a level reached
        if mark:
            parts += [Content(" "), Content(mark).stylize(".figures--value")]
        head = join(parts)
        if f.qualifier:
            head = join([head, Content(" "), safe(f"（{f.qualifier}）").stylize(".lines--dim")])
        lines = [
            join([Content("  " if i else "▸ "), c])
            for i, (c, _s, _e) in enumerate(wrap_content(head, max(1, width - 2)))
        ]
        if item.fraction is not None:
            num = format_value(f.value)
            bar_width = max(1, width - 2 - cell_width(num) - 1)
            lines.append(
                join(
                    [
                        Content("  "),
                        Content(bar(item.fraction, bar_width)).stylize(".figures--bar"),
                        Content(" "),
                        safe(num).stylize(".lines--dim"),
                    ]
                )
            )
        return lines

    COMPONENT_CLASSES: ClassVar[set[str]] = LineList.COMPONENT_CLASSES | {"figures--value", "figures--bar"}

    def item_selected(self, index: int) -> None:
        item = self.items[index]
        if item.figure is not None:
            self.post_message(self.Chosen(item.figure))


__all__ = [
    "ArticleItem",
    "ArticleItems",
    "ArticleList",
    "FigureItem",
    "FiguresPane",
    "Masthead",
    "SectionItem",
    "SectionNav",
    "SummaryItem",
    "SummaryPane",
    "bar",
    "figure_items",
]


# ---------------------------------------------------------------------------
# Footer

from textual.app import ComposeResult  # noqa: E402
from textual.widgets import Footer as _Footer  # noqa: E402
from textual.widgets import Static  # noqa: E402

from reader.i18n import t  # noqa: E402
from reader.ui.compat import footer_bindings_ready  # noqa: E402


class MarksLegend(Static):
    """The article list's marks explained (``●未读 ★☆收藏``), at the footer's
    right end. It takes the room the keys leave, and shows only whole: at 120
    columns there is room, at 80 the keys need it."""

    def on_resize(self) -> None:
        if self.size.width and self.size.width < cell_width(str(self.render())) + 2:
            self.display = False


class ReaderFooter(_Footer):
    """Textual's Footer, recomposed only when what it shows changes.

    The stock Footer rebuilds all its keys on every focus change (the active
    bindings are recomputed); in the reader most focus changes (list → body)
    leave the shown keys as they are, and rebuilding them cost more than the
    rest of opening an article.
    """

    _shown: tuple | None = None

    #: below this width the keys are packed (compact) and the palette's ^p entry
    #: gives its place to them, so "? 帮助" still shows at 40 columns
    NARROW = 60

    def on_resize(self) -> None:
        narrow = self.size.width < self.NARROW
        if self.compact != narrow:
            self.compact = narrow
        if self.show_command_palette == narrow:
            self.show_command_palette = not narrow
        for legend in self.query(MarksLegend):
            legend.display = True  # it measures the room it gets, and hides if too little

    def compose(self) -> ComposeResult:
        yield from super().compose()
        if footer_bindings_ready(self):
            # the read/bookmark marks of the article list explain themselves
            yield MarksLegend(safe(t("footer.marks", getattr(self.app, "lang", None))), id="marks-legend")

    def _signature(self, screen) -> tuple:
        return tuple(
            (key, binding.action, binding.description, enabled)
            for key, (_node, binding, enabled, _tip) in screen.active_bindings.items()
            if binding.show or key == self.app.COMMAND_PALETTE_BINDING
        )

    def bindings_changed(self, screen) -> None:
        try:
            sig = self._signature(screen)
        except Exception:  # pragma: no cover - fall back to the stock behaviour
            sig = None
        if sig is not None and sig == self._shown and footer_bindings_ready(self):
            return
        self._shown = sig
        super().bindings_changed(screen)
