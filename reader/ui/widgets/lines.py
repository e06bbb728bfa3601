"""LineList: a cursor list of multi-line items on Textual's Line API.

Like Textual's ListView/OptionList (a ``index`` reactive with validate and
watch, nested messages), but each item renders to lines we wrap ourselves
with :mod:`reader.linebreak` (CJK prose), and only visible lines are drawn.
Subclasses implement :meth:`render_item` and post their own messages from
:meth:`item_highlighted` / :meth:`item_selected`.
"""

from __future__ import annotations

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
    """A vertical list of items, each one or more lines, with a cursor."""

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
        self._items: list[T] = []
        self._empty: Content = Content("")
        self._lines: list[tuple[int, Content]] = []  # (item index or -1, line)
        self._starts: list[int] = []  # first line of each item
        self._laid_width = -1

    # -- data ----------------------------------------------------------------

    @property
    def items(self) -> list[T]:
        return self._items

    def set_items(self, items: list[T], index: int | None = 0, *, empty: Content | None = None) -> None:
        self._items = list(items)
        if empty is not None:
            self._empty = empty
        self._laid_width = -1
        self._layout()
        self.set_reactive(LineList.index, None)
        if index is not None and self._items:
            self.index = self._nearest_selectable(index, 1)
        self.scroll_to(y=0, animate=False) if self.index is None else self._scroll_to_index()
        self.refresh()

    def replace_items(self, items: list[T]) -> None:
        """New items in the same places (e.g. a read marker changed): re-render, keeping the cursor."""
        self._items = list(items)
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
        target_line = self._starts[self.index] + direction * height
        target_line = max(0, min(target_line, len(self._lines) - 1))
        item = self._lines[target_line][0] if self._lines else 0
        if item < 0:
            item = 0
        found = self._nearest_selectable(item, direction)
        if found is not None:
            self.index = found

    # -- events --------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        line = self.scroll_offset.y + event.y
        if 0 <= line < len(self._lines):
            item = self._lines[line][0]
            if item >= 0 and self.is_selectable(self._items[item]):
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
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        if width == self._laid_width:
            return
        self._laid_width = width
        lines: list[tuple[int, Content]] = []
        starts: list[int] = []
        if not self._items:
            lines.append((-1, self._empty))
        for i, item in enumerate(self._items):
            starts.append(len(lines))
            for c in self.render_item(item, width) or [Content("")]:
                lines.append((i, c))
        self._lines = lines
        self._starts = starts
        set_virtual_size(self, Size(width, len(lines)), painting=painting)

    def _scroll_to_index(self) -> None:
        if self.index is None or not self._starts or self.index >= len(self._starts):
            return
        top = self._starts[self.index]
        end = self._starts[self.index + 1] if self.index + 1 < len(self._starts) else len(self._lines)
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
        if not (0 <= line_no < len(self._lines)):
            return Strip.blank(width, base.rich_style)
        item, content = self._lines[line_no]
        if item >= 0 and item == self.index:
            cls = "lines--cursor" if self.has_focus else "lines--cursor-blurred"
            base = self.get_visual_style("lines--item", cls)
            # the cursor's colours win over the item's own (a $figure value on a $primary cursor)
            content = content.stylize("." + cls)
        elif item < 0:
            base = self.get_visual_style("lines--item", "lines--empty")
        return content_strip(self, content, width, base)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return max(1, len(self._lines))
