"""Does the screen answer keys while the search index is built? (issue 13)

Opens the reader (Pilot, headless, 100x30) on an archive whose search index
does not exist yet, opens search (/), and while the index is built in its
worker types a query and deletes it again, over and over, timing every key
from posting it (as the driver does) to a composited frame -- bench/keys.py's
method. Prints the key latencies during the build (median, p95, max), how long
the build took, when the first (partial) results were on screen, and, as the
baseline, how long the old path froze the screen: `search()` on the UI thread
with the same cold index (it built the index before answering).

    python bench/make_archive.py 3650 --out /tmp/reader-archive-3650
    python bench/search_freeze.py --content /tmp/reader-archive-3650
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def during_build(content: Path, query: str) -> dict[str, float]:
    from textual import events

    from reader.ui.app import ReaderApp
    from reader.ui.screens.modals import SearchScreen

    app = ReaderApp(str(content), animations=False, lang="en")
    lat: list[float] = []
    slow: list[tuple[float, float]] = []  # (ms, seconds after opening the search)
    first_results: float | None = None

    async def timed(pilot, key: str, char: str | None) -> float:
        t0 = time.perf_counter()
        app._driver.send_message(events.Key(key, char))
        for _ in range(20):
            await pilot._wait_for_screen()
            nodes = [app, *app.screen.walk_children(with_self=True)]
            if not any(n._message_queue.qsize() for n in nodes):
                break
        screen = app.screen
        screen._on_timer_update()
        list(screen._compositor.render_strips())
        return (time.perf_counter() - t0) * 1000

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        t_open = time.perf_counter()
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        while True:
            building = any(w.is_running and w.group == "search-index" for w in screen.workers)
            if not building and screen._index_ready:
                break
            keys = [(ch, ch) for ch in query]
            for key, char in keys:
                lat.append(await timed(pilot, key, char))
                slow.append((lat[-1], time.perf_counter() - t_open))
            # wait (up to 3 s) for this query's answer, and read it for a second, as a reader would;
            # then move the cursor through the results and back to the query
            deadline = time.perf_counter() + 3
            while time.perf_counter() < deadline and not screen.query_one("#search-results").items:
                await pilot.pause(0.05)
            if first_results is None and screen.query_one("#search-results").items:
                first_results = time.perf_counter() - t_open
            await pilot.pause(1.0)
            for _ in query:
                lat.append(await timed(pilot, "backspace", None))
                slow.append((lat[-1], time.perf_counter() - t_open))
            await pilot.pause(0.5)
        build_s = time.perf_counter() - t_open
    lat.sort()
    slow.sort(reverse=True)
    print("slowest keys (ms, at s): " + ", ".join(f"{ms:.0f} at {at:.1f}" for ms, at in slow[:6]))
    return {
        "keys": len(lat),
        "median_ms": statistics.median(lat),
        "p95_ms": lat[int(len(lat) * 0.95) - 1],
        "max_ms": lat[-1],
        "build_s": build_s,
        "first_results_s": first_results if first_results is not None else float("nan"),
    }


def old_freeze(content: Path, query: str) -> float:
    """The old path: the query on the UI thread built the index first."""
    from reader.store import search as S
    from reader.store.library import Library

    S.close_all()
    t0 = time.perf_counter()
    S.search(Library.open(content), query)
    return time.perf_counter() - t0


def _gc_pauses() -> list[float]:
    """Record every full (generation 2) collection's length, in ms."""
    import gc

    pauses: list[float] = []
    started: list[float] = []

    def cb(phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            pauses.append((time.perf_counter() - started.pop()) * 1000)

    gc.callbacks.append(cb)
    return pauses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--content", type=Path, required=True, help="an archive (bench/make_archive.py)")
    ap.add_argument("--query", default="补给项目")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="freeze-") as tmp:
        for name in ("READER_CACHE_DIR", "READER_STATE_DIR", "READER_CONFIG_DIR"):
            os.environ[name] = str(Path(tmp) / name.lower())
        pauses = _gc_pauses()
        r = asyncio.run(during_build(a.content, a.query))
    with tempfile.TemporaryDirectory(prefix="freeze-old-") as tmp:
        os.environ["READER_CACHE_DIR"] = str(Path(tmp) / "cache")
        old = old_freeze(a.content, a.query)
    print(f"archive: {a.content}")
    print(
        f"keys typed while the index was built: {r['keys']}; latency median {r['median_ms']:.1f} ms, "
        f"p95 {r['p95_ms']:.1f} ms, max {r['max_ms']:.1f} ms (target: within 50 ms)"
    )
    if pauses:
        print(f"full garbage collections meanwhile: {len(pauses)}, longest {max(pauses):.0f} ms")
    print(
        f"index built in the worker in {r['build_s']:.1f} s; first (partial) results on screen after "
        f"{r['first_results_s']:.1f} s"
    )
    print(f"the old path (search on the UI thread, cold index): the screen froze {old:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
