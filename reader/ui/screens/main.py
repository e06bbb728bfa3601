"""The reading screen: wires sections, article list, body, summary and figures.

(Over 600 lines: it is the reader's one screen and acts on every key of it.
Its bindings are in reader.ui.keys, which panes show in reader.ui.layout,
its first-frame paint in reader.ui.compat.)

Widgets never reach into each other; they post messages, and this screen
decides what the others show. Layout is in ``reader.tcss``; this screen only
sets the classes :class:`~reader.ui.layout.PaneLayout` gives it.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from reader.dates import format_date
from reader.i18n import t
from reader.model import Article, Figure
from reader.ui import compat, keys, layout
from reader.ui.compat import FirstPaintScreen
from reader.ui.layout import PaneLayout
from reader.ui.messages import FirstFrame, LanguageChanged, PickTheme, ReadyForNotices
from reader.ui.text import join, safe
from reader.ui.widgets.body import ArticleBody
from reader.ui.widgets.panes import (
    ArticleItem,
    ArticleItems,
    ArticleList,
    FiguresPane,
    Masthead,
    ReaderFooter,
    SectionItem,
    SectionNav,
    SidePaneReady,
    SummaryPane,
)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``, as the summariser splits it (the same
    sentences a summary quotes; a quotation of several sentences stays one)."""
    from reader.analysis.sentences import split_paragraph  # regular expressions only; not on the start path

    spans = split_paragraph(text) or [(0, len(text))]
    first = next((s for s, e in spans if s <= start < e), spans[-1][0])
    last = next((e for s, e in spans if s < max(end, start + 1) <= e), spans[-1][1])
    return first, max(last, first)


def find_sentence(article: Article, sentence: str) -> tuple[int, int, int] | None:
    """Where a summary sentence stands in the article: (paragraph, start, end)."""
    needle = sentence.strip()
    if not needle:
        return None
    for p, para in enumerate(article.paragraphs):
        i = para.find(needle)
        if i >= 0:
            return p, i, i + len(needle)
    # the summariser may have trimmed quotes/punctuation: try the longest prefix that matches
    core = needle.strip("“”\"'。！？；，")
    for n in range(len(core), 7, -1):
        head = core[:n]
        for p, para in enumerate(article.paragraphs):
            i = para.find(head)
            if i >= 0:
                return p, i, min(len(para), i + len(core))
    return None


class ReaderScreen(FirstPaintScreen, Screen[None]):
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = layout.HORIZONTAL_BREAKPOINTS
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = layout.VERTICAL_BREAKPOINTS

    #: the section keys are added per screen from sections.toml: see keys.add_section_bindings()
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("reader")

    def __init__(self, session) -> None:
        super().__init__(id="reader")
        self.session = session
        # the reader's own key wins over a section's; say so rather than fail quietly
        session.notices.extend(keys.add_section_bindings(self, session.sections))
        self.section: str = session.sections[0].id
        self.article: Article | None = None
        self._side_article: Article | None = None
        self._pane_cache: dict[str, object] = {}
        st = session.place
        ed = session.edition
        #: which pane the reader works in, which side panes show
        self.panes = PaneLayout(active="body" if (ed is not None and st.article and ed.article(st.article)) else "list")
        # Classes set now cost nothing (no children styled yet, and update=False:
        # the screen is styled when it is mounted); set after mount they
        # restyle the whole screen.
        try:
            width, height = self.app.size
        except Exception:  # no app/driver yet
            width = height = 0
        if width and height:
            # the breakpoint classes too: the first resize then changes nothing
            self.add_class(
                *(c for c, on in self.panes.classes(width).items() if on),
                *compat.breakpoint_classes(self, width, self.HORIZONTAL_BREAKPOINTS),
                *compat.breakpoint_classes(self, height, self.VERTICAL_BREAKPOINTS),
                update=False,
            )

    # -- composition --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Masthead(id="masthead")
        yield SectionNav(id="section-bar")
        with Horizontal(id="panes"):
            with Vertical(id="left-col"):
                yield SectionNav(id="section-col")
                yield ArticleList(id="articles")
            yield ArticleBody(id="body")
            # The side column's panes (summary, figures) are mounted right after
            # the first frame (see _mount_side): below 120 columns they start
            # hidden anyway. The column itself is here from the start: mounting
            # it later would repaint every pane beside it.
            yield Vertical(id="side-col")
        yield Static(self._too_small_text(), id="too-small")
        yield ReaderFooter()

    @property
    def lang(self) -> str:
        return getattr(self.app, "lang", "zh")

    # -- the first frame (its paint: compat.FirstPaintScreen) ----------------------------

    def _mount_side(self) -> None:
        if not self.is_attached or compat.is_exiting(self.app) or self.query("#summary"):
            return
        try:
            self.query_one("#side-col", Vertical).mount(SummaryPane(id="summary"), FiguresPane(id="figures"))
        except Exception:  # the app is closing: nothing to show it on
            pass

    #: seconds after the first screen before every edition file is checked
    #: (well after it: the check must not slow the start)
    CATALOGUE_CHECK_DELAY_S = 2.0

    def first_frame_painted(self) -> None:
        self.app.post_message(FirstFrame())  # the app ends its start-up

    def on_mount(self) -> None:
        self.note_mounted_styles()
        self.call_after_refresh(self._mount_side)
        self.call_after_refresh(self.app.post_message, ReadyForNotices())
        self.set_timer(self.CATALOGUE_CHECK_DELAY_S, self._check_catalogue)
        ed = self.session.edition
        st = self.session.place
        if ed is None:
            self._show_edition(None)
            return
        section = st.section if st.section and self.session.section_of(st.section) else self.session.first_section()
        article = ed.article(st.article) if st.article else None
        if article is not None:
            section = article.section
        self._show_edition(ed, section=section, highlight=article.id if article else None)
        if article is not None:
            self.open_article(article.id, top=st.scroll, anchor=st.anchor, focus=False)
            self._set_active("body")
        else:
            # first visit: show the section's lead article without counting it as read
            lead = self.session.articles_in(section)
            if lead:
                self.open_article(lead[0].id, focus=False, remember=False)
            self._set_active("list")
        self._apply_layout()

    def _check_catalogue(self) -> None:
        """The start path trusted the catalogue (see Library.editions(quick=True));
        check every edition file now, off the UI thread."""
        self.run_worker(self._refresh_entries, thread=True, exclusive=True, group="catalogue", exit_on_error=False)

    def _refresh_entries(self) -> None:
        session = self.session
        if session.refresh_entries():
            self.app.call_from_thread(self.refresh_bindings)
            if session.edition is None and session.entries:  # imported between the start and this check
                self.app.call_from_thread(self._new_editions, list(session.entries))
        self.app.call_from_thread(self._start_polling)

    #: how often the library is checked for editions another process imported
    #: (one stat per content dir; a change re-reads the catalogue, off the UI thread)
    NEW_EDITIONS_POLL_S = 1.0

    #: the library is being watched for new editions (after the first full check)
    polling = False

    def _start_polling(self) -> None:
        if self.is_attached and not self.polling:
            self.polling = True
            self.set_interval(self.NEW_EDITIONS_POLL_S, self._poll_editions)

    def _poll_editions(self) -> None:
        if any(w.is_running and w.group == "catalogue" for w in self.workers):
            return
        self.run_worker(self._find_new_editions, thread=True, group="catalogue", exit_on_error=False)

    def _find_new_editions(self) -> None:
        new = self.session.new_editions()
        if new:
            self.app.call_from_thread(self._new_editions, new)

    def _new_editions(self, new: list) -> None:
        """Editions imported while the reader is open: say so, and count them in."""
        newest = new[-1]
        self.app.notify(t("msg.new_editions", self.lang, count=len(new), title=newest.title), timeout=6)
        self.refresh_bindings()
        if self.session.edition is None:  # the library was empty: open what came
            self.switch_edition(newest.id)
        else:
            self._update_masthead(self.session.edition)

    def _too_small_text(self) -> Content:
        zh = t("msg.too_small", "zh", width=layout.MIN_WIDTH, height=layout.MIN_HEIGHT)
        en = t("msg.too_small", "en", width=layout.MIN_WIDTH, height=layout.MIN_HEIGHT)
        first, second = (zh, en) if self.lang == "zh" else (en, zh)
        return join([safe(first), Content("\n\n"), safe(second)])

    # -- layout (which panes: reader.ui.layout; drawn by reader.tcss) ------------------------

    @property
    def mode(self) -> str:
        return layout.mode(self.size.width)

    def _apply_layout(self) -> None:
        # Changing a screen class restyles every widget: one restyle of the
        # screen, and none when nothing changed.
        want = self.panes.classes(self.size.width)
        add = [c for c, on in want.items() if on and not self.has_class(c)]
        remove = [c for c, on in want.items() if not on and self.has_class(c)]
        if add:
            self.add_class(*add)
        if remove:
            self.remove_class(*remove)

    def on_resize(self) -> None:
        self._apply_layout()
        self.call_after_refresh(self._ensure_focus)

    def _pane_widget(self, pane: str):
        """The pane's widget (None for a side pane not mounted yet)."""
        widget = self._pane_cache.get(pane)
        if widget is None:
            found = self.query(f"#{layout.WIDGET_IDS[pane]}")
            if found:
                widget = self._pane_cache[pane] = found.first()
        return widget

    def _pane_of(self, widget) -> str | None:
        return layout.pane_of(getattr(widget, "id", None))

    def _set_active(self, pane: str) -> None:
        """Make ``pane`` the one the reader works in (and shown, when narrow)."""
        self.panes.active = pane
        self._apply_layout()
        widget = self._pane_widget(pane)
        if widget is not None:
            self.call_after_refresh(self._focus, widget)

    def _focus(self, widget) -> None:
        # Not widget.focus(): that repaints the widget even when it has the
        # focus already (at start the list does, from Textual's auto-focus),
        # and it defers the change, where this keeps the order of requests.
        if widget.is_attached:
            self.set_focus(widget)

    def _ensure_focus(self) -> None:
        focused = self.focused
        visible = self.panes.visible(self.size.width)
        if focused is None or self._pane_of(focused) not in visible:
            pane = self.panes.active if self.panes.active in visible else visible[0]
            widget = self._pane_widget(pane)
            if widget is not None:
                widget.focus()

    def on_descendant_focus(self, event) -> None:
        pane = self._pane_of(event.widget)
        if pane is not None:
            self.panes.active = pane
            if self.mode == "narrow":
                self._apply_layout()

    # -- editions and sections ------------------------------------------------------------

    def _update_masthead(self, edition) -> None:
        idx, total = self.session.position(edition.id) or (None, 0)
        parts = [safe(edition.title).stylize("bold")]
        if edition.date:
            lunar = bool(getattr(getattr(self.app, "config", None), "lunar_date", False))
            parts.append(safe(format_date(edition.date, self.lang, lunar_date=lunar)))
        parts.append(safe(t("label.articles_count", self.lang, count=len(edition.articles))))
        if idx is not None and total > 1:
            parts.append(Content(f"{idx + 1}/{total}"))
        self.query_one("#masthead", Masthead).text = join(parts, " · ")

    def _show_edition(self, edition, *, section: str | None = None, highlight: str | None = None) -> None:
        masthead = self.query_one("#masthead", Masthead)
        if edition is None:
            masthead.text = safe(t("msg.no_editions", self.lang)).stylize("bold")
            self.query_one("#body", ArticleBody).show(None, placeholder=safe(t("msg.no_editions", self.lang)))
            self._update_sections()
            self.query_one("#articles", ArticleList).set_items([], empty=safe(t("msg.no_articles", self.lang)))
            return
        self._update_masthead(edition)
        self.section = section or self.session.first_section()
        self.article = None
        self.query_one("#body", ArticleBody).show(None, placeholder=safe(t("help.intro", self.lang)))
        self._set_side(None)
        self._update_sections()
        self._fill_list(highlight)

    def _update_sections(self) -> None:
        counts = self.session.counts()
        items = [SectionItem(s.id, s.name(self.lang), s.hotkey, counts.get(s.id, 0)) for s in self.session.sections]
        for nav in self.query(SectionNav):
            nav.set_sections(items, self.section)

    def _list_items(self) -> ArticleItems:
        """The section's list items, each made when the list shows it (a section may hold thousands)."""
        open_id = self.article.id if self.article else None
        session = self.session

        def item(a: Article) -> ArticleItem:
            return ArticleItem(
                id=a.id,
                headline=a.headline,
                kicker=a.kicker,
                first_line=a.first_line(),
                read=session.is_read(a.id),
                bookmarked=session.is_bookmarked(a.id),
                open=a.id == open_id,
                photo_label=t("list.photo", self.lang) if a.kind == "photo" else None,
            )

        return ArticleItems(session.articles_in(self.section), item)

    def _fill_list(self, highlight: str | None = None) -> None:
        lst = self.query_one("#articles", ArticleList)
        items = self._list_items()
        index = items.index_of(highlight) or 0
        lst.set_items(items, index, empty=safe(t("msg.no_articles", self.lang)))

    def _refresh_list(self) -> None:
        lst = self.query_one("#articles", ArticleList)
        index = lst.index
        lst.replace_items(self._list_items())
        if index is not None:
            lst.set_reactive(ArticleList.index, index)

    def select_section(self, section: str, *, highlight: str | None = None, focus: bool = True) -> None:
        if self.session.section_of(section) is None:
            return
        self.section = section
        self.session.choose_section(section)
        self._update_sections()
        if highlight is None and self.article is not None and self.article.section == section:
            highlight = self.article.id
        self._fill_list(highlight)
        if focus:
            self._set_active(self.panes.to_list(self.size.width))

    def action_section(self, index: int) -> None:
        if 0 <= index < len(self.session.sections):
            self.select_section(self.session.sections[index].id)

    @on(SectionNav.Chosen)
    def _section_chosen(self, event: SectionNav.Chosen) -> None:
        self.select_section(event.section)

    def switch_edition(self, edition_id: str, *, article_id: str | None = None) -> None:
        from reader.errors import ContentError

        try:
            edition = self.session.load_edition(edition_id)
        except ContentError as exc:
            self.app.notify(str(exc), severity="error", markup=False)
            return
        section = self.section if self.session.counts().get(self.section) else self.session.first_section()
        article = edition.article(article_id) if article_id else None
        if article is not None:
            section = article.section
        self._show_edition(edition, section=section, highlight=article_id)
        if article is not None:
            self.open_article(article.id)
        else:
            self.session.close_article()
            # the new edition's lead article of the section is on screen, as at start
            # (shown, not counted as read); the list keeps the focus
            lead = self.session.articles_in(section)
            if lead:
                self.open_article(lead[0].id, focus=False, remember=False)
            self._set_active("list")

    def action_edition(self, step: int) -> None:
        ed = self.session.edition
        if ed is None:
            return
        idx = self.session.entry_index(ed.id)
        if idx is None:
            return
        new = idx + step
        if new < 0:
            self.app.notify(t("msg.oldest_edition", self.lang), markup=False)
            return
        if new >= len(self.session.entries):
            self.app.notify(t("msg.newest_edition", self.lang), markup=False)
            return
        self.switch_edition(self.session.entries[new].id)

    # -- articles --------------------------------------------------------------------------

    def open_article(
        self,
        article_id: str,
        *,
        top: int = 0,
        anchor: tuple[int, int] | None = None,
        focus: bool = True,
        remember: bool = True,
    ) -> None:
        """Show an article; ``remember=False`` shows it without marking it read or saving it as the place."""
        ed = self.session.edition
        a = ed.article(article_id) if ed else None
        if a is None:
            return
        self.article = a
        if remember:
            self.session.open_article(a, top=top, anchor=anchor)
        if a.section != self.section:
            self.section = a.section
            self._update_sections()
            self._fill_list(a.id)
        else:
            self._refresh_list()
        self.query_one("#body", ArticleBody).show(a, top=top, anchor=anchor)
        self._set_side(a)
        if focus:
            self._set_active("body")

    def _set_side(self, a: Article | None) -> None:
        self._side_article = a
        summary = self._pane_widget("summary")
        figures = self._pane_widget("figures")
        if summary is None or figures is None:
            return  # filled when they mount (see _side_ready)
        summary.set_article(
            a,
            title=t("pane.summary", self.lang),
            keywords_title=t("pane.keywords", self.lang),
            empty=t("msg.no_summary", self.lang),
            editor_title=t("pane.editor_box", self.lang),
            **self._why(a),
        )
        figures.set_article(a, title=t("pane.figures", self.lang), empty=t("msg.no_figures", self.lang))

    def _why(self, a: Article | None) -> dict[str, str]:
        """The heading and note for why ``a`` is in its section (summary pane)."""
        if a is None:
            return {}
        info = self.session.section_of(a.section)
        name = info.name(self.lang) if info is not None else a.section
        if a.section_pinned:
            note = t("msg.section_pinned", self.lang)
        elif a.section_terms:
            note = ""
        elif info is not None and info.catch_all:
            note = t("msg.section_catch_all", self.lang)
        else:  # imported before articles recorded their terms
            note = t("msg.section_unknown_why", self.lang)
        return {"why_title": t("label.section_why", self.lang, section=name), "why_note": note}

    @on(SidePaneReady)
    def _side_ready(self) -> None:
        if self._pane_widget("summary") is not None and self._pane_widget("figures") is not None:
            self._set_side(self._side_article)
            self.call_after_refresh(self._ensure_focus)

    @on(ArticleList.Opened)
    def _opened(self, event: ArticleList.Opened) -> None:
        self.open_article(event.article_id)

    def _reading_order(self) -> list[Article]:
        out: list[Article] = []
        for s in self.session.sections:
            out.extend(self.session.articles_in(s.id))
        return out

    def _step_article(self, step: int) -> None:
        order = self._reading_order()
        if not order:
            return
        if self.article is None:
            lst = self.query_one("#articles", ArticleList)
            cur = lst.current
            target = next((a for a in order if cur and a.id == cur.id), order[0])
            self.open_article(target.id)
            return
        ids = [a.id for a in order]
        i = ids.index(self.article.id) if self.article.id in ids else 0
        j = i + step
        if 0 <= j < len(order):
            self.open_article(order[j].id)

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_prev_article(self) -> None:
        self._step_article(-1)

    def action_page(self, direction: int) -> None:
        focused = self.focused
        if isinstance(focused, (ArticleList, SummaryPane, FiguresPane)) and focused is not None:
            if self.mode == "narrow" or not isinstance(focused, ArticleList) or self.article is None:
                focused.page(direction)
                return
        self.query_one("#body", ArticleBody).page(direction)

    @on(ArticleBody.Moved)
    def _body_moved(self, event: ArticleBody.Moved) -> None:
        if self.article is not None:
            self.session.scrolled(self.article.id, event.top, event.anchor)

    # -- figures and summary ---------------------------------------------------------------

    def reveal(self, paragraph: int, start: int, end: int) -> None:
        body = self.query_one("#body", ArticleBody)
        body.reveal(paragraph, start, end)
        if self.mode == "narrow":
            self._set_active("body")

    @on(FiguresPane.Chosen)
    def _figure_chosen(self, event: FiguresPane.Chosen) -> None:
        f: Figure = event.figure
        if self.article is None or not (0 <= f.paragraph < len(self.article.paragraphs)):
            return
        s, e = sentence_span(self.article.paragraphs[f.paragraph], f.start, f.end)
        self.reveal(f.paragraph, s, e)

    @on(SummaryPane.Chosen)
    def _sentence_chosen(self, event: SummaryPane.Chosen) -> None:
        if self.article is None:
            return
        where = find_sentence(self.article, event.sentence)
        if where is not None:
            self.reveal(*where)

    # -- panes -------------------------------------------------------------------------------

    def action_toggle_pane(self, pane: str) -> None:
        widget = self._pane_widget(pane)
        if widget is None and self.mode != "narrow":
            return  # a side pane not mounted yet
        self._set_active(
            self.panes.toggle(pane, self.size.width, focused=widget is not None and self.focused is widget)
        )

    def action_pane(self, step: int) -> None:
        current = self._pane_of(self.focused) if self.focused else None
        self._set_active(self.panes.step(current, step, self.size.width))

    def action_back(self) -> None:
        current = self._pane_of(self.focused) if self.focused else self.panes.active
        pane = self.panes.back(current, self.size.width)
        if pane is not None:
            self._set_active(pane)

    # -- marks, bookmarks ----------------------------------------------------------------------

    def _target_article(self) -> Article | None:
        if self.focused is self.query_one("#articles", ArticleList):
            cur = self.query_one("#articles", ArticleList).current
            if cur is not None and self.session.edition is not None:
                return self.session.edition.article(cur.id)
        return self.article

    def action_toggle_read(self) -> None:
        a = self._target_article()
        if a is None:
            return
        now = not self.session.is_read(a.id)
        self.session.set_read(a.id, now)
        self._refresh_list()
        self.app.notify(t("msg.marked_read" if now else "msg.marked_unread", self.lang), markup=False, timeout=2)

    def action_bookmark(self) -> None:
        a = self._target_article()
        if a is None:
            return
        now = self.session.toggle_bookmark(a)
        self._refresh_list()
        self.app.notify(t("msg.bookmarked" if now else "msg.unbookmarked", self.lang), markup=False, timeout=2)

    def action_figure_history(self) -> None:
        """``H``: the figure under the figures pane's cursor across every edition."""
        from reader.ui.screens.modals import FigureHistoryScreen

        pane = self._pane_widget("figures")
        item = pane.current if pane is not None else None
        figure = getattr(item, "figure", None)
        if figure is None or not figure.label:
            self.app.notify(t("msg.no_figure", self.lang), timeout=3)
            return

        def chosen(result) -> None:
            if result:
                self.go_to(*result)

        self.app.push_screen(FigureHistoryScreen(self.session, figure), chosen)

    # -- the article elsewhere: the clipboard, a pager, an editor ---------------------------------

    def action_copy_article(self) -> None:
        """``y``: the article (headline, where it is from, text) to the clipboard, by OSC 52:
        it works over SSH, where the terminal on the user's desk holds the clipboard."""
        from reader.export import article_text

        a = self._target_article()
        if a is None or self.session.edition is None:
            self.app.notify(t("msg.no_article", self.lang), timeout=2)
            return
        self._copy(article_text(self.session.edition, a))

    def action_copy_summary(self) -> None:
        """``Y``: the summary and the figures to the clipboard."""
        from reader.export import summary_text

        a = self._target_article()
        if a is None:
            self.app.notify(t("msg.no_article", self.lang), timeout=2)
            return
        self._copy(summary_text(a))

    def on_text_selected(self, _event: events.TextSelected) -> None:
        """Text selected with the mouse (drag in the article) is copied when the
        button is let go, as a terminal's own selection would be; Ctrl+C
        copies it again. (Textual takes the mouse, so the terminal's own
        selection needs Shift or Option held.)"""
        text = self.get_selected_text()
        if text:
            self._copy(text)

    def _copy(self, text: str) -> None:
        from reader.sanitize import clean

        text = clean(text)
        self.app.copy_to_clipboard(text)
        self.app.notify(t("msg.copied", self.lang, count=len(text)), timeout=3)

    def action_open_outside(self, editor: bool) -> None:
        """``o``/``O``: the article in ``$PAGER`` (or ``$EDITOR``), the reader suspended
        meanwhile and back at the same place after. Not in the kiosk: it would hand
        an SSH user a program that can open other files or a shell."""
        import os
        import subprocess
        import tempfile

        from textual.app import SuspendNotSupported

        from reader.export import article_text, pager_command

        if getattr(self.app, "kiosk", False):
            self.app.notify(t("msg.outside_disabled", self.lang), severity="warning", timeout=3)
            return
        a = self._target_article()
        if a is None or self.session.edition is None:
            self.app.notify(t("msg.no_article", self.lang), timeout=2)
            return
        argv = pager_command(os.environ, editor=editor)
        fd, path = tempfile.mkstemp(prefix="reader-", suffix=".txt")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(article_text(self.session.edition, a))
            with self.app.suspend():
                subprocess.run([*argv, path], check=False)
        except (OSError, SuspendNotSupported) as exc:
            problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            self.app.notify(
                t("msg.outside_failed", self.lang, command=argv[0], problem=problem), severity="error", timeout=4
            )
        finally:
            try:
                os.unlink(path)
            except OSError:
                pass
        self.refresh()

    # -- modal screens (imported on first use: not on the start path) ----------------------------------

    def action_bookmarks(self) -> None:
        from reader.ui.screens.modals import BookmarksScreen

        def chosen(outcome) -> None:
            result, removed = outcome
            if removed:
                self._refresh_list()  # the list's bookmark marks
            if result:
                self.go_to(*result)

        self.app.push_screen(BookmarksScreen(self.session), chosen)

    def go_to(self, edition_id: str, article_id: str) -> None:
        if self.session.edition is not None and self.session.edition.id == edition_id:
            self.open_article(article_id)
        else:
            self.switch_edition(edition_id, article_id=article_id)

    def action_editions(self) -> None:
        from reader.ui.screens.modals import EditionsScreen

        def chosen(result) -> None:
            if result:
                self.switch_edition(result)

        self.app.push_screen(EditionsScreen(self.session), chosen)

    def action_search(self) -> None:
        from reader.ui.screens.modals import SearchScreen

        def chosen(result) -> None:
            if result:
                edition_id, article_id, needle, paragraph, offset = result
                self.go_to(edition_id, article_id)
                if self.article is None or self.article.id != article_id:
                    return
                paras = self.article.paragraphs
                if paragraph is not None and offset is not None and 0 <= paragraph < len(paras):
                    s, e = sentence_span(paras[paragraph], offset, offset)
                    self.reveal(paragraph, s, e)
                elif needle:
                    self._reveal_text(needle)

        self.app.push_screen(SearchScreen(self.session), chosen)

    def _reveal_text(self, needle: str) -> None:
        assert self.article is not None
        for p, para in enumerate(self.article.paragraphs):
            i = para.find(needle)
            if i >= 0:
                s, e = sentence_span(para, i, i + len(needle))
                self.reveal(p, s, e)
                return

    def action_theme(self) -> None:
        self.app.post_message(PickTheme())

    def action_help(self) -> None:
        from reader.ui.screens.modals import HelpScreen

        self.app.push_screen(HelpScreen())

    # -- language ---------------------------------------------------------------------------------

    def on_language_changed(self, message: LanguageChanged) -> None:
        keys.localize(self, message.lang, self.session.sections)
        self.relabel()
        self.refresh_bindings()

    def relabel(self) -> None:
        """Re-render labels after a language change."""
        for notice in self.query("#too-small"):
            notice.update(self._too_small_text())
        ed = self.session.edition
        if ed is not None:
            self._show_edition(ed, section=self.section, highlight=self.article.id if self.article else None)
            if self.article is not None:
                body = self.query_one("#body", ArticleBody)
                self.open_article(self.article.id, top=body.top_line, anchor=body.anchor, focus=False)
