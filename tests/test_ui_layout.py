"""reader.ui.layout: which panes show at which width, and where Tab, s/f and Esc lead (no Textual needed)."""

from __future__ import annotations

from pathlib import Path

from reader.ui import layout
from reader.ui.layout import PaneLayout

NARROW, MEDIUM, WIDE = 60, 100, 140


def _on(panes: PaneLayout, width: int) -> set[str]:
    return {c for c, on in panes.classes(width).items() if on}


def test_modes_and_breakpoints_agree():
    assert [layout.mode(w) for w in (0, 39, 40, 79, 80, 119, 120)] == [
        "narrow",
        "narrow",
        "narrow",
        "narrow",
        "medium",
        "medium",
        "wide",
    ]
    assert dict((name, w) for w, name in layout.HORIZONTAL_BREAKPOINTS) == {
        "-tiny": 0,
        "-narrow": layout.MIN_WIDTH,
        "-medium": layout.MEDIUM,
        "-wide": layout.WIDE,
    }
    assert dict((name, h) for h, name in layout.VERTICAL_BREAKPOINTS) == {"-short": 0, "-tall": layout.MIN_HEIGHT}


def test_the_stylesheet_knows_every_class_the_layout_sets():
    tcss = (Path(layout.__file__).parent / "reader.tcss").read_text("utf-8")
    names = {c for c in PaneLayout().classes(WIDE)} | {n for _, n in layout.HORIZONTAL_BREAKPOINTS}
    names |= {n for _, n in layout.VERTICAL_BREAKPOINTS}
    names -= {"-wide", "-tall"}  # the stylesheet's defaults
    assert [c for c in sorted(names) if c not in tcss] == []


def test_default_classes_per_width():
    assert _on(PaneLayout(active="list"), WIDE) == {"-show-summary", "-show-figures", "-show-side"}
    assert _on(PaneLayout(active="body"), MEDIUM) == set()
    assert _on(PaneLayout(active="body"), NARROW) == {"-pane-body"}
    assert _on(PaneLayout(active="summary"), NARROW) == {"-pane-summary", "-show-summary", "-show-side"}


def test_visible_panes_and_tab_order():
    panes = PaneLayout(active="body")
    assert panes.visible(WIDE) == ["list", "body", "summary", "figures"]
    assert panes.visible(MEDIUM) == ["list", "body"]
    assert panes.visible(NARROW) == list(layout.PANES)
    assert panes.step("body", 1, MEDIUM) == "list"  # wraps
    assert panes.step(None, 1, MEDIUM) == "list"  # from the active pane
    assert panes.step("figures", -1, WIDE) == "summary"
    panes.show_summary = True
    assert panes.visible(MEDIUM) == ["body", "summary"]  # a side pane takes the list's place


def test_toggle_side_panes_medium():
    panes = PaneLayout(active="body")
    assert panes.toggle("summary", MEDIUM, focused=False) == "summary"
    assert (panes.show_summary, panes.show_figures) == (True, False)
    assert panes.toggle("figures", MEDIUM, focused=False) == "figures"
    assert (panes.show_summary, panes.show_figures) == (True, True)
    assert panes.toggle("figures", MEDIUM, focused=True) == "body"  # pressed again: hidden
    assert (panes.show_summary, panes.show_figures) == (True, False)
    assert panes.toggle("figures", MEDIUM, focused=False) == "figures"  # not focused: shown, not hidden


def test_toggle_when_narrow_switches_the_one_pane():
    panes = PaneLayout(active="body")
    assert panes.toggle("summary", NARROW, focused=False) == "summary"
    panes.active = "summary"
    assert panes.toggle("summary", NARROW, focused=True) == "body"
    assert (panes.show_summary, panes.show_figures) == (None, None)  # nothing asked for


def test_back():
    panes = PaneLayout(active="summary", show_summary=True)
    assert panes.back("summary", WIDE) == "list"
    assert panes.back("figures", MEDIUM) == "body"
    assert panes.back("body", MEDIUM) == "list"
    assert (panes.show_summary, panes.show_figures) == (False, False)  # the list's place back
    panes = PaneLayout(active="body")
    assert panes.back("body", WIDE) == "list" and panes.show_summary is None
    assert panes.back("list", WIDE) is None and panes.back(None, WIDE) is None


def test_pane_of_widget_ids():
    assert {layout.pane_of(w): p for p, w in layout.WIDGET_IDS.items()} == {p: p for p in layout.PANES}
    assert layout.pane_of("section-bar") is None and layout.pane_of(None) is None
