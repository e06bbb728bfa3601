"""Do label rules generalise? Compare two versions' labels on articles nobody marked.

The marked sets (bench/figures.md) measure labels against a marker's, but rules are
written while reading their dev articles, so a rule can fit its sentence and help
nowhere else. This bench takes the 人民日报 2023 articles of the summary set
(``../sumdata/rmrb-2023h2-editorbox.jsonl`` beside the checkout, or
``$READER_SUMDATA``; see bench/summary-data.md), leaves out every article that is
in a marked figure set, runs the figure finder of two checkouts on the rest, and
lists every figure whose label differs::

    python bench/label_pairs.py make OLD_CHECKOUT NEW_CHECKOUT --out pairs.jsonl --key key.jsonl

``pairs.jsonl`` holds, per changed label, the sentence, the figure and the two
labels as ``label_a``/``label_b`` in a random order (``key.jsonl`` says which is
the new one), and each side's row as the pane prints it (``row_a``/``row_b``: 6位  隐藏位数 升至). A person who sees no code judges each label on its own by the
figure-label instructions (``JUDGING.md`` beside the marked sets) and writes one
line per item, ``{"key", "a_ok", "b_ok", "why"}``; then::

    python bench/label_pairs.py score pairs.jsonl verdicts.jsonl key.jsonl

prints how many of the changed labels were acceptable before and after. With
``--marked FILE`` (default ``../figdata*/marked.jsonl`` and ``candidates.jsonl``)
the marked articles are found to leave out. ``--data FILE`` reads other articles:
the reading pool (``../figpool.jsonl``, written by
``bench/evaldata/figures_fresh.py pool``: ``id`` and ``paragraphs`` per line), where
a round's changed labels are read before it lands (``bench/pool_diff.py``).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("READER_SUMDATA", HERE.parent.parent / "sumdata" / "rmrb-2023h2-editorbox.jsonl"))

_DUMP = r"""
import json, sys
from reader.analysis.figures import find_figures
skip = set(json.loads(sys.argv[3]))
out = {}
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    if a["id"] in skip:
        continue
    paras = a["paragraphs"] if "paragraphs" in a else [p.strip() for p in a["text"].split("\n\n") if p.strip()]
    out[a["id"]] = [
        [f.paragraph, f.start, f.text, f.label, f.change, getattr(f, "reached", False)]  # (a checkout before reached)
        for f in find_figures(paras)
    ]
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def _marked_ids(pattern: str) -> set[str]:
    ids: set[str] = set()
    for path in glob.glob(pattern):
        for line in open(path, encoding="utf-8"):
            i = json.loads(line)["id"]
            ids |= {i, i.removeprefix("rmrb2023-")}  # the sets prefix the crawl's ids with their source
    return ids


def _labels(checkout: str, skip: set[str], data: Path = DATA) -> dict[str, list[list]]:
    """Run one checkout's figure finder in its own process (its own ``reader`` package)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "labels.json"
        env = {**os.environ, "PYTHONPATH": checkout}
        cmd = [sys.executable, "-c", _DUMP, str(data), str(out), json.dumps(sorted(skip))]
        subprocess.run(cmd, env=env, cwd=checkout, check=True)
        return json.loads(out.read_text(encoding="utf-8"))


def _row(figure: str, label: str, change: str | None = None, reached: bool = False) -> str:
    """The figure's row as the pane prints it (value, label, arrow or 升至/降至), which the judge
    sees: without the arrow an increase labelled with what rose reads as the level, and with a
    bare arrow a level reached (提升至6位) reads as a rise by it."""
    if str(HERE.parent) not in sys.path:
        sys.path.insert(0, str(HERE.parent))  # this checkout's reader, as the pane prints it
    from reader.model import change_mark

    mark = change_mark(change, reached)
    return f"{figure}  {label}{' ' + mark if mark else ''}"


def _sentence(para: str, start: int) -> str:
    head = max((m.end() for m in re.finditer(r"[。！？]", para[:start])), default=0)
    tail = re.search(r"[。！？]", para[start:])
    return para[head : start + tail.end() if tail else len(para)]


def make(args: argparse.Namespace) -> int:
    skip = set()
    for pattern in args.marked:
        skip |= _marked_ids(pattern)
    old, new = _labels(args.old, skip, args.data), _labels(args.new, skip, args.data)
    paragraphs = {}
    for line in open(args.data, encoding="utf-8"):
        a = json.loads(line)
        paragraphs[a["id"]] = a.get("paragraphs") or [p.strip() for p in a["text"].split("\n\n") if p.strip()]
    rng = random.Random(args.seed)
    pairs, key, total = [], [], 0
    for aid, figures in new.items():
        before = {(p, s, t): rest for p, s, t, *rest in old.get(aid, [])}
        for p, s, t, *rest in figures:
            total += 1
            if (p, s, t) not in before or before[(p, s, t)][0] == rest[0]:
                continue
            k = f"{aid}|{p}|{s}|{t}"
            new_first = rng.random() < 0.5
            a, b = (rest, before[(p, s, t)]) if new_first else (before[(p, s, t)], rest)
            pairs.append(
                {
                    "key": k,
                    "sentence": _sentence(paragraphs[aid][p], s),
                    "figure": t,
                    "label_a": a[0],
                    "label_b": b[0],
                    "row_a": _row(t, *a),
                    "row_b": _row(t, *b),
                }
            )
            key.append({"key": k, "new_is": "a" if new_first else "b"})
    order = list(range(len(pairs)))
    rng.shuffle(order)
    with open(args.out, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(pairs[i], ensure_ascii=False) + "\n" for i in order)
    with open(args.key, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(key[i]) + "\n" for i in order)
    print(f"{len(new)} unmarked articles, {total} figures; {len(pairs)} labels differ -> {args.out}")
    return 0


def score(args: argparse.Namespace) -> int:
    new_is = {json.loads(line)["key"]: json.loads(line)["new_is"] for line in open(args.key, encoding="utf-8")}
    keys = [json.loads(line)["key"] for line in open(args.pairs, encoding="utf-8")]
    verdicts = [json.loads(line) for line in open(args.verdicts, encoding="utf-8")]
    if [v["key"] for v in verdicts] != keys:
        print("verdicts do not match the pairs line for line", file=sys.stderr)
        return 1
    old_ok = new_ok = both = 0
    for v in verdicts:
        n, o = (v["a_ok"], v["b_ok"]) if new_is[v["key"]] == "a" else (v["b_ok"], v["a_ok"])
        old_ok, new_ok, both = old_ok + o, new_ok + n, both + (o and n)
    n = len(verdicts)
    print(f"{n} changed labels: acceptable before {old_ok} ({old_ok / n:.0%}), after {new_ok} ({new_ok / n:.0%});")
    print(
        f"  better {new_ok - both}, worse {old_ok - both}, both acceptable {both}, neither {n - old_ok - new_ok + both}"
    )
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make", help="list the labels two checkouts give differently")
    m.add_argument("old")
    m.add_argument("new")
    m.add_argument("--out", required=True)
    m.add_argument("--key", required=True)
    m.add_argument("--seed", type=int, default=7)
    default_marked = [str(HERE.parent.parent / "figdata*" / n) for n in ("marked.jsonl", "candidates.jsonl")]
    m.add_argument("--marked", action="append", default=default_marked)
    m.add_argument("--data", type=Path, default=DATA, help="the articles (default: the summary set's)")
    s = sub.add_parser("score", help="count acceptable labels before and after from a person's verdicts")
    s.add_argument("pairs")
    s.add_argument("verdicts")
    s.add_argument("key")
    args = ap.parse_args()
    return make(args) if args.cmd == "make" else score(args)


if __name__ == "__main__":
    sys.exit(main())
