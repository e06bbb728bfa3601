"""Key → redrawn screen latency for the reader (Pilot, headless, 80×24).

For each measured key the clock runs from posting the key event (as the
driver does) until the screen and its widgets have processed their message
queues until all are empty (the key, then what handling it posted: bubbling
messages, focus, layout) and
the screen has been composited (a full render of its strips, what the driver
would write). Reports the median
over many presses for: a section switch (4 ↔ 1), opening an article (Enter
from the list; Esc back is not timed), a page down in the body, and a
figure jump (Enter in the figures pane). Target: ≤ 50 ms median for the
section switch and the article open.

    python bench/keys.py [-n 30] [--content DIR] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fixture_content(dest: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    import conftest

    return conftest.write_content(dest)


async def measure(content: Path, n: int) -> dict[str, float]:
    from reader.ui.app import ReaderApp

    app = ReaderApp(str(content), animations=False)
    results: dict[str, list[float]] = {"section_switch": [], "article_open": [], "page_down": [], "figure_jump": []}

    from textual import events

    async def timed(pilot, key: str) -> float:
        # Post the key as the driver would and wait until the screen and all
        # its widgets have processed their queues (no idle-sleeps: Pilot.press
        # adds two wait_for_idle rounds of its own), then composite the frame.
        char = {"space": " ", "enter": "\r"}.get(key, key if len(key) == 1 else None)
        t0 = time.perf_counter()
        app._driver.send_message(events.Key(key, char))
        # until every queue is empty: the key hops app -> focused widget, its
        # messages bubble through each parent's queue to the screen
        for _ in range(20):
            await pilot._wait_for_screen()
            nodes = [app, *app.screen.walk_children(with_self=True)]
            if not any(n._message_queue.qsize() for n in nodes):
                break
        screen = app.screen
        screen._on_timer_update()  # the screen's update tick: layout + compositor refresh
        text = "\n".join("".join(seg.text for seg in strip) for strip in screen._compositor.render_strips())
        elapsed = (time.perf_counter() - t0) * 1000
        last_frame.append(text)
        return elapsed

    last_frame: list[str] = []

    def check(expect: str) -> None:
        assert expect in last_frame[-1].replace(" ", ""), f"{expect!r} not on the measured frame:\n{last_frame[-1]}"

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(n):
            results["section_switch"].append(await timed(pilot, "4"))
            check("4能源")
            results["section_switch"].append(await timed(pilot, "1"))
        await pilot.press("4")
        await pilot.pause()
        for _ in range(n):
            results["article_open"].append(await timed(pilot, "enter"))
            check("本报讯")
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(n):
            results["page_down"].append(await timed(pilot, "space"))
            await pilot.press("g")
            await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        for _ in range(n):
            results["figure_jump"].append(await timed(pilot, "enter"))
    return {k: round(statistics.median(v), 2) for k, v in results.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--content", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="reader-keys-"))
    for name in ("READER_STATE_DIR", "READER_CONFIG_DIR", "READER_CACHE_DIR"):
        d = tmp / name.lower()
        d.mkdir(exist_ok=True)
        os.environ[name] = str(d)
    content = args.content or fixture_content(tmp / "content")
    res = asyncio.run(measure(content, args.n))
    if args.json:
        print(json.dumps(res))
    else:
        print(f"key -> redrawn screen, median of {args.n}+ presses (80x24, headless):")
        for k, v in res.items():
            print(f"  {k:15s} {v:7.2f} ms")
    ok = res["section_switch"] <= 50 and res["article_open"] <= 50
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
