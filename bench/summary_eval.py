#!/usr/bin/env python3
"""Score reader's summaries against editors' own summaries, with ROUGE.

    python bench/summary_eval.py                 # tables, with and without the headline
    python bench/summary_eval.py --throughput    # ms per article, chars/s

Data: real 人民日报 features of 2023 whose editors wrote a summary box for
them (核心阅读, 编者按, a signed ——编者 note; bench/summary-data.md gives the
source at its commit and how the set was sampled). The box is taken out of
the text: the summariser never sees it. The set cannot be redistributed and
is read from ``--data`` (default ``../sumdata/rmrb-2023h2-editorbox.jsonl``
beside the checkout, or ``$READER_SUMDATA``). A third of the articles are
held out by a fixed hash of their id (crc32 % 3 == 0): the method was tuned
on the rest.

ROUGE-1/2/L are F1 over *characters* (CJK, letters, digits), the usual
practice for Chinese, macro-averaged over documents, with a 95 % interval
from 1,000 bootstrap resamples of the documents; Δ is ours minus the
baseline on the same resamples. Systems:

* ours: :func:`reader.analysis.summary.summarize` as the importer calls it;
* Lead-3: the first three sentences;
* same-length lead: leading sentences up to the length of our summary
  (at least one), the baseline with no length advantage;
* TextRank: sentences by centrality alone, same budget as ours.

Target: ROUGE-L at least 3 points above Lead-3 and the same-length lead,
with and without the headline; at most 50 ms per article on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis.sentences import split_sentences  # noqa: E402
from reader.analysis.summary import budget, centrality_summary, summarize  # noqa: E402

DEFAULT_DATA = ROOT.parent / "sumdata" / "rmrb-2023h2-editorbox.jsonl"
_KEEP = frozenset(
    chr(c) for r in ((0x4E00, 0x9FFF), (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)) for c in range(r[0], r[1] + 1)
)


# --- ROUGE ---------------------------------------------------------------


def _chars(text: str) -> list[str]:
    return [c.lower() for c in text if c in _KEEP]


def _ngrams(seq: list[str], n: int) -> dict[tuple[str, ...], int]:
    out: dict[tuple[str, ...], int] = {}
    for i in range(len(seq) - n + 1):
        g = tuple(seq[i : i + n])
        out[g] = out.get(g, 0) + 1
    return out


def _f1(overlap: float, n_sys: int, n_ref: int) -> float:
    if n_sys == 0 or n_ref == 0 or overlap == 0:
        return 0.0
    p, r = overlap / n_sys, overlap / n_ref
    return 2 * p * r / (p + r)


def rouge_n(system: str, reference: str, n: int) -> float:
    s, r = _ngrams(_chars(system), n), _ngrams(_chars(reference), n)
    overlap = sum(min(c, r.get(g, 0)) for g, c in s.items())
    return _f1(overlap, sum(s.values()), sum(r.values()))


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(system: str, reference: str) -> float:
    s, r = _chars(system), _chars(reference)
    return _f1(_lcs(s, r), len(s), len(r))


# --- systems ---------------------------------------------------------------


def lead(paragraphs: list[str], n: int) -> str:
    return "".join(s.text for s in split_sentences(paragraphs)[:n])


def lead_to(paragraphs: list[str], chars: int) -> str:
    out, used = [], 0
    for s in split_sentences(paragraphs):
        if out and used + len(s.text) > chars:
            break
        out.append(s.text)
        used += len(s.text)
    return "".join(out)


def split_crossheads(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Body and crossheads, as the importer reads them: a short paragraph with no
    sentence end between paragraphs is a crosshead (this text comes flat)."""
    from reader.ingest.rules import title_shape

    body, heads = [], []
    for p in paragraphs:
        (heads if title_shape(p) and p[-1] not in "。！？!?…”" and len(p) <= 40 else body).append(p)
    return body, heads


def systems(doc: dict, with_headline: bool) -> dict[str, str]:
    paras, _heads = split_crossheads(doc["paragraphs"])  # the importer keeps crossheads out
    headline = doc["headline"] if with_headline else ""
    ours = "".join(summarize(paras, headline=headline))
    return {
        "ours": ours,
        "Lead-3": lead(doc["paragraphs"], 3),
        "same-length lead": lead_to(doc["paragraphs"], len(ours)),
        "TextRank": "".join(centrality_summary(paras, max_chars=budget(paras))),
    }


# --- evaluation ------------------------------------------------------------


def load(path: Path, labels: set[str] | None) -> list[dict]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if labels and d.get("box_label") not in labels:
            continue
        d["paragraphs"] = [p.strip() for p in d["text"].split("\n\n") if p.strip()]
        head = " ".join(x for x in (d.get("kicker"), d.get("headline"), d.get("subheadline")) if x)
        d["headline"] = head
        d["group"] = "heldout" if zlib.crc32(d["id"].encode("utf-8")) % 3 == 0 else "dev"
        docs.append(d)
    return docs


def score(docs: list[dict], with_headline: bool) -> dict[str, list[tuple[float, float, float, int]]]:
    out: dict[str, list[tuple[float, float, float, int]]] = {}
    for d in docs:
        for name, text in systems(d, with_headline).items():
            ref = d["summary"]
            out.setdefault(name, []).append(
                (rouge_n(text, ref, 1), rouge_n(text, ref, 2), rouge_l(text, ref), len(text))
            )
    return out


def _ci(values: list[float], idx: list[list[int]]) -> tuple[float, float, float]:
    means = sorted(statistics.fmean(values[i] for i in sample) for sample in idx)
    return statistics.fmean(values), means[int(0.025 * len(means))], means[int(0.975 * len(means)) - 1]


def table(title: str, docs: list[dict], with_headline: bool, resamples: int = 1000) -> None:
    rows = score(docs, with_headline)
    rng = random.Random(7)
    n = len(docs)
    idx = [[rng.randrange(n) for _ in range(n)] for _ in range(resamples)]
    ref_len = statistics.fmean(len(d["summary"]) for d in docs)
    doc_len = statistics.fmean(sum(map(len, d["paragraphs"])) for d in docs)
    print(
        f"\n{title}: n = {n}, article {doc_len:.0f} chars, reference {ref_len:.0f} chars, "
        f"{'with' if with_headline else 'without'} the headline"
    )
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-L | chars | ROUGE-L Δ ours − this |")
    print("|---|---|---|---|---|---|")
    ours_l = [r[2] for r in rows["ours"]]
    for name, rs in rows.items():
        cells = []
        for k in range(3):
            m, lo, hi = _ci([100 * r[k] for r in rs], idx)
            cells.append(f"{m:5.2f} [{lo:5.2f}, {hi:5.2f}]")
        chars = statistics.fmean(r[3] for r in rs)
        if name == "ours":
            delta = "–"
        else:
            diff = [100 * (a - r[2]) for a, r in zip(ours_l, rs)]
            m, lo, hi = _ci(diff, idx)
            delta = f"{m:+5.2f} [{lo:+5.2f}, {hi:+5.2f}]"
        print(f"| {name} | {' | '.join(cells)} | {chars:4.0f} | {delta} |")


def throughput(docs: list[dict]) -> None:
    sample = docs[:120]
    for d in sample[:5]:
        summarize(d["paragraphs"], headline=d["headline"])  # dictionary loaded, caches warm
    from reader.analysis.sentences import words

    words.cache_clear()
    per_doc = []
    for d in sample:
        t0 = time.perf_counter()
        summarize(d["paragraphs"], headline=d["headline"])
        per_doc.append(time.perf_counter() - t0)
    chars = sum(sum(map(len, d["paragraphs"])) for d in sample)
    print(
        f"summarize on {len(sample)} unseen articles ({chars / len(sample):.0f} chars on average): "
        f"median {1000 * statistics.median(per_doc):.1f} ms, p95 "
        f"{1000 * sorted(per_doc)[int(0.95 * len(per_doc))]:.1f} ms per article, "
        f"{chars / sum(per_doc):,.0f} chars/s"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("READER_SUMDATA", DEFAULT_DATA)))
    ap.add_argument(
        "--labels", default="核心阅读,编者按,——编者", help="which editor's boxes to score against (comma-separated)"
    )
    ap.add_argument("--group", choices=["dev", "heldout", "all"], default="all")
    ap.add_argument("--throughput", action="store_true")
    args = ap.parse_args()
    if not args.data.is_file():
        print(f"summary_eval: no data at {args.data} (see bench/summary-data.md)", file=sys.stderr)
        return 2
    docs = load(args.data, set(args.labels.split(",")) if args.labels else None)
    if args.throughput:
        throughput(docs)
        return 0
    print("Character ROUGE F1 ×100, mean [95 % bootstrap interval]")
    groups = ["dev", "heldout"] if args.group == "all" else [args.group]
    for g in groups:
        part = [d for d in docs if d["group"] == g]
        for with_headline in (True, False):
            table(f"{g} articles", part, with_headline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
