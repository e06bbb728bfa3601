#!/usr/bin/env python3
"""Throughput of `reader analyze --jsonl`, the scripting path.

Runs the real command in a fresh process over a JSONL file of real articles
and prints characters per second, with one worker and with one per core.
The wall time includes everything a script pays: start-up, loading the
dictionary once, reading, analysing, writing JSON. A run over a single
short line in the same script is the fixed cost, so the steady rate is
shown too. Target: >= 150,000 chars/s on 2 cores.

Articles: the 人民日报 2023 features of `bench/summary_eval.py` (editor's box
taken out; ``--data`` or ``$READER_SUMDATA``). Without them, the seed's
articles are recombined sentence by sentence into distinct articles, so no
cache sees the same text twice.

Usage: python bench/analyze_jsonl.py [--runs 3] [--data FILE] [--articles N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("READER_SUMDATA", REPO.parent / "sumdata" / "rmrb-2023h2-editorbox.jsonl"))
SEED_ARTICLES = REPO / "bench" / "data" / "seed_articles.json"


def real_articles(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append({"id": d["id"], "headline": d.get("headline") or "", "text": d["text"]})
    return out


def recombined_seed(n: int) -> list[dict]:
    sys.path.insert(0, str(REPO))
    from reader.analysis.sentences import split_sentences

    arts = json.loads(SEED_ARTICLES.read_text(encoding="utf-8"))["articles"]
    sents = [s.text for s in split_sentences([p for a in arts for p in a["paragraphs"]])]
    rng = random.Random(7)
    out = []
    for i in range(n):
        pick = rng.sample(sents, 40)
        paras = ["".join(pick[k : k + 4]) for k in range(0, 40, 4)]
        out.append({"id": f"seed-mix-{i}", "headline": "", "text": "\n\n".join(paras)})
    return out


def run(path: Path, jobs: int, env: dict[str, str]) -> float:
    t = time.perf_counter()
    with path.open("rb") as f:
        subprocess.run(
            [sys.executable, "-m", "reader", "analyze", "--jsonl", "-", "--jobs", str(jobs)],
            stdin=f,
            stdout=subprocess.DEVNULL,
            check=True,
            env=env,
            cwd=REPO,
        )
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--articles", type=int, default=0, help="use only the first N articles (0: all)")
    args = ap.parse_args()

    if args.data.exists():
        arts, what = real_articles(args.data), f"{args.data.name}"
    else:
        arts, what = recombined_seed(300), "seed sentences recombined (real set not found)"
    if args.articles:
        arts = arts[: args.articles]
    chars = sum(len(a["text"]) for a in arts)
    tmp = Path(tempfile.mkdtemp())
    data = tmp / "in.jsonl"
    data.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    tiny = tmp / "tiny.jsonl"
    tiny.write_text(json.dumps({"id": "x", "text": "园区投入5000万元。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    env = dict(os.environ, READER_CACHE_DIR=str(tmp), READER_STATE_DIR=str(tmp), READER_CONFIG_DIR=str(tmp))

    fixed = statistics.median(run(tiny, 1, env) for _ in range(args.runs))
    print(f"input: {len(arts)} articles, {chars:,} chars ({what}); {os.cpu_count()} cores; median of {args.runs}")
    print(f"  fixed cost (start-up + dictionary, one short line)   {fixed:6.2f} s")
    for jobs in sorted({1, os.cpu_count() or 1}):
        wall = statistics.median(run(data, jobs, env) for _ in range(args.runs))
        print(
            f"  --jobs {jobs}: {wall:6.2f} s wall = {chars / wall:9,.0f} chars/s end to end, "
            f"{chars / max(wall - fixed, 1e-9):9,.0f} chars/s steady   (target >= 150,000 on 2 cores)"
        )


if __name__ == "__main__":
    main()
