"""The reader's own commands for the command palette (Ctrl+P): go to a
section, open an article by headline (any edition, from the catalogue), switch
theme, toggle the interface language, pick an edition.

Headlines are untrusted: match displays are built as literal Content (the
stock ``Matcher.highlight`` parses markup).

The palette does not import the reading screen: it looks in the screen stack
for a screen that can do what :class:`ReadingScreen` says."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.dates import format_date
from reader.i18n import t, theme_label
from reader.ui import keys
from reader.ui.text import safe


def _help(text: str) -> str | None:
    """Hit.help is parsed as markup by the palette: sanitise and escape it."""
    if not text:
        return None
    from textual.markup import escape

    from reader.sanitize import clean

    return escape(clean(text))


def _highlight(matcher, text: str) -> Content:
    content = safe(text)
    try:
        _score, offsets = matcher.fuzzy_search.match(matcher.query, content.plain)
    except Exception:
        return content
    for off in offsets:
        if 0 <= off < len(content.plain) and not content.plain[off].isspace():
            content = content.stylize("bold underline", off, off + 1)
    return content


@runtime_checkable
class ReadingScreen(Protocol):
    """What the palette asks of the reading screen."""

    def action_section(self, index: int) -> None: ...

    def go_to(self, edition_id: str, article_id: str) -> None: ...

    def switch_edition(self, edition_id: str, *, article_id: str | None = None) -> None: ...


class ReaderCommands(Provider):
    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = self.app
        screen = self._reader_screen()
        lang = getattr(app, "lang", "zh")
        session = app.session
        out: list[tuple[str, Callable[[], object], str]] = []
        if screen is not None:
            for i, s in enumerate(session.sections):
                out.append(
                    (
                        f"{t('pane.sections', lang)}: {s.hotkey} {s.name(lang)}",
                        partial(screen.action_section, i),
                        s.name_en if lang == "zh" else s.name_zh,
                    )
                )
            # Articles of the edition on screen (already loaded); older editions'
            # articles are found with `/` search, which does not parse every file.
            edition = session.edition
            if edition is not None:
                for a in edition.articles:
                    label = f"{keys.label('open', lang)}: {a.headline}"
                    out.append((label, partial(screen.go_to, edition.id, a.id), edition.title))
            for e in reversed(session.entries):
                when = format_date(e.date, lang) or t("label.date_unknown", lang)
                out.append(
                    (
                        f"{t('pane.editions', lang)}: {when}  {e.title}",
                        partial(screen.switch_edition, e.id),
                        t("label.articles_count", lang, count=e.article_count),
                    )
                )
        for name in getattr(app, "theme_names", []):
            out.append(
                (
                    f"{keys.label('theme', lang)}: {theme_label(name, lang)} ({name})",
                    partial(setattr, app, "theme", name),
                    "",
                )
            )
        out.append(("语言 / Language: " + ("English" if lang == "zh" else "中文"), app.toggle_language, ""))
        return out

    def _reader_screen(self) -> ReadingScreen | None:
        for s in reversed(self.app.screen_stack):
            if isinstance(s, ReadingScreen):
                return s
        return None

    async def discover(self) -> Hits:
        for text, cb, help_text in self._commands()[:40]:
            yield DiscoveryHit(safe(text), cb, text=text, help=_help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, cb, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), cb, text=text, help=_help(help_text))
