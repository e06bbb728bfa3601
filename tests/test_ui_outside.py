"""The article elsewhere (issue 15): y/Y copy through OSC 52 (over SSH too),
o/O hand it to $PAGER/$EDITOR, never in the kiosk."""

from __future__ import annotations

from pathlib import Path

from conftest import press, screen_text, wait_until

from reader.export import pager_command
from reader.ui.app import ReaderApp


async def test_y_copies_the_article_and_Y_its_summary_and_figures(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await press(pilot, "4", "enter")  # 能源: the energy article
        article = app.screen.article
        await press(pilot, "y")
        copied = app.clipboard
        assert copied.startswith(article.headline)
        assert article.paragraphs[0] in copied and article.paragraphs[-1] in copied
        assert "Copied" in screen_text(app)
        await press(pilot, "Y")
        copied = app.clipboard
        assert article.summary[0] in copied
        assert all(f.text in copied for f in article.figures)
        assert article.paragraphs[1] not in copied


async def test_a_mouse_drag_in_the_article_copies_what_it_selected(content_dir: Path) -> None:
    """Dragging over the article selects text (drawn in the selection colours)
    and letting go copies it, a paragraph's wrapped lines joined back as it
    was written; a plain click copies nothing."""
    from reader.ui.widgets.body import ArticleBody

    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await press(pilot, "1", "j", "enter")  # a02, the long article
        body = app.query_one(ArticleBody)
        para = app.screen.article.paragraphs[0]
        y0 = next(i for i, line in enumerate(body._lines) if line.paragraph == 0)
        assert app.clipboard == ""
        await pilot.click(body, offset=(4, y0 + 1))
        assert app.clipboard == ""
        gutter = body.gutter.left  # the body's padding
        await pilot.mouse_down(body, offset=(gutter + 2, y0 + 1))  # 2 cells in: the second character
        await pilot.hover(body, offset=(gutter + 6, y0 + 3))
        await pilot.mouse_up(body, offset=(gutter + 6, y0 + 3))
        await pilot.pause()
        copied = app.clipboard
        second, fourth = body._lines[y0 + 1], body._lines[y0 + 3]
        # from the character under the press to the one under the release, both in
        assert copied == para[second.start + 1 : fourth.start + 4]
        assert "\n" not in copied and len(copied) > 40
        assert "Copied" in screen_text(app)
        assert body.text_selection is not None


async def test_copy_sends_osc52_to_the_terminal(content_dir: Path, monkeypatch) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    written: list[str] = []
    async with app.run_test(size=(120, 30)) as pilot:
        monkeypatch.setattr(app._driver, "write", written.append)  # noqa: SLF001 - what the terminal receives
        await press(pilot, "4", "enter", "y")
    import base64

    (seq,) = [w for w in written if w.startswith("\x1b]52;c;")]
    assert base64.b64decode(seq[7:-1]).decode("utf-8") == app.clipboard


async def test_o_is_disabled_in_the_kiosk_and_says_so(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="en", environ={"READER_KIOSK": "1"})
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await press(pilot, "4", "enter", "o")
        assert "Other programs cannot be run here" in screen_text(app)
        await press(pilot, "O")
        assert app.is_running


async def test_o_where_the_terminal_cannot_be_handed_over_says_so(content_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("PAGER", "definitely-not-a-pager-xyz")
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:  # headless: no suspend
        await press(pilot, "4", "enter", "o")
        assert "Could not run definitely-not-a-pager-xyz" in screen_text(app)
        assert app.is_running


def test_pager_and_editor_commands_follow_the_environment() -> None:
    assert pager_command({}) == ["less"]
    assert pager_command({"PAGER": "less -R +G"}) == ["less", "-R", "+G"]
    assert pager_command({"EDITOR": "nano"}, editor=True) == ["nano"]
    assert pager_command({"VISUAL": "code --wait", "EDITOR": "nano"}, editor=True) == ["code", "--wait"]
    assert pager_command({}, editor=True) == ["vi"]


def test_the_copied_figures_say_a_level_reached_as_the_pane_does() -> None:
    from reader.export import summary_text
    from reader.model import Article, Figure

    p = "将用户电话号码中间隐藏位数由4位提升至6位，营业收入增长8.2%。"
    figures = [
        Figure("4位", 4, "位", None, "隐藏位数", "", 0, p.index("4位"), p.index("4位") + 2),
        Figure("6位", 6, "位", None, "隐藏位数", "", 0, p.index("6位"), p.index("6位") + 2, change="up", reached=True),
        Figure("8.2%", 8.2, "%", None, "营业收入", "", 0, p.index("8.2%"), p.index("8.2%") + 4, "change", "up"),
    ]
    text = summary_text(Article(id="a", headline="h", paragraphs=[p], figures=figures))
    assert "  隐藏位数：4位\n  隐藏位数：6位 升至\n  营业收入：8.2% ↑\n" in text


async def test_a_screenshot_goes_to_a_folder_that_exists_and_says_where(
    content_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    import os

    shots = tmp_path / "shots"
    shots.mkdir()
    (Path(os.environ["READER_CONFIG_DIR"]) / "config.toml").write_text(f'screenshots = "{shots}"\n', "utf-8")
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        app.action_screenshot()
        await pilot.pause()
        (svg,) = shots.glob("*.svg")
        assert "<svg" in svg.read_text("utf-8")
        assert "Screenshot saved" in screen_text(app)
    (Path(os.environ["READER_CONFIG_DIR"]) / "config.toml").write_text('screenshots = "/no/such/folder"\n', "utf-8")
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        app.action_screenshot()
        await pilot.pause()
        assert "there is no folder /no/such/folder" in screen_text(app).replace("\n", " ")


async def test_another_edition_opens_with_an_article_on_screen(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 30)) as pilot:
        await press(pilot, "left_square_bracket")  # the older edition
        screen = app.screen
        assert app.session.edition.id == "2025-11-08"
        assert screen.article is not None and screen.article.id in {"b01", "b02"}
        assert screen.article.headline in screen_text(app)
        assert not app.session.is_read(screen.article.id)  # shown, not counted as read


async def test_help_explains_the_list_marks(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="zh")
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "question_mark")
        assert "● 未读" in screen_text(app) and "★ 已收藏" in screen_text(app)


async def test_H_on_a_figure_lists_it_across_editions_and_opens_the_older_article(content_dir: Path) -> None:
    """The same measure (label and unit) in another edition: the history lists
    both values newest first, with a sparkline, and Enter opens the older one."""
    from dataclasses import replace

    from conftest import newest_edition

    from reader.store.editions import write_edition
    from reader.ui.screens.modals import FigureHistoryScreen

    ed = newest_edition()
    older = replace(
        ed,
        id="2024-11-15",
        date="2024-11-15",
        title="昌吉日报 2024年11月15日",
        source_sha256="e" * 64,
        articles=[replace(a, figures=[replace(f, value=f.value - 2) for f in a.figures]) for a in ed.articles],
    )
    write_edition(content_dir, older)
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await press(pilot, "4", "enter", "f")  # the first energy article, its figures pane
        opened = app.screen.article.id
        await press(pilot, "H")
        screen = app.screen
        assert isinstance(screen, FigureHistoryScreen)
        fig = screen.figure  # the one under the figures pane's cursor
        from conftest import wait_until

        await wait_until(pilot, lambda: screen.points is not None)
        assert [p.date for p in screen.points] == ["2025-11-15", "2024-11-15"]
        assert screen.query_one("#figure-sparkline").data == [fig.value - 2, fig.value]
        assert "2 values across editions" in screen_text(app)
        await press(pilot, "j", "enter")
        assert app.session.edition.id == "2024-11-15" and app.screen.article.id == opened


async def test_H_without_a_figure_says_what_to_do(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await press(pilot, "H")
        assert "Choose a figure in the figures pane" in screen_text(app)


async def test_the_palettes_own_commands_are_chinese_in_the_chinese_interface(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False, lang="zh")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"退出", "按键", "截图"} <= set(titles)
        assert not {"Quit", "Keys", "Screenshot"} & set(titles)
        await press(pilot, "ctrl+p")  # and its search box asks in Chinese
        await pilot.pause()
        shown = screen_text(app)
        assert "搜索命令" in shown and "Search for commands" not in shown


async def test_small_terminals_keep_help_in_the_footer_and_english_counts_apart(content_dir: Path) -> None:
    for lang, word in (("zh", "? 帮助"), ("en", "? Help")):
        app = ReaderApp(str(content_dir), animations=False, lang=lang)
        async with app.run_test(size=(40, 12)) as pilot:
            # the footer is laid out after the first screen: wait for it, not for a fixed pause
            await wait_until(pilot, lambda app=app: "?" in screen_text(app).splitlines()[-1])
            assert word in screen_text(app).splitlines()[-1], lang
    app = ReaderApp(str(content_dir), animations=False, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: "·" in screen_text(app).splitlines()[1])
        bar = screen_text(app).splitlines()[1]
        assert "High-tech zone·2" in bar and "zone2" not in bar


async def test_the_footer_explains_the_list_marks_where_it_has_room(content_dir: Path) -> None:
    """At 120 columns the footer ends with the legend of the article list's
    marks (● unread, ★☆ bookmarked), in the reader's language; at 80 columns
    the keys keep their room and the legend never shows cut in half."""
    for lang, legend in (("zh", "●未读 ★☆收藏"), ("en", "● unread ★☆ bookmarked")):
        for size, shown in (((120, 40), True), ((80, 24), False)):
            app = ReaderApp(str(content_dir), animations=False, lang=lang)
            async with app.run_test(size=size) as pilot:
                await pilot.pause()
                await pilot.pause()
                footer = screen_text(app).splitlines()[-1]
                assert (legend in footer) is shown, (lang, size, footer)
                assert "? " in footer and ("●" in footer) is shown, (lang, size, footer)
    app = ReaderApp(str(content_dir), animations=False, lang="zh")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.toggle_language()  # and it follows the language when that changes
        await wait_until(pilot, lambda: "● unread ★☆ bookmarked" in screen_text(app).splitlines()[-1])
