"""The reader at 80×24 driven by the keyboard alone: one test per key group."""

from __future__ import annotations

from pathlib import Path

from conftest import palette_search, press, screen_text, wait_until

from textual.color import Color

from reader.store.state import StateStore
from reader.ui.app import ReaderApp
from reader.ui.screens.main import ReaderScreen
from reader.ui.text import component_style
from reader.ui.widgets.body import ArticleBody
from reader.ui.widgets.lines import LineList
from reader.ui.widgets.panes import ArticleList, FiguresPane, SectionNav, SummaryPane

SIZE = (80, 24)


def make_app(content_dir: Path, **kw) -> ReaderApp:
    kw.setdefault("animations", False)
    return ReaderApp(str(content_dir), **kw)


def reader(app: ReaderApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_sections_1_to_5(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "1高新区2 2人大1 3医养1 4能源2 5综合2" in text
        for key, section, headline in (
            ("4", "energy", "奇台县在全州率先"),
            ("2", "congress", "织就幸福图景"),
            ("5", "general", "呼图壁县万株"),
            ("3", "eldercare", "新疆初步建立医养"),
            ("1", "hightech", "园区“培土施肥”"),
        ):
            await press(pilot, key)
            assert reader(app).section == section
            assert app.query_one("#section-bar", SectionNav).section == section
            assert headline in screen_text(app)
            assert isinstance(app.focused, ArticleList)


async def test_move_open_and_back(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "4")
        lst = app.query_one("#articles", ArticleList)
        assert lst.index == 0
        await press(pilot, "j")
        assert lst.index == 1
        await press(pilot, "k")
        assert lst.index == 0
        await press(pilot, "down", "enter")
        assert reader(app).article.id == "a07"
        assert isinstance(app.focused, ArticleBody)
        assert "玛纳斯县7个能源补给项目年内投用" in screen_text(app)
        await press(pilot, "escape")
        assert isinstance(app.focused, ArticleList)
        await press(pilot, "enter", "backspace")
        assert isinstance(app.focused, ArticleList)


async def test_next_and_previous_article(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "1", "enter")
        assert reader(app).article.id == "a01"
        await press(pilot, "n")
        assert reader(app).article.id == "a02"
        await press(pilot, "n")  # into the next section
        assert reader(app).article.id == "a03"
        assert reader(app).section == "congress"
        await press(pilot, "p", "p")
        assert reader(app).article.id == "a01"


async def test_paging_and_top_bottom(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "1", "j", "enter")  # the long article
        body = app.query_one("#body", ArticleBody)
        assert body.top_line == 0
        await press(pilot, "space")
        first_page = body.top_line
        assert first_page > 5
        await press(pilot, "pagedown")
        second = body.top_line
        assert second > first_page
        await press(pilot, "b")
        assert body.top_line == second - first_page
        await press(pilot, "pageup", "pageup")
        assert body.top_line == 0
        await press(pilot, "G")
        assert body.top_line == body.max_scroll_y > 0
        await press(pilot, "g")
        assert body.top_line == 0
        await press(pilot, "j", "j")
        assert body.top_line == 2
        await press(pilot, "k")
        assert body.top_line == 1


async def test_panes_tab_h_l_s_f(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "4", "j", "enter")
        assert isinstance(app.focused, ArticleBody)
        await press(pilot, "h")
        assert isinstance(app.focused, ArticleList)
        await press(pilot, "l")
        assert isinstance(app.focused, ArticleBody)
        await press(pilot, "tab")
        assert isinstance(app.focused, ArticleList)  # wraps: list, body
        await press(pilot, "shift+tab")
        assert isinstance(app.focused, ArticleBody)
        await press(pilot, "s")
        assert isinstance(app.focused, SummaryPane)
        assert "摘要" in screen_text(app)
        await press(pilot, "f")
        assert isinstance(app.focused, FiguresPane)
        # both side panes now stacked beside the body; the list gives way
        assert not app.query_one("#left-col").display or app.query_one("#left-col").region.width == 0
        await press(pilot, "tab")
        assert isinstance(app.focused, ArticleBody)
        await press(pilot, "f")
        assert isinstance(app.focused, FiguresPane)
        await press(pilot, "f")  # pressing again hides it
        assert isinstance(app.focused, ArticleBody)
        assert not app.query_one("#figures").display


async def test_mark_read_and_unread(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "5")
        sess = app.session
        assert not sess.is_read("a06")
        assert "● 呼图壁县" in screen_text(app)
        await press(pilot, "m")
        assert sess.is_read("a06")
        assert "● 呼图壁县" not in screen_text(app)
        await press(pilot, "m")
        assert not sess.is_read("a06")
        await press(pilot, "enter")  # opening marks read
        assert sess.is_read("a06")


async def test_bookmark_and_bookmarks_list(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "3", "enter", "B")
        assert app.session.edition.id == "2025-11-15" and app.session.is_bookmarked("a04")
        await press(pilot, "1")
        await press(pilot, "apostrophe")
        assert "新疆初步建立医养结合服务网络" in screen_text(app)
        await press(pilot, "enter")
        assert reader(app).article.id == "a04"


async def test_bookmarks_list_removes_a_bookmark(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "3", "enter", "B", "4", "enter", "B")  # two bookmarks
        assert len(app.session.bookmarks) == 2
        assert "☆" in screen_text(app)  # the list marks the open (read) bookmarked article
        await press(pilot, "apostrophe")
        text = screen_text(app)
        assert "d 删除" in text  # the list says how
        newest_first = app.session.bookmarks[-1].headline
        await press(pilot, "d")  # the highlighted one: the newest
        assert [b.article for b in app.session.bookmarks] == ["a04"]
        assert newest_first not in screen_text(app)
        await press(pilot, "delete")
        assert app.session.bookmarks == []
        assert "还没有收藏" in screen_text(app)
        await press(pilot, "d")  # nothing left: nothing happens
        await press(pilot, "escape")
        assert isinstance(app.screen, ReaderScreen)
        # the article list no longer marks them, and the removal is saved
        assert "☆" not in screen_text(app) and "★" not in screen_text(app)
        app.save_state()
    again = make_app(content_dir)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.session.bookmarks == []


async def test_search_opens_article(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "slash")
        await pilot.press(*"苗木")
        await press(pilot, "enter")
        await wait_until(pilot, lambda: not app.screen.busy)  # the index and the query run in workers
        await pilot.pause()
        assert "呼图壁县万株苗木出口哈萨克斯坦" in screen_text(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert reader(app).article.id == "a06"
        body = app.query_one("#body", ArticleBody)
        assert body.mark is not None  # the sentence with the match is marked
        p, s, e = body.mark
        assert "苗木" in reader(app).article.paragraphs[p][s:e]


async def test_editions_brackets_and_picker(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.session.edition.id == "2025-11-15"
        masthead = screen_text(app).splitlines()[0]
        assert "2025年11月15日 星期六" in masthead and "2/2" in masthead  # the newest of two, dated as printed
        await press(pilot, "left_square_bracket")
        assert app.session.edition.id == "2025-11-08"
        assert "较早一期的高新区报道" in screen_text(app)
        assert "1/2" in screen_text(app).splitlines()[0]
        await press(pilot, "left_square_bracket")  # already the oldest: stays
        assert app.session.edition.id == "2025-11-08"
        await press(pilot, "right_square_bracket")
        assert app.session.edition.id == "2025-11-15"
        await press(pilot, "e")
        text = screen_text(app)
        assert "2025年11月8日 星期六" in text and "昌吉日报 2025年11月8日" in text and "8 篇" in text
        assert "2025-11-08" not in text  # the picker shows dates, never raw ids
        await press(pilot, "j", "enter")
        assert app.session.edition.id == "2025-11-08"


async def test_theme_picker(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsprint"
        await press(pilot, "t")
        names = app.theme_names
        assert "dark" in names
        while app.theme != "dark":
            await press(pilot, "j")
        await press(pilot, "escape")  # Esc restores
        assert app.theme == "newsprint"
        body = app.query_one("#body", ArticleBody)
        before = component_style(body, "body--figure").foreground  # rendered (and cached) in newsprint
        await press(pilot, "t")
        while app.theme != "dark":
            await press(pilot, "j")
        await press(pilot, "enter")
        assert app.theme == "dark"
        assert isinstance(app.screen, ReaderScreen)
        # the body draws figures in the dark theme's colour, not a cached newsprint one
        after = component_style(body, "body--figure").foreground
        assert after != before
        assert after == Color.parse(app.get_css_variables()["figure"])


async def test_help_lists_every_binding_by_current_key(content_dir: Path, monkeypatch) -> None:
    import os

    cfg = Path(os.environ["READER_CONFIG_DIR"])
    (cfg / "config.toml").write_text('[keymap]\ndown = "x,down"\nsummary = "z"\n', "utf-8")
    app = make_app(content_dir)
    async with app.run_test(size=(100, 60)) as pilot:
        await press(pilot, "4", "x")
        assert app.query_one("#articles", ArticleList).index == 1  # x now moves down
        await press(pilot, "question_mark")
        text = screen_text(app)
        assert "x / ↓" in text
        for label in ("摘要", "数字", "搜索", "收藏", "往期", "主题", "退出", "上一期", "下一期", "命令面板"):
            assert label in text, label
        assert "z " in text
        await press(pilot, "escape")
        assert isinstance(app.screen, ReaderScreen)
        await press(pilot, "z")
        assert isinstance(app.focused, SummaryPane)


async def test_command_palette_goes_to_section_and_article(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await palette_search(pilot, "玛纳斯")
        await press(pilot, "enter")
        assert reader(app).article is not None and reader(app).article.id == "a07"


async def test_quit_saves_position(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "1", "j", "enter", "space")
        top = app.query_one("#body", ArticleBody).top_line
        await press(pilot, "q")
    st = StateStore(app.session.state_path.parent).load()[0]
    assert (st.edition, st.section, st.article, st.scroll) == ("2025-11-15", "hightech", "a02", top)
    assert st.anchor is not None and st.anchor[0] == 0


async def test_cursor_lists_clamp(content_dir: Path) -> None:
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "2")
        lst = app.query_one("#articles", LineList)
        await press(pilot, "k", "k", "j", "j", "j")
        assert lst.index == 0  # one article only
        lst.index = 99
        assert lst.index == 0


async def test_palette_toggles_language(content_dir: Path) -> None:
    app = make_app(content_dir, lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "摘要" in screen_text(app)
        await palette_search(pilot, "Language")
        await press(pilot, "enter")
        await pilot.pause()
        assert app.lang == "en"
        text = screen_text(app)
        assert "Summary" in text and "Figures" in text
        assert "1High-tech zone·2" in text  # sections.toml's English names


async def test_state_can_be_switched_off(content_dir: Path) -> None:
    import os

    (Path(os.environ["READER_CONFIG_DIR"]) / "config.toml").write_text("state = false\n", "utf-8")
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "4", "enter", "B", "q")
    assert not (Path(os.environ["READER_STATE_DIR"]) / "state.json").exists()


async def _palette_shows(app, pilot, query: str) -> str:
    await palette_search(pilot, query)
    text = screen_text(app)
    await press(pilot, "escape")
    return text


async def test_palette_has_no_screenshot_in_kiosk(content_dir: Path) -> None:
    """Through reader-kiosk (READER_KIOSK=1) Ctrl+P offers no "Screenshot" (it
    would write an SVG into the service account's ~/Downloads); Quit and Keys
    stay. Outside the kiosk it is still there."""
    app = make_app(content_dir, lang="en", environ={"READER_KIOSK": "1"})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        # (the query itself is on screen: look for the command's help line)
        assert "Save an SVG" not in await _palette_shows(app, pilot, "Screenshot")
        assert "Quit the application" in await _palette_shows(app, pilot, "Quit")
        assert "Show help for the focused widget" in await _palette_shows(app, pilot, "Keys")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and {"Quit", "Keys"} <= set(titles)

    app = make_app(content_dir, lang="en", environ={})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Save an SVG" in await _palette_shows(app, pilot, "Screenshot")


async def test_palette_has_one_theme_list(content_dir: Path) -> None:
    """The palette lists the reader's themes by name, not Textual's own
    "Theme" command as a second list."""
    app = make_app(content_dir, lang="en", environ={})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = await _palette_shows(app, pilot, "Theme")
        assert "Change the current theme" not in text
        assert "Theme: " in text
        assert "Theme" not in [c.title for c in app.get_system_commands(app.screen)]


async def _read_bookmark_theme_and_quit(app: ReaderApp, pilot) -> list[str]:
    app.SAVE_DELAY_S = app.SAVE_DELAY_LATER_S = 0.01  # debounced saves, without the wait
    await press(pilot, "4", "enter", "B")
    app.theme = next(n for n in app.theme_names if n != app.theme)  # a theme choice is saved too
    await wait_until(pilot, lambda: not app.save_pending)  # past the debounced saves
    messages = [n.message for n in app._notifications]
    await press(pilot, "q")
    return messages


async def test_reader_state_off_writes_nothing(content_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """READER_STATE=off (the kiosk's ``state = "off"``) is ``state = false``:
    nothing written, and no "cannot save" warning even when the state
    directory could never be written."""
    # a state directory below a plain file: not even root can create it
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setenv("READER_STATE_DIR", str(blocker / "state"))
    # without READER_STATE=off the reader warns that it cannot save
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        messages = await _read_bookmark_theme_and_quit(app, pilot)
    assert any("无法保存阅读记录" in m for m in messages), messages

    monkeypatch.setenv("READER_STATE", "off")
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        messages = await _read_bookmark_theme_and_quit(app, pilot)
        assert reader(app).article is not None  # the place is kept in memory
    assert not any("无法保存" in m or "state" in m.lower() for m in messages), messages

    # and with a writable state directory no file appears at all
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    monkeypatch.setenv("READER_STATE_DIR", str(state_dir))
    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await _read_bookmark_theme_and_quit(app, pilot)
    assert list(state_dir.iterdir()) == []


def test_the_palette_knows_the_reading_screen_by_what_it_does() -> None:
    """commands.py does not import the reading screen (imports point one way); it
    finds it by the ReadingScreen protocol, which the screen must keep satisfying."""
    from reader.ui.commands import ReadingScreen

    assert issubclass(ReaderScreen, ReadingScreen)


async def test_dates_in_english_stay_iso_and_lunar_is_offered(content_dir: Path, tmp_path: Path, monkeypatch) -> None:
    import os

    app = make_app(content_dir, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "2025-11-15" in screen_text(app).splitlines()[0]
    config = Path(os.environ["READER_CONFIG_DIR"]) / "config.toml"
    config.write_text("lunar_date = true\n", "utf-8")
    app = make_app(content_dir, lang="zh")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "2025年11月15日 星期六 农历九月廿六" in screen_text(app).splitlines()[0]


def burst(app: ReaderApp, *keys: str) -> None:
    """Keys as a terminal delivers a fast burst (one read over SSH): all
    queued at once, none waiting for the screen the one before opens."""
    from textual import events

    chars = {"slash": "/", "question_mark": "?", "escape": None}
    for key in keys:
        app.post_message(events.Key(key, chars.get(key, key if len(key) == 1 else None)))


async def test_a_burst_after_slash_is_the_search_query(content_dir: Path) -> None:
    """``/nyj`` typed fast searches for nyj: the letters typed while the search
    box was opening used to be lost (the box came up empty)."""
    from textual.widgets import Input

    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        burst(app, "slash", "n", "y", "j")
        await wait_until(pilot, lambda: [i.value for i in app.screen.query(Input)] == ["nyj"])


async def test_help_passes_a_burst_on_to_the_reader(content_dir: Path) -> None:
    """``?3`` typed fast: help opens, and 3 (a key help does not use) closes it
    and opens section 3 instead of being swallowed; Esc+j in one read (the
    terminal's parser makes it Alt+j) closes help and moves down the list.
    Help's own keys still work in a burst: ``?j`` scrolls help, which stays."""
    from reader.ui.screens.modals import HelpScreen

    app = make_app(content_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        burst(app, "question_mark", "3")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.section == "eldercare")

        await press(pilot, "4")
        assert app.query_one(ArticleList).index == 0
        burst(app, "question_mark", "alt+j")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.focused is not None)
        await wait_until(pilot, lambda: app.query_one(ArticleList).index == 1)

        burst(app, "question_mark", "j")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        for _ in range(3):
            await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


def _key_panel_descriptions(app: ReaderApp) -> list[str]:
    """What Textual's key panel lists: the active bindings' descriptions."""
    return [b.description for _node, b, _enabled, _tip in app.screen.active_bindings.values() if b.description]


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


async def test_the_key_panel_speaks_the_readers_language(content_dir: Path) -> None:
    """Ctrl+P → Keys in the Chinese interface: every key is described in
    Chinese, Textual's own scrolling keys (Scroll Left, Page Up) and the
    search box's editing keys included; in English, English again."""
    from textual.widgets import HelpPanel

    app = make_app(content_dir, lang="zh")
    async with app.run_test(size=(120, 36)) as pilot:
        await press(pilot, "1", "enter")  # the article body focused: its scrolling keys
        app.action_show_help_panel()
        await wait_until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        shown = _key_panel_descriptions(app)
        assert "向左滚动" in shown and "上一页" in shown
        assert [d for d in shown if not _is_chinese(d)] == []

        await press(pilot, "slash")  # the search box: Textual's editing keys
        app.action_show_help_panel()
        await wait_until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        shown = _key_panel_descriptions(app)
        assert "光标左移" in shown
        assert [d for d in shown if not _is_chinese(d)] == []
        await press(pilot, "escape")

        app.toggle_language()
        await pilot.pause()
        shown = _key_panel_descriptions(app)
        assert "Scroll Left" in shown and "Page Up" in shown
        assert [d for d in shown if _is_chinese(d)] == []
