"""SVG snapshots (pytest-textual-snapshot) of the reader at 80×24 and 120×40 in
the newsprint and dark themes. Deterministic: the fixture edition, no clock.
Update after an intended change with ``pytest tests/test_ui_snapshots.py --snapshot-update``."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.app import ReaderApp

# open the energy article, jump to the figure 6座 from the figures pane
JOURNEY = ["4", "j", "enter", "f", "j", "j", "j", "j", "j", "enter"]


@pytest.mark.parametrize("theme", ["newsprint", "dark"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_article_with_figure_marked(snap_compare, content_dir: Path, theme: str, size: tuple[int, int]) -> None:
    app = ReaderApp(str(content_dir), theme=theme, animations=False, lang="zh")
    assert snap_compare(app, terminal_size=size, press=JOURNEY)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_start_screen(snap_compare, content_dir: Path, size: tuple[int, int]) -> None:
    app = ReaderApp(str(content_dir), theme="newsprint", animations=False, lang="zh")
    assert snap_compare(app, terminal_size=size)


def test_summary_pane_narrow(snap_compare, content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), theme="dark", animations=False, lang="zh")
    assert snap_compare(app, terminal_size=(60, 20), press=["4", "j", "enter", "s"])


def test_help_english(snap_compare, content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), theme="newsprint", animations=False, lang="en")
    assert snap_compare(app, terminal_size=(80, 24), press=["question_mark"])


def test_too_small(snap_compare, content_dir: Path) -> None:
    app = ReaderApp(str(content_dir), theme="newsprint", animations=False, lang="zh")
    assert snap_compare(app, terminal_size=(36, 10))
