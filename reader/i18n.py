"""Interface labels in Chinese (``zh``) and English (``en``).

``t(key, lang, **fmt)`` returns the label for *key* in *lang*. A key missing in
one language falls back to the other language, then to the key itself, so a
typo shows up on screen as ``pane.sectoins`` rather than crashing. Format
fields that the caller does not pass stay as ``{name}`` in the text.

Only the *interface* is translated. Content stays as printed: section names
come from ``sections.toml``; headlines, bylines (``本报记者``, ``通讯员``),
captions and figures are never translated.

Keys are stable; the app refers to them by name. Groups:

* ``pane.*``    pane titles: sections, articles, article, summary, figures,
  keywords, bookmarks, editions, search, help
* ``msg.*``     messages and notices (see ``LABELS`` for the format fields)
* ``label.*``   small words in lists and status lines
* ``help.*``    the help screen
* ``theme.*``   display names of the bundled themes (use :func:`theme_label`)

What each key does (the help screen, the footer, the palette) is not here: it
is written next to the key, in the UI's one registry of bindings
(``reader/ui/keys.py``).

This module imports nothing from textual: the CLI and tests use it headless.
"""

from __future__ import annotations

import string

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        # pane titles
        "pane.sections": "栏目",
        "pane.articles": "文章",
        "pane.article": "正文",
        "pane.summary": "摘要",
        "pane.figures": "数字",
        "pane.keywords": "关键词",
        "pane.bookmarks": "收藏夹",
        "pane.editions": "往期",
        "pane.search": "搜索",
        "pane.help": "帮助",
        # binding descriptions
        "bookmarks.hint": "Enter 打开　{key} 删除　Esc 关闭",
        # messages
        "msg.too_small": "请放大终端窗口（至少 {width}×{height}）",
        "msg.no_editions": "还没有报纸。请用 reader import PAGE 导入一版。",
        "msg.state_corrupt": "阅读记录已损坏，已移到 {path}，从头开始记录。",
        "msg.state_readonly": "无法保存阅读记录（{path}）：{reason}",
        "msg.theme_fallback": "找不到主题“{name}”，改用 {fallback}。",
        "msg.theme_changed": "主题：{name}",
        "msg.skipped": "{problem}（已跳过）",
        "msg.search_prompt": "输入要搜索的词",
        "msg.search_min": "请输入两个或更多字符",
        "msg.searching": "正在搜索……",
        "msg.no_results": "无结果",
        "msg.results": "共 {count} 条结果",
        "msg.indexing": "正在建立搜索索引：{done}/{total} 期……",
        "msg.results_partial": "已找到 {count} 条（索引建立中：{done}/{total} 期，完成后自动更新）",
        "msg.no_results_yet": "已建索引的部分暂无结果（{done}/{total} 期），完成后自动重新搜索",
        "msg.new_editions": "新到 {count} 期：{title}（按 e 查看）",
        "msg.marked_read": "已标为已读",
        "msg.marked_unread": "已标为未读",
        "msg.bookmarked": "已收藏",
        "msg.copied": "已复制 {count} 字到剪贴板（OSC 52；终端须允许）",
        "msg.no_article": "先打开一篇文章",
        "msg.no_figure": "先在数字窗格（f）中选中一个数字",
        "msg.figure_history": "历期共 {count} 个值，最新在上；回车打开所在文章",
        "msg.figure_history_one": "只有这一期有此数字",
        "pane.figure_history": "{label}（{unit}）历期变化",
        "msg.screenshot_saved": "截图已保存：{path}",
        "msg.screenshot_no_folder": "截图未保存：文件夹 {folder} 不存在（在 config.toml 中设置 screenshots）",
        "msg.screenshot_failed": "截图未保存到 {folder}：{problem}",
        "msg.outside_disabled": "此处不能调用外部程序",
        "msg.outside_failed": "无法运行 {command}：{problem}",
        "msg.unbookmarked": "已取消收藏",
        "msg.no_bookmarks": "还没有收藏。按 {key} 收藏当前文章。",
        "msg.no_articles": "本栏目暂无文章",
        "msg.no_summary": "本文没有摘要",
        "pane.editor_box": "编者的话",
        "list.photo": "图",
        "msg.no_figures": "本文没有数字",
        "msg.no_keywords": "本文没有关键词",
        "msg.oldest_edition": "已经是最早的一期",
        "msg.newest_edition": "已经是最新的一期",
        "msg.loading": "正在加载……",
        # small words
        "label.read": "已读",
        "label.unread": "未读",
        "label.bookmarked": "已收藏",
        "label.all": "全部",
        "label.edition": "第 {number} 期",
        "label.articles_count": "{count} 篇",
        "label.characters": "{count} 字",
        "label.reading_time": "约 {minutes} 分钟",
        "label.page": "第 {page} 版",
        "label.date_unknown": "日期不详",
        "label.result_in": "{edition} · {section}",
        "label.section_why": "归入「{section}」的依据",
        "msg.section_pinned": "编辑指定的栏目",
        "msg.section_catch_all": "没有栏目的词达到门槛，归入此栏",
        "msg.section_unknown_why": "导入时未记录依据（reader sections apply 可补上）",
        # help screen
        "help.title": "帮助",
        "help.keys": "按键",
        "help.action": "功能",
        "help.close": "按 Esc 或 q 关闭",
        "help.intro": "只用键盘阅读：方向键或 j/k 移动，回车打开，Esc 返回。",
        "help.marks": "文章列表中：● 未读　★ 已收藏、未读　☆ 已收藏、已读　（空白：已读）",
        "footer.marks": "●未读 ★☆收藏",
        "palette.placeholder": "搜索命令…",
        "msg.width_probe_failed": "终端没有回答字符宽度的询问，按 1 格排版；如“”显示为两格，请在 config.toml 设 ambiguous_width = 2",
        # bundled themes
        "theme.newsprint": "报纸",
        "theme.dark": "深色",
        "theme.high-contrast": "高对比度",
        "theme.ansi": "终端配色",
    },
    "en": {
        "pane.sections": "Sections",
        "pane.articles": "Articles",
        "pane.article": "Article",
        "pane.summary": "Summary",
        "pane.figures": "Figures",
        "pane.keywords": "Keywords",
        "pane.bookmarks": "Bookmarks",
        "pane.editions": "Editions",
        "pane.search": "Search",
        "pane.help": "Help",
        "bookmarks.hint": "Enter open · {key} remove · Esc close",
        "msg.too_small": "Please enlarge the terminal window (at least {width}×{height})",
        "msg.no_editions": "No editions yet. Import a page with `reader import PAGE`.",
        "msg.state_corrupt": "Reading state was corrupt; moved it to {path} and started afresh.",
        "msg.state_readonly": "Cannot save reading state ({path}): {reason}",
        "msg.theme_fallback": "Theme '{name}' not found; using {fallback}.",
        "msg.theme_changed": "Theme: {name}",
        "msg.skipped": "{problem} (skipped)",
        "msg.search_prompt": "Type words to search for",
        "msg.search_min": "Type two or more characters",
        "msg.searching": "Searching…",
        "msg.no_results": "No results",
        "msg.results": "{count} results",
        "msg.indexing": "Building the search index: {done}/{total} editions…",
        "msg.results_partial": "{count} found so far (indexing {done}/{total} editions; updates when done)",
        "msg.no_results_yet": "Nothing in the part indexed so far ({done}/{total} editions); searching again when done",
        "msg.new_editions": "{count} new edition(s): {title} (press e to see them)",
        "msg.marked_read": "Marked as read",
        "msg.marked_unread": "Marked as unread",
        "msg.bookmarked": "Bookmarked",
        "msg.copied": "Copied {count} characters to the clipboard (OSC 52; the terminal must allow it)",
        "msg.no_article": "Open an article first",
        "msg.no_figure": "Choose a figure in the figures pane (f) first",
        "msg.figure_history": "{count} values across editions, newest first; Enter opens the article",
        "msg.figure_history_one": "Only this edition has this figure",
        "pane.figure_history": "{label} ({unit}) across editions",
        "msg.screenshot_saved": "Screenshot saved: {path}",
        "msg.screenshot_no_folder": "Screenshot not saved: there is no folder {folder} (set screenshots in config.toml)",
        "msg.screenshot_failed": "Screenshot not saved in {folder}: {problem}",
        "msg.outside_disabled": "Other programs cannot be run here",
        "msg.outside_failed": "Could not run {command}: {problem}",
        "msg.unbookmarked": "Bookmark removed",
        "msg.no_bookmarks": "No bookmarks yet. Press {key} to bookmark the current article.",
        "msg.no_articles": "No articles in this section",
        "msg.no_summary": "No summary for this article",
        "pane.editor_box": "From the editors",
        "list.photo": "photo",
        "msg.no_figures": "No figures in this article",
        "msg.no_keywords": "No keywords for this article",
        "msg.oldest_edition": "This is the oldest edition",
        "msg.newest_edition": "This is the newest edition",
        "msg.loading": "Loading…",
        "label.read": "read",
        "label.unread": "unread",
        "label.bookmarked": "bookmarked",
        "label.all": "All",
        "label.edition": "No. {number}",
        "label.articles_count": "{count} articles",
        "label.characters": "{count} characters",
        "label.reading_time": "about {minutes} min",
        "label.page": "page {page}",
        "label.date_unknown": "date unknown",
        "label.result_in": "{edition} · {section}",
        "label.section_why": "Why in {section}",
        "msg.section_pinned": "pinned by the editor",
        "msg.section_catch_all": "no section's terms reached its threshold",
        "msg.section_unknown_why": "not recorded at import (reader sections apply adds it)",
        "help.title": "Help",
        "help.keys": "Keys",
        "help.action": "Action",
        "help.close": "Press Esc or q to close",
        "help.intro": "Keyboard only: arrows or j/k move, Enter opens, Esc goes back.",
        "help.marks": "In the article list: ● unread  ★ bookmarked, unread  ☆ bookmarked, read  (blank: read)",
        "footer.marks": "● unread ★☆ bookmarked",
        "palette.placeholder": "Search for commands…",
        "msg.width_probe_failed": "The terminal did not answer the width probe; laying out “” as one cell (set ambiguous_width = 2 in config.toml if it draws them two)",
        "theme.newsprint": "Newsprint",
        "theme.dark": "Dark",
        "theme.high-contrast": "High contrast",
        "theme.ansi": "Terminal colours",
    },
}


class _KeepMissing(dict):
    """format_map helper: unknown fields stay as ``{name}`` instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_FORMATTER = string.Formatter()


def match_lang(value: object) -> str | None:
    """``zh``/``zh_CN.UTF-8``/``zh-Hant`` → ``zh``; ``en…`` → ``en``; anything else → None."""
    if not isinstance(value, str):
        return None
    low = value.strip().lower()
    for code in LANGS:
        if low == code or low.startswith((code + "_", code + "-", code + ".")):
            return code
    return None


def normalize_lang(lang: str | None) -> str:
    """Like :func:`match_lang`, but an unknown or empty value gives the default (``zh``)."""
    return match_lang(lang) or DEFAULT_LANG


def t(key: str, lang: str | None, /, **fmt: object) -> str:
    """The label for *key* in *lang* (``"zh"`` or ``"en"``), formatted with *fmt*.

    Falls back to the other language, then to *key* itself. Never raises for a
    missing key or a missing format field. *key* and *lang* are positional-only,
    so labels may use ``{key}`` and ``{lang}`` as format fields.
    """
    code = normalize_lang(lang)
    text = LABELS[code].get(key)
    if text is None:
        for other in LANGS:
            if other != code and key in LABELS[other]:
                text = LABELS[other][key]
                break
        else:
            text = key
    if not fmt and "{" not in text:
        return text
    try:
        return _FORMATTER.vformat(text, (), _KeepMissing(fmt))
    except (ValueError, IndexError, AttributeError, KeyError):  # a malformed pattern
        return text


def theme_label(name: str, lang: str | None) -> str:
    """Display name of a theme: the translated name of a bundled theme, else *name*."""
    key = f"theme.{name}"
    text = t(key, lang)
    return name if text == key else text


def keys() -> set[str]:
    """Every label key (union of both languages)."""
    out: set[str] = set()
    for table in LABELS.values():
        out.update(table)
    return out
