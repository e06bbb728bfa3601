#!/usr/bin/env python3
"""What a rule change does on text nobody marked: every figure of the reading pool, dumped and diffed.

The reading pool (3,037 unmarked articles, ``bench/evaldata/figures_fresh.py pool``) is where a
round of rules is read before it lands: every figure added, removed or changed, and every label
changed, between two checkouts.

    python bench/evaldata/figures_fresh.py pool ../figpool.jsonl
    PYTHONPATH=OLD python bench/pool_diff.py dump ../figpool.jsonl old.jsonl
    PYTHONPATH=NEW python bench/pool_diff.py dump ../figpool.jsonl new.jsonl
    python bench/pool_diff.py diff old.jsonl new.jsonl [--labels]

``diff`` prints a count line, then ``+`` (added), ``-`` (removed), ``~`` (text, value, unit or kind
changed) and, with ``--labels``, ``L`` (label changed) lines, each with the words around the figure.
"""

from __future__ import annotations

import argparse
import json
import sys


def dump(pool: str, out: str) -> None:
    from reader.analysis.figures import find_figures

    with open(out, "w", encoding="utf-8") as f:
        for line in open(pool, encoding="utf-8"):
            d = json.loads(line)
            for x in find_figures(d["paragraphs"]):
                para = d["paragraphs"][x.paragraph]
                row = {"id": d["id"], "p": x.paragraph, "s": x.start, "e": x.end, "t": x.text, "v": x.value}
                row.update(u=x.unit, k=x.kind, c=x.change, l=x.label, ctx=para[max(0, x.start - 25) : x.end + 25])
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def diff(old: str, new: str, labels: bool) -> None:
    def load(path: str) -> dict:
        return {(d["id"], d["p"], d["s"]): d for d in map(json.loads, open(path, encoding="utf-8"))}

    a, b = load(old), load(new)
    shape = ("t", "v", "u", "k")
    added = [b[k] for k in b if k not in a]
    removed = [a[k] for k in a if k not in b]
    changed = [(a[k], b[k]) for k in a if k in b and [a[k][f] for f in shape] != [b[k][f] for f in shape]]
    relabelled = [(a[k], b[k]) for k in a if k in b and a[k]["l"] != b[k]["l"]]
    print(
        f"old {len(a)} new {len(b)}: +{len(added)} -{len(removed)} changed {len(changed)} relabelled {len(relabelled)}"
    )
    for sign, rows in (("+", added), ("-", removed)):
        for d in rows:
            print(sign, d["t"], d["v"], d["u"], d["k"], repr(d["l"]), "|", d["ctx"])
    for x, y in changed:
        print("~", x["t"], x["v"], x["u"], x["k"], "->", y["t"], y["v"], y["u"], y["k"], "|", y["ctx"])
    if labels:
        for x, y in relabelled:
            print("L", y["t"], repr(x["l"]), "->", repr(y["l"]), "|", y["ctx"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="every figure of the pool, with the checkout on PYTHONPATH")
    d.add_argument("pool")
    d.add_argument("out")
    f = sub.add_parser("diff", help="figures and labels that differ between two dumps")
    f.add_argument("old")
    f.add_argument("new")
    f.add_argument("--labels", action="store_true")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.pool, args.out)
    else:
        diff(args.old, args.new, args.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
