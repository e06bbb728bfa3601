"""Every key binding of the reader, in one registry.

A row of :data:`KEYS` is one binding: the scope it belongs to (whose
``BINDINGS`` it is in), its id (the name ``[keymap]`` in config.toml rebinds
it by), its default key(s), its action and whether the footer shows it or it
has priority. :data:`WORDS` says what each id does in Chinese and English.
Everything that lists keys reads these two:

* every ``BINDINGS`` list: ``BINDINGS = keys.bindings("reader")``;
* the footer and Textual's key panel: :func:`localize` puts the labels of the
  interface language on a node's bindings;
* the help screen: :func:`help_table` (the keys as rebound by the keymap);
* the command palette: :func:`label`;
* the ``[keymap]`` check of config.toml: :func:`binding_ids`.

The section keys (``section_1`` … in display order) come from sections.toml
at run time: :func:`section_bindings`, labelled with the sections' names.

Imported on the start path: tuples and a dict, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from textual.binding import Binding, BindingType

from reader.i18n import normalize_lang
from reader.ui import compat


class Key:
    """One binding: ``scope`` (see :data:`SCOPES`), ``id`` (``[keymap]`` in
    config.toml; its words in :data:`WORDS`), default ``keys`` (comma-separated
    Textual key names), ``action``, ``show`` (in the footer), ``priority``.
    (A plain class: a NamedTuple costs a quarter of a millisecond to create.)"""

    __slots__ = ("scope", "id", "keys", "action", "show", "priority")

    def __init__(
        self, scope: str, id: str, keys: str, action: str, *, show: bool = False, priority: bool = False
    ) -> None:
        self.scope, self.id, self.keys, self.action, self.show, self.priority = scope, id, keys, action, show, priority

    def __repr__(self) -> str:
        return f"Key({self.scope!r}, {self.id!r}, {self.keys!r}, {self.action!r})"

    @property
    def zh(self) -> str:
        return WORDS[self.id][0]

    @property
    def en(self) -> str:
        return WORDS[self.id][1]


#: where each scope's bindings live
SCOPES = {
    "app": "ReaderApp (reader/ui/app.py)",
    "reader": "ReaderScreen, the reading screen (reader/ui/screens/main.py)",
    "list": "LineList: every cursor list, articles, sections' lists, pickers (reader/ui/widgets/lines.py)",
    "body": "ArticleBody, the article text (reader/ui/widgets/body.py)",
    "modal": "every modal screen (reader/ui/screens/modals.py)",
    "help": "HelpScreen",
    "bookmarks": "BookmarksScreen",
    "search": "SearchScreen",
}

KEYS: tuple[Key, ...] = (
    Key("app", "quit", "q", "quit", show=True),
    Key("app", "command_palette", "ctrl+p", "command_palette", priority=True),
    # the section keys are added per screen from sections.toml: see section_bindings()
    Key("reader", "next_article", "n", "next_article"),
    Key("reader", "prev_article", "p", "prev_article"),
    Key("reader", "page_down", "space,pagedown", "page(1)"),
    Key("reader", "page_up", "b,pageup", "page(-1)"),
    Key("reader", "next_pane", "tab,l", "pane(1)"),
    Key("reader", "prev_pane", "shift+tab,h", "pane(-1)"),
    Key("reader", "back", "escape,backspace", "back"),
    Key("reader", "summary", "s", "toggle_pane('summary')", show=True),
    Key("reader", "figures", "f", "toggle_pane('figures')", show=True),
    Key("reader", "search", "slash", "search", show=True),
    # help before editions and theme: in a 40-column footer "? 帮助" is among the keys that fit
    Key("reader", "help", "question_mark", "help", show=True),
    Key("reader", "toggle_read", "m", "toggle_read"),
    Key("reader", "bookmark", "B", "bookmark"),
    Key("reader", "bookmarks", "apostrophe", "bookmarks"),
    Key("reader", "prev_edition", "left_square_bracket", "edition(-1)"),
    Key("reader", "next_edition", "right_square_bracket", "edition(1)"),
    Key("reader", "editions", "e", "editions", show=True),
    Key("reader", "theme", "t", "theme", show=True),
    Key("reader", "figure_history", "H", "figure_history"),
    Key("reader", "copy_article", "y", "copy_article"),
    Key("reader", "copy_summary", "Y", "copy_summary"),
    Key("reader", "open_pager", "o", "open_outside(False)"),
    Key("reader", "open_editor", "O", "open_outside(True)"),
    Key("list", "down", "j,down", "cursor_down"),
    Key("list", "up", "k,up", "cursor_up"),
    Key("list", "top", "g,home", "first"),
    Key("list", "bottom", "G,end", "last"),
    Key("list", "open", "enter", "select"),
    Key("body", "down", "j,down", "line_down"),
    Key("body", "up", "k,up", "line_up"),
    Key("body", "top", "g,home", "top"),
    Key("body", "bottom", "G,end", "bottom"),
    Key("modal", "close", "escape", "close", show=True),
    Key("help", "close", "escape,q,question_mark", "close", show=True),
    Key("help", "down", "j,down", "scroll(1)"),
    Key("help", "up", "k,up", "scroll(-1)"),
    Key("bookmarks", "close", "escape", "close", show=True),
    Key("bookmarks", "remove_bookmark", "d,delete", "remove", show=True),
    Key("search", "close", "escape", "close", show=True),
    Key("search", "down", "down", "to_results"),
)

#: what each binding id does: (Chinese, English)
WORDS: dict[str, tuple[str, str]] = {
    "quit": ("退出", "Quit"),
    "command_palette": ("命令面板", "Command palette"),
    "up": ("上移", "Up"),
    "down": ("下移", "Down"),
    "open": ("打开", "Open"),
    "back": ("返回", "Back"),
    "close": ("关闭", "Close"),
    "next_article": ("下一篇", "Next article"),
    "prev_article": ("上一篇", "Previous article"),
    "page_down": ("下一页", "Page down"),
    "page_up": ("上一页", "Page up"),
    "top": ("顶部", "Top"),
    "bottom": ("底部", "Bottom"),
    "next_pane": ("下一窗格", "Next pane"),
    "prev_pane": ("上一窗格", "Previous pane"),
    "summary": ("摘要", "Summary"),
    "figures": ("数字", "Figures"),
    "theme": ("主题", "Theme"),
    "toggle_read": ("已读/未读", "Read/unread"),
    "bookmark": ("收藏", "Bookmark"),
    "bookmarks": ("收藏夹", "Bookmarks"),
    "remove_bookmark": ("删除收藏（收藏夹中）", "Remove bookmark (in the bookmarks list)"),
    "search": ("搜索", "Search"),
    "prev_edition": ("上一期", "Previous edition"),
    "next_edition": ("下一期", "Next edition"),
    "editions": ("往期", "Editions"),
    "help": ("帮助", "Help"),
    "figure_history": ("数字的历期变化（数字窗格中）", "A figure across editions (in the figures pane)"),
    "copy_article": ("复制文章", "Copy the article"),
    "copy_summary": ("复制摘要和数字", "Copy summary and figures"),
    "open_pager": ("在分页器中打开（$PAGER）", "Open in $PAGER"),
    "open_editor": ("在编辑器中打开（$EDITOR）", "Open in $EDITOR"),
}

#: the scopes the help screen lists, in its order ("sections": the section keys)
HELP_SCOPES = ("list", "body", "sections", "reader", "app", "bookmarks")


def bindings(scope: str) -> list[BindingType]:
    """The ``BINDINGS`` of ``scope``, described in English until :func:`localize`."""
    return [
        Binding(k.keys, k.action, k.en, show=k.show, priority=k.priority, id=k.id) for k in KEYS if k.scope == scope
    ]


def _section_index(binding_id: str) -> int | None:
    if binding_id.startswith("section_") and binding_id[8:].isdigit():
        return int(binding_id[8:]) - 1
    return None


def label(binding_id: str | None, lang: str | None, sections: Sequence[Any] = ()) -> str | None:
    """What binding ``binding_id`` does, in ``lang``; for the section keys the
    section's name from sections.toml. None for an id the reader does not have."""
    if binding_id is None:
        return None
    i = _section_index(binding_id)
    if i is not None:
        return sections[i].name(lang) if 0 <= i < len(sections) else None
    words = WORDS.get(binding_id)
    if words is None:
        return None
    return words[0] if normalize_lang(lang) == "zh" else words[1]


#: Textual's own bindings (scrolling, the search box's editing keys, copy),
#: which have no id, in Chinese by their English description. A description
#: Textual changes stays English until it is added here (a test lists any the
#: key panel shows in the Chinese interface).
TEXTUAL_ZH: dict[str, str] = {
    "Focus Next": "下一个控件",
    "Focus Previous": "上一个控件",
    "Page Up": "上一页",
    "Page Down": "下一页",
    "Page Left": "向左翻页",
    "Page Right": "向右翻页",
    "Scroll Up": "向上滚动",
    "Scroll Down": "向下滚动",
    "Scroll Left": "向左滚动",
    "Scroll Right": "向右滚动",
    "Scroll Home": "滚到开头",
    "Scroll End": "滚到末尾",
    "Quit": "退出",
    "Copy selected text": "复制选中的文字",
    "Cut selected text": "剪切选中的文字",
    "Paste text from the clipboard": "从剪贴板粘贴",
    "Select all": "全选",
    "Submit": "提交",
    "Move cursor left": "光标左移",
    "Move cursor left and select": "光标左移并选中",
    "Move cursor left a word": "光标左移一词",
    "Move cursor left a word and select": "光标左移一词并选中",
    "Move cursor right or accept the completion suggestion": "光标右移（或接受补全）",
    "Move cursor right and select": "光标右移并选中",
    "Move cursor right a word": "光标右移一词",
    "Move cursor right a word and select": "光标右移一词并选中",
    "Delete character left": "删除左边一个字",
    "Delete all to the left": "删除左边全部",
    "Delete left to start of word": "向左删到词首",
    "Delete character right": "删除右边一个字",
    "Delete all to the right": "删除右边全部",
    "Delete right to start of word": "向右删到词首",
    "Go to start": "到开头",
    "Go to end": "到末尾",
    "Select line start": "选中到开头",
    "Select line end": "选中到末尾",
}
_TEXTUAL_EN = {zh: en for en, zh in TEXTUAL_ZH.items()}


def _described(binding: Any, lang: str | None, sections: Sequence[Any]) -> Any:
    text = label(binding.id, lang, sections)
    if text is None and binding.description:
        table = TEXTUAL_ZH if normalize_lang(lang) == "zh" else _TEXTUAL_EN
        text = table.get(binding.description)
    return replace(binding, description=text) if text and text != binding.description else binding


def localize(node: Any, lang: str | None, sections: Sequence[Any] = ()) -> None:
    """Describe ``node``'s bindings in ``lang`` (the footer and Textual's key panel read them)."""
    table = compat.bindings_map(node)
    for key, bound in table.items():
        table[key] = [_described(b, lang, sections) for b in bound]


def localize_tree(root: Any, lang: str | None, sections: Sequence[Any] = ()) -> None:
    """:func:`localize` ``root`` and every widget under it: the key panel
    (Ctrl+P → Keys) lists the bindings of the focused widget and its
    ancestors, Textual's scrolling and editing keys among them."""
    localize(root, lang, sections)
    for node in root.walk_children():
        localize(node, lang, sections)


def section_bindings(sections: Sequence[Any]) -> list[Binding]:
    """One binding per section, its key the hotkey sections.toml gives it.

    Ids are ``section_1`` … in display order, so ``[keymap] section_1 = "a"``
    in config.toml rebinds them like any other key.
    """
    return [
        Binding(compat.key_for_character(s.hotkey), f"section({i})", s.hotkey, show=False, id=f"section_{i + 1}")
        for i, s in enumerate(sections)
    ]


def taken(scopes: Iterable[str] = ("reader", "app", "body", "list")) -> dict[str, str]:
    """Default key → binding id, over ``scopes`` (the first scope that binds a key names it)."""
    out: dict[str, str] = {}
    for scope in scopes:
        for k in KEYS:
            if k.scope == scope:
                for key in k.keys.split(","):
                    out.setdefault(key.strip(), k.id)
    return out


def add_section_bindings(node: Any, sections: Sequence[Any]) -> list[str]:
    """Bind the section keys on ``node`` (the reading screen); a notice for each
    hotkey that is already one of the reader's own keys (the reader's key wins)."""
    table = compat.bindings_map(node)
    own = taken()
    notices = []
    for s, b in zip(sections, section_bindings(sections)):
        if b.key in own:
            notices.append(
                f"sections.toml: hotkey {s.hotkey!r} of section {s.id!r} is already "
                f"the reader's key for {own[b.key]!r}; choose another (digits are free)"
            )
        table.setdefault(b.key, []).append(b)
    return notices


def binding_ids(section_count: int = 0) -> set[str]:
    """Every id ``[keymap]`` may rebind: the registry's and ``section_1`` … ``section_<count>``."""
    return {k.id for k in KEYS} | {f"section_{i}" for i in range(1, section_count + 1)}


def default_keys(binding_id: str) -> list[str]:
    """The default keys of ``binding_id`` over every scope, first seen first."""
    out: list[str] = []
    for k in KEYS:
        if k.id == binding_id:
            out += [key.strip() for key in k.keys.split(",") if key.strip() not in out]
    return out


def current_keys(keymap: Mapping[str, str], binding_id: str, default: Sequence[str] | None = None) -> list[str]:
    """The keys ``binding_id`` has now: the keymap's, else the default ones."""
    keys = keymap.get(binding_id)
    if keys:
        return [k.strip() for k in keys.split(",") if k.strip()]
    return list(default_keys(binding_id) if default is None else default)


def help_table(keymap: Mapping[str, str], sections: Sequence[Any] = ()) -> list[tuple[str, list[str]]]:
    """(binding id, keys as now bound) for every binding of :data:`HELP_SCOPES`, in that order."""
    order: list[str] = []
    defaults: dict[str, list[str]] = {}
    for scope in HELP_SCOPES:
        if scope == "sections":
            rows = [(f"section_{i + 1}", b.key) for i, b in enumerate(section_bindings(sections))]
        else:
            rows = [(k.id, k.keys) for k in KEYS if k.scope == scope]
        for binding_id, keys in rows:
            if binding_id not in defaults:
                order.append(binding_id)
                defaults[binding_id] = []
            for key in keys.split(","):
                if key.strip() not in defaults[binding_id]:
                    defaults[binding_id].append(key.strip())
    return [(bid, current_keys(keymap, bid, defaults[bid])) for bid in order]
