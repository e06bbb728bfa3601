"""Every use of Textual's private API, in one place.

The reader leans on a few of Textual's internals to save repaints over SSH and
milliseconds at start. They live here, each behind a small named function or
class, so that a Textual upgrade is checked in one file:
``tests/test_ui_compat.py`` exercises each of them against the installed
Textual (a changed internal fails a test named after it), and
``tests/test_hygiene.py`` fails if any other UI module touches a private
name of Textual.

Each docstring says what it relies on, the Textual versions it was checked on
(:data:`CHECKED_ON`) and what happens when the internal is gone: the fallback
is always Textual's stock behaviour or a public equivalent, never a crash.

pyproject says ``textual>=8.0``, but the reader needs 8.2.5 or newer anyway
(``ColorSystem(ansi=...)`` in :mod:`reader.ui.themes` is public API from
8.2.5), which is why the oldest version checked here is 8.2.5.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.geometry import Size
    from textual.screen import Screen
    from textual.scroll_view import ScrollView

    _ScreenMixin = Screen[Any]
    _ScrollViewMixin = ScrollView
else:  # at run time the hooks below are plain mixins
    _ScreenMixin = _ScrollViewMixin = object

# Nothing from Textual is imported here at module level, and the two hooks below
# are mixins, not Textual classes: this module is on the start path, and every
# subclass of a Textual widget or screen costs a few tenths of a millisecond to
# create.

#: the Textual releases every function here was checked on (oldest, newest)
CHECKED_ON = ("8.2.5", "8.2.8")


# -- bindings and keys -----------------------------------------------------------------


def bindings_map(node: Any) -> dict[str, list[Any]]:
    """``node``'s own key → [Binding] table, live: changes to it are the node's bindings.

    Relies on ``DOMNode._bindings.key_to_bindings`` (a ``BindingsMap`` made
    from ``BINDINGS`` for each instance). Checked on Textual 8.2.5 … 8.2.8.
    Fallback: a new empty dict, so changes are lost (the section keys are not
    bound, footer labels stay in English), but nothing fails.
    """
    try:
        table = node._bindings.key_to_bindings
    except AttributeError:  # pragma: no cover - a Textual without it
        return {}
    return table if isinstance(table, dict) else {}


def keymap(app: Any) -> Mapping[str, str]:
    """The keymap in force: binding id → keys, as ``App.set_keymap`` normalised them.

    Relies on ``App._keymap``. Checked on Textual 8.2.5 … 8.2.8. Fallback: an
    empty mapping (the help screen then shows the default keys).
    """
    table = getattr(app, "_keymap", None)
    return table if isinstance(table, Mapping) else {}


def _key_for_character(character: str) -> str:
    """What Textual's ``_character_to_key`` does, with public parts only."""
    if character.isalnum():
        return character
    import unicodedata

    from textual.keys import KEY_NAME_REPLACEMENTS

    try:
        key = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return character
    return KEY_NAME_REPLACEMENTS.get(key, key)


def key_for_character(character: str) -> str:
    """The Textual key name of a typed character: ``/`` → ``slash``, ``a`` → ``a``.

    Relies on ``textual.keys._character_to_key`` (the name Textual gives a key
    press). Checked on Textual 8.2.5 … 8.2.8. Fallback: the same rule
    (Unicode character names, Textual's public ``KEY_NAME_REPLACEMENTS``)
    written here.
    """
    try:
        from textual.keys import _character_to_key
    except ImportError:  # pragma: no cover - a Textual without it
        return _key_for_character(character)
    return _character_to_key(character)


# -- screens and the app ---------------------------------------------------------------


def _breakpoint_classes(dimension: int, breakpoints: list[tuple[int, str]]) -> set[str]:
    for breakpoint, name in sorted(breakpoints, reverse=True):
        if dimension >= breakpoint:
            return {name}
    return set()


def breakpoint_classes(screen: Any, dimension: int, breakpoints: list[tuple[int, str]]) -> set[str]:
    """The breakpoint class Textual would give ``screen`` at ``dimension`` cells.

    Relies on ``Screen._get_breakpoint_classes``. Checked on Textual 8.2.5 …
    8.2.8 (8.2.0 had no such method). Fallback: the same rule (the largest
    breakpoint not above the size) written here.
    """
    method = getattr(screen, "_get_breakpoint_classes", None)
    if method is None:  # pragma: no cover - a Textual without it
        return _breakpoint_classes(dimension, breakpoints)
    return method(dimension, breakpoints)


def is_exiting(app: Any) -> bool:
    """``app.exit()`` was called (the app is closing; do not mount more).

    Relies on ``App._exit``. Checked on Textual 8.2.5 … 8.2.8. Fallback:
    False.
    """
    return bool(getattr(app, "_exit", False))


def stylesheet_generation(app: Any) -> int | None:
    """A number that changes whenever the app's stylesheet must be applied again (a theme change).

    Relies on ``App._css_update_count``. Checked on Textual 8.2.5 … 8.2.8.
    Fallback: None, which :class:`FirstPaintScreen` reads as "unknown" (the
    first resume then restyles, as stock Textual does).
    """
    count = getattr(app, "_css_update_count", None)
    return count if isinstance(count, int) else None


def event_loop(app: Any) -> Any:
    """The event loop the app runs on, or None before it runs.

    Relies on ``App._loop``. Checked on Textual 8.2.5 … 8.2.8. Fallback: None
    (the caller then asks asyncio).
    """
    return getattr(app, "_loop", None)


def set_theme_before_first_parse(app: Any, name: str) -> None:
    """Make ``name`` the app's theme before its stylesheet is first built.

    ``app.theme = name`` would queue a full CSS reparse and restyle right
    after the first one (the watcher refreshes the CSS); the first parse
    already uses the current theme's variables, so only what the watcher
    does besides is done here. Relies on ``App._refresh_truecolor_filter``
    and ``App.stylesheet.set_variables``. Checked on Textual 8.2.5 … 8.2.8.
    Fallback: ``app.theme = name`` (one extra restyle at start).
    """
    from textual.app import App

    try:
        app.set_reactive(App.theme, name)
        dark = app.current_theme.dark
        classes = {c: False for c in app.classes if c.startswith("-theme-")}
        classes.update({f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark})
        app.update_classes(classes, update=False)
        app._refresh_truecolor_filter(app.ansi_theme)
        # the stylesheet took its variables from the default theme in App.__init__
        app.stylesheet.set_variables(app.get_css_variables())
    except AttributeError:  # pragma: no cover - a Textual without these internals
        app.theme = name


# -- widgets -----------------------------------------------------------------------------


def style_parser(widget: Any) -> Callable[[Any], Any]:
    """The function that turns a style string of a ``Content`` span into a ``Style`` for ``widget``.

    Relies on ``Widget._get_style`` (what ``Content`` rendering in a widget
    uses; it caches parsed styles). Checked on Textual 8.2.5 … 8.2.8.
    Fallback: ``textual.style.Style.parse`` (no cache; component-class
    references, ``".name"``, are resolved by the caller anyway).
    """
    method = getattr(widget, "_get_style", None)
    if method is None:  # pragma: no cover - a Textual without it
        from textual.style import Style

        return Style.parse
    return method


def footer_bindings_ready(footer: Any) -> bool:
    """The Footer has received its bindings once (before that it shows nothing).

    Relies on ``Footer._bindings_ready``. Checked on Textual 8.2.5 … 8.2.8.
    Fallback: False, so :class:`~reader.ui.widgets.panes.ReaderFooter`
    recomposes on every change, as the stock Footer does.
    """
    return bool(getattr(footer, "_bindings_ready", False))


def ansi_color_names() -> tuple[str, ...]:
    """The 16 ANSI colour names a theme may use as ``ansi_<name>``.

    Relies on ``textual._color_constants.ANSI_COLORS``. Checked on Textual
    8.2.5 … 8.2.8. Fallback: the same 16 names written here.
    """
    try:
        from textual._color_constants import ANSI_COLORS
    except ImportError:  # pragma: no cover - a Textual without it
        return _ANSI_COLORS
    return tuple(ANSI_COLORS)


_ANSI_COLORS = (
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "white",
    "bright_black",
    "bright_red",
    "bright_green",
    "bright_yellow",
    "bright_blue",
    "bright_magenta",
    "bright_cyan",
    "bright_white",
)


def message_clock() -> Callable[[], float] | None:
    """The clock Textual stamps ``Message.time`` with, or None.

    Relies on ``textual._time.get_time``. Checked on Textual 8.2.5 … 8.2.8.
    Fallback: None (:class:`FirstPaintScreen` then leaves the first frame to
    Textual).
    """
    try:
        from textual._time import get_time
    except ImportError:  # pragma: no cover - a Textual without it
        return None
    return get_time


class OwnSizeScrollView(_ScrollViewMixin):
    """For a ScrollView (``class V(OwnSizeScrollView, ScrollView)``): scrollbars
    that follow the widget's own ``virtual_size``, not every layout pass.

    Textual's ScrollView compares the virtual size the compositor passes (the
    viewport, for widgets that lay out their own lines) with the widget's
    own, which always differ, so every layout pass updated the scrollbars and
    repainted them. Here they are updated when the widget's own virtual size,
    its size or its container changed. Relies on overriding
    ``Widget._size_updated`` (and its arguments). Checked on Textual 8.2.5 …
    8.2.8. Fallback: should Textual rename it, the override is never called
    and the scrollbars update on every layout pass, as stock.
    """

    _scrollbars_for: Size | None = None  # the virtual size the scrollbars were last set for

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        own = self.virtual_size
        if own == self._scrollbars_for:
            virtual_size = own  # unchanged: only a change of size or container updates them
        self._scrollbars_for = own
        return super()._size_updated(size, virtual_size, container_size, layout)


class FirstPaintScreen(_ScreenMixin):
    """For a Screen (``class S(FirstPaintScreen, Screen)``): its first full
    paint is the only paint of its first frame.

    Textual paints a screen's first frame in full, synchronously, when the
    screen is first resumed. The repaints and layouts that widgets asked for
    before that paint (their content set in on_mount, their first size)
    reach the screen as messages after it, and the screen refreshes itself
    right after it: each of those sent the same cells again, about three
    extra near-full frames over SSH. The first full paint has all they asked
    for, so they are dropped. It also skips the restyle of every widget on
    that first resume when nothing changed since mount
    (:meth:`_styled_since_mount`).

    Subclasses call :meth:`note_mounted_styles` from ``on_mount`` and may
    override :meth:`first_frame_painted`.

    Relies on ``Screen._on_screen_resume`` (and ``ScreenResume.refresh_styles``),
    ``Screen._compositor_refresh``, ``Screen._compositor._dirty_regions``,
    ``Widget._repaint_required``, ``Widget._is_mounted``, the ``_on_update`` /
    ``_on_layout`` handlers, ``Message.time`` and :func:`message_clock`,
    :func:`stylesheet_generation`. Checked on Textual 8.2.5 … 8.2.8.
    Fallback: should any of them change, these hooks do nothing and Textual
    repaints (and restyles) as it always did.
    """

    _first_resume_done = False
    _in_first_resume = False
    _first_paint_full = False
    _first_paint_at: float | None = None  # when the first resume (and its full paint) began
    _mount_css_count: int | None = None

    def first_frame_painted(self) -> None:
        """Called once, right after the first frame is on the terminal."""

    def note_mounted_styles(self) -> None:
        """Remember the stylesheet every widget was styled with at mount (call from on_mount)."""
        self._mount_css_count = stylesheet_generation(self.app)

    def _on_screen_resume(self, event: Any) -> None:
        base = getattr(super(), "_on_screen_resume", None)  # Screen's
        if self._first_resume_done or base is None:
            return  # Screen's own handler runs next, as usual
        self._first_resume_done = True
        clock = message_clock()
        if clock is None:  # pragma: no cover - a Textual without it
            return
        start = clock()
        self._in_first_resume = True
        if getattr(event, "refresh_styles", False) and self._styled_since_mount():
            event.refresh_styles = False  # see _styled_since_mount
        try:
            base(event)
        finally:
            self._in_first_resume = False
        event.prevent_default()  # Screen's handler ran above
        self.first_frame_painted()
        if self._first_paint_full:
            self._first_paint_at = start
            self._repaint_required = False  # the refresh() Screen asks for after that paint

    def _styled_since_mount(self) -> bool:
        """Were all widgets styled with the stylesheet as it is now?

        Screen's resume handler restyles the whole screen (every widget and
        each of its component classes, about 60 style computations in the
        reading screen) in case the theme changed while it was away. On the
        first resume it has not been away: every widget was styled as it was
        mounted, moments before, and the classes and focus set since restyled
        what they touched. Skipping that pass takes ~4 ms off the first frame.
        Should the stylesheet have been refreshed since mount (a theme
        change), the pass runs.
        """
        count = stylesheet_generation(self.app)
        return count is not None and count == self._mount_css_count

    def _compositor_refresh(self) -> None:
        if self._in_first_resume and not self._first_paint_full and self.is_current:
            compositor = self._compositor
            if compositor.size.region in getattr(compositor, "_dirty_regions", ()):  # a full paint
                self._first_paint_full = True
                children: list[Any] = self.walk_children(with_self=False)
                for widget in children:
                    if getattr(widget, "_is_mounted", False):  # painted now
                        widget._repaint_required = False
        super()._compositor_refresh()

    def _asked_before_first_paint(self, message: Any) -> bool:
        return (
            self._first_paint_at is not None and getattr(message, "time", self._first_paint_at) < self._first_paint_at
        )

    # (Screen's handlers are coroutines; Textual calls either kind)
    def _on_update(self, message: Any) -> None:  # type: ignore[override]
        if self._asked_before_first_paint(message):
            message.stop()
            message.prevent_default()

    def _on_layout(self, message: Any) -> None:  # type: ignore[override]
        if self._asked_before_first_paint(message):
            message.stop()
            message.prevent_default()
