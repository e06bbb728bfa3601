"""Rendering: markup and escapes in content show literally; responsive layouts;
the too-small message; CJK wrapping and highlights; NO_COLOR; corrupt state."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import palette_search, press, screen_text

from reader.linebreak import cell_width
from reader.ui.app import ReaderApp
from reader.ui.screens.main import ReaderScreen, find_sentence, sentence_span
from reader.ui.widgets.body import ArticleBody
from reader.ui.widgets.panes import bar, figure_items


async def test_markup_and_escapes_render_literally(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "5", "j", "enter")
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.article.id == "a08"
        text = screen_text(app)
        flat = text.replace("\n", "")
        for literal in (
            "[bold]x[/bold]",
            "[/bold]",
            "[@click=app.quit]x[/]",
            "[bold]标记[/bold]不应生效",
            "[red]不是红色[/red]",
        ):
            assert literal in flat or literal in text, literal
        assert "\x1b" not in text
        assert "红字" in flat  # the escape sequence is gone, the text stays
        # clicking around the fake link does not quit, the app is still here
        svg = app.export_screenshot()
        assert "[@click=app.quit]" in svg.replace("&#160;", " ")
        await press(pilot, "s", "enter", "f")  # summary/keywords with markup too
        assert app.is_running
        # the command palette lists the headline literally too
        await palette_search(pilot, "标记")
        assert "[bold]标记[/bold]" in screen_text(app).replace("\n", "")
        await press(pilot, "escape")
        assert app.is_running


@pytest.mark.parametrize(
    ("size", "mode"),
    [((120, 40), "wide"), ((100, 30), "medium"), ((80, 24), "medium"), ((60, 20), "narrow"), ((40, 12), "narrow")],
)
async def test_layouts_do_not_overlap(content_dir: Path, size: tuple[int, int], mode: str) -> None:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "4", "j", "enter")
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.mode == mode
        for keys in ((), ("s",), ("f",), ("h",), ("escape",)):
            await press(pilot, *keys)
            regions = []
            for wid in ("#masthead", "#section-bar", "#section-col", "#articles", "#body", "#summary", "#figures"):
                w = app.query_one(wid)
                if (
                    w.display
                    and w.region.area
                    and all(a.display for a in w.ancestors_with_self if hasattr(a, "display"))
                ):
                    regions.append((wid, w.region))
            for i, (a, ra) in enumerate(regions):
                assert ra.right <= size[0] and ra.bottom <= size[1], (a, ra)
                for b, rb in regions[i + 1 :]:
                    assert not ra.overlaps(rb), (keys, a, ra, b, rb)
            # something focused and visible
            assert app.focused is not None and app.focused.region.area > 0, keys


async def test_narrow_shows_one_pane_at_a_time(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "4", "j", "enter")
        shown = [w for w in ("#articles", "#body", "#summary", "#figures") if app.query_one(w).region.area]
        assert shown == ["#body"]
        await press(pilot, "f")
        shown = [w for w in ("#articles", "#body", "#summary", "#figures") if app.query_one(w).region.area]
        assert shown == ["#figures"]
        await press(pilot, "enter")  # choosing a figure jumps to the body
        shown = [w for w in ("#articles", "#body", "#summary", "#figures") if app.query_one(w).region.area]
        assert shown == ["#body"]
        assert app.query_one("#body", ArticleBody).mark is not None
        await press(pilot, "escape")
        shown = [w for w in ("#articles", "#body", "#summary", "#figures") if app.query_one(w).region.area]
        assert shown == ["#articles"]
        await press(pilot, "l", "l")
        shown = [w for w in ("#articles", "#body", "#summary", "#figures") if app.query_one(w).region.area]
        assert shown == ["#summary"]


@pytest.mark.parametrize("size", [(39, 24), (80, 11), (20, 5)])
async def test_too_small_says_so(content_dir: Path, size: tuple[int, int]) -> None:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "请放大终端窗口" in text.replace("\n", "") or "请放大" in text
        await press(pilot, "4", "j", "enter", "f", "s")  # keys still do not crash
        assert app.is_running


async def test_resize_keeps_reading_position(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "1", "j", "enter", "space")
        body = app.query_one("#body", ArticleBody)
        anchor = body.anchor_of(body.top_line)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        top = body.lines()[body.top_line]
        assert top.paragraph == anchor[0] and top.start <= anchor[1] < top.end


async def test_body_lines_wrap_with_linebreak_and_keep_highlights(content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "1", "enter")
        body = app.query_one("#body", ArticleBody)
        width = body.scrollable_content_region.width
        lines = body.lines()
        para_lines = [ln for ln in lines if ln.paragraph >= 0]
        for ln in lines:
            assert ln.content.cell_length <= width
        for ln in para_lines:
            assert ln.content.plain[:1] not in "，。、；：？！）」』》"
        firsts = [ln for ln in para_lines if ln.start == 0]
        assert firsts and all(ln.content.plain.startswith("\u3000\u3000") for ln in firsts)
        # figures keep their highlight span after wrapping
        fig = body.article.figures[2]  # 21万辆
        line = next(ln for ln in para_lines if ln.paragraph == fig.paragraph and ln.start <= fig.start < ln.end)
        assert any(sp.style == ".body--figure" for sp in line.content.spans)
        # byline and caption lines
        text = screen_text(app)
        assert "本报记者 杨雍 刘茜" in text and "通讯员 宋华敏" in text
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "2", "enter")
        text = screen_text(app)
        assert "图：木垒县博斯坦乡" in text.replace("\n", "")
        assert "（付小芳 摄）" in text.replace("\n", "").replace(" ", " ")
        assert "——人大代表建议" in text


def test_sentence_helpers() -> None:
    text = "第一句。王欢说：“截至目前，6座加油站已完成。”最后一句！"
    s, e = sentence_span(text, text.index("6座"), text.index("6座") + 2)
    assert text[s:e] == "王欢说：“截至目前，6座加油站已完成。”"
    from conftest import energy_article

    a = energy_article()
    p, s, e = find_sentence(a, a.summary[1])
    assert a.paragraphs[p][s:e] == a.summary[1]
    assert find_sentence(a, "完全不存在的句子，不在文中。") is None


def test_figure_bars_compare_only_the_same_quantity() -> None:
    from conftest import energy_article

    items = figure_items(energy_article().figures, title="数字", empty="")
    groups = [i.text for i in items if i.kind == "group"]
    assert groups == ["新建项目 · 个"]  # four counts of projects
    fr = {i.figure.text: i.fraction for i in items if i.kind == "figure"}
    assert fr["7个"] == 1.0 and abs(fr["3个"] - 3 / 7) < 1e-9
    assert fr["80%"] is None  # alone in its quantity: no bar, no header
    # filling stations that finished building and one that applied for acceptance: not one scale
    assert fr["6座"] is None and fr["1座"] is None
    assert cell_width(bar(1.0, 10)) == 10 and 0 < cell_width(bar(0.01, 10)) <= 1


def test_keywords_wrap_between_words_never_inside_one() -> None:
    from textual.content import Content

    from reader.ui.text import pack_chips

    words = ["昌吉国家高新区", "数字物流", "智能机器人", "塔合麦西热甫", "医养结合", "产教融合"]
    for width in (14, 16, 20, 27, 40):  # the longest keyword is 14 cells
        lines = [c.plain for c in pack_chips([Content(w) for w in words], width)]
        assert all(cell_width(line) <= width for line in lines), (width, lines)
        chips = [w for line in lines for w in line.split(" · ")]
        assert chips == words, (width, lines)  # each keyword whole, on one line, in order
    # a keyword wider than the pane is folded, and the next one starts on a new line
    lines = [c.plain for c in pack_chips([Content("综合性公立医院老年医学科"), Content("医养")], 8)]
    assert "".join(lines[:-1]) == "综合性公立医院老年医学科" and lines[-1] == "医养"


def test_unrelated_quantities_share_no_bars() -> None:
    from reader.model import Figure

    def fig(text, value, unit, label, kind="percent", change=None):
        return Figure(text, value, unit, None, label, "", 0, 0, 1, kind=kind, change=change)

    figures = [
        fig("12%", 12, "%", "营业收入", "change", "up"),
        fig("30%", 30, "%", "市场份额"),
        fig("8%", 8, "%", "净利润", "change", "down"),
        fig("35%", 35, "%", "国内市场份额"),
    ]
    items = figure_items(figures, title="数字", empty="")
    assert [i.text for i in items if i.kind == "group"] == ["市场份额 · %"]
    bars = {i.figure.text: i.fraction for i in items if i.kind == "figure"}
    assert bars == {"12%": None, "30%": 30 / 35, "8%": None, "35%": 1.0}  # growth rates are not shares


def test_a_level_reached_shares_bars_with_the_level_it_left() -> None:
    from reader.analysis.figures import find_figures

    figures = find_figures(["博州森林覆盖率由9.50%提升到9.62%，草原综合植被盖度由43.03%提升到43.62%。"])
    items = figure_items(figures, title="数字", empty="")
    bars = {i.figure.text: i.fraction for i in items if i.kind == "figure"}
    assert bars["9.62%"] == 1.0 and abs(bars["9.50%"] - 9.50 / 9.62) < 1e-9  # one coverage, before and after


async def test_no_color_is_honoured(content_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.no_color
        from textual.filter import Monochrome, NoColor

        assert any(isinstance(f, (NoColor, Monochrome)) for f in app._filters)


async def test_animations_off_over_ssh(content_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "1.2.3.4 5 6.7.8.9 22")
    app = ReaderApp(str(content_dir))
    assert app.animation_level == "none"
    monkeypatch.delenv("SSH_CONNECTION")
    assert ReaderApp(str(content_dir), animations=False).animation_level == "none"
    assert ReaderApp(str(content_dir), animations=True).animation_level != "none"


def _drawn_width(text: str) -> int:
    """Cells a terminal that draws East Asian ambiguous characters wide gives ``text``."""
    import unicodedata

    from rich.cells import cell_len

    return sum(2 if cell_len(c) == 1 and unicodedata.east_asian_width(c) == "A" else cell_len(c) for c in text)


@pytest.mark.parametrize(
    ("size", "lang", "keys"),
    [
        ((120, 40), "zh", ("1", "enter")),
        ((80, 24), "zh", ("1", "enter")),
        ((76, 24), "en", ("4", "enter", "f")),
        ((100, 30), "zh", ("4", "enter", "s")),
        ((80, 24), "zh", ("question_mark",)),
        ((80, 24), "zh", ("slash", "能", "源")),
        ((80, 24), "en", ("ctrl+p",)),
        ((40, 12), "zh", ()),
    ],
)
async def test_on_a_wide_ambiguous_terminal_every_line_keeps_the_terminals_width(
    content_dir: Path, size: tuple[int, int], lang: str, keys: tuple[str, ...]
) -> None:
    """--cjk-width 2 (a terminal that draws “”—…·●★ and ▏█ two cells wide):
    every line of the screen, frames, bars and dialogs included, is exactly
    as wide as the terminal there, so nothing is pushed right or wrapped."""
    from reader.linebreak import set_ambiguous_width

    try:
        app = ReaderApp(str(content_dir), animations=False, lang=lang, cjk_width=2)
        async with app.run_test(size=size) as pilot:
            await press(pilot, *keys)
            for _ in range(3):
                await pilot.pause()
            assert _drawn_widths(app) == [size[0]] * size[1]
    finally:
        set_ambiguous_width(1)


async def test_laid_out_for_one_cell_the_same_screen_runs_over_a_wide_ambiguous_terminal(content_dir: Path) -> None:
    """What the test above guards against: with the default width, most lines
    of the reading screen would run over on such a terminal."""
    app = ReaderApp(str(content_dir), animations=False, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "1", "enter")
        drawn = _drawn_widths(app)
        assert sum(w > 80 for w in drawn) > 12, drawn


def _drawn_widths(app: ReaderApp) -> list[int]:
    """Each screen line's width on a terminal that draws ambiguous characters wide."""
    return [_drawn_width("".join(seg.text for seg in strip)) for strip in app.screen._compositor.render_strips()]


async def test_over_ssh_g_G_and_page_keys_jump_in_one_step(content_dir: Path, monkeypatch) -> None:
    """Over SSH every jump in the article is one step (one frame sent), not a
    smooth scroll of some 40 frames; a local terminal with animations on
    still glides (so this test can tell the two apart)."""
    from reader.ui.widgets.body import ArticleBody

    async def positions(app: ReaderApp, key: str) -> list[float]:
        body = app.query_one(ArticleBody)
        seen: list[float] = []
        body.watch(body, "scroll_y", lambda y: seen.append(y), init=False)
        await press(app_pilot[0], key)
        await app_pilot[0].pause(0.15)  # an animation would have sent several frames by now
        return seen

    app_pilot: list = []
    monkeypatch.setenv("SSH_CONNECTION", "1.2.3.4 5 6.7.8.9 22")
    app = ReaderApp(str(content_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        app_pilot[:] = [pilot]
        await press(pilot, "1", "j", "enter")  # a02, the long article
        body = app.query_one(ArticleBody)
        assert body.max_scroll_y > 0
        assert await positions(app, "G") == [body.max_scroll_y]
        assert await positions(app, "g") == [0]
        assert len(await positions(app, "space")) == 1
        assert len(await positions(app, "b")) == 1
    monkeypatch.delenv("SSH_CONNECTION")
    app = ReaderApp(str(content_dir), animations=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app_pilot[:] = [pilot]
        await press(pilot, "1", "j", "enter")  # a02, the long article
        body = app.query_one(ArticleBody)
        seen: list[float] = []
        body.watch(body, "scroll_y", lambda y: seen.append(y), init=False)
        await press(pilot, "G")
        await pilot.wait_for_animation()
        # positions on the way (how many depends on how busy the machine is)
        assert len(seen) > 1 and seen[0] < body.max_scroll_y == seen[-1], seen


async def test_corrupt_state_is_a_notice_not_a_crash(content_dir: Path) -> None:
    state_dir = Path(os.environ["READER_STATE_DIR"])
    (state_dir / "state.json").write_text("{{{{", "utf-8")
    app = ReaderApp(str(content_dir), animations=False)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("corrupt-" in m for m in messages)
        assert "corrupt-" in screen_text(app)  # shown as a toast, not only queued
        assert any(p.name.startswith("state.json.corrupt-") for p in state_dir.iterdir())


async def test_no_editions_shows_how_to_import(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = ReaderApp(str(empty), animations=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "4", "enter", "n", "f", "s", "left_square_bracket", "e", "escape")
        assert "reader import" in screen_text(app)


@pytest.mark.parametrize("term", ["xterm", "xterm-256color"])
def test_start_path_is_light_and_never_loads_jieba(content_dir: Path, term: str) -> None:
    code = (
        "import asyncio, sys\n"
        "import reader.store.catalogue as cat, reader.store.library as lib\n"
        "calls = []\n"
        "orig = lib.read_edition\n"
        "def counting(path, *args, **kwargs):\n"
        "    calls.append(str(path))\n"
        "    return orig(path, *args, **kwargs)\n"
        "cat.read_edition = lib.read_edition = counting\n"
        "from reader.ui.app import ReaderApp\n"
        f"app = ReaderApp({str(content_dir)!r}, animations=False)\n"
        "async def main():\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.pause()\n"
        "asyncio.run(main())\n"
        "heavy = [m for m in ('reader.analysis', 'reader.store.search', 'sqlite3', 'reader.sections') if m in sys.modules]\n"
        "print('jieba' in sys.modules, len(calls), ','.join(heavy) or '-')\n"
    )
    env = {**os.environ, "TERM": term}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    jieba, parsed, heavy = out.stdout.split()
    assert jieba == "False"
    assert parsed == "1"  # the catalogue is warm: only the edition shown is parsed
    # nothing the first screen does not need (sections.toml is validated once, then cached)
    assert heavy in ("-", "reader.sections"), heavy


async def test_garbage_collector_runs_again_once_the_first_screen_is_up(content_dir: Path, monkeypatch) -> None:
    """The start pauses Python's collector (ReaderApp._pause_gc); a reader left
    running must not grow without it, and neither may a start that fails."""
    import gc

    assert gc.isenabled()
    app = ReaderApp(str(content_dir), animations=False)
    assert gc.isenabled()  # an app made and never run leaves it on
    app._pause_gc()  # as run_async does
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert gc.isenabled()  # the first frame resumed it
        await press(pilot, "4", "enter")
        assert gc.isenabled()
    assert gc.isenabled()

    seen = []
    real_display = ReaderApp._display

    def display(self, screen, renderable):
        seen.append(gc.isenabled())
        real_display(self, screen, renderable)
        self.exit()

    monkeypatch.setattr(ReaderApp, "_display", display)
    await ReaderApp(str(content_dir), animations=False).run_async(headless=True, size=(80, 24))  # what run() awaits
    assert seen[0] is False  # paused while the first frame was built
    assert gc.isenabled()

    def broken(*_a, **_k):
        raise OSError("disk gone")

    monkeypatch.setattr("reader.ui.app.Session", broken)
    with pytest.raises(OSError):
        ReaderApp(str(content_dir), animations=False)
    assert gc.isenabled()


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 20)])
@pytest.mark.parametrize("theme", ["newsprint", "dark"])
async def test_first_frame_needs_no_second_styling_pass(content_dir: Path, monkeypatch, size, theme) -> None:
    """The reading screen skips Textual's restyle of every widget on its first
    resume (ReaderScreen._styled_since_mount). What the user first sees, and
    every widget's styles, must be what that pass would have given."""

    real_check = ReaderScreen._styled_since_mount
    skipped = []

    def first_frame(skip: bool):
        def check(self):
            answer = real_check(self) if skip else False
            skipped.append(answer)
            return answer

        monkeypatch.setattr(ReaderScreen, "_styled_since_mount", check)
        seen = {}
        real_display = ReaderApp._display

        def display(self, screen, renderable):
            real_display(self, screen, renderable)
            if renderable is not None and not seen:
                seen["frame"] = [
                    [(s.text, str(s.style)) for s in strip] for strip in screen._compositor.render_strips()
                ]
                seen["styles"] = [
                    (type(n).__name__, n.id, n.styles.css, {k: v.css for k, v in n._component_styles.items()})
                    for n in screen.walk_children(with_self=True)
                ]
                self.exit()

        monkeypatch.setattr(ReaderApp, "_display", display)
        return seen

    results = []
    for skip in (True, False):
        seen = first_frame(skip)
        await ReaderApp(str(content_dir), theme=theme, animations=False).run_async(headless=True, size=size)
        results.append(seen)
    assert skipped == [True, False]  # the pass was skipped in the first run only
    assert results[0]["frame"] and results[0] == results[1]


def test_the_figures_pane_says_a_level_reached_apart_from_a_change_by() -> None:
    from reader.model import Figure
    from reader.ui.widgets.panes import FiguresPane

    def row(text: str, label: str, change: str | None, reached: bool = False) -> str:
        f = Figure(text, 6, "位", None, label, "", 0, 0, len(text), change=change, reached=reached)
        (item,) = [i for i in figure_items([f], title="数字", empty="") if i.kind == "figure"]
        (line,) = FiguresPane().render_item(item, 60)
        return line.plain.strip()

    assert row("6位", "隐藏位数", "up", reached=True) == "▸ 6位  隐藏位数 升至"  # 由4位提升至6位
    assert row("2‰以下", "平均盐度", "down", reached=True) == "▸ 2‰以下  平均盐度 降至"
    assert row("8.2%", "营业收入", "up") == "▸ 8.2%  营业收入 ↑"  # 增长8.2%: a rise by it
    assert row("6位", "隐藏位数", None, reached=True) == "▸ 6位  隐藏位数"  # no change, no mark
