"""Colour themes: TOML files mapped onto Textual's :class:`~textual.theme.Theme`.

Bundled themes live in :func:`reader.paths.bundled_themes_dir` (newsprint, the
default; dark; high-contrast; ansi). The user's own go in
``<config dir>/themes/*.toml``; a user theme with the name of a bundled one
replaces it. The file format is documented in ``docs/themes.md``.

Textual does not validate theme colours, and a bad one crashes the app when
the stylesheet is built. So every file is checked here first: TOML syntax,
required keys, types, colours (through Textual's own parsers) and variables.
A bad file is skipped with a one-line notice ``file:line: what is wrong``;
harmless oddities (unknown keys, a ``dark`` flag that contradicts the
background) are one-line warnings and the theme still loads.

App variables (usable in TCSS as ``$figure`` etc.) are listed in
:data:`APP_VARIABLES`. A theme that leaves one out gets a value derived from
its own colours, so every loaded theme defines all of them. For Textual's
built-in themes (which know nothing of them) the app should fill them in::

    def get_css_variables(self):
        return with_app_variables(super().get_css_variables())
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from reader import names, paths
from reader.config import key_line, read_toml
from reader.errors import ContentError
from reader.i18n import t, theme_label

DEFAULT_THEME = "newsprint"
MAX_THEME_BYTES = 64 * 1024

#: App variables: name -> what it colours. All are colours (TCSS ``$name``).
APP_VARIABLES: dict[str, str] = {
    "figure": "text colour of a highlighted figure (number) in an article",
    "figure-background": "background behind a highlighted figure",
    "caption": "photo captions, bylines and other secondary article text",
    "kicker": "the kicker / section label above a headline",
    "mark": "background of a marked sentence (e.g. a summary sentence)",
    "mark-foreground": "text colour on a marked sentence",
}

#: Theme keys that are colours (Textual Theme fields).
COLOR_KEYS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
    "warning",
    "error",
    "success",
)
REQUIRED_KEYS = ("primary", "foreground", "background", "dark")
OTHER_KEYS = ("name", "dark", "ansi", "luminosity_spread", "text_alpha", "variables")

_NAME = names.THEME


class ThemeFileError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# --------------------------------------------------------------------------
# value checks, through Textual's own parsers


@lru_cache(maxsize=None)
def _generated_names(ansi: bool) -> frozenset[str]:
    from textual.design import ColorSystem

    names: set[str] = set()
    for dark in (True, False):
        names.update(ColorSystem(primary="#000000", dark=dark, ansi=ansi).generate())
    return frozenset(names)


def textual_variable_names() -> frozenset[str]:
    """Every variable Textual's colour system defines (dark, light and ANSI)."""
    return _generated_names(False) | _generated_names(True)


# Textual's ANSI colour system leaves out variables that its own widgets'
# CSS references (Textual's built-in ANSI themes set them by hand); a theme
# without them crashes the app when it is selected.
_ANSI_GAPS = {"ansi-background": "ansi_default", "ansi-foreground": "ansi_default"}


def is_style_variable(name: str) -> bool:
    return "style" in name


@lru_cache(maxsize=2048)
def css_value_error(value: str, kind: str = "color") -> str | None:
    """None if *value* works in TCSS as a colour (``kind="color"``) or a text style; else why not.

    Parses a one-rule stylesheet exactly as the app's stylesheet will, so
    ``"#fff 50%"``, ``"ansi_red"`` and ``"transparent"`` pass and typos do not.
    """
    from textual.css.stylesheet import Stylesheet

    if not value.strip():
        return "is empty"
    if "$" in value or ";" in value or "{" in value or "}" in value:
        return "must be a plain value, not CSS or a $variable"
    prop = "text-style" if kind == "style" else "color"
    sheet = Stylesheet(variables={"v": value})
    sheet.add_source(f"Check {{ {prop}: $v; }}", read_from=("theme", ""))
    try:
        sheet.parse()
    except Exception:  # StylesheetParseError, TokenError, ...
        if kind == "style":
            return "is not a text style (e.g. bold, italic, underline, reverse, none)"
        return _color_hint(value)
    return None


def _color_hint(value: str) -> str:
    base = value.split()[0] if value.split() else value
    try:
        Color.parse(base)
    except ColorParseError as exc:
        hint = str(exc)
        m = re.search(r"did you mean '([^']+)'", hint)
        extra = f" (did you mean {m.group(1)!r}?)" if m else ""
        return f"is not a colour{extra}; use #RRGGBB, rgb(r,g,b), a colour name or ansi_red etc."
    return "is not a colour; use #RRGGBB, optionally followed by an opacity like 50%"


def color_error(value: str) -> str | None:
    """None if *value* is a colour Textual's Theme accepts (no opacity suffix)."""
    if value.strip() != value or not value:
        return "is not a colour (empty or surrounded by spaces)"
    if value.startswith("ansi_"):
        from reader.ui.compat import ansi_color_names

        colors = ansi_color_names()
        if value != "ansi_default" and value[5:] not in colors:
            names = ", ".join(["ansi_default"] + [f"ansi_{c}" for c in colors])
            return f"is not an ANSI colour; use one of {names}"
        return None
    try:
        Color.parse(value)
    except ColorParseError:
        return _color_hint(value)
    return None


def contrast_ratio(a: str | Color, b: str | Color) -> float:
    """WCAG contrast ratio of two opaque colours (1.0 … 21.0)."""

    def lum(c: Color) -> float:
        def ch(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b)

    la, lb = sorted((lum(Color.parse(a)), lum(Color.parse(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --------------------------------------------------------------------------
# building a Theme from parsed TOML


def _derive_app_variables(fields: dict[str, Any]) -> dict[str, str]:
    """Values for app variables a theme left out, from the theme's own colours."""
    primary = fields["primary"]
    accent = fields.get("accent") or primary
    foreground = fields["foreground"]
    background = fields["background"]
    if fields.get("ansi") or any(str(v).startswith("ansi_") for v in (foreground, background)):
        return {
            "figure": accent,
            "figure-background": "transparent",
            "caption": foreground,
            "kicker": primary,
            "mark": "ansi_yellow",
            "mark-foreground": "ansi_black",
        }
    fg, bg = Color.parse(foreground), Color.parse(background)
    return {
        "figure": accent,
        "figure-background": "transparent",
        "caption": fg.blend(bg, 0.3).hex,
        "kicker": primary,
        "mark": bg.blend(Color.parse(accent), 0.3).hex,
        "mark-foreground": foreground,
    }


def theme_from_data(
    data: dict[str, Any], text: str = "", default_name: str = ""
) -> tuple[Theme, list[tuple[int | None, str]]]:
    """Validate parsed theme TOML and build a Theme.

    Returns (theme, warnings as (line, message)); raises ThemeFileError for
    anything that would break the app.
    """
    warnings: list[tuple[int | None, str]] = []

    def line(key: str, table: str | None = None) -> int | None:
        return key_line(text, key, table) if text else None

    for key in data:
        if key not in COLOR_KEYS and key not in OTHER_KEYS:
            known = ", ".join((*OTHER_KEYS[:1], *COLOR_KEYS, *OTHER_KEYS[1:]))
            warnings.append((line(key), f"unknown key {key!r} ignored (known: {known})"))
    for key in REQUIRED_KEYS:
        if key not in data:
            raise ThemeFileError(1, f"missing required key {key!r} (required: {', '.join(REQUIRED_KEYS)})")

    name = data.get("name", default_name)
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeFileError(line("name") or 1, f"name must be letters, digits, - and _ (at most 64), not {name!r}")

    fields: dict[str, Any] = {}
    for key in COLOR_KEYS:
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, str):
            raise ThemeFileError(line(key), f'{key} must be a colour string like "#1a2b3c", not {value!r}')
        problem = color_error(value)
        if problem:
            raise ThemeFileError(line(key), f"{key} = {value!r} {problem}")
        fields[key] = value

    for key in ("dark", "ansi"):
        if key in data and not isinstance(data[key], bool):
            raise ThemeFileError(line(key), f"{key} must be true or false, not {data[key]!r}")
    fields["dark"] = data["dark"]
    fields["ansi"] = data.get("ansi", False)
    for key, default in (("luminosity_spread", 0.15), ("text_alpha", 0.95)):
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ThemeFileError(line(key), f"{key} must be a number from 0 to 1, not {value!r}")
        fields[key] = float(value)

    raw_vars = data.get("variables", {})
    if not isinstance(raw_vars, dict):
        raise ThemeFileError(line("variables"), f"variables must be a table ([variables]), not {raw_vars!r}")
    variables: dict[str, str] = {}
    textual_names = textual_variable_names()
    for key, value in raw_vars.items():
        # Line numbers are looked up only for a notice (a scan of the file each).
        if key not in APP_VARIABLES and key not in textual_names:
            warnings.append(
                (
                    line(key, "variables"),
                    f"[variables] unknown variable {key!r} ignored "
                    f"(app variables: {', '.join(APP_VARIABLES)}; or a Textual variable)",
                )
            )
            continue
        if not isinstance(value, str):
            raise ThemeFileError(line(key, "variables"), f"[variables] {key} must be a string, not {value!r}")
        kind = "style" if key not in APP_VARIABLES and is_style_variable(key) else "color"
        problem = css_value_error(value, kind)
        if problem:
            raise ThemeFileError(line(key, "variables"), f"[variables] {key} = {value!r} {problem}")
        variables[key] = value
    for key, value in _derive_app_variables(fields).items():
        variables.setdefault(key, value)

    # The dark flag picks Textual's derived shades; a contradiction makes
    # unreadable panels, so say so (but load it: the author may mean it).
    background = fields["background"]
    if not background.startswith("ansi_") and Color.parse(background).a > 0:
        bg_is_dark = Color.parse(background).brightness < 0.5
        if bg_is_dark != fields["dark"]:
            warnings.append(
                (
                    line("dark"),
                    f"dark = {str(fields['dark']).lower()} but the background "
                    f"{background} is {'dark' if bg_is_dark else 'light'}",
                )
            )
        foreground = fields["foreground"]
        if not foreground.startswith("ansi_"):
            ratio = contrast_ratio(foreground, background)
            if ratio < 3:
                warnings.append(
                    (
                        line("foreground"),
                        f"foreground on background has contrast "
                        f"{ratio:.1f}:1; text will be hard to read (aim for 4.5:1)",
                    )
                )

    theme = Theme(name=name, variables=variables, **fields)
    try:
        generated = theme.to_color_system().generate()
    except Exception as exc:  # a last guard: Textual itself refuses it
        raise ThemeFileError(1, f"Textual cannot use this theme: {exc}") from None
    # Every variable Textual's widgets may reference must exist (see _ANSI_GAPS).
    for key in _generated_names(False) - generated.keys() - variables.keys():
        variables[key] = _ANSI_GAPS.get(key, "ansi_default" if fields["ansi"] else "transparent")
    return theme, warnings


_THEME_CACHE_VERSION = 2  # 2: reader.store.cache entries


def _theme_cache(path: Path) -> tuple[Path, list[Any]] | None:
    from reader.store import cache as stat_cache

    key = stat_cache.file_key(path, _THEME_CACHE_VERSION)
    if key is None:
        return None
    return paths.cache_dir() / "themes" / f"{paths.cache_name(key[1])}.json", key


def load_theme_file(path: Path) -> tuple[Theme | None, list[str]]:
    """One theme file: (Theme or None, notices).

    A theme that validated without a notice is kept in the cache dir as JSON
    (keyed by path, mtime and size): the start path then skips the TOML parse
    and the validation, and a changed file is validated again.
    """
    from reader.store import cache as stat_cache

    cache = _theme_cache(path)
    if cache is not None:
        fields = stat_cache.load(*cache)
        if fields is not None:
            try:
                return stat_cache.typed(Theme, fields), []
            except TypeError:
                pass  # an entry of another shape (every field's type is checked): read the file
    data, text, notices = read_toml(path, MAX_THEME_BYTES)
    if data is None:
        return None, [f"{n}; theme skipped" for n in notices]
    try:
        theme, warnings = theme_from_data(data, text, default_name=path.stem)
    except ThemeFileError as exc:
        return None, [f"{ContentError(path, exc.line, exc.message)}; theme skipped"]
    if not warnings and cache is not None:
        from dataclasses import asdict

        stat_cache.save(cache[0], cache[1], asdict(theme))
    return theme, [str(ContentError(path, ln, msg)) for ln, msg in warnings]


def _theme_files(directory: Path) -> tuple[list[Path], list[str]]:
    try:
        files = sorted(
            p for p in directory.iterdir() if p.suffix == ".toml" and not p.name.startswith(".") and not p.is_dir()
        )
    except FileNotFoundError:
        return [], []
    except NotADirectoryError:
        return [], [str(ContentError(directory, None, "is not a folder; no themes read from it"))]
    except OSError as exc:
        return [], [str(ContentError(directory, None, f"cannot read the folder ({exc.strerror or exc})"))]
    return files, []


def user_themes_dir() -> Path:
    return paths.config_dir() / "themes"


def load_themes(extra_dirs: list[Path] | None = None) -> tuple[dict[str, Theme], list[str]]:
    """Load bundled themes, then the user's (``<config dir>/themes``), then *extra_dirs*.

    Later directories override earlier ones by theme name. Returns
    ``(themes by name, notices)``; never raises for a bad file. The result
    always contains :data:`DEFAULT_THEME`.
    """
    themes: dict[str, Theme] = {}
    notices: list[str] = []
    bundled = paths.bundled_themes_dir()
    if not bundled.is_dir():
        notices.append(str(ContentError(bundled, None, "bundled themes are missing; using a built-in newsprint")))
    for directory in [bundled, user_themes_dir(), *(Path(d) for d in extra_dirs or [])]:
        files, problems = _theme_files(directory)
        notices.extend(problems)
        seen_here: dict[str, Path] = {}
        for path in files:
            theme, file_notices = load_theme_file(path)
            notices.extend(file_notices)
            if theme is None:
                continue
            if theme.name in seen_here:
                notices.append(
                    str(
                        ContentError(
                            path,
                            key_line(path.read_text("utf-8", "replace"), "name") or 1,
                            f"theme {theme.name!r} is also defined in {seen_here[theme.name].name}; this file wins",
                        )
                    )
                )
            seen_here[theme.name] = path
            themes[theme.name] = theme
    if DEFAULT_THEME not in themes:
        themes[DEFAULT_THEME] = fallback_theme()
    return themes, notices


def fallback_theme() -> Theme:
    """A built-in newsprint, used only when the bundled theme files are missing."""
    theme, _ = theme_from_data(
        {
            "name": DEFAULT_THEME,
            "dark": False,
            "primary": "#A0221A",
            "secondary": "#5B4636",
            "accent": "#B5651D",
            "foreground": "#2A2622",
            "background": "#F4EEE1",
            "surface": "#EDE5D4",
            "panel": "#E4D9C3",
            "variables": {
                "figure": "#9A1B0B",
                "figure-background": "#F6E3C4",
                "caption": "#5E554B",
                "kicker": "#A0221A",
                "mark": "#F3DC8C",
                "mark-foreground": "#2A2622",
            },
        }
    )
    return theme


def resolve_theme(name: str | None, themes: dict[str, Theme], *, lang: str | None = "zh") -> tuple[Theme, str | None]:
    """The theme called *name*, or newsprint with a notice (in *lang*) when there is none.

    ``name=None`` (nothing requested) gives newsprint without a notice.
    """
    default = themes.get(DEFAULT_THEME) or fallback_theme()
    if not name:
        return default, None
    theme = themes.get(name)
    if theme is not None:
        return theme, None
    return default, t("msg.theme_fallback", lang, name=name, fallback=theme_label(DEFAULT_THEME, lang))


def _variables_cache(theme: Theme) -> tuple[Path, str] | None:
    """Where the CSS variables generated from ``theme`` are kept, and what they
    were generated from (the theme's fields and Textual's colour generator, by
    its file's size and mtime: an upgrade of Textual makes a new key)."""
    import json
    import os
    from dataclasses import asdict

    import textual.design

    try:
        st = os.stat(textual.design.__file__)
        ident = json.dumps(
            [textual.design.__file__, st.st_size, st.st_mtime_ns, asdict(theme)], sort_keys=True, default=str
        )
    except (OSError, TypeError, ValueError):
        return None
    return paths.cache_dir() / "theme-variables" / f"{paths.cache_name(ident)}.json", ident


def cached_variables(theme: Theme, generate) -> dict[str, str]:
    """The CSS variables ``generate()`` makes for ``theme``, kept in the cache dir.

    Textual derives ~150 shades from a theme's dozen colours on every start
    (about 1 ms); they only change with the theme or with Textual.
    """
    from reader.store import cache as stat_cache

    where = _variables_cache(theme)
    if where is not None:
        variables = stat_cache.load(*where)
        if variables is not None:
            try:
                return stat_cache.typed(dict[str, str], variables)
            except TypeError:
                pass  # not a map of names to CSS values: made again
    variables = generate()
    if where is not None:
        stat_cache.save(where[0], where[1], variables)
    return variables


def with_app_variables(variables: dict[str, str]) -> dict[str, str]:
    """Fill in app variables missing from a generated CSS variable map.

    For Textual's built-in themes: derives ``$figure`` etc. from the theme's
    generated ``$accent``, ``$primary``, ``$foreground``, ``$background``.
    Variables already present win.
    """
    if all(k in variables for k in APP_VARIABLES):
        return variables
    fields = {
        "primary": variables.get("primary", "#0178D4"),
        "accent": variables.get("accent"),
        "foreground": variables.get("foreground", "#E0E0E0"),
        "background": variables.get("background", "#121212"),
        "ansi": variables.get("background", "").startswith("ansi_"),
    }
    for key in ("primary", "accent", "foreground", "background"):
        value = fields[key]
        if value is not None and color_error(value):  # e.g. "#RRGGBBAA" is fine; anything odd is not
            fields[key] = None
    fields["primary"] = fields["primary"] or "#0178D4"
    fields["foreground"] = fields["foreground"] or "#E0E0E0"
    fields["background"] = fields["background"] or "#121212"
    derived = _derive_app_variables(fields)
    # Textual's contrast-adjusted text colours read better than raw accents.
    for app_key, textual_key in (("figure", "text-accent"), ("kicker", "text-primary")):
        value = variables.get(textual_key)
        if value and not color_error(value):
            derived[app_key] = value
    return {**derived, **variables}


def default_theme_name(environ: dict[str, str] | None = None) -> str:
    """The theme to use when nothing is configured.

    newsprint, except on a terminal limited to 16 colours (the Linux console,
    or ``TERM`` without a 256-colour/truecolour hint): there the ``ansi``
    theme uses the terminal's own palette instead of approximating newsprint.
    The app may use this or plain :data:`DEFAULT_THEME`.
    """
    import os

    env = os.environ if environ is None else environ
    if (env.get("COLORTERM") or "").lower() in ("truecolor", "24bit"):
        return DEFAULT_THEME
    term = (env.get("TERM") or "").lower()
    if term == "linux" or term in ("xterm", "screen", "tmux", "vt100", "vt220", "rxvt", "ansi"):
        return "ansi"
    return DEFAULT_THEME
