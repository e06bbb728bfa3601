"""The 'done' journey, keyboard only at 80×24, and restarting where the reader left off."""

from __future__ import annotations

from pathlib import Path

from conftest import press, screen_text

from reader.ui.app import ReaderApp
from reader.ui.screens.main import ReaderScreen
from reader.ui.widgets.body import ArticleBody
from reader.ui.widgets.panes import ArticleList, FiguresPane, SummaryPane


async def test_done_journey(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # find the energy section
        await press(pilot, "4")
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.section == "energy"
        # open 玛纳斯县7个能源补给项目年内投用
        lst = app.query_one("#articles", ArticleList)
        while lst.current.headline != "玛纳斯县7个能源补给项目年内投用":
            await press(pilot, "j")
        await press(pilot, "enter")
        assert screen.article.headline == "玛纳斯县7个能源补给项目年内投用"
        body = app.query_one("#body", ArticleBody)
        assert body.top_line == 0
        # go to the figures pane and choose 6座
        await press(pilot, "f")
        figures = app.query_one("#figures", FiguresPane)
        assert app.focused is figures
        while figures.current.figure is None or figures.current.figure.text != "6座":
            before = figures.index
            await press(pilot, "j")
            assert figures.index != before, "6座 not found in the figures pane"
        await press(pilot, "enter")
        # the body scrolled to and marked the sentence holding 6座
        assert body.mark is not None
        p, s, e = body.mark
        para = screen.article.paragraphs[p]
        marked = para[s:e]
        assert "6座" in marked
        # the whole sentence as the summariser splits it: from the previous full stop to the next,
        # a quotation of several sentences kept whole with its closing mark
        assert marked.rstrip("”’").endswith(("。", "！", "？")) and (s == 0 or para[s - 1] in "。！？”")
        assert body.top_line > 0
        visible = [body.lines()[i] for i in body.visible_lines()]
        assert any(ln.paragraph == p and ln.start <= para.index("6座") < ln.end for ln in visible)
        # the mark is drawn: the 6座 cell has the $mark background
        text = screen_text(app)
        assert "6座加油站" in text
        # read the summary pane
        await press(pilot, "s")
        summary = app.query_one("#summary", SummaryPane)
        assert app.focused is summary
        assert "进入四季度" in screen_text(app)
        await press(pilot, "j", "enter")  # choose the second summary sentence
        p2, s2, e2 = body.mark
        assert screen.article.paragraphs[p2][s2:e2].startswith("截至目前")
        scroll_before_quit = body.top_line
        anchor_before_quit = body.anchor_of(body.top_line)
        # switch to the dark theme via t
        await press(pilot, "t")
        while app.theme != "dark":
            before = app.theme
            await press(pilot, "j")
            assert app.theme != before
        await press(pilot, "enter")
        assert app.theme == "dark"
        await press(pilot, "q")
    assert scroll_before_quit > 0

    # start again: same article, same scroll position, same theme
    again = ReaderApp(str(content_dir), animations=False)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.article is not None and screen.article.id == "a07"
        assert screen.section == "energy"
        body = again.query_one("#body", ArticleBody)
        # the same place in the text (the line count above it depends on the pane widths)
        top = body.lines()[body.top_line]
        p, off = anchor_before_quit
        assert top.paragraph == p and top.start <= off < top.end
        assert body.top_line > 0
        assert again.theme == "dark"
        assert "6座加油站" in screen_text(again)
