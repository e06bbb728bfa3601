#!/usr/bin/env python3
"""How well the figure finder reads real articles, against hand-marked figures.

The marked set (``bench/figures.md``) holds real articles of several papers,
each figure marked by a person with its exact text, value (multipliers
folded in), unit, qualifier, kind, change direction and label, and the
numerals that are *not* figures (dates, ordinals, fixed names). It is read
from ``--data`` (default ``../figdata/marked.jsonl`` beside the checkout, or
``$READER_FIGDATA``); the texts cannot be redistributed, so they are not in
this repository.

For every article the finder runs on the marked paragraphs (the same
paragraphs the marker read), and prints, per paper and overall:

* recall: marked figures that a found figure covers (same paragraph,
  overlapping text);
* precision: found figures that cover a marked figure;
* value correct: of the matched, those whose value (and upper bound of a
  range) equals the marked value (a span read in another unit of time is
  the same value: 1.5年 for a marked 18个月, 16850秒 for 4.680556小时);
* change correct: of the matched, those whose change direction (up, down or
  none: the marking guide's ``change``) equals the marked one; ``--misses``
  lists the wrong ones;
``--sets`` prints one row per marked set beside the checkout
(``../figdata*/marked.jsonl``), each scored with its own verdicts.

* label acceptable: of the matched, those whose label a reader would accept
  beside the number. Judged labels count as judged: ``--judgements`` (default
  ``label_judgements.jsonl`` beside the marked set) holds one verdict per
  (article, paragraph, offset, figure, label), written by a person who saw
  the sentence, the figure, our label and the marker's label (bench/figures.md
  gives the instructions). A label without a verdict falls back to a proxy:
  not empty, not one of the verbs and function words a label must never be
  (占 达 为 的 …), and sharing two characters in a row with the marker's label
  (or one contains the other). The table says how many were judged;
  ``--dump-unjudged FILE`` writes the rest for judging;
* the not-figures found anyway, by reason.

Targets: recall ≥ 95 %, precision ≥ 97 %, value correct 100 %, label
acceptable ≥ 90 %. A third of the articles are held out (crc32 of the id
% 3 == 0): their misses are listed only with ``--group heldout``.

Usage: python bench/figure_eval.py [--data FILE] [--misses] [--group dev|heldout] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from tally import Tally  # noqa: E402

DEFAULT_DATA = REPO.parent / "figdata" / "marked.jsonl"

# Words a label must never be: verbs of the sentence and function words.
BAD_LABELS = frozenset(
    "占 达 为 是 有 共 共有 约 近 超 超过 达到 增长 下降 增加 减少 提高 降低 同比 同比增长 环比 的 了 和 与 及 在 "
    "对 把 被 将 从 向 等 其中 其 这 那 该 每 各 投入 投资 完成 实现 突破 累计 合计 总计 新增 达成".split()
)


def group_of(aid: str) -> str:
    return "heldout" if zlib.crc32(aid.encode("utf-8")) % 3 == 0 else "dev"


def _words(s: str) -> set[str]:
    s = "".join(c for c in s if c.isalnum())
    return {s[i : i + 2] for i in range(len(s) - 1)}


def label_ok(pred: str, gold: str) -> bool:
    if not pred or pred in BAD_LABELS or (len(pred) == 1 and pred != gold):
        return False
    if pred in gold or gold in pred:
        return True
    return bool(_words(pred) & _words(gold))


#: Units of time a span may be read in, by family (months and days do not convert): family, size.
_SPAN_UNITS = {
    "年": ("m", 12),
    "个月": ("m", 1),
    "月": ("m", 1),
    "周": ("s", 604800),
    "星期": ("s", 604800),
    "天": ("s", 86400),
    "日": ("s", 86400),
    "小时": ("s", 3600),
    "分钟": ("s", 60),
    "秒": ("s", 1),
    "秒钟": ("s", 1),
}


def value_ok(f, g: dict) -> bool:  # type: ignore[no-untyped-def]
    def eq(a, b) -> bool:  # type: ignore[no-untyped-def]
        try:
            if abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b))):
                return True
        except (TypeError, ValueError):
            return False
        # a marker rounds a fraction (１／３ marked 0.3333): equal to the digits written
        places = len(repr(b).partition(".")[2]) if isinstance(b, float) else 0
        return places >= 3 and round(float(a), places) == b

    if not eq(f.value, g["value"]):
        # the same span in another unit (一年六个月: 1.5年 read, 18个月 marked; 4小时40分50秒 in 秒 or 小时)
        ours, theirs = _SPAN_UNITS.get(getattr(f, "unit", "")), _SPAN_UNITS.get(g.get("unit") or "")
        if not ours or not theirs or ours[0] != theirs[0] or g.get("value_max") is not None:
            return False
        a, b = float(f.value) * ours[1], float(g["value"]) * theirs[1]
        return abs(a - b) <= 1e-5 * max(1.0, abs(b))  # (the marker rounds: 4.680556小时)
    if g.get("value_max") is not None:
        return eq(getattr(f, "value_max", None), g["value_max"])
    return True


@dataclass
class Score(Tally):
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct_pred: int = 0
    value_ok: int = 0
    change_ok: int = 0
    label_ok: int = 0
    judged: int = 0
    not_figures_hit: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    kinds_found: Counter = field(default_factory=Counter)
    articles: int = 0
    misses: list[str] = field(default_factory=list)


def judgement_key(doc_id: str, paragraph: int, start: int, text: str, label: str) -> str:
    return f"{doc_id}|{paragraph}|{start}|{text}|{label}"


JUDGED: dict[str, bool] = {}
UNJUDGED: list[dict] = []


def _sentence(paragraph: str, start: int, end: int) -> str:
    a = max((paragraph.rfind(c, 0, start) for c in "。！？；"), default=-1) + 1
    ends = [k for k in (paragraph.find(c, end) for c in "。！？；") if k >= 0]
    return paragraph[a : (min(ends) + 1) if ends else len(paragraph)]


def score_article(doc: dict) -> Score:
    from reader.analysis.figures import find_figures

    s = Score(articles=1)
    paras = doc["paragraphs"]
    found = find_figures(paras)
    gold = doc["figures"]
    s.gold = len(gold)
    s.predicted = len(found)
    used: set[int] = set()
    for g in gold:
        s.kinds[g.get("kind") or "?"] += 1
        best = None
        for k, f in enumerate(found):
            if k in used or f.paragraph != g["paragraph"]:
                continue
            if f.start < g["end"] and g["start"] < f.end:
                best = k
                break
        where = f"{doc['id']} p{g['paragraph']}"
        if best is None:
            s.misses.append(f"{where} missed {g['text']!r} ({g.get('kind')})")
            continue
        used.add(best)
        f = found[best]
        s.found += 1
        s.kinds_found[g.get("kind") or "?"] += 1
        if value_ok(f, g):
            s.value_ok += 1
        else:
            s.misses.append(
                f"{where} value {f.text!r}={f.value}{f.unit} != {g['text']!r}={g['value']}"
                f"{'–' + str(g['value_max']) if g.get('value_max') is not None else ''}{g['unit']}"
            )
        if (f.change or None) == (g.get("change") or None):
            s.change_ok += 1
        else:
            s.misses.append(f"{where} change {f.change!r} for {f.text!r} (marked {g.get('change')!r})")
        key = judgement_key(doc["id"], f.paragraph, f.start, f.text, f.label)
        if key in JUDGED:
            s.judged += 1
            ok = JUDGED[key]
        else:
            ok = label_ok(f.label, g.get("label") or "")
            UNJUDGED.append(
                {
                    "key": key,
                    "sentence": _sentence(paras[f.paragraph], f.start, f.end),
                    "figure": f.text,
                    "label": f.label,
                    "marker_label": g.get("label") or "",
                }
            )
        if ok:
            s.label_ok += 1
        else:
            s.misses.append(f"{where} label {f.label!r} for {f.text!r} (marked {g.get('label')!r})")
    s.correct_pred = len(used)
    nots = doc.get("not_figures") or []
    for k, f in enumerate(found):
        if k in used:
            continue
        why = next(
            (
                n.get("why") or "other"
                for n in nots
                if n["paragraph"] == f.paragraph and f.start < n["end"] and n["start"] < f.end
            ),
            None,
        )
        if why:
            s.not_figures_hit[why] += 1
        s.misses.append(f"{doc['id']} p{f.paragraph} false {f.text!r}" + (f" ({why})" if why else ""))
    return s


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "   –   "


HEAD = [
    "paper",
    "articles",
    "figures",
    "recall",
    "precision",
    "value correct",
    "change correct",
    "label acceptable",
    "labels judged",
    "not-figures taken",
]


def row(name: str, s: Score) -> list[str]:
    return [
        name,
        str(s.articles),
        str(s.gold),
        pct(s.found, s.gold),
        pct(s.correct_pred, s.predicted),
        pct(s.value_ok, s.found),
        pct(s.change_ok, s.found),
        pct(s.label_ok, s.found),
        f"{s.judged}/{s.found}",
        ", ".join(f"{k} {v}" for k, v in sorted(s.not_figures_hit.items())) or "0",
    ]


def table(rows: list[list[str]], first: str = "paper") -> str:
    head = [first, *HEAD[1:]]
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def sets_table() -> int:
    """One row per marked set (``../figdata``, ``../figdata2`` …), each with its own verdicts."""
    found = sorted(REPO.parent.glob("figdata*/marked.jsonl"), key=lambda p: (len(p.parent.name), p.parent.name))
    if not found:
        print(f"figure_eval: no marked sets beside {REPO} (see bench/figures.md)", file=sys.stderr)
        return 2
    rows = []
    for path in found:
        JUDGED.clear()
        verdicts = path.with_name("label_judgements.jsonl")
        if verdicts.is_file():
            for line in verdicts.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    j = json.loads(line)
                    JUDGED[j["key"]] = bool(j["ok"])
        total = Score()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                total.add(score_article(json.loads(line)))
        rows.append(row(path.parent.name, total))
    print(table(rows, first="set"))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("READER_FIGDATA", DEFAULT_DATA)))
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--group", choices=["dev", "heldout"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--judgements",
        type=Path,
        default=None,
        help="label verdicts (default: label_judgements.jsonl beside the marked set)",
    )
    ap.add_argument(
        "--dump-unjudged",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the matched figures whose label has no verdict, for judging",
    )
    ap.add_argument(
        "--sets", action="store_true", help="one row per marked set: every ../figdata*/marked.jsonl beside the checkout"
    )
    args = ap.parse_args()
    if args.sets:
        return sets_table()
    if not args.data.is_file():
        print(f"figure_eval: no marked set at {args.data} (see bench/figures.md)", file=sys.stderr)
        return 2
    docs = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x.strip()]
    judgements = args.judgements or args.data.with_name("label_judgements.jsonl")
    if judgements.is_file():
        for line in judgements.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                JUDGED[j["key"]] = bool(j["ok"])
    by_paper: dict[str, Score] = defaultdict(Score)
    groups: dict[str, Score] = defaultdict(Score)
    total = Score()
    for doc in docs:
        g = group_of(doc["id"])
        if args.group and g != args.group:
            continue
        s = score_article(doc)
        by_paper[doc.get("paper") or "?"].add(s)
        groups[g].add(s)
        total.add(s)
    rows = [row(p, by_paper[p]) for p in sorted(by_paper)]
    for g in ("dev", "heldout"):
        if g in groups and len(groups) > 1:
            rows.append(row(f"({g})", groups[g]))
    rows.append(row("all", total))
    if args.json:
        print(
            json.dumps(
                {
                    k: {kk: vv for kk, vv in vars(v).items() if kk != "misses"}
                    for k, v in [*by_paper.items(), ("all", total)]
                },
                ensure_ascii=False,
                default=dict,
            )
        )
    else:
        print(table(rows))
        kinds = ", ".join(f"{k} {total.kinds_found[k]}/{n}" for k, n in total.kinds.most_common())
        print(f"\nfound by kind: {kinds}")
    if args.dump_unjudged:
        with args.dump_unjudged.open("w", encoding="utf-8") as out:
            for item in UNJUDGED:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"\n{len(UNJUDGED)} labels without a verdict written to {args.dump_unjudged}")
    if args.misses:
        shown = total.misses if args.group == "heldout" else groups["dev"].misses
        for m in shown:
            print(m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
