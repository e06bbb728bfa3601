"""Extractive summaries: 1-3 body sentences copied verbatim, in text order.

Method (documented in docs/summary-eval.md)
-------------------------------------------
1. Split the body into sentences (:mod:`reader.analysis.sentences`) and
   segment each with jieba; keep content words (two or more characters, not a
   number, not a stop word).
2. Score every sentence with a weighted blend of four signals, each in [0, 1]:

   * **centrality** – TextRank (PageRank over a sentence-similarity graph,
     Mihalcea & Tarau 2004) on the first ``_GRAPH_CAP`` sentences, so cost is
     bounded on long articles;
   * **position** – news puts the point first: ``1 / (1 + i/2)`` for the i-th
     sentence, plus a little for opening a paragraph;
   * **headline cover** – how much of the headline's content (words and
     character bigrams) the sentence repeats (without a headline its weight
     goes to position);
   * **figures** – how many measured numbers it carries (from
     ``figures_per_paragraph`` when given, else counted in the sentence).

3. Multiply by penalties for sentences that cannot stand alone in a side
   pane: list items (一是/二是/首先/（一）…), label or speaker prefixes
   (``某某代表：`` ``建议：``), a leading connective or pronoun that needs the
   previous sentence (此外、同时、这、其中…), bare direct quotes, questions,
   and fragments. In a digest of many speakers this leaves the framing
   sentences that describe the whole event on top, instead of whichever
   speaker happens to use the most shared vocabulary.
4. Choose, among the best few sentences that score at least 60% of the top
   one, the set of at most ``max_sentences`` with the largest total score
   whose length fits ``max_chars`` and whose members do not repeat each other
   (an exact knapsack over <= 8 candidates). Fewer sentences rather than a
   truncated one; a single long sentence that is the clear best may stand
   alone. Return the picks in text order.

Everything is deterministic: ties break on text position.
"""

from __future__ import annotations

import math
import re
from itertools import combinations

from reader.analysis.sentences import Sentence, split_sentences, words

_GRAPH_CAP = 60  # sentences considered; keeps the graph O(60^2) at worst
_MAX_SINGLE_FACTOR = 2.0  # a lone best sentence may run to 2 x max_chars
_POOL = 8  # candidates for the budgeted pick
_FLOOR = 0.6  # ... each scoring at least this share of the best

W_CENTRAL = 0.35
W_POSITION = 0.35
W_HEADLINE = 0.25
W_FIGURES = 0.05

# Function words and newspaper filler that carry no topic.
STOP_WORDS = frozenset(
    """
    的 了 和 与 及 或 在 是 为 对 把 被 将 从 向 以 于 由 等 也 都 还 又 并 而 且 但 就 才 再
    这 那 其 此 该 各 每 之 所 其中 这个 这些 那些 这一 一个 一些 一批 一条 一种 一项 我们 他们
    她们 你们 大家 自己 我 你 他 她 它 有 没有 已 已经 正在 将会 可以 能够 可 能 会 要 需要
    进行 实现 推动 提升 提高 表示 介绍 记者 笔者 今年 目前 当前 近日 日前 近年来 以来 期间
    截至 据悉 据了解 通过 成为 作为 进一步 不断 持续 积极 全面 重要 有关 相关 方面 情况 工作
    不仅 更是 同时 此外 另外 因此 所以 如果 虽然 但是 然而 以及 并且 还有 同样 一方面 另一方面
    说 称 指出 认为 希望 报道 本报讯 通讯员 表现 开展 加强 加快 促进 打造 助力 深化 完善
    """.split()
)

_NUM_RX = re.compile(r"\d+(?:[.,]\d+)*%?|[一二三四五六七八九十百千万亿两]+(?:万|亿|千|百)[^\s，。]?")
_NUMERIC_WORD = re.compile(r"^[\d.,%％]+$|^[零〇一二三四五六七八九十百千万亿两几多余第]+$")
_ENUM = re.compile(
    r"(?:^|[：:，,；;。、\s])(?:其[一二三四五]|[一二三四五六七八九十]是|首先|其次|再次|最后|"
    r"第[一二三四五六七八九十]+[，、是条点]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))"
)
_LABEL = re.compile(r"^[^，,。！？!?“”：:]{1,16}[：:]")
_CONNECTIVE = re.compile(
    r"^(?:此外|另外|同时|与此同时|而且|并且|但是|但|然而|而|因此|所以|于是|其中|对此|为此|"
    r"这|那|该|此|他|她|它|其|并|还|也|又|再)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _content(text: str) -> list[str]:
    out = []
    for w in words(text):
        w = w.strip().lower()
        if len(w) < 2 or w in STOP_WORDS or _NUMERIC_WORD.match(w):
            continue
        if not (_CJK.search(w) or w.isalnum()):
            continue
        out.append(w)
    return out


def _bigrams(text: str) -> set[str]:
    cjk = "".join(_CJK.findall(text))
    return {cjk[i : i + 2] for i in range(len(cjk) - 1)}


def _textrank(sets: list[frozenset[str]], iters: int = 40, d: float = 0.85) -> list[float]:
    n = len(sets)
    if n == 0:
        return []
    if n == 1:
        return [1.0]
    logs = [math.log(len(s) + 1.0) for s in sets]
    nbrs: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for i in range(n):
        si = sets[i]
        if not si:
            continue
        for j in range(i + 1, n):
            sj = sets[j]
            if not sj:
                continue
            inter = len(si & sj) if len(si) <= len(sj) else len(sj & si)
            if inter:
                w = inter / (logs[i] + logs[j])
                nbrs[i].append((j, w))
                nbrs[j].append((i, w))
    out_w = [sum(w for _, w in nb) for nb in nbrs]
    score = [1.0] * n
    for _ in range(iters):
        new = []
        for i in range(n):
            acc = 0.0
            for j, w in nbrs[i]:
                acc += w / out_w[j] * score[j]
            new.append((1 - d) + d * acc)
        delta = max(abs(a - b) for a, b in zip(new, score))
        score = new
        if delta < 1e-6:
            break
    return score


def _penalty(text: str) -> float:
    f = 1.0
    if _ENUM.search(text[:12]):
        f *= 0.45
    elif _ENUM.search(text):
        f *= 0.8
    if _LABEL.match(text):
        f *= 0.55
    if _CONNECTIVE.match(text):
        f *= 0.75
    if text.startswith(("“", "\"", "‘", "「")):
        f *= 0.7
    if text.rstrip("”’\"）)").endswith(("？", "?")):
        f *= 0.6
    cjk = len(_CJK.findall(text))
    if cjk < 12:
        f *= 0.4
    elif cjk < 20:
        f *= 0.8
    return f


def score_sentences(
    paragraphs: list[str],
    *,
    headline: str = "",
    figures_per_paragraph: list[int] | None = None,
) -> tuple[list[Sentence], list[float], list[frozenset[str]]]:
    """Sentences (capped), their scores and content-word sets."""
    sents = split_sentences(paragraphs)[:_GRAPH_CAP]
    if not sents:
        return [], [], []
    sets = [frozenset(_content(s.text)) for s in sents]
    tr = _textrank(sets)
    top = max(tr) or 1.0
    central = [t / top for t in tr]

    h_words = set(_content(headline)) if headline else set()
    h_bi = _bigrams(headline) if headline else set()

    per_par_sents: dict[int, int] = {}
    for s in sents:
        per_par_sents[s.paragraph] = per_par_sents.get(s.paragraph, 0) + 1

    scores = []
    for k, s in enumerate(sents):
        pos = 1.0 / (1.0 + s.index / 2.0)
        if s.start == 0 or (k and sents[k - 1].paragraph != s.paragraph):
            pos = min(1.0, pos + 0.05)
        if h_words or h_bi:
            wr = len(sets[k] & h_words) / len(h_words) if h_words else 0.0
            br = len(_bigrams(s.text) & h_bi) / len(h_bi) if h_bi else 0.0
            head = 0.5 * wr + 0.5 * br
        else:
            head = 0.0
        nums = len(_NUM_RX.findall(s.text))
        if figures_per_paragraph is not None and s.paragraph < len(figures_per_paragraph):
            share = figures_per_paragraph[s.paragraph] / per_par_sents[s.paragraph]
            nums = max(nums, share) if nums else share
        figs = min(1.0, nums / 3.0)
        if h_words or h_bi:
            base = W_CENTRAL * central[k] + W_POSITION * pos + W_HEADLINE * head + W_FIGURES * figs
        else:  # no headline: the lead is the best stand-in for what the piece is about
            base = W_CENTRAL * central[k] + (W_POSITION + W_HEADLINE) * pos + W_FIGURES * figs
        scores.append(base * _penalty(s.text))
    return sents, scores, sets


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def select(
    sents: list[Sentence],
    scores: list[float],
    sets: list[frozenset[str]],
    *,
    max_sentences: int = 3,
    max_chars: int = 120,
) -> list[Sentence]:
    """Budgeted pick, returned in text order.

    Among the ``_POOL`` best sentences scoring at least ``_FLOOR`` x the best,
    choose the set of at most ``max_sentences`` that fits ``max_chars`` and
    has the largest total score (a small exact knapsack), with no two
    sentences repeating each other. Ties go to fewer, earlier sentences. The
    best sentence may stand alone over budget (up to ``_MAX_SINGLE_FACTOR`` x)
    when it clearly beats the runner-up: a long lead is better whole than cut.
    """
    if not sents or max_sentences <= 0:
        return []
    order = sorted(range(len(sents)), key=lambda k: (-scores[k], k))
    best = order[0]
    if len(sents[best].text) > max_chars:
        runner_up = scores[order[1]] if len(order) > 1 else 0.0
        if len(sents[best].text) <= _MAX_SINGLE_FACTOR * max_chars and scores[best] >= 1.15 * runner_up:
            return [sents[best]]
    floor = _FLOOR * scores[best]
    pool = [k for k in order[:_POOL] if scores[k] >= floor and len(sents[k].text) <= max_chars]
    best_set: tuple[int, ...] = ()
    best_key: tuple[float, int, tuple[int, ...]] | None = None
    for size in range(1, min(max_sentences, len(pool)) + 1):
        for combo in combinations(sorted(pool), size):
            if sum(len(sents[k].text) for k in combo) > max_chars:
                continue
            if any(_jaccard(sets[a], sets[b]) > 0.5 for a, b in combinations(combo, 2)):
                continue
            total = sum(scores[k] for k in combo)
            key = (-round(total, 9), size, combo)
            if best_key is None or key < best_key:
                best_key, best_set = key, combo
    if not best_set:  # nothing fits: the best sentence, whole
        return [sents[best]]
    return [sents[k] for k in best_set]


def summarize(
    paragraphs: list[str],
    *,
    headline: str = "",
    figures_per_paragraph: list[int] | None = None,
    max_sentences: int = 3,
    max_chars: int = 120,
) -> list[str]:
    """1-``max_sentences`` sentences of the body, verbatim and in text order."""
    sents, scores, sets = score_sentences(
        paragraphs, headline=headline, figures_per_paragraph=figures_per_paragraph
    )
    picked = select(sents, scores, sets, max_sentences=max_sentences, max_chars=max_chars)
    return [s.text for s in picked]
