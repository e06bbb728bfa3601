"""The reading screen's panes: which show at which terminal size, and where the keys move.

Four panes: the article list (with the sections), the article body, and the
two side panes, summary and figures. ``reader.tcss`` is the one place that
draws them; it reads classes on the screen, and this module (no Textual) says
which:

* the breakpoint classes, set by Textual from :data:`HORIZONTAL_BREAKPOINTS`
  and :data:`VERTICAL_BREAKPOINTS`: ``-wide`` (≥120 columns), ``-medium``
  (80–119), ``-narrow`` (<80), ``-tiny`` (<40) and ``-short`` (<12 rows: the
  screen is too small and says so);
* :meth:`PaneLayout.classes`: ``-show-summary`` / ``-show-figures`` /
  ``-show-side`` (the side panes; shown by default when wide, on request
  when medium, where they take the list's place) and, when narrow, one of
  ``-pane-list`` / ``-pane-body`` / ``-pane-summary`` / ``-pane-figures``
  (the one pane shown).
"""

from __future__ import annotations

PANES = ("list", "body", "summary", "figures")
#: each pane's widget id on the reading screen
WIDGET_IDS = {"list": "articles", "body": "body", "summary": "summary", "figures": "figures"}
_PANE_OF_ID = {widget_id: pane for pane, widget_id in WIDGET_IDS.items()}

MIN_WIDTH, MIN_HEIGHT = 40, 12
MEDIUM, WIDE = 80, 120
HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] = [
    (0, "-tiny"),
    (MIN_WIDTH, "-narrow"),
    (MEDIUM, "-medium"),
    (WIDE, "-wide"),
]
VERTICAL_BREAKPOINTS: list[tuple[int, str]] = [(0, "-short"), (MIN_HEIGHT, "-tall")]


def mode(width: int) -> str:
    """``wide``, ``medium`` or ``narrow`` (below 40 columns too: the screen then says it is too small)."""
    return "wide" if width >= WIDE else "medium" if width >= MEDIUM else "narrow"


def pane_of(widget_id: str | None) -> str | None:
    """The pane a widget id is (``articles`` → ``list``), None for any other widget."""
    return _PANE_OF_ID.get(widget_id or "")


class PaneLayout:
    """Which pane the reader works in and which side panes were asked for.

    (A plain class: a dataclass costs a third of a millisecond to create, on the start path.)
    """

    __slots__ = ("active", "show_summary", "show_figures")

    def __init__(
        self, active: str = "list", show_summary: bool | None = None, show_figures: bool | None = None
    ) -> None:
        self.active = active
        self.show_summary = show_summary  # None: the default for the width (shown when wide)
        self.show_figures = show_figures

    def __repr__(self) -> str:
        return f"PaneLayout({self.active!r}, show_summary={self.show_summary}, show_figures={self.show_figures})"

    def side_shown(self, width: int) -> tuple[bool, bool]:
        """(summary, figures) shown beside the body (not narrow)."""
        default = mode(width) == "wide"
        s = default if self.show_summary is None else self.show_summary
        f = default if self.show_figures is None else self.show_figures
        return s, f

    def classes(self, width: int) -> dict[str, bool]:
        """The screen's layout classes at ``width``: class → set or not."""
        narrow = mode(width) == "narrow"
        if narrow:
            s, f = self.active == "summary", self.active == "figures"
        else:
            s, f = self.side_shown(width)
        want = {"-show-summary": s, "-show-figures": f, "-show-side": s or f}
        # the -pane-* classes matter only when narrow
        for p in PANES:
            want[f"-pane-{p}"] = narrow and self.active == p
        return want

    def visible(self, width: int) -> list[str]:
        """The panes Tab moves through, in order."""
        if mode(width) == "narrow":
            return list(PANES)
        s, f = self.side_shown(width)
        panes = ["list", "body"]
        if mode(width) == "medium" and (s or f):
            panes = ["body"]
        if s:
            panes.append("summary")
        if f:
            panes.append("figures")
        return panes

    def step(self, current: str | None, step: int, width: int) -> str:
        """The pane ``step`` places from ``current`` (the focused pane, if any) among the visible ones."""
        panes = self.visible(width)
        if current not in panes:
            current = self.active if self.active in panes else panes[0]
        return panes[(panes.index(current) + step) % len(panes)]

    def toggle(self, pane: str, width: int, *, focused: bool) -> str:
        """``s``/``f``: show side pane ``pane`` (or hide it, if shown and ``focused``); the pane to work in next."""
        if mode(width) == "narrow":
            return "body" if self.active == pane else pane
        s, f = self.side_shown(width)
        if (s if pane == "summary" else f) and focused:
            if pane == "summary":
                self.show_summary = False
            else:
                self.show_figures = False
            return "body"
        if pane == "summary":
            self.show_summary, self.show_figures = True, f
        else:
            self.show_figures, self.show_summary = True, s
        return pane

    def to_list(self, width: int) -> str:
        """Back to the list: when medium the side panes give its place back."""
        if mode(width) == "medium":
            self.show_summary = self.show_figures = False
        return "list"

    def back(self, current: str | None, width: int) -> str | None:
        """Esc from pane ``current``: the pane to work in next (None: stay)."""
        if current in ("summary", "figures"):
            return "list" if mode(width) == "wide" else "body"
        if current == "body":
            return self.to_list(width)
        return None
