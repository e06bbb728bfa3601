"""The reader with a user's own sections.toml: its sections and hotkeys are the
ones shown and bound, the summary pane says why an article is where it is,
and a broken file falls back to the bundled sections with a notice."""

from __future__ import annotations

from pathlib import Path

from conftest import press, screen_text
from test_sections_user import SPORTS_PAGE, write_user_sections

from reader.cli import main
from reader.ui.app import ReaderApp
from reader.ui.screens.main import ReaderScreen
from reader.ui.widgets.panes import SectionNav, SummaryPane

SIZE = (100, 30)

# 体育 bound to "x" (not the next digit) to show the hotkey comes from the file
SPORTS_Y = """
[[section]]
id = "sports"
name_zh = "体育"
name_en = "Sports"
hotkey = "x"

[section.terms]
"足球" = 2
"联赛" = 2
"冠军" = 2
"比赛" = 2
"体育" = 2
"运动员" = 2
"""


def _library(tmp_path: Path, capsys) -> Path:
    page = tmp_path / "page.txt"
    page.write_text(SPORTS_PAGE, "utf-8")
    content = tmp_path / "library"
    assert main(["import", str(page), "--content", str(content)]) == 0
    capsys.readouterr()
    return content


async def test_users_section_is_shown_and_its_hotkey_works(tmp_path: Path, capsys) -> None:
    write_user_sections(SPORTS_Y)
    content = _library(tmp_path, capsys)
    app = ReaderApp(str(content), animations=False, lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [s.id for s in app.session.sections][-1] == "sports"
        text = screen_text(app)
        assert "5综合0 x体育1" in text  # the compact bar: hotkey, name, count
        await press(pilot, "x")
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.section == "sports"
        assert all(nav.section == "sports" for nav in app.query(SectionNav))
        assert "县足球联赛落幕" in screen_text(app)
        await press(pilot, "enter", "s")
        summary = app.query_one(SummaryPane)
        (why,) = [i for i in summary.items if i.kind == "why"]
        assert why.text == "归入「体育」的依据" and "足球" in why.keywords
        text = screen_text(app)
        assert "归入「体育」的依据" in text and "足球" in text
        await press(pilot, "4")  # the bundled sections' keys still work
        assert screen.section == "energy"


async def test_help_lists_the_section_keys_from_the_file(tmp_path: Path, capsys) -> None:
    write_user_sections(SPORTS_Y)
    content = _library(tmp_path, capsys)
    app = ReaderApp(str(content), animations=False, lang="en")
    async with app.run_test(size=(100, 50)) as pilot:
        await press(pilot, "question_mark")
        text = screen_text(app)
        assert "Sports" in text and "High-tech zone" in text


async def test_broken_user_file_falls_back_with_a_notice(tmp_path: Path, capsys) -> None:
    content = _library(tmp_path, capsys)
    path = write_user_sections('\n[[section]]\nid = "sports\n')
    app = ReaderApp(str(content), animations=False, lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [s.id for s in app.session.sections] == ["hightech", "congress", "eldercare", "energy", "general"]
        assert any(n.startswith(f"{path}:") and "using the bundled sections instead" in n for n in app.session.notices)
        await press(pilot, "1")
        assert app.screen.section == "hightech"


async def test_article_in_a_removed_section_shows_under_the_catch_all(tmp_path: Path, capsys) -> None:
    write_user_sections(SPORTS_Y)
    content = _library(tmp_path, capsys)  # the sports article is filed under "sports"
    (tmp_path / "env" / "config" / "sections.toml").unlink()  # the user drops their file
    app = ReaderApp(str(content), animations=False, lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "5")
        assert app.screen.section == "general"
        assert "县足球联赛落幕" in screen_text(app)


async def test_a_hotkey_the_reader_uses_gets_a_notice(tmp_path: Path, capsys) -> None:
    write_user_sections(SPORTS_Y.replace('hotkey = "x"', 'hotkey = "s"'))  # s is the summary pane
    content = _library(tmp_path, capsys)
    app = ReaderApp(str(content), animations=False, lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any(
            "hotkey 's' of section 'sports' is already the reader's key for 'summary'" in n for n in app.session.notices
        )
