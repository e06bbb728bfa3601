#!/usr/bin/env python3
"""How well `reader import` splits real pages: per paper and overall.

For every page of the labelled corpus (``bench/corpus.md``: ../shared/corpus,
../corpus/*, $READER_CORPUS, --corpus DIR) it runs the importer's page
reader and parser exactly as `reader import` does and prints

* article recall: gold articles that one imported item covers (≥ half of
  the article, and ≥ half of the item lies in it);
* exact headlines (whitespace-insensitive; for the 人民日报 1998 corpus, whose
  title lines are merged into one paragraph, the merged title);
* exact kickers / subtitles, of those the page prints, and spurious ones;
* false articles: imported articles that match no gold article (photo items
  are not articles and are not counted);
* wrong joins: a paragraph spanning a block boundary that the labels call a
  new paragraph; missed joins: a block the labels call a continuation that
  was left as a paragraph of its own (labelled pages only);
* bylines (names), datelines and captions found (labelled pages only).

Targets: recall ≥ 97 %, exact headline ≥ 95 %, false articles ≤ 3 %, wrong
joins 0.

Usage: python bench/page_eval.py [--corpus DIR ...] [--misses] [--paper NAME] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pagecorpus  # noqa: E402
from pagecorpus import Score  # noqa: E402


def parse(path: Path) -> list:
    """The importer's own steps: read (decode, sanitise) and segment."""
    from reader.importer import read_page
    from reader.ingest import parse

    page = read_page(path)
    return parse(page.text, page.hints).articles


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    –  "


def row(name: str, s: Score, pages: int) -> list[str]:
    return [
        name,
        str(pages),
        str(s.gold_articles),
        pct(s.found, s.gold_articles),
        f"{pct(s.headline_exact, s.headlines)} ({s.headline_exact}/{s.headlines})",
        f"{s.kicker_exact}/{s.kickers}, {s.subtitle_exact}/{s.subtitles}, +{s.spurious_kicker_or_subtitle}",
        f"{pct(s.false_articles, s.predicted)} ({s.false_articles})",
        f"{s.wrong_joins} / {s.missed_joins}" if s.joins_checked else "–",
        f"{s.bylines_found}/{s.bylines}" if s.labelled_articles else "–",
        f"{s.datelines_found}/{s.datelines}" if s.labelled_articles else "–",
        f"{s.captions_found}/{s.captions}" if s.labelled_articles else "–",
    ]


HEAD = [
    "paper",
    "pages",
    "articles",
    "recall",
    "exact headline",
    "kicker, subtitle exact, spurious",
    "false articles",
    "wrong / missed joins",
    "bylines",
    "datelines",
    "captions",
]


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEAD] + rows) for i in range(len(HEAD))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    out = [line(HEAD), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", default=[], metavar="DIR", help="another corpus folder")
    ap.add_argument("--misses", action="store_true", help="list every miss (not found, wrong headline, joins)")
    ap.add_argument("--paper", help="only pages of this paper")
    ap.add_argument("--group", choices=["dev", "heldout"], help="only dev or held-out pages")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    dirs = pagecorpus.corpus_dirs(args.corpus)
    if not dirs:
        print("page_eval: no corpus found (../shared/corpus, ../corpus/*, $READER_CORPUS)", file=sys.stderr)
        return 2
    by_paper: dict[str, Score] = defaultdict(Score)
    pages: dict[str, int] = defaultdict(int)
    total, groups = Score(), {"dev": Score(), "heldout": Score()}
    gpages = {"dev": 0, "heldout": 0}
    t0 = time.perf_counter()
    n = 0
    for gp in pagecorpus.iter_pages(dirs):
        if args.paper and args.paper not in gp.paper:
            continue
        if args.group and gp.group != args.group:
            continue
        s = pagecorpus.score_page(gp, parse(gp.path))
        by_paper[gp.paper].add(s)
        pages[gp.paper] += 1
        total.add(s)
        groups[gp.group].add(s)
        gpages[gp.group] += 1
        n += 1
    secs = time.perf_counter() - t0
    rows = [row(p, by_paper[p], pages[p]) for p in sorted(by_paper)]
    for g in ("dev", "heldout"):
        if gpages[g] and gpages[g] != n:
            rows.append(row(f"({g} pages)", groups[g], gpages[g]))
    rows.append(row("all", total, n))
    if args.json:
        json.dump(
            {p: {k: v for k, v in vars(s).items() if k != "misses"} for p, s in [*by_paper.items(), ("all", total)]},
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
    else:
        print(table(rows))
        print(f"\n{n} pages from {len(dirs)} folder(s) in {secs:.1f} s")
    if args.misses:
        # Held-out pages are for measuring, not for tuning: their misses are
        # shown only when asked for by name (--group heldout).
        for m in total.misses if args.group == "heldout" else groups["dev"].misses:
            print(m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
