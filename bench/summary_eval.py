"""Score reader's extractive summaries against Lead baselines with ROUGE.

    /work/venv/bin/python bench/summary_eval.py               # ROUGE tables
    /work/venv/bin/python bench/summary_eval.py --throughput  # chars/s on the seed

ROUGE-1/2/L are F1 over *characters* (CJK, letters, digits; punctuation and
spaces are dropped), the usual practice for Chinese where word segmentation
would make the score depend on the segmenter. Each summary is compared with
its single human reference; scores are macro-averaged over documents.

Data (see bench/data/README.md for sources, commits and licences):

* ``lcsts_part3_sample.jsonl`` – 79 pairs from LCSTS PART III (Hu et al.,
  2015), the human-scored test part (score >= 3): a Weibo news post (~110
  characters, one paragraph) and its headline-like summary (~18 characters).
* ``clts_samples.jsonl`` – 3 of the published CLTS sample pairs (Liu et al.,
  2020): long ThePaper.cn articles with multi-sentence editor summaries.
  Three documents show a tendency at most; they are reported, not relied on.

No headline is passed: LCSTS's "summary" *is* the headline-like reference,
and CLTS has none, so the headline-cover signal is not measured here.

The script prints and writes nothing else.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis.keywords import keywords  # noqa: E402
from reader.analysis.sentences import split_sentences  # noqa: E402
from reader.analysis.summary import _textrank, score_sentences, select, summarize  # noqa: E402

DATA = ROOT / "bench" / "data"
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


# --- ROUGE ---------------------------------------------------------------


def _chars(text: str) -> list[str]:
    return [c.lower() for c in text if _KEEP.match(c)]


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


def lead_budget(paragraphs: list[str], max_chars: int = 120) -> str:
    """Leading sentences while they fit the same budget as ours (at least one)."""
    out, used = [], 0
    for s in split_sentences(paragraphs):
        if out and used + len(s.text) > max_chars:
            break
        out.append(s.text)
        used += len(s.text)
    return "".join(out)


def textrank_only(paragraphs: list[str], max_sentences: int = 3, max_chars: int = 120) -> str:
    """Ablation: plain TextRank centrality, same budgeted selection."""
    sents, _, sets = score_sentences(paragraphs)
    tr = _textrank(sets)
    return "".join(s.text for s in select(sents, tr, sets, max_sentences=max_sentences, max_chars=max_chars))


SYSTEMS = {
    "Lead-1": lambda p: lead(p, 1),
    "Lead-3": lambda p: lead(p, 3),
    "Lead (120-char budget)": lead_budget,
    "TextRank only (budgeted)": textrank_only,
    "reader, max_sentences=1": lambda p: "".join(summarize(p, max_sentences=1)),
    "reader, default (3, 120 chars)": lambda p: "".join(summarize(p)),
}


def load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(docs: list[dict]) -> list[tuple[str, float, float, float, float]]:
    rows = []
    for name, system in SYSTEMS.items():
        r1 = r2 = rl = length = 0.0
        for d in docs:
            out = system(d["paragraphs"])
            r1 += rouge_n(out, d["summary"], 1)
            r2 += rouge_n(out, d["summary"], 2)
            rl += rouge_l(out, d["summary"])
            length += len(out)
        n = len(docs)
        rows.append((name, 100 * r1 / n, 100 * r2 / n, 100 * rl / n, length / n))
    return rows


def print_table(title: str, docs: list[dict]) -> None:
    ref_len = statistics.mean(len(d["summary"]) for d in docs)
    doc_len = statistics.mean(sum(len(p) for p in d["paragraphs"]) for d in docs)
    print(f"\n{title}: n = {len(docs)} documents, mean length {doc_len:.0f} chars, reference {ref_len:.0f} chars")
    print(f"| {'method':32} | R-1 F1 | R-2 F1 | R-L F1 | mean chars |")
    print(f"|{'-' * 34}|-------:|-------:|-------:|-----------:|")
    for name, r1, r2, rl, length in evaluate(docs):
        print(f"| {name:32} | {r1:6.2f} | {r2:6.2f} | {rl:6.2f} | {length:10.0f} |")


# --- throughput ------------------------------------------------------------


def throughput(repeats: int = 21) -> None:
    with open(DATA / "seed_articles.json", encoding="utf-8") as fh:
        articles = json.load(fh)["articles"]
    total = sum(len(p) for a in articles for p in a["paragraphs"])

    def run_once() -> None:
        for a in articles:
            summarize(a["paragraphs"], headline=a["headline"])
            keywords(a["headline"], a["paragraphs"], exclude=set(a["bylines"]))

    run_once()  # load the dictionary, fill the caches' steady state
    from reader.analysis.sentences import words

    warm, cold = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        run_once()
        warm.append(time.perf_counter() - t0)
    for _ in range(repeats):
        words.cache_clear()
        t0 = time.perf_counter()
        run_once()
        cold.append(time.perf_counter() - t0)
    print(f"seed: {len(articles)} articles, {total} body chars, {repeats} runs each")
    print(f"summarize+keywords, segmentation cache cleared each run: median {total / statistics.median(cold):,.0f} chars/s")
    print(f"summarize+keywords, segmentation cache warm:            median {total / statistics.median(warm):,.0f} chars/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--throughput", action="store_true", help="measure chars/s on the seed instead")
    args = ap.parse_args()
    if args.throughput:
        throughput()
        return
    print("Character-level ROUGE F1 (x100), macro-averaged; see docs/summary-eval.md")
    print_table("LCSTS PART III sample (human score >= 3)", load("lcsts_part3_sample.jsonl"))
    print_table("CLTS published samples (anecdotal)", load("clts_samples.jsonl"))


if __name__ == "__main__":
    main()
