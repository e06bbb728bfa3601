"""Messages without paths, for the kiosk: what went wrong and what to do, never where.

A reader started by ``reader-kiosk`` (``READER_KIOSK=1``) shows its notices
and errors to whoever logged in over SSH. They must not learn the server's
layout or the service account's name from them, so in kiosk mode every path
in a message is replaced by a neutral description of the file, and the
account name by "the account"; the problem and any line number stay::

    /home/news/.local/state/reader/state.json:3: not valid JSON
    →  the reading state, line 3: not valid JSON

    /etc/reader/themes/dark.toml:4: colour 'x' is not a colour; theme skipped
    →  the theme file "dark", line 4: colour 'x' is not a colour; theme skipped

A path under one of the reader's folders (:func:`kiosk_roots`: content, state,
config, cache, the bundled editions and themes, the installation, the home
folder) is described by what that file is; any other absolute path becomes
"a file on the server". Well-known file names on their own (``state.json``,
``config.toml``, ``sections.toml``, ``catalogue.json``, ``kiosk.toml``) are
described too.

Outside the kiosk nothing changes: there the paths are what the user needs
(:func:`for_environ` gives the identity function).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence

from reader import names

__all__ = ["Redactor", "for_environ", "kiosk_roots", "KINDS"]

#: the kinds of root :class:`Redactor` knows, with the description of the root itself
KINDS = {
    "content": "the edition folder",
    "bundled-content": "the bundled editions",
    "state": "the reading-state folder",
    "config": "the settings folder",
    "cache": "the cache folder",
    "bundled-themes": "the bundled themes",
    "install": "the reader's installation",
    "home": "the account's home folder",
    "kiosk": "the kiosk settings",  # a file: kiosk.toml
}

# Characters that end a path in a message: white space, quotes, brackets and
# separators (ASCII and full-width). ':' too, so ``path:12: ...`` splits.
_END = r"\s'\"`<>|:;,()\[\]{}，。；：、（）“”‘’「」"
# (a path does not end with "." either: that is the end of a sentence)
_PATH_TAIL = re.compile(rf"(?:[^{_END}]*[^{_END}.])?")
# An absolute path (or ~/..., ~user/...) not glued to a word, a number or a URL scheme.
_ANY_PATH = re.compile(rf"(?<![\w/.~:-])(?:~[\w.-]*)?/(?:[^{_END}]*[^{_END}.])?")
_BARE = re.compile(
    r"(?<![\w./-])(state\.json(?:\.corrupt-[\w-]+)?|config\.toml|sections\.toml|catalogue\.json"
    r"|kiosk\.toml)(?![\w-]|\.\w)"
)
_LINE = re.compile(r"\x00(\d+)\x00(?::(\d+))?")
_BARE_NAMES = {
    "config.toml": "the settings file",
    "sections.toml": "the sections file",
    "catalogue.json": "the edition catalogue",
    "kiosk.toml": "the kiosk settings",
    "state.json": "the reading state",
}


def _named(what: str, stem: str, rule: re.Pattern[str]) -> str:
    return f'{what} "{stem}"' if rule.match(stem) else what


def describe(kind: str, rel: str) -> str:
    """What the file at ``rel`` (a path inside a root of ``kind``, "" for the root) is."""
    parts = [p for p in rel.split("/") if p and p != "."]
    if not parts:
        return KINDS.get(kind, "a file on the server")
    name = parts[-1]
    stem = name[:-5] if name.endswith(".toml") else name
    if kind in ("content", "bundled-content"):
        if parts[0] == "editions" and len(parts) == 2 and name.endswith(".toml"):
            return _named("the file of edition", stem, names.FILE_ID)
        if parts == ["editions"]:
            return "the editions folder"
        if parts == ["catalogue.json"]:
            return "the edition catalogue"
        if parts == ["sections.toml"]:
            return "the sections file"
        return "a file of the edition folder"
    if kind == "state":
        if name == "state.json":
            return "the reading state"
        if name.startswith("state.json.corrupt"):
            return "a backup copy"
        return "a file of the reading state"
    if kind == "config":
        if parts == ["config.toml"]:
            return "the settings file"
        if parts == ["sections.toml"]:
            return "the sections file"
        if parts == ["themes"]:
            return "the themes folder"
        if parts[0] == "themes" and len(parts) == 2 and name.endswith(".toml"):
            return _named("the theme file", stem, names.THEME)
        if parts == ["kiosk.toml"]:
            return "the kiosk settings"
        return "a settings file"
    if kind == "cache":
        return "the search index" if name.startswith("search-") else "a cache file"
    if kind == "bundled-themes":
        return _named("the bundled theme", stem, names.THEME) if name.endswith(".toml") else "a bundled theme file"
    if kind == "install":
        return "a file of the reader's installation"
    if kind == "home":
        return "a file in the account's home folder"
    if kind == "kiosk":
        return "the kiosk settings"
    return "a file on the server"


class Redactor:
    """``redactor(message)``: ``message`` with every path and the account name
    replaced by a neutral description (see the module's docstring)."""

    def __init__(self, roots: Sequence[tuple[str, str]], account: str | None = None) -> None:
        seen: dict[str, str] = {}
        for path, kind in roots:
            if not path or not os.path.isabs(path):
                continue
            for variant in {os.path.normpath(path), os.path.realpath(path)}:
                if variant != "/" and variant not in seen:
                    seen[variant] = kind
        #: (root, kind), longest first: the most specific root describes a path
        self.roots = sorted(seen.items(), key=lambda rk: -len(rk[0]))
        self.account = account if account and len(account) >= 2 else None

    def __call__(self, message: str) -> str:
        found: list[str] = []

        def hold(description: str) -> str:
            found.append(description)
            return f"\x00{len(found) - 1}\x00"

        text = message.replace("\x00", "")
        for root, kind in self.roots:
            text = self._roots(text, root, kind, hold)
        text = _ANY_PATH.sub(lambda m: hold(self._any(m.group(0))), text)
        text = _BARE.sub(lambda m: hold("a backup copy" if ".corrupt" in m.group(1) else _BARE_NAMES[m.group(1)]), text)
        # quotes around a path go with it: Permission denied: '/x/y' → Permission denied: the reading state
        text = re.sub(r"(['\"“‘])(\x00\d+\x00)(['\"”’])", r"\2", text)
        if self.account:
            text = re.sub(rf"(?<![\w.-]){re.escape(self.account)}(?![\w-])", "the account", text)

        def back(m: re.Match[str]) -> str:
            description = found[int(m.group(1))]
            return f"{description}, line {m.group(2)}" if m.group(2) else description

        return _LINE.sub(back, text)

    @staticmethod
    def _roots(text: str, root: str, kind: str, hold: Callable[[str], str]) -> str:
        out: list[str] = []
        i = 0
        while True:
            j = text.find(root, i)
            if j < 0:
                out.append(text[i:])
                return "".join(out)
            end = j + len(root)
            glued = j > 0 and (text[j - 1].isalnum() or text[j - 1] in "/._-~")
            if glued or (end < len(text) and text[end] not in "/" and not re.match(rf"[{_END}]", text[end])):
                out.append(text[i:end])  # /srv/content2 is not under /srv/content
                i = end
                continue
            tail = _PATH_TAIL.match(text, end)
            stop = tail.end() if tail else end
            out.append(text[i:j])
            out.append(hold(describe(kind, text[end:stop])))
            i = stop

    @staticmethod
    def _any(path: str) -> str:
        if path.startswith("~"):
            return "a file in the account's home folder"
        return "a file on the server"


def kiosk_roots(env: Mapping[str, str]) -> list[tuple[str, str]]:
    """The reader's folders in ``env`` (as the kiosk sets them), with their kinds."""
    from reader import paths

    roots = [
        (env.get("READER_CONTENT", ""), "content"),
        (env.get("READER_STATE_DIR", ""), "state"),
        (env.get("READER_CONFIG_DIR", ""), "config"),
        (env.get("READER_CACHE_DIR", ""), "cache"),
        (str(paths.bundled_content_dir()), "bundled-content"),
        (str(paths.bundled_themes_dir()), "bundled-themes"),
        (os.path.dirname(os.path.dirname(os.path.abspath(paths.__file__))), "install"),
        (env.get("HOME", ""), "home"),
    ]
    return [(p, k) for p, k in roots if p]


def for_environ(env: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """The function every message shown to the reader should pass through:
    a :class:`Redactor` for the kiosk (``READER_KIOSK=1``), else the identity."""
    env = os.environ if env is None else env
    if env.get("READER_KIOSK") != "1":
        return str
    return Redactor(kiosk_roots(env), env.get("USER") or env.get("LOGNAME"))
