"""The user's settings: ``config.toml`` in :func:`reader.paths.config_dir`.

Every key is optional; a missing file means "all defaults"::

    theme = "dark"            # a bundled theme or one in <config dir>/themes/
    language = "zh"           # interface language: "zh" or "en"
    animations = false        # absent: on, but off over SSH
    state = true              # false: remember nothing (no reading state written);
                              # READER_STATE=off in the environment does the same
    lunar_date = true         # the Chinese interface adds the lunar date (农历十月十五)
    screenshots = "~/Pictures"  # where Ctrl+P → Screenshot saves (default: the current folder)
    ambiguous_width = 2       # the terminal draws “”—…·●★ two cells wide (CJK setups); "auto" asks it

    [keymap]                  # binding id = "comma,separated,keys"
    down = "j,down"
    up = "k,up"

A malformed file or value never stops the reader: each problem becomes a
one-line notice ``file:line: what is wrong`` and that setting keeps its
default. Precedence everywhere: command-line option > config.toml > automatic.

Language default (no ``--lang``, no ``language``): the first non-empty of
``LC_ALL``, ``LC_MESSAGES``, ``LANG``. ``zh*`` gives Chinese; ``C``/``POSIX``
(the bare default of many servers and containers, which says nothing about the
reader) or no locale at all gives Chinese too, because the product is for
Chinese readers; any other language (``en_US``, ``de_DE``, ``ja_JP`` …) gives
English, the only other interface language.

This module imports nothing from textual.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader import files, names, paths
from reader.errors import ContentError
from reader.i18n import match_lang


CONFIG_NAME = "config.toml"
MAX_CONFIG_BYTES = 256 * 1024

_THEME_NAME = names.THEME
_BINDING_ID = names.BINDING_ID


@dataclass
class Config:
    """The user's config.toml, validated."""

    theme: str | None = None
    lang: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    animations: bool | None = None
    state: bool = True
    lunar_date: bool = False
    screenshots: str | None = None
    ambiguous_width: int | str | None = None  # 1, 2 or "auto"
    # Where it came from, for notices that point at a line (e.g. an unknown
    # binding id the app finds later): see keymap_notices().
    path: Path | None = field(default=None, compare=False)
    lines: dict[str, int] = field(default_factory=dict, repr=False, compare=False)


#: the true/false settings, with what a wrong value falls back to (said in its notice)
_BOOLEANS = {"animations": "automatic (off over SSH)", "state": "true", "lunar_date": "false"}


def config_path() -> Path:
    return paths.config_dir() / CONFIG_NAME


# --------------------------------------------------------------------------
# TOML helpers shared with reader.ui.themes


def key_line(text: str, key: str, table: str | None = None) -> int | None:
    """1-based line where *key* is assigned (inside ``[table]`` if given), else None.

    Good enough for notices: bare or quoted keys at the start of a line.
    Falls back to the table header's line when the key is not found inside it.
    """
    current: str | None = None
    header_line: int | None = None
    pat = re.compile(r"""^\s*(?:"%s"|'%s'|%s)\s*=""" % ((re.escape(key),) * 3))
    header = re.compile(r"""^\s*\[\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_.-]+))\s*\]""")
    for n, raw in enumerate(text.splitlines(), start=1):
        h = header.match(raw)
        if h and not raw.lstrip().startswith("[["):
            current = next(g for g in h.groups() if g is not None)
            if table is not None and current == table:
                header_line = n
            continue
        if current == table and pat.match(raw):
            return n
        # inline table: `keymap = { down = "j" }`
        if (
            table is not None
            and current is None
            and re.match(r"""^\s*(?:"%s"|'%s'|%s)\s*=\s*\{""" % ((re.escape(table),) * 3), raw)
        ):
            header_line = header_line or n
    return header_line


def read_toml(path: Path, max_bytes: int = MAX_CONFIG_BYTES) -> tuple[dict | None, str, list[str]]:
    """Read and parse a TOML file through :mod:`reader.files`: (data or None, text, notices).

    A missing file is (None, "", []) with no notice; anything else that goes
    wrong (a directory, a FIFO, too large, not UTF-8, not TOML, nested absurdly
    deep) is one ``file:line: problem`` notice.
    """
    try:
        text = files.read_text(path, max_bytes)
    except FileNotFoundError:
        return None, "", []
    except ContentError as exc:
        return None, "", [str(exc)]
    try:
        return files.parse_toml(text, path), text, []
    except ContentError as exc:
        msg = str(exc)
        if "invalid value" in exc.message.lower():
            msg += ' (text needs double quotes, e.g. "#1a2b3c" or "dark")'
        return None, text, [msg]


def _type_name(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        dict: "a table",
        list: "a list",
    }.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------


def normalize_keys(value: str) -> str | None:
    """``"j, down"`` → ``"j,down"``; None when a key is empty or contains spaces."""
    keys = [k.strip() for k in value.split(",")]
    if not keys or any(not k or any(c.isspace() for c in k) for k in keys):
        return None
    return ",".join(keys)


def load_config(path: Path | str | None = None) -> tuple[Config, list[str]]:
    """Read config.toml (default: in the config dir); never raises for bad content."""
    path = Path(path) if path is not None else config_path()
    config = Config(path=path)
    data, text, notices = read_toml(path)
    if data is None:
        return config, notices

    def notice(key: str, message: str, table: str | None = None) -> None:
        notices.append(str(ContentError(path, key_line(text, key, table), message)))

    for key, value in data.items():
        if key == "theme":
            if isinstance(value, str) and _THEME_NAME.match(value):
                config.theme = value
            elif isinstance(value, str):
                notice(key, f"theme {value!r} is not a theme name (letters, digits, - and _); using the default")
            else:
                notice(key, f'theme must be a string like "dark", not {_type_name(value)}; using the default')
        elif key in ("language", "lang"):
            lang = match_lang(value)
            if lang:
                config.lang = lang
            else:
                notice(key, f'{key} must be "zh" or "en", not {value!r}; using the locale\'s')
        elif key in _BOOLEANS:
            if isinstance(value, bool):
                setattr(config, key, value)
            else:
                notice(key, f"{key} must be true or false, not {value!r}; using {_BOOLEANS[key]}")
        elif key == "screenshots":
            if isinstance(value, str) and value.strip():
                config.screenshots = value.strip()
            else:
                notice(key, f"screenshots must be a folder's path, not {value!r}; using the current folder")
        elif key == "ambiguous_width":
            if (value in (1, 2) and not isinstance(value, bool)) or value == "auto":
                config.ambiguous_width = value
            else:
                notice(key, f'ambiguous_width must be 1, 2 or "auto", not {value!r}; using 1')
        elif key == "keymap":
            if not isinstance(value, dict):
                notice(key, f"keymap must be a table ([keymap]), not {_type_name(value)}; ignored")
                continue
            for binding_id, keys in value.items():
                line = key_line(text, binding_id, "keymap")
                if not _BINDING_ID.match(binding_id):
                    notices.append(
                        str(ContentError(path, line, f"[keymap] {binding_id!r} is not a binding id; ignored"))
                    )
                    continue
                norm = normalize_keys(keys) if isinstance(keys, str) else None
                if norm is None:
                    notices.append(
                        str(
                            ContentError(
                                path,
                                line,
                                f'[keymap] {binding_id} must be comma-separated keys like "j,down", not {keys!r}; ignored',
                            )
                        )
                    )
                    continue
                config.keymap[binding_id] = norm
                if line:
                    config.lines[f"keymap.{binding_id}"] = line
        else:
            notice(
                key,
                f"unknown setting {key!r} ignored (known: theme, language, animations, state, lunar_date, screenshots, "
                "ambiguous_width, [keymap])",
            )
    return config, notices


def keymap_notices(config: Config, known_ids: Iterable[str]) -> list[str]:
    """Notices for ``[keymap]`` entries whose binding id the app does not have."""
    known = set(known_ids)
    out = []
    for binding_id in config.keymap:
        if binding_id not in known:
            where = config.path or config_path()
            out.append(
                str(
                    ContentError(
                        where,
                        config.lines.get(f"keymap.{binding_id}"),
                        f"[keymap] unknown binding id {binding_id!r} ignored",
                    )
                )
            )
    return out


# --------------------------------------------------------------------------
# environment


def default_lang(environ: Mapping[str, str] | None = None) -> str:
    """Interface language from the locale (see the module docstring): "zh" or "en"."""
    env = os.environ if environ is None else environ
    value = ""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(var) or "").strip()
        if value:
            break
    low = value.lower()
    base = re.split(r"[._@-]", low, maxsplit=1)[0]
    if base in ("", "c", "posix"):
        return "zh"
    if base == "zh" or low.startswith("zh"):
        return "zh"
    return "en"


def resolve_lang(cli_value: str | None, config: Config | None, environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` > config ``language`` > locale."""
    for candidate in (cli_value, config.lang if config else None):
        lang = match_lang(candidate)
        if lang:
            return lang
    return default_lang(environ)


def is_ssh(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return any(env.get(var) for var in ("SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"))


def animations_enabled(config: Config | None, cli_value: bool | None, environ: Mapping[str, str] | None = None) -> bool:
    """``--animations``/``--no-animations`` > config ``animations`` > off over SSH, else on."""
    if cli_value is not None:
        return bool(cli_value)
    if config is not None and config.animations is not None:
        return config.animations
    return not is_ssh(environ)


#: values of READER_STATE that switch the reading state off (the kiosk sets
#: ``READER_STATE=off`` for ``state = "off"`` in kiosk.toml)
STATE_OFF_VALUES = ("off", "false", "0", "no")


def state_enabled(config: Config | None, environ: Mapping[str, str] | None = None) -> bool:
    """Save reading state? ``READER_STATE=off`` > config ``state`` > yes.

    Off means exactly what ``state = false`` means: nothing is read from or
    written to the state directory, and no notice about it.
    """
    env = os.environ if environ is None else environ
    if env.get("READER_STATE", "").strip().lower() in STATE_OFF_VALUES:
        return False
    return config.state if config is not None else True


# --------------------------------------------------------------------------

DEFAULT_CONFIG = """\
# reader settings. Every key is optional; delete a line to get the default.
# Precedence: command-line option > this file > automatic.

# Colour theme: newsprint (default), dark, high-contrast, ansi (your terminal's
# own 16 colours), or the name of a theme file in the themes/ folder next to
# this file.
# theme = "newsprint"

# Interface language: "zh" or "en". Default: from the locale (zh unless it
# names another language).
# language = "zh"

# Smooth scrolling and transitions. Default: on, but off over SSH.
# animations = true

# Remember what you read, bookmarks and the last position. false: write nothing.
# state = true

# The Chinese interface shows an edition's date as 2024年11月15日 星期五; true
# adds the lunar date (农历十月十五).
# lunar_date = false

# Where a screenshot (command palette → Screenshot) is saved. Default: the
# folder the reader was started in.
# screenshots = "~/Pictures"

# Cells your terminal gives East Asian "ambiguous" characters (“” — … · ● ★):
# 1 in most terminals; 2 in terminals set up for CJK (e.g. ambiwidth=double).
# With 2 the reader lays out lines and frames so none runs over. "auto" asks
# the terminal at start (what it does by default in a zh/ja/ko locale; else 1).
# --cjk-width overrides it.
# ambiguous_width = "auto"

# Keys: binding id = "comma,separated,keys" (Textual key names, e.g. j, down,
# ctrl+d, pagedown, question_mark). The ids are listed in docs/themes.md.
[keymap]
# down = "j,down"
# up = "k,up"
"""


def write_default_config(path: Path | str | None = None, *, overwrite: bool = False) -> Path:
    """Write a commented config.toml (all defaults); keeps an existing file unless *overwrite*."""
    from reader.store.atomic import write_text

    path = Path(path) if path is not None else config_path()
    if path.exists() and not overwrite:
        return path
    write_text(path, DEFAULT_CONFIG)
    return path
