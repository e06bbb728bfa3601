"""ArticleBody: the article text on the Line API (cheap for long articles and resizes).

The article is laid out into lines once per width: kicker, headline,
subtitle, byline, dateline, captions, paragraphs (Chinese line breaking via
:mod:`reader.linebreak`, first-line indent of two full-width spaces, figures
highlighted inline), the source line. Each line remembers which paragraph and
which character span it shows, so "scroll to this figure / sentence" and the
mark are exact. Only visible lines are rendered.
"""

from __future__ import annotations

from typing import Any, ClassVar, NamedTuple

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Offset, Size
from textual.message import Message
from textual.reactive import reactive
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style

from reader.model import Article, clean_credit
from reader.sanitize import clean
from reader.ui import keys
from reader.ui.text import content_strip, safe, wrap_content
from reader.ui.widgets.lines import LineAPIView, set_virtual_size

INDENT = "\u3000\u3000"


class BodyLine(NamedTuple):
    content: Content
    paragraph: int = -1  # index into Article.paragraphs, -1 for other lines
    start: int = 0
    end: int = 0


def caption_text(text: str, photographers: list[str], credit: str | None = None) -> str:
    """``图：`` the caption and its credit as printed (or the photographers' names)."""
    body = clean(text).strip()
    if credit:
        body += f"（{clean_credit(clean(credit))}）"
    elif photographers:
        body += f"（{' '.join(clean(p) for p in photographers)} 摄）"
    return "图：" + body


def _selection_style(widget: Any) -> Style:
    """The screen's selection colours (``screen--selection``, from the theme)."""
    return Style.from_rich_style(widget.screen.get_component_rich_style("screen--selection"))


class ArticleBody(LineAPIView, can_focus=True):
    """The open article. Set with :meth:`show`; mark with :attr:`mark`."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("body")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "body--text",
        "body--kicker",
        "body--column",
        "body--headline",
        "body--subtitle",
        "body--byline",
        "body--dateline",
        "body--caption",
        "body--editor",
        "body--crosshead",
        "body--source",
        "body--figure",
        "body--mark",
        "body--placeholder",
    }

    mark: reactive[tuple[int, int, int] | None] = reactive(None, init=False)
    """(paragraph, start, end) of the marked passage, or None."""

    class Moved(Message):
        """The top line changed (for remembering the reading position)."""

        def __init__(self, body: ArticleBody, top: int, anchor: tuple[int, int] | None) -> None:
            super().__init__()
            self.body = body
            self.top = top
            self.anchor = anchor

        @property
        def control(self) -> ArticleBody:
            return self.body

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article: Article | None = None
        self._placeholder: Content = Content("")
        self._lines: list[BodyLine] = []
        self._laid_width = -1
        self._pending_top: int | None = None
        self._pending_anchor: tuple[int, int] | None = None
        self._pending_exact: tuple[int, int] | None = None
        self._anchor: tuple[int, int] | None = None  # where the reader scrolled to
        self._relayout = False
        self._last_top = -1

    # -- public API ------------------------------------------------------------

    def show(
        self,
        article: Article | None,
        *,
        top: int = 0,
        anchor: tuple[int, int] | None = None,
        placeholder: Content | None = None,
    ) -> None:
        """Show ``article`` (None: the placeholder) scrolled to ``anchor`` (see
        :meth:`anchor_of`) when given, else to line ``top``."""
        self.article = article
        if placeholder is not None:
            self._placeholder = placeholder
        self.set_reactive(ArticleBody.mark, None)
        self._laid_width = -1
        self._pending_top = top
        self._pending_anchor = None
        self._pending_exact = anchor
        self._anchor = None
        self._layout()
        self._apply_pending()
        self.refresh()

    @property
    def top_line(self) -> int:
        return int(self.scroll_offset.y)

    @property
    def anchor(self) -> tuple[int, int] | None:
        """The reading position, independent of the width (see :meth:`anchor_of`)."""
        return self._anchor if self._anchor is not None else self.anchor_of(self.top_line)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def lines(self) -> list[BodyLine]:
        self._layout()
        return self._lines

    def anchor_of(self, line: int) -> tuple[int, int] | None:
        """A width-independent position for ``line``: (paragraph, offset), or (-1, line) in the header."""
        if not self._lines:
            return None
        ln = self._lines[max(0, min(line, len(self._lines) - 1))]
        if ln.paragraph >= 0:
            return (ln.paragraph, ln.start)
        # a line after the paragraphs (source) or in the header
        first_para = next((i for i, x in enumerate(self._lines) if x.paragraph >= 0), None)
        if first_para is not None and line > first_para:
            last = max(i for i, x in enumerate(self._lines) if x.paragraph >= 0)
            return (self._lines[last].paragraph, self._lines[last].start)
        return (-1, line)

    def line_of_anchor(self, anchor: tuple[int, int]) -> int | None:
        if anchor[0] < 0:
            return max(0, min(anchor[1], len(self._lines) - 1)) if self._lines else None
        return self.line_of(*anchor)

    def line_of(self, paragraph: int, offset: int) -> int | None:
        """The line that shows character ``offset`` of ``paragraph``."""
        for i, ln in enumerate(self._lines):
            if ln.paragraph == paragraph and ln.start <= offset < max(ln.end, ln.start + 1):
                return i
        for i, ln in enumerate(self._lines):  # offset at the very end
            if ln.paragraph == paragraph and offset == ln.end:
                return i
        return None

    def reveal(self, paragraph: int, start: int, end: int) -> None:
        """Mark ``paragraph[start:end]`` and scroll so it is in view (a few lines from the top)."""
        self.mark = (paragraph, start, end)
        self._pending_anchor = (paragraph, start)
        self._layout()
        self._apply_pending()

    def visible_lines(self) -> range:
        top = self.top_line
        return range(top, min(len(self._lines), top + self.scrollable_content_region.height))

    # -- actions ----------------------------------------------------------------

    def _smooth(self) -> bool:
        return self.app.animation_level != "none"

    def action_line_down(self) -> None:
        self.scroll_to(y=self.scroll_offset.y + 1, animate=False)

    def action_line_up(self) -> None:
        self.scroll_to(y=self.scroll_offset.y - 1, animate=False)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=self._smooth())

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=self._smooth())

    def page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_offset.y + direction * height, animate=self._smooth())

    # -- layout -------------------------------------------------------------------

    def _layout(self, *, painting: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._laid_width:
            return
        # keep the reading position across a resize: the anchor of the last
        # scroll the reader made (not recomputed from each intermediate width)
        anchor = None
        if (
            self._laid_width > 0
            and self._lines
            and self._pending_top is None
            and self._pending_anchor is None
            and self._pending_exact is None
        ):
            anchor = self._anchor if self._anchor is not None else self.anchor_of(self.top_line)
        self._laid_width = width
        self._lines = self._build(width)
        set_virtual_size(self, Size(width, len(self._lines)), painting=painting)
        if anchor is not None:
            line = self.line_of_anchor(anchor)
            if line is not None:
                self._relayout = True
                try:
                    self.scroll_to(y=line, animate=False, immediate=True)
                finally:
                    self._relayout = False

    def _apply_pending(self) -> None:
        if self._laid_width <= 0 or self.scrollable_content_region.height <= 0:
            return
        if self._pending_exact is not None:
            line = self.line_of_anchor(self._pending_exact)
            self._pending_exact = None
            if line is not None:
                self._pending_top = None
                self.scroll_to(y=line, animate=False, immediate=True)
                return
        if self._pending_anchor is not None:
            line = self.line_of(*self._pending_anchor)
            self._pending_anchor = None
            self._pending_top = None
            if line is not None:
                height = self.scrollable_content_region.height
                y = max(0, line - max(1, height // 4))
                self.scroll_to(y=y, animate=False, immediate=True)
        elif self._pending_top is not None:
            top = self._pending_top
            self._pending_top = None
            self.scroll_to(y=top, animate=False, immediate=True)

    def _build(self, width: int) -> list[BodyLine]:
        a = self.article
        if a is None:
            return [BodyLine(c) for c, _s, _e in wrap_content(self._placeholder.stylize(".body--placeholder"), width)]
        out: list[BodyLine] = []

        def block(content: Content, style: str, *, indent: str = "", hang: str = "") -> None:
            if not content:
                return
            for c, _s, _e in wrap_content(content.stylize(style), width, indent=indent, hang=hang):
                out.append(BodyLine(c))

        blank = BodyLine(Content(""))
        if a.column:
            block(safe(f"【{a.column}】"), ".body--column")
        if a.kicker:
            block(safe(a.kicker), ".body--kicker")
        block(safe(a.headline), ".body--headline")
        if a.subtitle:
            block(safe(f"——{a.subtitle}"), ".body--subtitle")
        by = a.byline.display()
        if by:
            out.append(blank)
            block(safe(by), ".body--byline")
        if a.dateline:
            block(safe(a.dateline), ".body--dateline")
        if a.editor_box:
            # an editor's box opens the feature, above the text (核心阅读, 编者按)
            out.append(blank)
            for line in clean(a.editor_box).split("\n"):
                block(safe(line.strip()), ".body--editor", indent="\u3000", hang="\u3000")
        for cap in a.captions:
            out.append(blank)
            block(safe(caption_text(cap.text, cap.photographers, cap.credit)), ".body--caption", hang="\u3000\u3000")
        out.append(blank)
        crossheads = set(a.crossheads)
        figures_by_para: dict[int, list[tuple[int, int]]] = {}
        for f in a.figures:
            figures_by_para.setdefault(f.paragraph, []).append((f.start, f.end))
        for p, raw in enumerate(a.paragraphs):
            text = clean(raw)
            content = Content(text)
            if len(text) == len(raw):  # offsets still valid after cleaning
                for s, e in figures_by_para.get(p, ()):
                    if 0 <= s < e <= len(text):
                        content = content.stylize(".body--figure", s, e)
            if p in crossheads:  # a subhead inside the article: set apart, not indented
                if out and out[-1] != blank:
                    out.append(blank)
                content = content.stylize(".body--crosshead")
                for c, s, e in wrap_content(content, width):
                    out.append(BodyLine(c, p, s, e))
                continue
            for c, s, e in wrap_content(content, width, indent=INDENT):
                out.append(BodyLine(c, p, s, e))
        if a.source:
            out.append(blank)
            block(safe(f"（来源：{a.source}）"), ".body--source")
        for credit in a.credits:
            block(safe(f"（{clean_credit(credit)}）"), ".body--source")
        out.append(blank)
        return out

    # -- render ----------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self._apply_pending()

    def watch_mark(self) -> None:
        self.refresh()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        top = int(new_value)
        if not self._relayout and self._lines:
            self._anchor = self.anchor_of(top)
        if top != self._last_top:
            self._last_top = top
            self.post_message(self.Moved(self, top, self._anchor if self._anchor is not None else self.anchor_of(top)))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._laid_width != width:
            self._layout(painting=True)
        base = self.get_visual_style("body--text")
        line_no = self.scroll_offset.y + y
        if not (0 <= line_no < len(self._lines)):
            return Strip.blank(width, base.rich_style)
        line = self._lines[line_no]
        content = line.content
        mark = self.mark
        if mark is not None and line.paragraph == mark[0]:
            s = max(mark[1], line.start)
            e = min(mark[2], line.end)
            if s < e:
                # offsets into the line's content: the indent (line 0) shifts them
                shift = len(content.plain) - (line.end - line.start)
                content = content.stylize(".body--mark", s - line.start + shift, e - line.start + shift)
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(line_no)) is not None:
            start, end = span
            end = len(content.plain) if end == -1 else end
            if start < end:
                content = content.stylize(_selection_style(self), start, end)
        # offsets (character, line) let a mouse drag select text (Textual's selection)
        return content_strip(self, content, width, base).apply_offsets(0, line_no)

    # -- mouse selection ----------------------------------------------------------------

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text as it was written: a paragraph's lines are joined
        back into the paragraph (no line breaks where the screen wrapped it,
        its spaces kept), headline, byline and paragraphs one per line."""
        lines = self._lines
        if not lines:
            return None
        first = selection.start or Offset(0, 0)
        last = selection.end or Offset(len(lines[-1].content.plain), len(lines) - 1)
        paras = self.article.paragraphs if self.article is not None else []
        pieces: list[list[Any]] = []  # [paragraph or -1, start, end, text]
        for y in range(max(0, first.y), min(last.y, len(lines) - 1) + 1):
            line = lines[y]
            plain = line.content.plain
            x0 = first.x if y == first.y else 0
            x1 = last.x if y == last.y else len(plain)
            x0, x1 = max(0, min(x0, len(plain))), max(0, min(x1, len(plain)))
            if 0 <= line.paragraph < len(paras):
                shift = len(plain) - (line.end - line.start)  # the indent on a paragraph's first line
                a, b = line.start + max(0, x0 - shift), line.start + max(0, x1 - shift)
                if pieces and pieces[-1][0] == line.paragraph:
                    pieces[-1][2] = b
                else:
                    pieces.append([line.paragraph, a, b, ""])
            else:
                pieces.append([-1, 0, 0, plain[x0:x1]])
        text = "\n".join(paras[p][a:b] if p >= 0 else t for p, a, b, t in pieces)
        return (text, "\n") if text else None

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return max(1, len(self._lines))
