#!/usr/bin/env python3
"""Seed import time and steady-state analysis throughput.

1. `reader import SEED --dry-run` in a fresh process (jieba dictionary load
   included), median of N runs — target ≤ 2 s on a 2-core machine. A bare
   `python -c pass` run in the same script is the floor.
2. Steady-state analysis throughput (dictionary already loaded): figures +
   summary + keywords over the seed's articles, characters per second —
   target ≥ 100,000 chars/s.

Usage: python bench/seed_import.py [--runs 5] [--page PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_6445cb2987957b36.txt"


def fresh(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=REPO)
    return time.perf_counter() - t


def _memo_caches() -> list:
    """Every memo cache of the analysis modules (cut snippets, phrases, sentence words), so a run over
    "unseen" text starts from none of them; the dictionary and the tables loaded once stay."""
    import importlib
    import pkgutil

    import reader.analysis as pkg

    memos = []
    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"reader.analysis.{info.name}")
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == module.__name__:
                memos.append(value)
    return [m for m in memos if m.cache_info().maxsize != 1]  # (maxsize 1: a table built once, not a memo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--page", type=Path, default=SEED)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, READER_CACHE_DIR=tmp, READER_STATE_DIR=tmp, READER_CONFIG_DIR=tmp)

    floor = [fresh([sys.executable, "-c", "pass"], env) for _ in range(args.runs)]
    imp = [
        fresh([sys.executable, "-m", "reader", "import", str(args.page), "--dry-run", "--content", tmp], env)
        for _ in range(args.runs)
    ]
    parse_only = [
        fresh(
            [
                sys.executable,
                "-c",
                "import sys; from reader.importer import read_page, build_edition;"
                f"build_edition(read_page({str(args.page)!r}), analyze=False)",
            ],
            env,
        )
        for _ in range(args.runs)
    ]
    print(f"fresh process, median of {args.runs}:")
    print(f"  python -c pass                         {statistics.median(floor):7.3f} s")
    print(f"  parse + classify (no analysis)         {statistics.median(parse_only):7.3f} s")
    print(f"  reader import SEED --dry-run           {statistics.median(imp):7.3f} s   (target <= 2 s)")

    sys.path.insert(0, str(REPO))
    from reader.analysis import _jieba
    from reader.analysis.run import analyze_article
    from reader.importer import build_edition, read_page

    _jieba.get()
    edition = build_edition(read_page(args.page), analyze=False)
    chars = sum(len(p) for a in edition.articles for p in a.paragraphs)
    for a in edition.articles:  # warm-up
        analyze_article(a)
    memos = _memo_caches()

    def run(clear: bool) -> float:
        if clear:  # text the analysers have not seen: empty their memo caches
            for memo in memos:
                memo.cache_clear()
        t = time.perf_counter()
        for a in edition.articles:
            analyze_article(a)
        return time.perf_counter() - t

    print(
        f"steady state, dictionary loaded, {chars} chars in {len(edition.articles)} articles, "
        f"median of {max(args.runs, 5)}:"
    )
    for clear, what in ((True, "new text (caches cleared)"), (False, "same text again (caches warm)")):
        med = statistics.median(run(clear) for _ in range(max(args.runs, 5)))
        print(f"  {what:<32} {med * 1000:7.1f} ms  = {chars / med:,.0f} chars/s   (target >= 100,000)")


if __name__ == "__main__":
    main()
