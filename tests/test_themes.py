"""Themes: bundled files load and read well, bad user files are skipped with a
file:line notice, app variables reach TCSS, the ansi theme uses the terminal's
own colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich._palettes import STANDARD_PALETTE
from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.widgets import Footer, Input, OptionList, Static

from reader import paths
from reader.ui import themes as th
from reader.ui.themes import APP_VARIABLES, contrast_ratio, load_themes, resolve_theme, with_app_variables

BUNDLED = ("newsprint", "dark", "high-contrast", "ansi")

GOOD = """\
name = "sepia"
dark = false
primary = "#7A4B2A"
foreground = "#2B2118"
background = "#F1E7D0"
"""


@pytest.fixture
def user_themes() -> Path:
    d = paths.config_dir() / "themes"  # conftest points READER_CONFIG_DIR at a temp dir
    d.mkdir(parents=True, exist_ok=True)
    return d


def _write(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.write_text(text, "utf-8")
    return p


# --------------------------------------------------------------------------
# bundled themes


def test_bundled_themes_load_without_notices():
    themes, notices = load_themes()
    assert notices == []
    assert set(BUNDLED) <= set(themes)
    assert themes["newsprint"].dark is False
    assert themes["dark"].dark is True
    assert themes["ansi"].ansi is True
    for name in BUNDLED:
        assert set(APP_VARIABLES) <= set(themes[name].variables), name
    # every bundled file is one of the documented themes and names itself after its file
    for f in paths.bundled_themes_dir().glob("*.toml"):
        assert themes[f.stem].name == f.stem


def _effective(value: str, under: str) -> str:
    c = Color.parse(value)
    return under if c.a == 0 else c.hex6


@pytest.mark.parametrize("name,minimum", [("newsprint", 4.5), ("dark", 4.5), ("high-contrast", 7.0)])
def test_bundled_text_colours_are_readable(name, minimum):
    theme = load_themes()[0][name]
    v = theme.variables
    bg = theme.background
    pairs = {
        "body text": (theme.foreground, bg),
        "body text on surface": (theme.foreground, theme.surface),
        "body text on panel": (theme.foreground, theme.panel),
        "figure": (v["figure"], _effective(v["figure-background"], bg)),
        "caption": (v["caption"], bg),
        "kicker": (v["kicker"], bg),
        "marked sentence": (v["mark-foreground"], v["mark"]),
        "list cursor": (v["block-cursor-foreground"], v["block-cursor-background"]),
    }
    low = {k: round(contrast_ratio(a, b), 2) for k, (a, b) in pairs.items() if contrast_ratio(a, b) < minimum}
    assert low == {}, f"{name}: contrast below {minimum}:1"


def _palette_hex(number: int) -> str:
    r, g, b = STANDARD_PALETTE[number]
    return f"#{r:02X}{g:02X}{b:02X}"


@pytest.mark.parametrize("name", ["newsprint", "dark", "high-contrast"])
def test_truecolour_themes_stay_readable_on_a_16_colour_terminal(name):
    # TERM=xterm without COLORTERM: Rich folds every colour onto the 16
    # standard ones; text must still stand out from what it sits on.
    theme = load_themes()[0][name]
    v = theme.variables

    def std(c: str) -> str:
        return _palette_hex(RichColor.parse(Color.parse(c).hex6).downgrade(ColorSystem.STANDARD).number)

    bg = theme.background
    pairs = {
        "body text": (theme.foreground, bg),
        "figure": (v["figure"], _effective(v["figure-background"], bg)),
        "caption": (v["caption"], bg),
        "kicker": (v["kicker"], bg),
        "marked sentence": (v["mark-foreground"], v["mark"]),
        "list cursor": (v["block-cursor-foreground"], v["block-cursor-background"]),
    }
    low = {k: (std(a), std(b)) for k, (a, b) in pairs.items() if contrast_ratio(std(a), std(b)) < 3}
    assert low == {}


# --------------------------------------------------------------------------
# user themes: good, overriding, bad


def test_user_theme_loads_and_gets_app_variables(user_themes):
    _write(user_themes, "sepia.toml", GOOD)
    themes, notices = load_themes()
    assert notices == []
    sepia = themes["sepia"]
    assert sepia.background == "#F1E7D0"
    # left-out app variables are derived, so `$figure` etc. never go undefined
    assert set(APP_VARIABLES) <= set(sepia.variables)
    assert sepia.variables["kicker"] == "#7A4B2A"


def test_user_theme_overrides_bundled_theme_of_the_same_name(user_themes):
    _write(user_themes, "mine.toml", GOOD.replace('"sepia"', '"newsprint"'))
    themes, notices = load_themes()
    assert notices == []
    assert themes["newsprint"].background == "#F1E7D0"
    assert themes["dark"].background == "#16181C"  # the others are untouched


def test_extra_dirs_are_read_last(tmp_path, user_themes):
    _write(user_themes, "sepia.toml", GOOD)
    extra = tmp_path / "extra"
    extra.mkdir()
    _write(extra, "sepia.toml", GOOD.replace("#F1E7D0", "#FAF0DC"))
    themes, _ = load_themes([extra])
    assert themes["sepia"].background == "#FAF0DC"


BAD_FILES = {
    # file name: (text, expected line, words the notice must contain)
    "badcolour.toml": (
        GOOD.replace('"sepia"', '"bc"').replace('primary = "#7A4B2A"', 'primary = "#7A4B2Q"'),
        3,
        ["primary", "#7A4B2Q", "not a colour"],
    ),
    "typo.toml": (GOOD.replace('"sepia"', '"typo"').replace('"#2B2118"', '"blak"'), 4, ["foreground", "blak"]),
    "badansi.toml": (GOOD.replace('"sepia"', '"ba"').replace('"#7A4B2A"', '"ansi_purple"'), 3, ["ansi_purple", "ANSI"]),
    "missing.toml": (
        GOOD.replace('"sepia"', '"missing"').replace('background = "#F1E7D0"\n', ""),
        1,
        ["missing required key 'background'"],
    ),
    "nottoml.toml": ('name = "nt"\ndark = false\nprimary = #7A4B2A\n', 3, ["not valid TOML"]),
    "wrongtype.toml": (
        GOOD.replace('"sepia"', '"wt"').replace("dark = false", 'dark = "no"'),
        2,
        ["dark", "true or false"],
    ),
    "numbercolour.toml": (
        GOOD.replace('"sepia"', '"nc"').replace('"#2B2118"', "0x2B2118"),
        4,
        ["foreground", "colour string"],
    ),
    "badvar.toml": (
        GOOD.replace('"sepia"', '"bv"') + '\n[variables]\nkicker = "#123"\nfigure = "reddish"\n',
        9,
        ["figure", "reddish"],
    ),
    "badstyle.toml": (
        GOOD.replace('"sepia"', '"bs"') + '\n[variables]\nblock-cursor-text-style = "heavy"\n',
        8,
        ["block-cursor-text-style", "text style"],
    ),
    "badname.toml": (GOOD.replace('"sepia"', '"my theme!"'), 1, ["name"]),
}


def test_each_bad_theme_file_is_skipped_with_a_file_line_notice(user_themes):
    _write(user_themes, "sepia.toml", GOOD)
    for fname, (text, _, _) in BAD_FILES.items():
        _write(user_themes, fname, text)
    (user_themes / "binary.toml").write_bytes(b'name = "bin"\ndark = false\nprimary = "\xff"\n')

    themes, notices = load_themes()

    assert "sepia" in themes and set(BUNDLED) <= set(themes)  # the good ones still load
    for bad in ("bc", "typo", "ba", "missing", "nt", "wt", "nc", "bv", "bs", "bin"):
        assert bad not in themes
    assert len(notices) == len(BAD_FILES) + 1, notices
    for fname, (_, line, words) in BAD_FILES.items():
        [notice] = [n for n in notices if n.startswith(str(user_themes / fname) + ":")]
        assert notice.startswith(f"{user_themes / fname}:{line}: "), notice
        assert notice.endswith("theme skipped")
        assert "\n" not in notice
        for w in words:
            assert w in notice, (w, notice)
    [binary] = [n for n in notices if "binary.toml" in n]
    assert binary.startswith(f"{user_themes / 'binary.toml'}:3: ") and "UTF-8" in binary


def test_unknown_keys_and_contradicting_dark_flag_warn_but_load(user_themes):
    text = GOOD.replace("dark = false", "dark = true") + 'colour = "#FFF"\n\n[variables]\nfigure-colour = "red"\n'
    p = _write(user_themes, "sepia.toml", text)
    themes, notices = load_themes()
    assert "sepia" in themes
    assert "figure-colour" not in themes["sepia"].variables
    assert any(n.startswith(f"{p}:6: ") and "unknown key 'colour'" in n for n in notices), notices
    assert any(n.startswith(f"{p}:9: ") and "figure-colour" in n for n in notices), notices
    assert any(n.startswith(f"{p}:2: ") and "dark = true" in n and "light" in n for n in notices), notices


def test_unreadable_text_contrast_warns(user_themes):
    p = _write(user_themes, "ghost.toml", GOOD.replace('"sepia"', '"ghost"').replace("#2B2118", "#E9DEC5"))
    themes, notices = load_themes()
    assert "ghost" in themes
    assert any(n.startswith(f"{p}:4: ") and "contrast" in n for n in notices)


def test_missing_bundled_themes_still_give_newsprint(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "bundled_themes_dir", lambda: tmp_path / "nowhere")
    themes, notices = load_themes()
    assert "newsprint" in themes and themes["newsprint"].dark is False
    assert len(notices) == 1 and "bundled themes are missing" in notices[0]


def test_fallback_newsprint_matches_the_bundled_file():
    bundled = load_themes()[0]["newsprint"]
    fallback = th.fallback_theme()
    for key in ("primary", "foreground", "background", "surface", "panel"):
        assert getattr(fallback, key) == getattr(bundled, key)
    for key in APP_VARIABLES:
        assert fallback.variables[key] == bundled.variables[key]


# --------------------------------------------------------------------------
# resolve_theme


def test_resolve_theme():
    themes, _ = load_themes()
    theme, notice = resolve_theme("dark", themes)
    assert theme.name == "dark" and notice is None
    theme, notice = resolve_theme(None, themes)
    assert theme.name == "newsprint" and notice is None
    theme, notice = resolve_theme("solarised", themes, lang="en")
    assert theme.name == "newsprint"
    assert notice == "Theme 'solarised' not found; using Newsprint."
    _, notice = resolve_theme("solarised", themes, lang="zh")
    assert "solarised" in notice and "报纸" in notice


def test_default_theme_name_prefers_ansi_on_16_colour_terminals():
    assert th.default_theme_name({"TERM": "xterm-256color"}) == "newsprint"
    assert th.default_theme_name({"TERM": "xterm", "COLORTERM": "truecolor"}) == "newsprint"
    assert th.default_theme_name({"TERM": "xterm"}) == "ansi"
    assert th.default_theme_name({"TERM": "linux"}) == "ansi"


# --------------------------------------------------------------------------
# in a real Textual app


class ThemeApp(App):
    BINDINGS = [Binding("q", "quit", "Quit")]
    CSS = """
    #figure { color: $figure; background: $figure-background; }
    #caption { color: $caption; }
    #kicker { color: $kicker; }
    #mark { color: $mark-foreground; background: $mark; }
    """

    def __init__(self, themes, start: str) -> None:
        super().__init__()
        self._themes = themes
        self._start = start

    def get_css_variables(self) -> dict[str, str]:
        return with_app_variables(super().get_css_variables())

    def compose(self) -> ComposeResult:
        yield Static("210000 辆", id="figure")
        yield Static("图为新建的能源站。", id="caption")
        yield Static("何以高新", id="kicker")
        yield Static("截至目前，已有53名妇女稳定就业。", id="mark")
        yield OptionList("栏目一", "栏目二")
        yield Input("碳配额")
        yield Footer()

    def on_mount(self) -> None:
        for theme in self._themes.values():
            self.register_theme(theme)
        self.theme = self._start


def _first_segment_style(widget):
    for seg in widget.render_line(0):
        if seg.text.strip():
            return seg.style
    raise AssertionError("nothing rendered")


async def test_app_variables_reach_tcss_and_follow_theme_switches():
    themes, _ = load_themes()
    app = ThemeApp(themes, "newsprint")
    async with app.run_test() as pilot:
        await pilot.pause()
        fig = app.query_one("#figure")
        mark = app.query_one("#mark")
        for name in ("newsprint", "dark", "high-contrast"):
            app.theme = name
            await pilot.pause()
            v = themes[name].variables
            style = _first_segment_style(fig)
            assert style.color.triplet.hex.upper() == v["figure"].upper(), name
            assert style.bgcolor.triplet.hex.upper() == v["figure-background"].upper(), name
            assert _first_segment_style(mark).bgcolor.triplet.hex.upper() == v["mark"].upper(), name
            assert app.query_one("#caption").styles.color == Color.parse(v["caption"])
            assert app.query_one("#kicker").styles.color == Color.parse(v["kicker"])
        # the ansi theme: figures in the terminal's own red
        app.theme = "ansi"
        await pilot.pause()
        style = _first_segment_style(fig)
        assert style.color.type == ColorType.STANDARD and style.color.number == 1
        # a Textual built-in theme knows nothing of $figure: still no crash, still defined
        app.theme = "nord"
        await pilot.pause()
        assert _first_segment_style(fig).color.triplet.hex.upper() == app.theme_variables["text-accent"].upper()


def _non_ansi_colours(app) -> set[tuple[str, str]]:
    found = set()
    for widget in app.screen.walk_children(with_self=True):
        if not widget.display or widget.size.area == 0:
            continue
        for y in range(widget.size.height):
            for seg in widget.render_line(y):
                if seg.style is None:
                    continue
                for c in (seg.style.color, seg.style.bgcolor):
                    if c is not None and c.type not in (ColorType.DEFAULT, ColorType.STANDARD):
                        found.add((type(widget).__name__, c.name))
    return found


async def test_ansi_theme_uses_only_the_terminals_16_colours():
    themes, _ = load_themes()
    app = ThemeApp(themes, "ansi")
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        assert app.native_ansi_color  # no conversion to RGB: the terminal's palette is used
        assert _non_ansi_colours(app) == set()
        app.theme = "dark"  # and the check can tell the difference
        await pilot.pause()
        assert _non_ansi_colours(app) != set()


async def test_user_ansi_theme_without_textual_ansi_variables_does_not_crash(user_themes):
    _write(
        user_themes,
        "mono.toml",
        'name = "mono"\ndark = true\nansi = true\nprimary = "ansi_green"\n'
        'foreground = "ansi_default"\nbackground = "ansi_default"\n',
    )
    themes, notices = load_themes()
    assert notices == []
    app = ThemeApp(themes, "mono")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "mono"
        assert _first_segment_style(app.query_one("#figure")).color.number == 2  # accent falls back to primary


def test_theme_file_notices_are_one_line_even_for_odd_values(user_themes):
    _write(user_themes, "odd.toml", GOOD.replace('"#7A4B2A"', '"#7A4B2A;\\n} Screen { display: none"'))
    _, notices = load_themes()
    [n] = notices
    assert "\n" not in n and re.match(r".*odd\.toml:3: primary", n)


def test_a_cached_theme_is_revalidated_when_its_file_changes(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    src = paths.bundled_themes_dir() / "dark.toml"
    f = tmp_path / "mine.toml"
    f.write_text(src.read_text("utf-8").replace('name = "dark"', 'name = "mine"'), "utf-8")
    first, notices = th.load_theme_file(f)
    assert first is not None and notices == []
    assert list((tmp_path / "cache" / "themes").glob("*.json"))  # kept for the next start
    again, _ = th.load_theme_file(f)
    assert again == first
    # Now break a colour: the cached copy must not hide the error.
    text = f.read_text("utf-8")
    bad = re.sub(r'^primary = "[^"]*"', 'primary = "#12345"', text, flags=re.M)
    assert bad != text
    f.write_text(bad, "utf-8")
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10_000_000))
    theme, notices = th.load_theme_file(f)
    assert theme is None and notices and "primary" in notices[0]


async def test_cached_css_variables_are_what_textual_generates(tmp_path, monkeypatch):
    """The reader keeps each theme's generated CSS variables in the cache dir;
    what it serves must be what Textual would generate, for every theme, and a
    changed theme must not be served the old ones."""
    from dataclasses import replace

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    themes, _ = load_themes()
    app = App()
    async with app.run_test():
        for theme in themes.values():
            app.register_theme(theme)
            app.theme = theme.name
            fresh = App.get_css_variables(app)
            assert th.cached_variables(theme, lambda: App.get_css_variables(app)) == fresh  # made and kept
            assert th.cached_variables(theme, lambda: pytest.fail("generated again")) == fresh  # served
        dark = themes["dark"]
        app.theme = "dark"
        before = App.get_css_variables(app)
        changed = replace(dark, name="dark", primary="#ff0000")
        app.register_theme(changed)
        app.theme = "dark"
        fresh = App.get_css_variables(app)
        assert fresh["primary"] != before["primary"]
        assert th.cached_variables(changed, lambda: App.get_css_variables(app)) == fresh


async def test_a_16_colour_terminal_gets_the_ansi_theme_by_default(content_dir, monkeypatch):
    """Nothing configured, TERM=linux (the console) or plain xterm: the reader uses the
    terminal's own 16 colours instead of approximating newsprint's."""
    from reader.ui.app import ReaderApp

    monkeypatch.delenv("COLORTERM", raising=False)
    for term, want in (("linux", "ansi"), ("xterm", "ansi"), ("xterm-256color", "newsprint")):
        monkeypatch.setenv("TERM", term)
        app = ReaderApp(str(content_dir), animations=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.theme == want, term
