"""Extractive summaries: whole body sentences copied verbatim, in text order.

Method (evaluated in docs/summary-eval.md)
------------------------------------------
1. **Sentences.** Split the body into sentences
   (:mod:`reader.analysis.sentences`; a dateline such as ``本报讯`` is not
   part of the first one) and segment each with jieba; keep content words
   (two or more characters, not a number, not a stop word).
2. **Budget.** The summary follows the article: one sentence for a brief
   (under 300 characters), otherwise about 6 % of the text (the length of
   editors' own summary boxes in 人民日报), between 90 and 220 characters
   (what the summary pane shows without scrolling). A sentence is never cut.
3. **Score** every sentence with a weighted blend of signals in [0, 1]:

   * **centrality** – TextRank (PageRank over a sentence-similarity graph,
     Mihalcea & Tarau 2004) on the first ``_GRAPH_CAP`` sentences;
   * **keywords** – how much of the article's topic words (TF-IDF over the
     article, jieba's IDF table) the sentence carries;
   * **headline** – how much of the headline's content (words and character
     bigrams) it repeats, when there is a headline;
   * **position** – news puts the point first, gently: ``1 / (1 + i/4)``;
   * **figures** – measured numbers it carries.

   Without a headline, the opening two sentences stand in for it (what a
   reader sees first says what the piece is about).

   Then multiply by penalties for sentences that cannot stand alone in a
   side pane: list items (一是/首先/（一）…), label or speaker prefixes
   (``某某代表：``), bare quotations, questions, headings and fragments
   (no sentence end), very short ones.
4. **Choose** by maximal marginal relevance (Carbonell & Goldstein 1998):
   repeatedly take the sentence with the best ``score − λ·similarity`` to
   those already taken, while it fits the budget. A sentence that opens
   with a connective or a pronoun (此外, 同时, 这, 其中 …) is taken only
   together with the sentence before it, which it hangs on. Leads such as
   ``记者从…获悉：…`` are ordinary sentences.

Everything is deterministic: ties break on text position.
"""

from __future__ import annotations

import math
import re

from reader.analysis.sentences import Sentence, split_sentences, words

_GRAPH_CAP = 80  # sentences considered; keeps the graph O(80^2) at worst

# Weights tuned on the dev third of the 人民日报 editor's-box set (bench/summary_eval.py).
W_CENTRAL = 0.35
W_KEYWORDS = 0.25
W_HEADLINE = 0.20
W_POSITION = 0.45
W_FIGURES = 0.05
PSEUDO_HEADLINE = 2  # sentences of the opening that stand in for a missing headline ...
W_PSEUDO = 0.20  # ... and their weight
MMR_LAMBDA = 0.7  # relevance against redundancy
BRIEF_CHARS = 300  # a brief gets one sentence
MIN_CHARS, MAX_CHARS, SHARE = 90, 220, 0.06
_TOP_KEYWORDS = 12

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
_QUOTED = re.compile(r"“[^”]*”")


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
    # each edge's share of its source's weight, computed once, not once per iteration
    shares = [[(j, w / out_w[j]) for j, w in nb] for nb in nbrs]
    score = [1.0] * n
    for _ in range(iters):
        new = []
        for edges in shares:
            acc = 0.0
            for j, c in edges:
                acc += c * score[j]
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
    if text.startswith(("“", '"', "‘", "「")):
        f *= 0.7
    if text.rstrip('”’"）)').endswith(("？", "?")):
        f *= 0.6
    if text.rstrip('”’"）)」』')[-1:] not in "。！!…；;":
        f *= 0.3  # a heading or a fragment: no sentence end
    quoted = sum(len(m) for m in _QUOTED.findall(text))
    if quoted > 0.5 * len(text):
        f *= 0.6  # mostly someone's words: colour, not the summary
    cjk = len(_CJK.findall(text))
    if cjk < 12:
        f *= 0.4
    elif cjk < 20:
        f *= 0.8
    return f


def _hangs_on_previous(text: str) -> bool:
    """It opens with a connective or a pronoun that needs the sentence before."""
    return _CONNECTIVE.match(text) is not None


def _topic_weights(counts: dict[str, int]) -> dict[str, float]:
    """The article's topic words: term frequency × jieba's IDF, the top few, normalised."""
    from reader.analysis import _jieba

    tfidf = _jieba.analyse().default_tfidf
    idf, median = tfidf.idf_freq, tfidf.median_idf
    scored = sorted(((c * idf.get(w, median), w) for w, c in counts.items() if c >= 2), reverse=True)
    top = scored[:_TOP_KEYWORDS]
    total = sum(v for v, _ in top) or 1.0
    return {w: v / total for v, w in top}


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
    words_of = [_content(s.text) for s in sents]
    sets = [frozenset(w) for w in words_of]
    tr = _textrank(sets)
    top = max(tr) or 1.0
    central = [t / top for t in tr]

    counts: dict[str, int] = {}
    for ws in words_of:
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    topic = _topic_weights(counts)
    kw = [sum(topic.get(w, 0.0) for w in st) for st in sets]
    kw_top = max(kw) or 1.0

    pseudo = not headline and PSEUDO_HEADLINE > 0
    if pseudo:
        # no headline: what the opening says stands in for it
        headline = "".join(x.text for x in sents[:PSEUDO_HEADLINE])
    h_words = set(_content(headline)) if headline else set()
    h_bi = _bigrams(headline) if headline else set()

    per_par_sents: dict[int, int] = {}
    for s in sents:
        per_par_sents[s.paragraph] = per_par_sents.get(s.paragraph, 0) + 1

    scores = []
    for k, s in enumerate(sents):
        pos = 1.0 / (1.0 + s.index / 4.0)
        if h_words or h_bi:
            wr = len(sets[k] & h_words) / len(h_words) if h_words else 0.0
            br = len(_bigrams(s.text) & h_bi) / len(h_bi) if h_bi else 0.0
            head = 0.5 * wr + 0.5 * br
        else:
            head = 0.0
        nums: float = len(_NUM_RX.findall(s.text))
        if figures_per_paragraph is not None and s.paragraph < len(figures_per_paragraph):
            share = figures_per_paragraph[s.paragraph] / per_par_sents[s.paragraph]
            nums = max(nums, share) if nums else share
        figs = min(1.0, nums / 3.0)
        w_head = (W_HEADLINE if not pseudo else W_PSEUDO) if (h_words or h_bi) else 0.0
        # without a headline its weight goes to the article's own topic words
        w_kw = W_KEYWORDS + (W_HEADLINE - w_head if not pseudo else 0.0)
        base = W_CENTRAL * central[k] + w_kw * kw[k] / kw_top + w_head * head + W_POSITION * pos + W_FIGURES * figs
        scores.append(base * _penalty(s.text))
    return sents, scores, sets


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def budget(paragraphs: list[str]) -> int:
    """How long a summary this article deserves, in characters (see the module doc)."""
    n = sum(len(p) for p in paragraphs)
    return max(MIN_CHARS, min(MAX_CHARS, round(SHARE * n)))


def select(
    sents: list[Sentence],
    scores: list[float],
    sets: list[frozenset[str]],
    *,
    max_chars: int,
    max_sentences: int = 8,
) -> list[Sentence]:
    """Maximal marginal relevance within ``max_chars``, returned in text order.

    The best sentence is always taken, whole, even when it alone is longer
    than the budget. A sentence that hangs on the one before it comes with
    that one or not at all.
    """
    if not sents or max_sentences <= 0:
        return []
    top = max(scores) or 1.0
    rel = [x / top for x in scores]
    chosen: list[int] = []
    used = 0
    candidates = set(range(len(sents)))
    # the closest chosen sentence to each one, kept up to date as sentences are chosen:
    # one similarity per candidate per choice, not one per chosen sentence per round
    sim = [0.0] * len(sents)
    while candidates and len(chosen) < max_sentences:
        k = max(sorted(candidates), key=lambda k: (MMR_LAMBDA * rel[k] - (1 - MMR_LAMBDA) * sim[k], -k))
        candidates.discard(k)
        unit = [k]
        if _hangs_on_previous(sents[k].text) and k > 0 and k - 1 not in chosen:
            unit = [k - 1, k]  # 此外, …: only with the sentence it hangs on
        cost = sum(len(sents[j].text) for j in unit)
        if (chosen or len(unit) > 1) and used + cost > max_chars:
            continue  # only a single sentence may stand alone over the budget, never a pair
        if len(chosen) + len(unit) > max_sentences:
            continue
        if rel[k] < 0.2 and chosen:
            break  # nothing worth adding is left
        for j in unit:
            if j not in chosen:
                chosen.append(j)
                candidates.discard(j)
                for c in candidates:
                    sim[c] = max(sim[c], _jaccard(sets[c], sets[j]))
        used += cost
        if used >= max_chars:
            break
    if not chosen:  # every candidate hung on a sentence that would not fit with it
        best = max(range(len(sents)), key=lambda k: (rel[k] * (0.5 if _hangs_on_previous(sents[k].text) else 1.0), -k))
        chosen = [best]
    return [sents[j] for j in sorted(chosen)]


def summarize(
    paragraphs: list[str],
    *,
    headline: str = "",
    figures_per_paragraph: list[int] | None = None,
    max_chars: int | None = None,
    max_sentences: int | None = None,
) -> list[str]:
    """Whole sentences of the body, verbatim and in text order, within the article's budget."""
    sents, scores, sets = score_sentences(paragraphs, headline=headline, figures_per_paragraph=figures_per_paragraph)
    if not sents:
        return []
    if max_chars is None:
        max_chars = budget(paragraphs)
    if max_sentences is None:
        max_sentences = 1 if sum(map(len, paragraphs)) < BRIEF_CHARS else 8
    picked = select(sents, scores, sets, max_sentences=max_sentences, max_chars=max_chars)
    return [s.text for s in picked]


def centrality_summary(paragraphs: list[str], *, max_chars: int) -> list[str]:
    """Baseline for the evaluation: sentences by TextRank centrality alone, in text order."""
    sents = split_sentences(paragraphs)[:_GRAPH_CAP]
    if not sents:
        return []
    sets = [frozenset(_content(s.text)) for s in sents]
    tr = _textrank(sets)
    picked: list[int] = []
    used = 0
    for k in sorted(range(len(sents)), key=lambda k: (-tr[k], k)):
        if picked and used + len(sents[k].text) > max_chars:
            continue
        picked.append(k)
        used += len(sents[k].text)
    return [sents[k].text for k in sorted(picked)]
