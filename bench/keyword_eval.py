#!/usr/bin/env python3
"""How well keywords name an article's topic, measured against what its editors wrote.

    python bench/keyword_eval.py [--data FILE] [--k 5]

No public set of Chinese news with editor-written keywords could be read here
(bench/keywords.md lists what was searched). The proxy: the 人民日报 2023
features of bench/summary_eval.py open with a summary box written by the
editors (核心阅读, 编者按, ——编者); the box is taken out of the text, the
extractor sees headline and body, and a keyword counts as *on topic* when
the editors' box uses it. Precision@k = on-topic keywords among the first k,
averaged over articles, with a 95 % bootstrap interval (1,000 resamples);
Δ is against ours on the same resamples.

Systems:

* ours: :func:`reader.analysis.keywords.keywords` as the importer calls it
  (IDF from news text, bench/build_idf.py);
* ours with jieba's IDF: the same extractor with jieba's bundled table;
* jieba TF-IDF: ``jieba.analyse.extract_tags`` (nouns, places, names,
  organisations, verbal nouns);
* jieba TextRank: ``jieba.analyse.textrank`` with the same parts of speech.

A box mentions perhaps a dozen content words, so precision@5 far from 100 %
is expected; the comparison between systems is the point. The proxy has a
known bias: editors' boxes are written in the paper's general vocabulary
(发展 建设 工作 服务), so a system that returns such words scores higher
here while telling a reader less. The table therefore also prints how many
of the first k keywords are *common* words: used in more than 10 % of news
articles (IDF ≤ ln 10 in the news table). A third of the
articles (crc32 of the id % 3 == 0) are held out, as in summary_eval.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "sumdata" / "rmrb-2023h2-editorbox.jsonl"
POS = ("n", "ns", "nt", "nz", "nr", "vn")


def load(path: Path) -> list[dict]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            d["paragraphs"] = [p.strip() for p in d["text"].split("\n\n") if p.strip()]
            d["group"] = "heldout" if zlib.crc32(d["id"].encode("utf-8")) % 3 == 0 else "dev"
            docs.append(d)
    return docs


def systems(doc: dict, k: int) -> dict[str, list[str]]:
    from reader.analysis import _jieba, keywords as kw

    head, body = doc["headline"] or "", doc["paragraphs"]
    text = head + "\n" + "\n".join(body)
    ana = _jieba.analyse()
    return {
        "ours": kw.keywords(head, body, k=k),
        "ours with jieba's IDF": kw.keywords(head, body, k=k, idf="jieba"),
        "jieba TF-IDF": ana.extract_tags(text, topK=k, allowPOS=POS),
        "jieba TextRank": ana.textrank(text, topK=k, allowPOS=POS),
    }


def on_topic(words: list[str], box: str, k: int) -> float:
    return sum(1 for w in words[:k] if w in box) / k


def ci(values: list[float], idx: list[list[int]]) -> tuple[float, float, float]:
    means = sorted(statistics.fmean(values[i] for i in s) for s in idx)
    return statistics.fmean(values), means[int(0.025 * len(means))], means[int(0.975 * len(means)) - 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("READER_SUMDATA", DEFAULT_DATA)))
    ap.add_argument("--k", type=int, default=5)
    args = ap.parse_args()
    if not args.data.is_file():
        print(f"keyword_eval: no data at {args.data} (see bench/summary-data.md)", file=sys.stderr)
        return 2
    docs = load(args.data)
    from reader.analysis.keywords import news_idf

    table, _ = news_idf()
    common: dict[str, list[float]] = {}
    scores: dict[str, dict[str, list[float]]] = {}
    singles: dict[str, int] = {}
    for d in docs:
        for name, words in systems(d, args.k).items():
            scores.setdefault(d["group"], {}).setdefault(name, []).append(on_topic(words, d["summary"], args.k))
            scores.setdefault("all", {}).setdefault(name, []).append(on_topic(words, d["summary"], args.k))
            singles[name] = singles.get(name, 0) + sum(1 for w in words if len(w) < 2)
            common.setdefault(name, []).extend(table.get(w, 99) <= 2.303 for w in words[: args.k])
    rng = random.Random(7)
    for group in ("dev", "heldout", "all"):
        rows = scores[group]
        n = len(rows["ours"])
        idx = [[rng.randrange(n) for _ in range(n)] for _ in range(1000)]
        print(f"\n{group}: n = {n} articles, precision@{args.k} against the editors' box, ×100")
        print("| system | P@k [95 % interval] | Δ ours − this | common words |")
        print("|---|---|---|---|")
        for name, vals in rows.items():
            m, lo, hi = ci([100 * v for v in vals], idx)
            if name == "ours":
                delta = "–"
            else:
                dm, dlo, dhi = ci([100 * (a - b) for a, b in zip(rows["ours"], vals)], idx)
                delta = f"{dm:+.1f} [{dlo:+.1f}, {dhi:+.1f}]"
            share = 100 * statistics.fmean(common[name]) if group == "all" else float("nan")
            print(f"| {name} | {m:.1f} [{lo:.1f}, {hi:.1f}] | {delta} | {'' if group != 'all' else f'{share:.0f} %'} |")
    print("\nsingle-character keywords returned: " + ", ".join(f"{k} {v}" for k, v in singles.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
