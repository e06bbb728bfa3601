"""Keywords: 5-8 topic words per article by TF-IDF over jieba's segmentation.

* Segmentation is shared with the summariser (one cached jieba pass per
  sentence; see :func:`reader.analysis.sentences.words`).
* IDF comes from news, not from jieba's general table:
  ``data/news_idf.txt.gz``, document frequencies over ~10,800 news articles
  (``bench/build_idf.py``, provenance in ``bench/keywords.md``); a word it
  never saw counts as seen in two documents. The score uses √idf, so what
  the article keeps talking about outranks a one-off rare word.
* Part of speech comes from jieba's dictionary tags (the table
  ``jieba.posseg`` consults), looked up per word rather than re-running the
  HMM tagger, which is ~8x slower. Allowed: nouns ``n``, places ``ns``,
  organisations ``nt``, other proper nouns ``nz``, verbal nouns ``vn``, and
  verbs ``v`` at a lower weight. Person names: a word jieba tags ``nr`` only
  when it starts with a surname and recurs (jieba tags many common words
  ``nr``); words jieba does not know (HMM discoveries such as ``驼运宝``,
  names such as ``帕丽旦``) only when they recur.
* Names are made whole from the text (:func:`_whole`): jieba's 孟庆|旸 gives
  孟庆旸, the place fragment 店镇 gives 二十里店镇.
* Never: numbers or counted amounts, single characters, list markers
  (二是), stop words and newspaper filler (:data:`STOP_KEYWORDS`), anything
  in ``exclude`` (byline names) or a fragment of it.
* Words in the headline count double; a word that contains, or is contained
  in, a higher-ranked keyword is dropped (``职业`` under ``职业教育``).
"""

from __future__ import annotations

import gzip
import math
import re
from functools import lru_cache
from pathlib import Path

from reader.analysis import _jieba
from reader.analysis.sentences import split_sentences, words
from reader.analysis.summary import STOP_WORDS
from reader.ingest.people import is_surname

ALLOWED_POS = {"n": 1.0, "ns": 1.0, "nt": 1.0, "nz": 1.0, "vn": 1.0, "v": 0.5}
_OOV_WEIGHT = 0.8
HEADLINE_BOOST = 2.0
# Parts a compound may be built from (None: a word jieba does not know).
_COMPOUND_HEAD = {"n", "nz", "vn", "nt", "j", None}
_COMPOUND_TAIL = _COMPOUND_HEAD | {"v"}

# Filler that survives the POS filter in news copy.
STOP_KEYWORDS = STOP_WORDS | frozenset(
    """
    发展 建设 工作 服务 活动 问题 能力 水平 作用 意义 领域 方式 措施 举措 机制 体系 模式 平台
    项目 企业 公司 有限公司 单位 部门 地方 地区 全区 全县 全州 全疆 全国 全省 各地 当地 基层
    同志 负责人 人员 群众 记者 通讯员 本报 新华社 报道 消息 时间 年底 年初 上午 下午 日前 近日
    今年 去年 明年 目前 当前 以来 期间 方面 情况 有关 相关 重要 主要 提供 实施 开展 加强 加快
    加大 支持 促进 推进 推动 提升 提高 实现 进行 取得 形成 打造 助力 深化 完善 落实 坚持 确保
    保障 增强 组织 参与 注入 带来 成为 发挥 举行 召开 出席 表示 介绍 指出 认为 希望 要求 需要
    建议 获悉 了解 发现 看到 来到 走进 一批 一项 一条 一场 前行 转化 成长 动力 新动力 效率 国家
    """.split()
)

_DIGIT = re.compile(r"[\d０-９]")
_NUMERAL = re.compile(r"^[零〇一二三四五六七八九十百千万亿两几多余第半每]+[个名家项年月日次台辆吨元万亿倍成是]?$")
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff·]+$")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9+\-]*$")


NEWS_IDF = Path(__file__).resolve().parent / "data" / "news_idf.txt.gz"


@lru_cache(maxsize=1)
def news_idf() -> tuple[dict[str, float], float]:
    """IDF over news articles (bench/build_idf.py), and the IDF of a word it never saw."""
    table: dict[str, float] = {}
    n = 0
    with gzip.open(NEWS_IDF, "rt", encoding="utf-8") as f:
        for line in f:
            word, _, value = line.rstrip("\n").partition("\t")
            if word == "# documents":
                n = int(value)
            else:
                table[word] = float(value)
    return table, math.log(max(n, 2) / 2)


def _tables(idf: str = "news") -> tuple[dict[str, str], dict[str, float], float]:
    posseg = _jieba.posseg()
    if idf == "jieba":
        tfidf = _jieba.analyse().default_tfidf
        return posseg.dt.word_tag_tab, tfidf.idf_freq, tfidf.median_idf
    table, unseen = _damped_news_idf()
    return posseg.dt.word_tag_tab, table, unseen


@lru_cache(maxsize=1)
def _damped_news_idf() -> tuple[dict[str, float], float]:
    """√idf: a word's rarity counts, but less than how often the article uses it
    (a one-off rare word should not outrank the article's own recurring topic)."""
    table, unseen = news_idf()
    return {w: math.sqrt(v) for w, v in table.items()}, math.sqrt(unseen)


_NAME_TAIL_STOP = frozenset("的了是在和与说称等也都就从到对为被把将向于及或而但又还再已要会能在说表")
_PLACE_TAIL = ("镇", "乡", "村", "县", "区", "市", "街道", "社区")


def _whole(word: str, text: str) -> str:
    """A keyword jieba cut out of a longer name, made whole again from the text.

    * a two-character name that every time goes on with the same character
      (孟庆 + 旸): a three-character person's name;
    * a place fragment ending in 镇/乡/村… that is every time preceded by the
      same characters (二十里 + 店镇): the whole place name.
    """
    spots = [m.start() for m in re.finditer(re.escape(word), text)]
    if not spots:
        return word
    if len(word) == 2 and is_surname(word[0]):
        nxt = {text[i + 2] if i + 2 < len(text) else "" for i in spots}
        if len(nxt) == 1:
            c = nxt.pop()
            if c and _CJK_WORD.match(c) and c not in _NAME_TAIL_STOP and len(spots) >= 2:
                return word + c
    if word.endswith(_PLACE_TAIL) and len(word) <= 3:
        prefix = ""
        for back in range(1, 5):
            before = {text[max(0, i - back) : i] for i in spots}
            if len(before) != 1:
                break
            b = before.pop()
            if (
                len(b) < back
                or not _CJK_WORD.match(b[0])
                or b[0] in _NAME_TAIL_STOP
                or b[0] in "位于在和与及至到从省市县区州"
            ):
                break
            prefix = b
        if prefix:
            return prefix + word
    return word


def _excluded(word: str, exclude: set[str] | frozenset[str]) -> bool:
    if word in exclude:
        return True
    for name in exclude:
        if len(name) >= 2 and (word in name or name in word):
            return True
    return False


def keywords(
    headline: str,
    paragraphs: list[str],
    *,
    exclude: set[str] | frozenset[str] = frozenset(),
    k: int = 8,
    idf: str = "news",
) -> list[str]:
    """Up to ``k`` keywords, best first (``idf="jieba"``: jieba's bundled IDF table, for comparison)."""
    if k <= 0:
        return []
    tags, idf_table, median_idf = _tables(idf)
    exclude = {e.strip() for e in exclude if e and e.strip()}
    # split names written with a middle dot as well: 玛丽娜·波拉提 -> 玛丽娜, 波拉提
    for e in list(exclude):
        exclude.update(p for p in re.split(r"[·•・\s]", e) if len(p) >= 2)

    tf: dict[str, float] = {}
    first: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    pos = 0
    texts = [s.text for s in split_sentences(paragraphs)]
    head_words = set(words(headline)) if headline else set()
    for text in ([headline] if headline else []) + texts:
        prev = None
        for w in words(text):
            w = w.strip()
            tf[w] = tf.get(w, 0.0) + 1.0
            first.setdefault(w, pos)
            pos += 1
            if prev is not None and _CJK_WORD.match(prev) and _CJK_WORD.match(w):
                pairs[(prev, w)] = pairs.get((prev, w), 0) + 1
            prev = w
    # Compounds jieba splits but the article keeps together (职业+教育,
    # 医养+结合, 塔合麦+西热甫): adjacent content words that recur as a pair
    # and make up most uses of either part. Their uses move to the compound.
    compound_tag: dict[str, str] = {}
    for (a, b), n in sorted(pairs.items(), key=lambda t: (-t[1], first[t[0][0]])):
        if n < 2 or len(a) + len(b) > 7 or len(a) < 2 or len(b) < 2:
            continue
        if a in STOP_KEYWORDS or b in STOP_KEYWORDS or tf[a] < n or tf[b] < n:
            continue
        if n < 0.5 * min(tf[a], tf[b]):
            continue
        ta, tb = tags.get(a), tags.get(b)
        if ta not in _COMPOUND_HEAD or tb not in _COMPOUND_TAIL:
            continue
        if tb == "v" and n < 3:
            continue
        c = a + b
        tf[c] = tf.get(c, 0.0) + n
        first.setdefault(c, first[a])
        tf[a] -= n
        tf[b] -= n
        if c in head_words or (a in head_words and b in head_words) or c in (headline or ""):
            head_words.add(c)
        compound_tag[c] = "n"

    candidates: dict[str, float] = {}
    for w, uses in tf.items():
        if len(w) < 2 or w in STOP_KEYWORDS or _DIGIT.search(w) or _NUMERAL.match(w):
            continue
        if not (_CJK_WORD.match(w) or _LATIN_WORD.match(w)):
            continue
        if _excluded(w, exclude):
            continue
        tag = tags.get(w) or compound_tag.get(w)
        if uses <= 0:
            continue
        if tag is None:
            if uses < 2 or not _CJK_WORD.match(w):
                continue
            weight = _OOV_WEIGHT
        elif tag.startswith("nr"):
            # a person named in the dictionary; jieba also tags many common words nr, so only a
            # word that starts with a surname, and a known name cut short is made whole below
            if not is_surname(w[0]) or uses < 2:
                continue
            weight = _OOV_WEIGHT
        else:
            weight = ALLOWED_POS.get(tag, 0.0)
            if not weight:
                continue
        boost = HEADLINE_BOOST if w in head_words else 1.0
        candidates[w] = weight * boost
    scored = [(tf[w] * idf_table.get(w, median_idf) * factor, first[w], w) for w, factor in candidates.items()]
    scored.sort(key=lambda t: (-t[0], t[1]))

    body = "\n".join([headline or ""] + texts)
    out: list[str] = []
    for _, _, w in scored:
        w = _whole(w, body)
        if any(w in kept or kept in w for kept in out):
            continue
        out.append(w)
        if len(out) >= k:
            break
    return out
