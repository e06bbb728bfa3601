"""Modal screens: help, theme picker, edition picker, bookmarks, search.

Imported on first use (not on the start path). Each returns its choice with
``dismiss(value)``; the reading screen acts on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.dates import format_date
from reader.i18n import t, theme_label
from reader.ui import compat, keys
from reader.ui.text import cell_width, join, safe, truncate, wrap_content
from reader.ui.widgets.lines import LineList


@dataclass(frozen=True)
class Choice:
    value: Any
    render: Callable[[int], list[Content]]
    selectable: bool = True


class ChoiceList(LineList[Choice]):
    class Highlighted(Message):
        def __init__(self, value: Any) -> None:
            super().__init__()
            self.value = value

    class Chosen(Message):
        def __init__(self, value: Any) -> None:
            super().__init__()
            self.value = value

    def render_item(self, item: Choice, width: int) -> list[Content]:
        return item.render(width)

    def is_selectable(self, item: Choice) -> bool:
        return item.selectable

    def item_highlighted(self, index: int) -> None:
        self.post_message(self.Highlighted(self.items[index].value))

    def item_selected(self, index: int) -> None:
        self.post_message(self.Chosen(self.items[index].value))


def _lines(content: Content, hang: str = "") -> Callable[[int], list[Content]]:
    def render(width: int) -> list[Content]:
        return [c for c, _s, _e in wrap_content(content, width, hang=hang)]

    return render


class _Modal(ModalScreen[Any]):
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("modal")

    @property
    def lang(self) -> str:
        return getattr(self.app, "lang", "zh")

    def on_mount(self) -> None:
        keys.localize_tree(self, self.lang)  # the search box's editing keys in the key panel too
        self.app.refresh_bindings()

    def action_close(self) -> None:
        self.dismiss(None)

    @on(ChoiceList.Chosen)
    def _chosen(self, event: ChoiceList.Chosen) -> None:
        event.stop()
        self.choose(event.value)

    def choose(self, value: Any) -> None:
        self.dismiss(value)


# ---------------------------------------------------------------------------- help


class HelpScreen(_Modal):
    """Every binding of the reader by its *current* key (after the keymap)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("help")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(safe(t("help.title", self.lang)), classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(self._table(), id="help-table")
            yield Static(safe(t("help.close", self.lang)), classes="dialog-hint")

    def action_scroll(self, step: int) -> None:
        self.query_one("#help-scroll", VerticalScroll).scroll_relative(y=step, animate=False)

    def on_key(self, event: events.Key) -> None:
        """A key help does not use closes it and goes on to the reader.

        Someone who opened help to look up a key presses it next, often
        within the same burst (``?`` … ``4 j Enter``): the key does what the
        table says instead of being swallowed. The terminal's parser reads
        Esc followed at once by a key as Alt+key (ESC and j in one read):
        that is Esc (close) and the key, not a key help ignores."""
        key, char = event.key, event.character
        if key in self.active_bindings:
            return  # help's own keys (Esc, j/k, the scroll keys) and the app's
        if key.startswith("alt+") and len(key) > 4:
            key = key[4:]
            char = key if len(key) == 1 else None
        event.stop()
        event.prevent_default()
        self.dismiss(None)
        self.app.post_message(events.Key(key, char))

    def _table(self) -> Content:
        rows = help_rows(self.app)
        width = max((cell_width(k) for k, _d in rows), default=8) + 2
        lines = [safe(t("help.intro", self.lang)), safe(t("help.marks", self.lang)), Content("")]
        for shown, desc in rows:
            lines.append(
                join([safe(shown).stylize("bold"), Content(" " * max(1, width - cell_width(shown))), safe(desc)])
            )
        return join(lines, "\n")


def help_rows(app: Any) -> list[tuple[str, str]]:
    """(keys, description) for every binding the help screen lists (keys.HELP_SCOPES), keys as now bound."""
    lang = getattr(app, "lang", "zh")
    session = getattr(app, "session", None)
    sections = session.sections if session is not None else ()
    rows = []
    for binding_id, bound in keys.help_table(compat.keymap(app), sections):
        shown = " / ".join(app.get_key_display(Binding(k, "")) for k in bound)
        rows.append((shown, keys.label(binding_id, lang, sections) or binding_id))
    return rows


# ---------------------------------------------------------------------------- theme picker


class ThemeScreen(_Modal):
    """Pick a theme; moving the cursor previews it, Esc restores the old one."""

    def __init__(self, names: list[str], current: str, lang: str) -> None:
        super().__init__()
        self.names = names
        self.original = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="theme-dialog"):
            yield Static(safe(keys.label("theme", self.lang) or ""), classes="dialog-title")
            yield ChoiceList(id="theme-list")

    def on_mount(self) -> None:
        super().on_mount()
        lst = self.query_one(ChoiceList)
        choices = []
        for name in self.names:
            label = theme_label(name, self.lang)
            text = f"{label}  ({name})" if label != name else name
            marker = "● " if name == self.original else "  "
            choices.append(Choice(name, _lines(join([Content(marker), safe(text)]))))
        index = self.names.index(self.original) if self.original in self.names else 0
        lst.set_items(choices, index)
        lst.focus()

    @on(ChoiceList.Highlighted)
    def _preview(self, event: ChoiceList.Highlighted) -> None:
        if event.value in self.app.available_themes:
            self.app.theme = event.value

    def action_close(self) -> None:
        self.app.theme = self.original
        self.dismiss(None)

    def choose(self, value: Any) -> None:
        self.app.theme = value
        self.app.notify(t("msg.theme_changed", self.lang, name=theme_label(value, self.lang)), markup=False, timeout=2)
        self.dismiss(value)


# ---------------------------------------------------------------------------- editions


class EditionsScreen(_Modal):
    """Every edition, newest first: date, title, article count."""

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(safe(t("pane.editions", self.lang)), classes="dialog-title")
            yield ChoiceList(id="edition-list")

    def on_mount(self) -> None:
        super().on_mount()
        current = self.session.edition.id if self.session.edition else None
        choices = []
        index = 0
        for i, e in enumerate(reversed(self.session.entries)):
            date = format_date(e.date, self.lang, lunar_date=_lunar(self.app)) or t("label.date_unknown", self.lang)
            count = t("label.articles_count", self.lang, count=e.article_count)
            marker = "● " if e.id == current else "  "
            text = join(
                [
                    Content(marker),
                    safe(date).stylize("bold"),
                    Content("  "),
                    safe(e.title),
                    Content("  "),
                    safe(count).stylize(".lines--dim"),
                ]
            )
            choices.append(Choice(e.id, _lines(text, hang="  ")))
            if e.id == current:
                index = i
        lst = self.query_one(ChoiceList)
        lst.set_items(choices, index)
        lst.focus()


# ---------------------------------------------------------------------------- a figure's history


class FigureHistoryScreen(_Modal):
    """The same measure (label and unit) across every edition, newest first,
    with a sparkline of its values oldest to newest. The index is brought up to
    date and read in a worker; Enter opens the article a value is from."""

    def __init__(self, session: Any, figure: Any) -> None:
        super().__init__()
        self.session = session
        self.figure = figure
        #: the values shown, newest first (tests read them)
        self.points: list[Any] | None = None

    def compose(self) -> ComposeResult:
        from textual.widgets import Sparkline

        f = self.figure
        title = t("pane.figure_history", self.lang, label=f.label, unit=f.unit or "—")
        with Vertical(classes="dialog"):
            yield Static(safe(title), classes="dialog-title")
            yield Sparkline([], id="figure-sparkline")
            yield Static(safe(t("msg.searching", self.lang)), classes="dialog-hint", id="figure-status")
            yield ChoiceList(id="figure-history")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(ChoiceList).focus()
        self.run_worker(self._load, thread=True, group="figure-history", exclusive=True, exit_on_error=False)

    def _load(self) -> None:
        from reader.store.search import ensure_index, figure_history

        try:
            ensure_index(self.session.library)
            points = figure_history(self.session.library, self.figure.label, self.figure.unit)
        except Exception as exc:  # noqa: BLE001 - a broken index must not crash the reader
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._show, points)

    def _failed(self, exc: Exception) -> None:
        if self.is_attached:
            self.query_one("#figure-status", Static).update(safe(self.app.redact(str(exc).splitlines()[0])))  # type: ignore[attr-defined]

    def _show(self, points: list[Any]) -> None:
        if not self.is_attached:
            return
        from reader.model import change_mark, format_value

        self.points = points
        self.query_one("#figure-sparkline").data = [p.value for p in reversed(points)]
        key = "msg.figure_history" if len(points) > 1 else "msg.figure_history_one"
        self.query_one("#figure-status", Static).update(safe(t(key, self.lang, count=len(points))))
        choices = []
        for p in points:
            when = format_date(p.date, self.lang) or t("label.date_unknown", self.lang)
            value = f"{format_value(p.value)}{self.figure.unit}"
            mark = change_mark(p.change, p.reached)
            change = f" {mark}" if mark else ""
            text = join(
                [
                    safe(when).stylize("bold"),
                    Content("  "),
                    safe(value + change).stylize(".lines--accent"),
                    Content("  "),
                    safe(p.headline).stylize(".lines--dim"),
                ]
            )
            choices.append(Choice((p.edition_id, p.article_id), _lines(text, hang="  ")))
        self.query_one(ChoiceList).set_items(choices, 0)


# ---------------------------------------------------------------------------- bookmarks


class BookmarksScreen(_Modal):
    """The bookmarks, newest first: Enter opens one, ``d``/Delete removes one."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("bookmarks")

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.removed = False  # the reading screen refreshes its list marks if so

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(safe(t("pane.bookmarks", self.lang)), classes="dialog-title")
            yield ChoiceList(id="bookmark-list")
            key = self.app.get_key_display(Binding(_current_key(self.app, "remove_bookmark"), ""))
            yield Static(safe(t("bookmarks.hint", self.lang, key=key)), classes="dialog-hint")

    def on_mount(self) -> None:
        super().on_mount()
        self._fill(0)
        self.query_one(ChoiceList).focus()

    def _fill(self, index: int) -> None:
        dates = {e.id: format_date(e.date, self.lang) or e.title for e in self.session.entries}
        choices = []
        for b in reversed(self.session.bookmarks):
            sec = self.session.section_of(b.section)
            where = " · ".join(x for x in (dates.get(b.edition, ""), sec.name(self.lang) if sec else "") if x)
            text = join(
                [safe(b.headline or b.article).stylize("bold"), Content("  "), safe(where).stylize(".lines--dim")]
            )
            choices.append(Choice((b.edition, b.article), _lines(text, hang="  ")))
        key = self.app.get_key_display(Binding(_current_key(self.app, "bookmark"), ""))
        # i18n.t() takes the label key as its first argument, so {key} is filled here
        self.query_one(ChoiceList).set_items(
            choices,
            min(index, len(choices) - 1) if choices else None,
            empty=safe(t("msg.no_bookmarks", self.lang, key=key)),
        )

    def action_remove(self) -> None:
        lst = self.query_one(ChoiceList)
        index = lst.index
        if index is None or not 0 <= index < len(lst.items):
            return
        edition, article = lst.items[index].value
        if self.session.remove_bookmark(edition, article):
            self.removed = True
            self.app.notify(t("msg.unbookmarked", self.lang), markup=False, timeout=2)
        self._fill(index)

    def dismiss(self, result: Any = None):  # type: ignore[override]
        # the reading screen learns of removals even when nothing is opened
        return super().dismiss((result, self.removed))


def _current_key(app: Any, binding_id: str) -> str:
    return keys.current_keys(compat.keymap(app), binding_id)[0]


# ---------------------------------------------------------------------------- search


@dataclass(frozen=True)
class _Result:
    edition_id: str
    article_id: str
    headline: str
    where: str
    snippet: str
    spans: tuple[tuple[int, int], ...]
    paragraph: int | None = None  # first body match, when known
    offset: int | None = None


def _lunar(app: Any) -> bool:
    """config.toml's ``lunar_date`` (the Chinese interface adds the lunar date)."""
    return bool(getattr(getattr(app, "config", None), "lunar_date", False))


def run_search(session: Any, query: str, lang: str = "zh", limit: int = 50) -> tuple[list[_Result], bool]:
    """Search (off the UI thread): the results, and whether the index was complete."""
    from reader.store.search import search_now

    hits, complete = search_now(session.library, query, limit=limit)
    out = []
    for h in hits:
        sec = session.section_of(getattr(h, "section", "") or "")
        when = format_date(getattr(h, "edition_date", None), lang) or t("label.date_unknown", lang)
        where = " · ".join(x for x in (when, sec.name(lang) if sec else "") if x)
        out.append(
            _Result(
                h.edition_id,
                h.article_id,
                h.headline,
                where,
                h.snippet,
                tuple(tuple(s) for s in h.spans),
                getattr(h, "paragraph", None),
                getattr(h, "offset", None),
            )
        )
    return out, complete


class _Stopped(Exception):
    """The index build was told to stop (the search closed, the reader quit)."""


class SearchScreen(_Modal):
    """Search every edition. Nothing here runs on the UI thread: the index is
    brought up to date in a worker as the screen opens (progress in the status
    line), and each query runs in a worker too. A query typed while the index
    is being built searches what is indexed so far and says so; it runs again
    by itself when the build is done, so a partial "no match" is never final."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("search")

    #: seconds the query must stay unchanged before it runs (one search per pause in typing)
    SEARCH_DELAY_S = 0.2
    #: at most this often the status line shows the build's progress
    PROGRESS_EVERY_S = 0.1

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self._timer: Any = None
        self._query = ""
        self._indexing: tuple[int, int] | None = None  # (done, total) while the index is being built
        self._index_ready = False
        self._focus_results = False
        #: the results of the last search shown, for tests and the status line
        self.complete = True

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(safe(t("pane.search", self.lang)), classes="dialog-title")
            yield Input(placeholder=t("msg.search_prompt", self.lang), id="search-input")
            yield Static(Content(""), classes="dialog-hint", id="search-status")
            yield ChoiceList(id="search-results")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(Input).focus()
        self.run_worker(self._build_index, thread=True, group="search-index", exclusive=True, exit_on_error=False)

    @property
    def busy(self) -> bool:
        """A search or the index build is still running (tests wait for this to turn False)."""
        return any(w.is_running for w in self.workers)

    # -- the index, in a worker ------------------------------------------------------

    def _build_index(self) -> None:
        import time

        from textual.worker import get_current_worker

        from reader.store.search import ensure_index

        worker = get_current_worker()
        last = [0.0]

        def progress(done: int, total: int, _what: str) -> None:
            if worker.is_cancelled:
                raise _Stopped
            now = time.monotonic()
            if now - last[0] >= self.PROGRESS_EVERY_S or done == total:
                last[0] = now
                self.app.call_from_thread(self._show_progress, done, total)

        import gc

        # The build makes and drops hundreds of thousands of objects; each full
        # collection would walk every object the reader holds (Textual's, the
        # catalogue) and stall the screen for ~120 ms at 3,650 editions. Those
        # are set aside (gc.freeze) while the build runs, so a collection only
        # walks what the build made.
        gc.freeze()
        try:
            ensure_index(self.session.library, progress)
        except _Stopped:
            return
        except Exception as exc:  # noqa: BLE001 - a broken index must not crash the reader
            self.app.call_from_thread(self._show_error, exc)
            return
        finally:
            gc.unfreeze()
        self.app.call_from_thread(self._built)

    def _show_progress(self, done: int, total: int) -> None:
        if not self.is_attached:
            return
        self._indexing = (done, total)
        if not self._query or not self.query_one(ChoiceList).items:
            self._status(t("msg.indexing", self.lang, done=f"{done:,}", total=f"{total:,}"))

    def _built(self) -> None:
        if not self.is_attached:
            return
        was_indexing = self._indexing is not None
        self._indexing, self._index_ready = None, True
        if self._query and (was_indexing or not self.complete):
            self._run(self._query)  # what was searched on a partial index, again on the whole
        elif was_indexing:
            self._status("")

    # -- queries ---------------------------------------------------------------------

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.SEARCH_DELAY_S, lambda: self._run(event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._focus_results = True
        self._run(event.value)

    def action_to_results(self) -> None:
        results = self.query_one(ChoiceList)
        if results.items:
            results.focus()

    def _status(self, text: str) -> None:
        self.query_one("#search-status", Static).update(safe(self.app.redact(text)))  # type: ignore[attr-defined]

    def _run(self, query: str) -> None:
        query = query.strip()
        self._query = query
        if len(query) < 2 and not any(ord(ch) > 0x2E80 for ch in query):
            self._status(t("msg.search_min", self.lang))
            self.query_one(ChoiceList).set_items([])
            return
        self._status(t("msg.searching", self.lang))
        self.run_worker(
            lambda: self._search(query), thread=True, group="search-query", exclusive=True, exit_on_error=False
        )

    def _search(self, query: str) -> None:
        try:
            hits, complete = run_search(self.session, query, self.lang)
        except Exception as exc:  # noqa: BLE001 - a broken index must not crash the reader
            self.app.call_from_thread(self._show_error, exc, query)
            return
        self.app.call_from_thread(self._show, query, hits, complete)

    def _show_error(self, exc: Exception, query: str | None = None) -> None:
        if not self.is_attached or (query is not None and query != self._query):
            return
        self._status(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        if query is not None:
            self.query_one(ChoiceList).set_items([])

    def _show(self, query: str, hits: list[_Result], complete: bool) -> None:
        if not self.is_attached or query != self._query:
            return  # a newer query is on its way
        self.complete = complete or self._index_ready
        if not self.complete:
            done, total = self._indexing or (0, 0)
            key = "msg.results_partial" if hits else "msg.no_results_yet"
            self._status(t(key, self.lang, count=len(hits), done=f"{done:,}", total=f"{total:,}"))
        else:
            self._status(t("msg.results", self.lang, count=len(hits)) if hits else t("msg.no_results", self.lang))
        words = [w.strip('"') for w in query.split() if w.strip('"')]
        choices = []
        for h in hits:
            snippet = safe(h.snippet)
            for s, e in h.spans:
                if 0 <= s < e <= len(snippet.plain):
                    snippet = snippet.stylize(".lines--accent", s, e).stylize("bold", s, e)
            head = join([safe(h.headline).stylize("bold"), Content("  "), safe(h.where).stylize(".lines--dim")])

            def render(width: int, head: Content = head, snippet: Content = snippet) -> list[Content]:
                lines = [c for c, _s, _e in wrap_content(head, width)]
                lines.append(join([Content("  "), truncate(snippet, width - 2)]))
                lines.append(Content(""))
                return lines

            choices.append(
                Choice((h.edition_id, h.article_id, words[0] if words else "", h.paragraph, h.offset), render)
            )
        results = self.query_one(ChoiceList)
        results.set_items(choices, 0)
        if self._focus_results and choices:
            results.focus()
        self._focus_results = False
