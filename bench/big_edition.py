"""What a large edition costs the store: its first open, its cache, and each tier read from it.

    python bench/make_archive.py 0 --big 10000 --out BIG
    python bench/big_edition.py BIG [-n 7]

Prints, for the newest edition of the content dir BIG (in a fresh cache dir):
the TOML parse of a first open without a cache (read_edition), writing the
heads/rows/bodies cache (what an import adds: Library.keep_cached), then a
start's read of the heads (Library.load_entry from that cache, in the same
process; bench/startup.py measures it in a fresh one), the rows of one
section's first chunk (what the article list shows) and one article's body
(an article opened). Medians of ``-n`` runs, except the parse (once).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("content", type=Path, help="content dir (make_archive.py 0 --big 10000 --out DIR)")
    ap.add_argument("-n", type=int, default=7)
    args = ap.parse_args()
    os.environ["READER_CACHE_DIR"] = tempfile.mkdtemp(prefix="big-edition-cache-")

    from reader.store.editions import read_edition
    from reader.store.library import Library

    library = Library.open(args.content)
    entry = library.newest()
    if entry is None:
        raise SystemExit(f"{args.content}: no editions")
    t = time.perf_counter()
    edition = read_edition(entry.path)
    parse_s = time.perf_counter() - t
    writes = []
    for _ in range(3):
        t = time.perf_counter()
        if not library.keep_cached(entry, edition):
            raise SystemExit("the cache could not be written (is the edition under 1 MB?)")
        writes.append(time.perf_counter() - t)
    del edition
    loads, rows, bodies = [], [], []
    for _ in range(args.n):
        t = time.perf_counter()
        lazy = Library.open(args.content).load_entry(entry)
        loads.append(time.perf_counter() - t)
        first = lazy.articles[0]
        t = time.perf_counter()
        first.first_line()
        rows.append(time.perf_counter() - t)
        t = time.perf_counter()
        first.paragraphs  # noqa: B018 - reading it reads the body
        bodies.append(time.perf_counter() - t)
    ms = lambda xs: f"{statistics.median(xs) * 1000:.1f} ms"  # noqa: E731
    print(f"{entry.id}: {len(lazy.articles):,} articles, {entry.size / 1e6:.1f} MB of TOML")
    print(
        f"  first open without a cache: TOML parse {parse_s:.1f} s, then the cache written in "
        f"{statistics.median(writes):.1f} s (an import writes it too)"
    )
    print(f"  from the cache: heads {ms(loads)}, a section's first rows {ms(rows)}, one body {ms(bodies)}")
    import shutil

    shutil.rmtree(os.environ["READER_CACHE_DIR"], ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
