"""reader.ui.compat against the installed Textual: one test per use of a private API.

A Textual upgrade that renames or changes one of the internals the reader
relies on fails the test named after it (and the function's fallback keeps the
reader working meanwhile). Run this file against every Textual release in
``compat.CHECKED_ON`` before changing that list, e.g. with
``pip install --target /tmp/t textual==X`` and ``PYTHONPATH=/tmp/t:.``.
"""

from __future__ import annotations

import asyncio
import inspect
from importlib.metadata import version

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.theme import Theme
from textual.widget import Widget
from textual.widgets import Footer, Static

from reader.ui import compat


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".")[:3] if p.isdigit())


def test_installed_textual_is_not_older_than_the_oldest_checked():
    assert _version(version("textual")) >= _version(compat.CHECKED_ON[0])


# -- bindings and keys -----------------------------------------------------------------


class _Keys(Screen):
    BINDINGS = [Binding("x", "hit('x')", "X", id="x")]

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[str] = []

    def action_hit(self, what: str) -> None:
        self.hits.append(what)


class _KeysApp(App):
    def get_default_screen(self) -> Screen:
        return _Keys()


async def test_bindings_map_is_the_live_table_of_a_node():
    app = _KeysApp()
    async with app.run_test() as pilot:
        screen = app.screen
        table = compat.bindings_map(screen)
        assert [b.id for b in table["x"]] == ["x"]
        # a binding added to it is a binding of the node (the section keys)
        table.setdefault("y", []).append(Binding("y", "hit('y')", "Y", id="y"))
        await pilot.press("x", "y")
        assert screen.hits == ["x", "y"]


async def test_keymap_is_the_normalised_keymap_in_force():
    app = _KeysApp()
    async with app.run_test() as pilot:
        app.set_keymap({"x": "?,z"})
        assert dict(compat.keymap(app)) == {"x": "question_mark,z"}
        await pilot.press("z")
        assert app.screen.hits == ["x"]


def test_key_for_character_names_keys_as_textual_does():
    cases = {
        "a": "a",
        "7": "7",
        "B": "B",
        "/": "slash",
        "'": "apostrophe",
        "?": "question_mark",
        "[": "left_square_bracket",
        "-": "minus",
        "中": "中",
    }
    for character, key in cases.items():
        assert compat.key_for_character(character) == key, character
        assert compat._key_for_character(character) == key, character  # the fallback agrees


# -- screens and the app ---------------------------------------------------------------


def test_breakpoint_classes_match_textual_and_the_fallback():
    assert hasattr(Screen, "_get_breakpoint_classes")
    screen = Screen()
    breakpoints = [(0, "-tiny"), (40, "-narrow"), (80, "-medium"), (120, "-wide")]
    for width, expected in ((0, "-tiny"), (39, "-tiny"), (40, "-narrow"), (119, "-medium"), (300, "-wide")):
        assert compat.breakpoint_classes(screen, width, breakpoints) == {expected}
        assert compat._breakpoint_classes(width, breakpoints) == {expected}
    assert compat.breakpoint_classes(screen, 5, [(10, "-big")]) == set()


async def test_is_exiting_turns_true_on_exit():
    app = _KeysApp()
    assert compat.is_exiting(app) is False
    async with app.run_test():
        assert compat.is_exiting(app) is False
        app.exit()
        assert compat.is_exiting(app) is True


async def test_stylesheet_generation_changes_with_the_theme():
    app = _KeysApp()
    async with app.run_test() as pilot:
        before = compat.stylesheet_generation(app)
        assert isinstance(before, int)
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        assert compat.stylesheet_generation(app) != before


async def test_event_loop_is_the_running_loop():
    app = _KeysApp()
    assert compat.event_loop(app) is None
    async with app.run_test():
        assert compat.event_loop(app) is asyncio.get_running_loop()


def test_set_theme_before_first_parse():
    theme = Theme("probe", primary="#123456", background="#fefefe", dark=False)

    class Themed(App):
        def __init__(self) -> None:
            super().__init__()
            self.register_theme(theme)
            compat.set_theme_before_first_parse(self, "probe")

    app = Themed()
    assert app.theme == "probe"
    assert {"-theme-probe", "-light-mode"} <= set(app.classes) and "-dark-mode" not in app.classes
    assert app.stylesheet._variables["primary"].upper() == "#123456"


# -- widgets -----------------------------------------------------------------------------


class _Styled(Static):
    DEFAULT_CSS = "_Styled > .probe--mark { color: #ff0000; }"
    COMPONENT_CLASSES = {"probe--mark"}


async def test_style_parser_parses_span_styles_for_a_widget():
    class StyleApp(App):
        def compose(self) -> ComposeResult:
            yield _Styled("x")

    app = StyleApp()
    async with app.run_test():
        parse = compat.style_parser(app.query_one(_Styled))
        assert parse("bold").bold is True
        assert parse(".probe--mark").foreground.hex.upper() == "#FF0000"
        assert isinstance(parse("italic"), Style)


async def test_footer_bindings_ready_after_the_footer_got_its_bindings():
    footer_seen = []

    class FooterApp(App):
        BINDINGS = [Binding("q", "quit", "Quit")]

        def compose(self) -> ComposeResult:
            footer = Footer()
            footer_seen.append(compat.footer_bindings_ready(footer))
            yield footer

    app = FooterApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert footer_seen == [False]
        assert compat.footer_bindings_ready(app.query_one(Footer)) is True


def test_ansi_color_names_are_textuals_sixteen():
    names = compat.ansi_color_names()
    assert names == compat._ANSI_COLORS
    from textual.color import Color

    for name in names:
        Color.parse(f"ansi_{name}")


def test_message_clock_is_the_clock_of_message_time():
    clock = compat.message_clock()
    assert clock is not None
    before = clock()
    message = Message()
    assert before <= message.time <= clock()


class _Lines(compat.OwnSizeScrollView, ScrollView):
    calls = 0

    def __init__(self) -> None:
        super().__init__()
        self.virtual_size = Size(10, 100)

    def _size_updated(self, size, virtual_size, container_size, layout=True):
        type(self).calls += 1
        return super()._size_updated(size, virtual_size, container_size, layout)

    def render_line(self, y: int) -> Strip:
        return Strip.blank(self.size.width)


async def test_own_size_scroll_view_hook_is_called_by_textual():
    params = list(inspect.signature(ScrollView._size_updated).parameters)
    assert params == ["self", "size", "virtual_size", "container_size", "layout"]

    class LinesApp(App):
        def compose(self) -> ComposeResult:
            yield _Lines()

    app = LinesApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        lines = app.query_one(_Lines)
        assert _Lines.calls > 0
        assert lines.virtual_size == Size(10, 100)
        assert lines.max_scroll_y == 100 - lines.scrollable_content_region.height  # the scrollbars follow it


async def test_first_paint_screen_paints_its_first_frame_once():
    painted = []

    class Probe(Widget):
        def on_mount(self) -> None:
            self.refresh()  # asked before the first paint: dropped

    class First(compat.FirstPaintScreen, Screen):
        def compose(self) -> ComposeResult:
            yield Probe()

        def on_mount(self) -> None:
            self.note_mounted_styles()

        def first_frame_painted(self) -> None:
            painted.append(self._first_paint_full)

    class FirstApp(App):
        def get_default_screen(self) -> Screen:
            return First()

    for name in ("_on_screen_resume", "_compositor_refresh", "_on_update", "_on_layout"):
        assert callable(getattr(Screen, name, None)), name
    app = FirstApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert painted == [True]  # the hook ran once, and the first paint was seen to be full
        assert screen._first_paint_at is not None
        assert screen._mount_css_count == compat.stylesheet_generation(app)
        assert screen._styled_since_mount()
