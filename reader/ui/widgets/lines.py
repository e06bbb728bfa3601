"""LineList: a cursor list of multi-line items on Textual's Line API.

Like Textual's ListView/OptionList (a ``index`` reactive with validate and
watch, nested messages), but each item renders to lines we wrap ourselves
with :mod:`reader.linebreak` (CJK prose), and only visible lines are drawn.
Subclasses implement :meth:`render_item` and post their own messages from
:meth:`item_highlighted` / :meth:`item_selected`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui import keys
from reader.ui.compat import OwnSizeScrollView
from reader.ui.text import content_strip

T = TypeVar("T")


def set_virtual_size(widget: ScrollView, size: Size, *, painting: bool = False) -> None:
    """Set ``widget.virtual_size``; ``painting``: from render_line.

    A Line API widget lays its lines out when it is first painted at a new
    width. That paint already draws the new lines, so the change needs a
    layout pass (scrollbars) but not another repaint of the whole widget:
    over SSH that second repaint was a few KB for every width change,
    the first screen included.
    """
    if widget.virtual_size == size:
        return
    if painting:
        widget.set_reactive(ScrollView.virtual_size, size)
        widget.refresh(layout=True, repaint=False)
    else:
        widget.virtual_size = size


class LineAPIView(OwnSizeScrollView, ScrollView):
    """ScrollView for widgets that keep their own virtual size (lines laid out
    per width): scrollbars are updated when that size changes, not on every
    layout pass (see :class:`~reader.ui.compat.OwnSizeScrollView`).
    """

    #: component-class styles resolved for rendering (reader.ui.text.component_style);
    #: emptied whenever Textual restyles the widget (theme, focus, classes)
    component_styles_cache: dict[str, Any] | None = None

    def notify_style_update(self) -> None:
        self.component_styles_cache = None
        super().notify_style_update()


class LineList(LineAPIView, Generic[T], can_focus=True):
    """A vertical list of items, each one or more lines, with a cursor.

    A virtual list: items are laid out in order only as far as something
    needs them (the lines on screen, the cursor's item, a page's target), and
    only the items on screen are rendered. Laying out an item asks
    :meth:`line_count` (cheap where a subclass can count its lines without
    styling them) or else renders it. Until every item is laid out, the
    height beyond is estimated from the average so far (the scrollbar's
    length may change as the list is scrolled). A section of 3,000 articles
    so costs the ~10 on screen, not 3,000 rendered items.
    """

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("list")

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "lines--item",
        "lines--cursor",
        "lines--cursor-blurred",
        "lines--dim",
        "lines--strong",
        "lines--accent",
        "lines--empty",
    }

    index: reactive[int | None] = reactive(None, always_update=True, init=False)

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._items: Sequence[T] = []
        self._empty: Content = Content("")
        self._laid_width = -1
        self._starts: list[int] = []  # first line of each item laid out so far (a prefix of the items)
        self._end = 0  # the line after the last item laid out
        self._rendered: dict[int, list[Content]] = {}  # item index -> its lines, at _laid_width

    # -- data ----------------------------------------------------------------

    @property
    def items(self) -> Sequence[T]:
        return self._items

    def set_items(self, items: Sequence[T], index: int | None = 0, *, empty: Content | None = None) -> None:
        """Show ``items``: a list, or a sequence that makes each item when first asked
        for (only the items laid out are: see the class docstring)."""
        self._items = list(items) if isinstance(items, list) else items
        if empty is not None:
            self._empty = empty
        self._laid_width = -1
        self.set_reactive(LineList.index, None)
        self._layout()
        if index is not None and self._items:
            self.index = self._nearest_selectable(index, 1)  # its watcher lays out as far as the cursor
        self.scroll_to(y=0, animate=False) if self.index is None else self._scroll_to_index()
        self.refresh()

    def replace_items(self, items: Sequence[T]) -> None:
        """New items in the same places (e.g. a read marker changed): re-render, keeping the cursor."""
        self._items = list(items) if isinstance(items, list) else items
        self.refresh_items()

    def refresh_items(self) -> None:
        """Re-render the items (e.g. a read marker changed) keeping the cursor."""
        self._laid_width = -1
        self._layout()
        self.refresh()

    @property
    def current(self) -> T | None:
        if self.index is None or not (0 <= self.index < len(self._items)):
            return None
        return self._items[self.index]

    # -- to override ---------------------------------------------------------

    def render_item(self, item: T, width: int) -> list[Content]:  # pragma: no cover - abstract
        raise NotImplementedError

    def line_count(self, item: T, width: int) -> int | None:
        """How many lines :meth:`render_item` gives ``item`` at ``width``, if that can
        be told without rendering it (None: render it to count)."""
        return None

    def is_selectable(self, item: T) -> bool:
        return True

    def item_highlighted(self, index: int) -> None:
        """Called when the cursor moves onto ``index``."""

    def item_selected(self, index: int) -> None:
        """Called when the item at ``index`` is chosen (Enter or click)."""

    # -- reactive ------------------------------------------------------------

    def validate_index(self, index: int | None) -> int | None:
        if index is None or not self._items:
            return None
        return max(0, min(index, len(self._items) - 1))

    def watch_index(self, old: int | None, new: int | None) -> None:
        self.refresh()
        if new is not None:
            self._scroll_to_index()
            if new != old:
                self.item_highlighted(new)

    # -- actions -------------------------------------------------------------

    def _nearest_selectable(self, start: int, step: int) -> int | None:
        n = len(self._items)
        i = start
        while 0 <= i < n:
            if self.is_selectable(self._items[i]):
                return i
            i += step
        i = start - step
        while 0 <= i < n:
            if self.is_selectable(self._items[i]):
                return i
            i -= step
        return None

    def _move(self, step: int) -> None:
        if not self._items:
            return
        if self.index is None:
            self.index = self._nearest_selectable(0, 1)
            return
        i = self.index + step
        while 0 <= i < len(self._items):
            if self.is_selectable(self._items[i]):
                self.index = i
                return
            i += step
        # at an end: make sure the item (and its trailing lines) are visible
        self._scroll_to_index()

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        if self._items:
            self.index = self._nearest_selectable(0, 1)
            self.scroll_to(y=0, animate=False)

    def action_last(self) -> None:
        if self._items:
            self._extend(item=len(self._items) - 1)
            self.index = self._nearest_selectable(len(self._items) - 1, -1)
            self.scroll_end(animate=False)

    def action_select(self) -> None:
        if self.index is not None:
            self.item_selected(self.index)

    def page(self, direction: int) -> None:
        """Move the cursor by about a screenful."""
        if not self._items or self.index is None:
            return
        height = max(1, self.scrollable_content_region.height)
        self._extend(item=self.index)
        if self.index >= len(self._starts):  # not laid out yet (no size)
            return
        target_line = max(0, self._starts[self.index] + direction * height)
        self._extend(line=target_line)
        target_line = min(target_line, self._end - 1)
        found = self._nearest_selectable(self._item_at(target_line), direction)
        if found is not None:
            self.index = found

    # -- events --------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        line = self.scroll_offset.y + event.y
        if not self._items or line < 0:
            return
        self._extend(line=line)
        if line < self._end:
            item = self._item_at(line)
            if self.is_selectable(self._items[item]):
                self.index = item
                self.item_selected(item)

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self._scroll_to_index()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- layout / render -------------------------------------------------------

    def _layout(self, *, painting: bool = False) -> None:
        """Lay out, at the current width, what the screen shows and the cursor's item."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        if width != self._laid_width:
            self._laid_width = width
            self._starts, self._end, self._rendered = [], 0, {}
        last = self.scroll_offset.y + max(1, self.scrollable_content_region.height)
        self._extend(item=self.index, line=last, painting=painting)
        self._set_size(painting)

    def _extend(self, *, item: int | None = None, line: int | None = None, painting: bool = False) -> None:
        """Lay out items, in order, until item ``item`` is laid out and line ``line`` is
        covered (or every item is); the virtual size follows."""
        n = len(self._items)
        width = self._laid_width
        starts = self._starts
        if width <= 0 or len(starts) >= n:
            return
        want_item = -1 if item is None else min(item, n - 1)
        want_line = -1 if line is None else line
        if len(starts) > want_item and self._end > want_line:
            return
        end = self._end
        count = self.line_count
        while len(starts) < n and (len(starts) <= want_item or end <= want_line):
            i = len(starts)
            starts.append(end)
            height = count(self._items[i], width)
            if height is None:
                height = len(self._lines_of(i))
            end += max(1, height)
        self._end = end
        self._set_size(painting)

    def _set_size(self, painting: bool) -> None:
        width = self._laid_width
        if width > 0:
            set_virtual_size(self, Size(width, self._total_lines()), painting=painting)

    def _total_lines(self) -> int:
        """The list's height: exact once every item is laid out, else estimated."""
        n, laid = len(self._items), len(self._starts)
        if not n:
            return 1  # the empty message
        if laid >= n:
            return self._end
        if not laid:
            return n
        return self._end + round((n - laid) * self._end / laid)

    def _lines_of(self, i: int) -> list[Content]:
        """Item ``i``'s lines at the laid-out width (rendered once, then kept)."""
        lines = self._rendered.get(i)
        if lines is None:
            lines = self._rendered[i] = self.render_item(self._items[i], self._laid_width) or [Content("")]
        return lines

    def _item_at(self, line: int) -> int:
        """The item laid out at ``line`` (0 before the first)."""
        return max(0, bisect_right(self._starts, line) - 1)

    def _scroll_to_index(self) -> None:
        if self.index is None or self.index >= len(self._items) or self._laid_width <= 0:
            return
        self._extend(item=self.index + 1)
        if self.index >= len(self._starts):
            return
        top = self._starts[self.index]
        end = self._starts[self.index + 1] if self.index + 1 < len(self._starts) else self._end
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif end > y + height:
            self.scroll_to(y=max(top, end - height) if end - top <= height else top, animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._laid_width != width:
            self._layout(painting=True)
        line_no = self.scroll_offset.y + y
        base = self.get_visual_style("lines--item")
        if not self._items:
            if line_no != 0:
                return Strip.blank(width, base.rich_style)
            item, content = -1, self._empty
        else:
            if line_no >= self._end:
                self._extend(line=line_no, painting=True)
            if not (0 <= line_no < self._end):
                return Strip.blank(width, base.rich_style)
            item = self._item_at(line_no)
            lines = self._lines_of(item)
            offset = line_no - self._starts[item]
            content = lines[offset] if offset < len(lines) else Content("")
        if item >= 0 and item == self.index:
            cls = "lines--cursor" if self.has_focus else "lines--cursor-blurred"
            base = self.get_visual_style("lines--item", cls)
            # the cursor's colours win over the item's own (a $figure value on a $primary cursor)
            content = content.stylize("." + cls)
        elif item < 0:
            base = self.get_visual_style("lines--item", "lines--empty")
        return content_strip(self, content, width, base)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return max(1, self._total_lines())
