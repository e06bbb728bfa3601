"""Search benchmark on a synthetic archive (see bench/make_archive.py).

    python bench/search_bench.py [--editions 3650] [--archive DIR] [--reps 20]
    python bench/search_bench.py --archive ARCHIVE   # e.g. ten years plus one 10,000-article edition:
                                                     #   make_archive.py 3650 --big 10000 --out ARCHIVE

Prints: the catalogue read (Library.editions()) at that size, the index build
time and size, query latency p50/p95 per kind of query (in-process
``search(library, q, limit=50)`` with snippets, warm connection), the first
query of a fresh process-like start, and substring recall on 200 random
substrings (2-8 characters) of random articles.

SYNTHETIC: the archive recombines the paragraphs of ONE seed page, so its
vocabulary is tiny and nearly every query matches thousands of articles
(a real archive's posting lists are shorter). Latencies here are a
pessimistic estimate; recall is exact either way.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

QUERIES = {
    "1-char": ["碳", "能", "企", "的"],  # 的: the commonest character there is
    "2-char": ["企业", "人大", "能源", "苗木", "养老", "碳配", "机组", "代表"],
    "4-char": ["高新技术", "职业教育", "医养结合", "碳配额清", "数字物流", "能源补给"],
    "multi-term": ["职业 教育 企业", "能源 项目 加油站", "昌吉 高新 平台", "人大代表 建议 乡村"],
    "phrase": ['"数字物流平台"', '"人大代表的建议"', '"塔合麦西热甫"', '"5800万吨"'],
    "latin/number": ["5800万吨", "AI", "5A级", "2024年底"],
    "no-hit": ["量子计算机", "区块链技术", "zzqx", "火星 基地"],
}


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def timed(fn, *a, **kw) -> tuple[float, object]:
    t = time.perf_counter()
    r = fn(*a, **kw)
    return (time.perf_counter() - t) * 1000, r


def ensure_archive(n: int | None, path: Path) -> None:
    """Build the synthetic archive of ``n`` editions at ``path`` unless it is there
    (``n`` None: any content dir that has editions, e.g. make_archive.py --big)."""
    if n is None:
        if not (path / "editions").is_dir():
            raise SystemExit(f"{path} has no editions/ folder")
        return
    cat = path / "catalogue.json"
    if cat.exists():
        try:
            if len(json.loads(cat.read_text("utf-8"))["editions"]) == n:
                return
        except (ValueError, KeyError):
            pass
    if (path / "editions").exists() and any((path / "editions").iterdir()):
        raise SystemExit(f"{path} holds a different archive; give --archive for a new folder")
    from make_archive import make_archive

    print(f"building the synthetic archive ({n} editions) in {path} ...", flush=True)
    make_archive(n, path)


def compare_trigram(index: Path, work: Path, reps: int) -> None:
    """The design not taken: FTS5's trigram tokenizer (external content) over
    the same headline/body/captions, for size and speed of 3+ char queries."""
    import sqlite3
    import zlib

    src = sqlite3.connect(index)
    path = work / "trigram.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE a(id INTEGER PRIMARY KEY, headline, body, captions)")
    with db:
        for rowid, h, b, c in src.execute("SELECT rowid, headline, body, captions FROM articles"):
            db.execute("INSERT INTO a VALUES (?, ?, ?, ?)", (rowid, h, zlib.decompress(b).decode("utf-8"), c))
    db.execute("VACUUM")
    content = path.stat().st_size
    t = time.perf_counter()
    db.execute(
        "CREATE VIRTUAL TABLE t USING fts5(headline, body, captions, content='a', content_rowid='id',"
        " tokenize='trigram')"
    )
    with db:
        db.execute("INSERT INTO t(t) VALUES ('rebuild')")
    db.execute("INSERT INTO t(t) VALUES ('optimize')")
    db.commit()
    secs = time.perf_counter() - t
    size = path.stat().st_size - content
    print(
        f"\ntrigram tokenizer on the same text (not used; for comparison): FTS5 index {size / 1e6:.0f} MB "
        f"(plus {content / 1e6:.0f} MB uncompressed text it needs as content), built in {secs:.1f} s"
    )
    times = []
    for kind in ("4-char", "phrase", "latin/number"):
        for q in QUERIES[kind]:
            phrase = '"' + q.strip('"').replace('"', '""') + '"'
            if len(q.strip('"')) < 3:
                continue
            for _ in range(reps):
                times.append(
                    timed(
                        lambda phrase=phrase: db.execute(
                            "SELECT rowid, bm25(t) r FROM t WHERE t MATCH ? ORDER BY r LIMIT 50", (phrase,)
                        ).fetchall()
                    )[0]
                )
    print(
        f"  3+ char queries, top 50 by bm25 (rowids only, no snippets): p50 {pct(times, 50):.1f} ms, "
        f"p95 {pct(times, 95):.1f} ms; 2-char queries: not supported by the index "
        "(LIKE/instr would scan every row)"
    )
    from reader.store import search as S

    ours = []
    for kind in ("4-char", "phrase", "latin/number"):
        for q in QUERIES[kind]:
            if len(q.strip('"')) < 3:
                continue
            expr = S._match_expr(S.parse_query(q))
            for _ in range(reps):
                ours.append(
                    timed(
                        lambda expr=expr: src.execute(
                            "SELECT rowid, bm25(fts) r FROM fts WHERE fts MATCH ? ORDER BY r LIMIT 50", (expr,)
                        ).fetchall()
                    )[0]
                )
    try:
        fts_mb = src.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'fts%'").fetchone()[0] / 1e6
        fts_size = f"FTS5 index {fts_mb:.0f} MB"
    except sqlite3.Error:
        fts_size = "FTS5 index size: dbstat not available"
    print(f"  ours (bigram tokens), same measure: p50 {pct(ours, 50):.1f} ms, p95 {pct(ours, 95):.1f} ms; {fts_size}")
    db.close()
    src.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--editions",
        type=int,
        default=None,
        help="editions of the synthetic archive (default 3650; with --archive: whatever it holds)",
    )
    ap.add_argument(
        "--archive",
        "--content",
        type=Path,
        dest="archive",
        help="content dir (default: /tmp/reader-archive-N, built if missing); e.g. "
        "`make_archive.py 3650 --big 10000 --out DIR` for ten years plus one 10,000-article edition",
    )
    ap.add_argument("--reps", type=int, default=20, help="runs of each fixed query")
    ap.add_argument("--recall", type=int, default=200, help="random substrings to check")
    ap.add_argument(
        "--compare-trigram",
        action="store_true",
        help="also build FTS5's trigram tokenizer over the same text: size, build time, latency",
    )
    args = ap.parse_args()
    if args.archive is None and args.editions is None:
        args.editions = 3650
    archive = args.archive or Path(f"/tmp/reader-archive-{args.editions}")
    ensure_archive(args.editions, archive)
    cache = Path(tempfile.mkdtemp(prefix="search-bench-cache-"))
    os.environ["READER_CACHE_DIR"] = str(cache)

    from reader.store import search as S
    from reader.store.library import Library

    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; "
        f"python {sys.version.split()[0]}, sqlite {__import__('sqlite3').sqlite_version}"
    )

    # -- the catalogue read at this size ----------------------------------
    cat_ms = [timed(lambda: Library.open(archive).editions())[0] for _ in range(7)]
    library = Library.open(archive)
    entries = library.editions()
    raw_ms = [timed(lambda: json.loads((archive / "catalogue.json").read_text("utf-8")))[0] for _ in range(7)]
    stat_ms = [timed(lambda: [p.stat() for p in (archive / "editions").iterdir()])[0] for _ in range(7)]
    print(
        f"\ncatalogue: Library.editions() for {len(entries)} editions: median {statistics.median(cat_ms):.0f} ms "
        f"(of which json.loads of {(archive / 'catalogue.json').stat().st_size / 1e6:.1f} MB catalogue.json "
        f"{statistics.median(raw_ms):.0f} ms, listing + stat of the files {statistics.median(stat_ms):.0f} ms)"
    )

    # -- build ------------------------------------------------------------
    report = S.rebuild(library)
    print(
        f"\nindex build: {report.editions} editions, {report.articles} articles in {report.seconds:.1f} s; "
        f"size {report.size / 1e6:.0f} MB ({report.path.name})"
    )
    biggest = max(entries, key=lambda e: e.article_count)
    print(f"  largest edition: {biggest.id}, {biggest.article_count:,} articles, {biggest.size / 1e6:.1f} MB of TOML")
    for problem in report.skipped:
        print(f"  SKIPPED (not indexed): {problem}")

    # -- first query of a fresh start ---------------------------------------
    S.close_all()
    fresh = Library.open(archive)
    first_ms, hits = timed(S.search, fresh, "职业教育", limit=50)
    print(
        f"first query after start (new Library: catalogue read + index open + up-to-date check + query): "
        f"{first_ms:.0f} ms"
    )
    library = fresh

    # -- fixed query set ----------------------------------------------------
    print(f"\nquery latency, search(library, q, limit=50), {args.reps} runs each, warm:")
    print(f"  {'kind':<13} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}   matching articles per query")
    every: list[float] = []
    for kind, queries in QUERIES.items():
        times: list[float] = []
        counts = []
        for q in queries:
            counts.append(len(S.matching(library, q)))
            S.search(library, q, limit=50)  # warm
            for _ in range(args.reps):
                times.append(timed(S.search, library, q, limit=50)[0])
        every += times
        print(f"  {kind:<13} {pct(times, 50):7.1f} {pct(times, 95):7.1f} {max(times):7.1f}   {counts}")
    print(f"  {'ALL':<13} {pct(every, 50):7.1f} {pct(every, 95):7.1f} {max(every):7.1f}   (target p95 <= 50 ms)")

    # -- recall --------------------------------------------------------------
    rng = random.Random(200)
    found = 0
    tried = 0
    misses = []
    sub_times: list[float] = []
    while tried < args.recall:
        e = rng.choice(entries)
        ed = library.load(e.id)
        art = rng.choice(ed.articles)
        fields = [art.headline, *art.paragraphs, *(c.text for c in art.captions)]
        text = rng.choice(fields)
        if len(text) < 2:
            continue
        n = rng.randint(2, min(8, len(text)))
        start = rng.randrange(0, len(text) - n + 1)
        sub = text[start : start + n]
        if len(sub.strip()) < 2:
            continue
        tried += 1
        if (ed.id, art.id) in S.matching(library, sub):
            found += 1
        else:
            misses.append(sub)
        sub_times.append(timed(S.search, library, sub, limit=50)[0])
    print(
        f"\nrecall: {found}/{tried} random substrings (2-8 chars) found their article "
        f"({100 * found / tried:.1f}%, target 100%){'; misses: ' + repr(misses[:5]) if misses else ''}"
    )
    print(
        f"  latency of those {tried} queries: p50 {pct(sub_times, 50):.1f} ms, p95 {pct(sub_times, 95):.1f} ms, "
        f"max {max(sub_times):.1f} ms"
    )
    if args.compare_trigram:
        compare_trigram(S.index_path(library), cache, args.reps)
    print("\nSYNTHETIC archive: one seed page recombined - far more hits per query than a real archive.")
    S.close_all()
    import shutil

    shutil.rmtree(cache, ignore_errors=True)
    return 0 if found == tried else 1


if __name__ == "__main__":
    raise SystemExit(main())
