#!/usr/bin/env python3
"""Write the README's screenshots (SVG, as Textual draws them) from the bundled edition.

    python docs/screenshots/make.py

Three screens of ``content/`` at 120x36, Chinese interface, default theme:
``main.svg`` (an article open beside its summary), ``figures.svg`` (the
figures pane, a figure chosen), ``search.svg`` (a search across editions).
State, config and cache go to a temporary folder, so your own reading
marks and settings do not show. Re-run it when the screen changes (the
snapshot tests under tests/__snapshots__ say when).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SIZE = (120, 36)

# (file, keys pressed after start, a short description for the log)
SHOTS = [
    ("main.svg", ["1", "enter"], "an article beside its summary, keywords and figures"),
    ("figures.svg", ["4", "enter", "f", "j"], "the figures pane, a figure chosen"),
    ("search.svg", ["slash", *"能源"], "a search across editions"),
]


async def shoot(name: str, keys: list[str]) -> None:
    from reader.ui.app import ReaderApp

    app = ReaderApp(str(REPO / "content"), animations=False, lang="zh", theme="dark")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        for _ in range(10):  # the search's results and the panes' last layout
            await pilot.pause(0.05)
        app.save_screenshot(name, str(HERE))


def main() -> int:
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        for var in ("READER_STATE_DIR", "READER_CONFIG_DIR", "READER_CACHE_DIR"):
            os.environ[var] = str(Path(tmp) / var.lower())
        os.environ["COLORTERM"] = "truecolor"
        for name, keys, what in SHOTS:
            asyncio.run(shoot(name, keys))
            print(f"{HERE / name}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
