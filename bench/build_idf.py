#!/usr/bin/env python3
"""Build the news IDF table that keyword extraction weighs words with.

    python bench/build_idf.py --rmrb-git DIR [--corpus DIR ...] [--exclude FILE] \\
        [--out reader/analysis/data/news_idf.txt.gz]

Reads every article of a crawl of 人民日报 (one text file per article, as in
``slience-me/data_mining_wordcloud``: ``data/YYYYMMDD/YYYYMMDD-PP-NN.txt``,
read straight from its git objects) plus the page files of any ``--corpus``
folders (each page's blocks count as one document per blank-line-separated
article — near enough for document frequencies), segments each with jieba as
``reader`` does, and writes, for every word of two or more characters that
occurs in at least ``--min-df`` documents, ``word<TAB>idf`` with
``idf = ln(N / df)`` rounded to two decimals. Nothing of the texts but these
counts is kept: no word seen in fewer than ``--min-df`` documents, no
sequence, no position. ``--exclude`` (JSONL with ``id`` fields such as
``rmrb-20230701-06-01``) leaves out articles used to evaluate the keywords.

Provenance and why this table and not jieba's own: ``bench/keywords.md``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import multiprocessing
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$|^[A-Za-z][A-Za-z0-9+\-]{1,}$")


def rmrb_docs(git_dir: Path, exclude: set[str]):  # type: ignore[no-untyped-def]
    tree = subprocess.run(
        ["git", "-C", str(git_dir), "ls-tree", "-r", "HEAD", "data/"], capture_output=True, text=True, check=True
    ).stdout
    entries = []
    for line in tree.splitlines():
        meta, path = line.split("\t", 1)
        stem = Path(path).stem  # 20230701-06-01
        if f"rmrb-{stem}" in exclude or not path.endswith(".txt"):
            continue
        entries.append(meta.split()[2])
    cat = subprocess.Popen(
        ["git", "-C", str(git_dir), "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert cat.stdin is not None and cat.stdout is not None
    for sha in entries:
        cat.stdin.write((sha + "\n").encode())
        cat.stdin.flush()
        size = int(cat.stdout.readline().split()[2])
        data = cat.stdout.read(size)
        cat.stdout.read(1)
        yield data.decode("utf-8", "replace")
    cat.stdin.close()
    cat.wait()


def corpus_docs(folder: Path):  # type: ignore[no-untyped-def]
    from reader.ingest.decode import decode_text

    for page in sorted(folder.rglob("*.txt")):
        if page.name.lower().startswith(("readme", "provenance")):
            continue
        text, _ = decode_text(page.read_bytes(), str(page))
        for block in re.split(r"\n\s*\n", text):
            if len(block) >= 200:
                yield block


def doc_words(text: str) -> set[str]:
    from reader.analysis import _jieba

    return {w for w in _jieba.get().lcut(text) if _WORD.match(w)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rmrb-git", type=Path, required=True, help="git dir of the 人民日报 crawl")
    ap.add_argument("--corpus", type=Path, action="append", default=[], help="folders of page files")
    ap.add_argument("--exclude", type=Path, help="JSONL of article ids to leave out")
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--out", type=Path, default=REPO / "reader" / "analysis" / "data" / "news_idf.txt.gz")
    ap.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    args = ap.parse_args()
    exclude = set()
    if args.exclude:
        exclude = {json.loads(x)["id"] for x in args.exclude.read_text(encoding="utf-8").splitlines() if x.strip()}
    docs = list(rmrb_docs(args.rmrb_git, exclude))
    n_rmrb = len(docs)
    for folder in args.corpus:
        docs.extend(corpus_docs(folder))
    df: Counter[str] = Counter()
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(args.jobs) as pool:
        for words in pool.imap_unordered(doc_words, docs, chunksize=32):
            df.update(words)
    n = len(docs)
    rows = sorted((w, round(math.log(n / c), 2)) for w, c in df.items() if c >= args.min_df)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"# documents\t{n}\n")
        for w, idf in rows:
            f.write(f"{w}\t{idf}\n")
    tmp.replace(args.out)
    print(
        f"{n} documents ({n_rmrb} 人民日报 articles, {n - n_rmrb} corpus blocks); "
        f"{len(rows)} words with df >= {args.min_df} -> {args.out} ({args.out.stat().st_size:,} bytes)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
