"""Benchmark reader.linebreak against rich's own Text.wrap on the seed page.

Run from the repo root:

    /work/venv/bin/python bench/linebreak_bench.py [PAGE] [--repeat N]

The page is split on blank lines into paragraphs; one measurement wraps every
paragraph once at one width. Three figures per width, medians over N runs:

* cold   – reader.linebreak with its per-paragraph analysis cache cleared
           before each run (first layout of a page);
* warm   – analysis cached, only the width-dependent fill (what a resize costs);
* rich   – ``rich.text.Text(p).wrap(console, width)`` for every paragraph.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.text import Text  # noqa: E402

from reader import linebreak  # noqa: E402

SEED = Path("/work/shared/seed/000_6445cb2987957b36.txt")
WIDTHS = (40, 76, 116)


def paragraphs(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    return [p.strip() for p in raw.split("\n\n") if p.strip()]


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", nargs="?", type=Path, default=SEED)
    ap.add_argument("--repeat", type=int, default=51)
    args = ap.parse_args()

    paras = paragraphs(args.page)
    chars = sum(map(len, paras))
    console = Console(file=io.StringIO(), width=200, color_system=None)
    wrap_offsets = linebreak.wrap_offsets
    clear = linebreak._analyse.cache_clear

    print(f"page: {args.page} — {len(paras)} paragraphs, {chars} chars; median of {args.repeat} runs")
    print(
        f"{'width':>5}  {'cold ms':>8}  {'warm ms':>8}  {'rich ms':>8}  {'rich/cold':>9}  {'rich/warm':>9}  lines(ours/rich)"
    )
    for width in WIDTHS:

        def ours(width: int = width) -> int:
            return sum(len(wrap_offsets(p, width)) for p in paras)

        def ours_cold() -> int:
            clear()
            return ours()

        def theirs(width: int = width) -> int:
            return sum(len(Text(p).wrap(console, width)) for p in paras)

        n_ours, n_rich = ours(), theirs()
        cold = _median_ms(ours_cold, args.repeat)
        ours()  # fill the cache
        warm = _median_ms(ours, args.repeat)
        rich = _median_ms(theirs, args.repeat)
        print(
            f"{width:>5}  {cold:>8.3f}  {warm:>8.3f}  {rich:>8.3f}  {rich / cold:>8.1f}x  "
            f"{rich / warm:>8.1f}x  {n_ours}/{n_rich}"
        )


if __name__ == "__main__":
    main()
