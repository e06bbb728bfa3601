"""How good are labels on text nobody marked? A judged random sample, half of it sealed.

The marked sets (bench/figures.md) score labels on the articles their rules
were read against; ``bench/label_pairs.py`` shows whether a change is better
where it acts. Neither says how many labels a reader sees are acceptable on
an article nobody looked at. This bench does: it draws a fixed random sample
of the figures found on the 人民日报 2023 articles of the summary set that no
marked set holds (``../sumdata/rmrb-2023h2-editorbox.jsonl`` beside the
checkout, or ``$READER_SUMDATA``), and a person judges each label by the
figure-label instructions (``JUDGING.md`` beside the marked sets) without
seeing any code::

    python bench/label_census.py sample CHECKOUT --n 600 --out census.jsonl
    (a person writes verdicts.jsonl: one {"key", "ok", "why"} per item)
    python bench/label_census.py score CHECKOUT census.jsonl verdicts.jsonl [--dump-unjudged F]

The sample is split by article (crc32 of the id, even or odd) into an
**open** half, whose unacceptable labels rule writers may read, and a
**sealed** half, which nobody reads: it is scored only. ``score`` runs the
checkout's finder on the sampled figures again; a verdict holds for one
label (its key ends with the label), so a changed label is unjudged until a
person sees it (``--dump-unjudged``), and the table says how many were.
A sampled figure the checkout no longer finds is counted apart; one it now
reads longer from the same place (2米 → 2米32) is the same figure, to judge again.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from label_pairs import DATA, HERE, _labels, _marked_ids, _row, _sentence  # noqa: E402


def _group(article: str) -> str:
    return "open" if zlib.crc32(article.encode()) % 2 == 0 else "sealed"


def _unmarked(checkout: str) -> dict[str, list[list]]:
    skip: set[str] = set()
    for name in ("marked.jsonl", "candidates.jsonl"):
        skip |= _marked_ids(str(HERE.parent.parent / "figdata*" / name))
    return _labels(checkout, skip)


def _paragraphs() -> dict[str, list[str]]:
    out = {}
    for line in open(DATA, encoding="utf-8"):
        a = json.loads(line)
        out[a["id"]] = [p.strip() for p in a["text"].split("\n\n") if p.strip()]
    return out


def sample(args: argparse.Namespace) -> int:
    found = _unmarked(args.checkout)
    everyone = sorted((aid, p, s, t, lab, ch, r) for aid, figures in found.items() for p, s, t, lab, ch, r in figures)
    picked = sorted(random.Random(args.seed).sample(everyone, min(args.n, len(everyone))))
    paragraphs = _paragraphs()
    with open(args.out, "w", encoding="utf-8") as f:
        for aid, p, s, t, lab, change, reached in picked:
            item = {
                "key": f"{aid}|{p}|{s}|{t}|{lab}",
                "group": _group(aid),
                "sentence": _sentence(paragraphs[aid][p], s),
                "figure": t,
                "label": lab,
                "row": _row(t, lab, change, reached),
            }
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(found)} unmarked articles, {len(everyone)} figures; sampled {len(picked)} -> {args.out}")
    return 0


def score(args: argparse.Namespace) -> int:
    items = [json.loads(line) for line in open(args.census, encoding="utf-8")]
    verdicts: dict[str, bool] = {}
    for path in args.verdicts:
        for line in open(path, encoding="utf-8"):
            v = json.loads(line)
            verdicts[v["key"]] = bool(v["ok"])
    found = _unmarked(args.checkout)
    # by where the figure starts: a figure now read longer (2米 → 2米32) is the same figure, re-read
    now = {(aid, p, s): (t, lab, ch, r) for aid, figures in found.items() for p, s, t, lab, ch, r in figures}
    rows: dict[str, list[int]] = {}  # group -> [sampled, lost, judged, acceptable]
    unjudged = []
    for item in items:
        aid, p, s, _, _ = item["key"].split("|", 4)
        row = rows.setdefault(item["group"], [0, 0, 0, 0])
        row[0] += 1
        if (aid, int(p), int(s)) not in now:
            row[1] += 1
            continue
        t, lab, change, reached = now[(aid, int(p), int(s))]
        key = f"{aid}|{p}|{s}|{t}|{lab}"
        if key not in verdicts:
            unjudged.append({**item, "key": key, "figure": t, "label": lab, "row": _row(t, lab, change, reached)})
            continue
        row[2] += 1
        row[3] += verdicts[key]
    print("| group | sampled | no longer found | labels judged | label acceptable |")
    print("|---|---|---|---|---|")
    for group in ("open", "sealed"):
        n, lost, judged, ok = rows.get(group, [0, 0, 0, 0])
        rate = f"{ok / judged:6.1%}" if judged else "   -  "
        print(f"| {group} | {n} | {lost} | {judged}/{n - lost} | {rate} |")
    if args.dump_unjudged:
        with open(args.dump_unjudged, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(u, ensure_ascii=False) + "\n" for u in unjudged)
        print(f"{len(unjudged)} unjudged labels -> {args.dump_unjudged}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("sample", help="draw the figures a person will judge")
    m.add_argument("checkout")
    m.add_argument("--n", type=int, default=600)
    m.add_argument("--seed", type=int, default=14)
    m.add_argument("--out", required=True)
    s = sub.add_parser("score", help="label acceptable on the sample, by group, from a person's verdicts")
    s.add_argument("checkout")
    s.add_argument("census")
    s.add_argument("verdicts", nargs="+")
    s.add_argument("--dump-unjudged", metavar="FILE")
    args = ap.parse_args()
    return sample(args) if args.cmd == "sample" else score(args)


if __name__ == "__main__":
    sys.exit(main())
