"""Labels of sizes and distances: what a length, weight or area is said of (人民日报 2023).

* :func:`distance_to`: a length after 靠近/距/离 a place is the distance to it, ``事故地点距离人民医院上百公里`` →
  地点距人民医院; :func:`away_from`: ``到达1500多公里之外的河南`` → 距河南;
* :func:`dimension_of`: a length before 宽/高/深 and a noun, ``修出3米多宽的机耕道`` → 机耕道宽度;
* :func:`attribute_of`: a figure after an attribute word (长 宽 高 重 直径 面积 海拔…) in its unit is that attribute
  of the noun after 的, of the noun before it or of the thing the clause before is, ``海拔1000多米的哨所`` →
  哨所海拔, ``伶仃洋大桥全长2826米，主跨1666米`` → 伶仃洋大桥主跨.

:mod:`reader.analysis.figure_labels` tries them before its general rules. The module stands on the phrase cutting
of :mod:`reader.analysis.label_phrases` and the finder's words alone and imports no module of rules above it (the
hygiene test keeps it so).
"""

from __future__ import annotations

import re

from reader.analysis.figure_lexicon import BARE_MEASURES as _BARE_MEASURES
from reader.analysis.figure_lexicon import LENGTH_UNITS as _LENGTH_UNITS
from reader.analysis.label_phrases import (
    _LINKS,
    _MAX_CHARS,
    _PERSONS,
    _QUOTES,
    _nounish,
    _tokens,
    after_label,
    lead_label,
    subject_label,
)
from reader.analysis.list_labels import _LAST_CLAUSE_RE


_NEAR_WORDS = frozenset("靠近 接近 距离 距 离 相距 远离".split())


def distance_to(before: str, unit: str) -> str:
    """A length after 靠近/距/离 X is the distance to X: ``观豚船舶在靠近中华白海豚300米以内时`` →
    距中华白海豚 (not 中华白海豚, the thing merely nearby); ``事故地点距离人民医院上百公里`` →
    地点距人民医院."""
    if unit not in _LENGTH_UNITS:
        return ""
    toks = _tokens(before.strip(_QUOTES)[-16:])
    k = next((k for k in range(len(toks) - 1, -1, -1) if toks[k][0] in _NEAR_WORDS), None)
    if k is None or k == len(toks) - 1 or any(t == "x" for _, t in toks[k + 1 :]):
        return ""  # (离地间隙: 离 inside a word is no distance)
    place = "".join(w for w, _ in toks[k + 1 :])
    what = subject_label(place)
    if len(what) < 2:
        what = _place_named(place)
    if len(what) < 2:
        return ""
    whose = subject_label("".join(w for w, _ in toks[:k])) if k > 0 and _nounish(toks[k - 1][1]) else ""
    return f"{whose}距{what}" if whose and len(whose) + len(what) < _MAX_CHARS else f"距{what}"


_PLACE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:村|镇|乡|县|市|区|站|港|湖|山|河|桥|线|口|岛|路|街|楼)")


def _place_named(place: str) -> str:
    """A short place name jieba cuts into an adjective and a lone character, which the subject rules pass
    over (人民日报 2023: ``距离丰裕村22公里处`` → 丰裕村, 丰裕|村; ``到距离停止线30到50米处`` → 停止线)."""
    return place if _PLACE_NAME_RE.fullmatch(place) else ""


_DIMENSION_RE = re.compile(r"^[多余]?(?P<dim>宽|长|高|深|厚|粗|见方)的?(?P<rest>.+)")
DIMENSION_NOUNS = {"宽": "宽度", "长": "长度", "高": "高度", "深": "深度", "厚": "厚度", "粗": "粗细", "见方": "边长"}


def dimension_of(after: str, unit: str) -> str:
    """A length followed by 宽/高/深… and a noun is that dimension of the noun: ``修出3米多宽的机耕道`` →
    机耕道宽度, ``一个20厘米高的台阶`` → 台阶高度, ``2厘米见方的黄色耳标`` → 黄色耳标边长 (见方: square, that side)."""
    if unit not in _LENGTH_UNITS or not after:
        return ""
    m = _DIMENSION_RE.match(after)
    if not m:
        return ""
    what = after_label(m.group("rest"))
    return what + DIMENSION_NOUNS[m.group("dim")] if 2 <= len(what) <= 8 else ""


#: The units each attribute word before a figure measures in (长约3公里, 重达2万吨, 面积约1平方米).
_WEIGHT_UNITS = frozenset("吨 公斤 千克 斤 克 两 磅 公吨 kg g mg".split())
_AREA_UNITS = frozenset("亩 平方米 平方公里 平方千米 公顷 平方厘米".split())
_POWER_UNITS = frozenset("千瓦 瓦 兆瓦 吉瓦".split())
_ATTRIBUTES = {
    **{a: _LENGTH_UNITS for a in "长 宽 高 深 厚 粗 直径 周长 半径 海拔 跨度 身高 全长 总长 水深 井深 主跨".split()},
    **{a: _WEIGHT_UNITS for a in ("重", "总重", "载重", "体重", "净重", "自重", "吨位")},
    **{a: _AREA_UNITS for a in ("面积", "总面积", "占地面积", "建筑面积")},
    **{a: _POWER_UNITS for a in ("功率", "装机容量")},
    "容量": frozenset("立方米 升 毫升 千瓦时 吨".split()),
}
#: What a one-character attribute is as a noun after a 的-noun (水渠长3公里 keeps 长; 重 reads 重量).
_ATTRIBUTE_NOUNS = {**DIMENSION_NOUNS, "重": "重量", "总重": "总重量", "粗": "直径"}
_ATTRIBUTE_RE = re.compile(
    r"(?P<attr>" + "|".join(sorted(_ATTRIBUTES, key=len, reverse=True)) + r")"
    r"(?:约|达|为|近|超过|超|逾|不到|不足|仅|只有|足有|有|竟)*$"
)
#: Characters that make a one-character attribute part of a verb or a title (增长, 提高, 加深, 比重, 局长).
_NOT_ATTRIBUTE_BEFORE = frozenset(
    "增延成生助拉加提升抬拓放降垫伸最较更偏过太很严比沉注尊队局市县省校院部处科组班站厂会董首师兄司团镇乡村区军营连排舰警署园所"
)
#: Between a figure of an attribute and the noun it is of: more attributes of it (长57公里、宽46公里的).
_ATTRIBUTE_CHAIN_RE = re.compile(
    r"^[多余]?(?:左右)?(?:、(?:" + "|".join(sorted(_ATTRIBUTES, key=len, reverse=True)) + r")"
    r"(?:约|达|为|近|超过|超|逾)*[0-9０-９.．一二三四五六七八九十百千万亿两几多余]+[^、，。；的0-9０-９]{1,4})*的"
)


def attribute_of(before: str, rest: str, unit: str, previous: str, sentence_head: str) -> str:
    """A figure after an attribute word (长 宽 高 深 重 直径 面积 海拔…) in its unit is that attribute of a
    thing: of the noun after 的 when one follows, past further attributes (``筑起了一道长57公里、宽46公里的
    生态安全屏障`` → 生态安全屏障长度, 生态安全屏障宽度; ``海拔1000多米的哨所`` → 哨所海拔), else of the noun
    before it (``缩龙重数百斤，长达33米`` → 缩龙重量, 缩龙长; ``树高27米`` → 树高), or, in a clause of its
    own, of what the figure before measured an attribute of (``这片屋盖面积达2万平方米，…，重达3500吨`` →
    屋盖重量; 人民日报 2023)."""
    m = _ATTRIBUTE_RE.search(before.rstrip(_QUOTES))
    if not m or unit not in _ATTRIBUTES[m.group("attr")]:
        return ""
    attr = m.group("attr")
    owner_text = before[: m.start()]
    if len(attr) == 1 and owner_text and owner_text[-1] in _NOT_ATTRIBUTE_BEFORE:
        return ""
    noun = _ATTRIBUTE_NOUNS.get(attr, attr)
    chain = _ATTRIBUTE_CHAIN_RE.match(rest)
    if chain:
        what = _attribute_noun(after_label(rest[chain.end() :]))
        return what + noun if 2 <= len(what) <= 8 else ""
    if len(attr) > 1:
        # 风机叶轮直径达172米: the subject rule names it with the attribute
        return _opening_attribute(owner_text, attr, previous, sentence_head)
    bare = _ATTRIBUTE_MODAL_RE.sub("", owner_text.strip(_QUOTES + "，,、"))  # 积雪可厚达２米: 积雪
    owner = _ATTRIBUTE_DETERMINER_RE.sub("", _owner_before(bare)) if bare else ""
    said = noun if attr == "重" and len(owner) != 1 else attr  # 缩龙重量, but 牛重, 果重 as they are said
    if owner:
        return owner + said
    if bare:
        return ""  # 一截长约25厘米: no noun right before the attribute names the thing
    clauses = _LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: ")) if sentence_head else []
    for source in (previous, *(lead_label(c) for c in reversed(clauses))):
        owner = _ATTRIBUTE_DETERMINER_RE.sub("", _attribute_owner(source))
        if len(owner) >= 2 and owner[-1] not in "成为到至是有":  # (not 发展成全长 → 发展成)
            return owner + said  # 这片屋盖面积达2万平方米，…，重达3500吨: 屋盖重量
    return ""


#: A place verb between a thing and a word of its height: 村寨在海拔1400米左右.
_AT_END_RE = re.compile(r"(?:在|位于|处于|地处)$")
#: A numbered route opening a clause (301路, 地铁3号线, G15高速): jieba cuts its number off.
_ROUTE_RE = re.compile(r"^(?:地铁)?[A-Za-z]{0,2}[0-9０-９]+(?:号线|路|线|国道|省道|高速)")


def _clause_owner(clause: str) -> str:
    """The thing a clause is, as the owner of an attribute said in the next clause: 孙翼所在的桃溪镇 → 桃溪镇, or
    the numbered route it opens with: 301路连接中心城区和播州区 → 301路; none when the clause says more (宁波发现
    一段城墙基址: the wall, not 宁波)."""
    clause = clause.strip(_QUOTES)
    route = _ROUTE_RE.match(clause)
    if route:
        return route.group()
    lead = lead_label(clause)
    toks = _tokens(lead) if lead else []
    if not toks or not all(_nounish(t) for _, t in toks):
        return ""
    return lead if 2 <= len(lead) <= 8 and clause.endswith(lead) else ""  # (not 宁波 of 宁波发现一段城墙基址)


def _opening_attribute(owner_text: str, attr: str, previous: str, sentence_head: str) -> str:
    """A word of length, area or height (全长, 总面积, 海拔) that opens its clause is said of the thing the
    clause before is (``孙翼所在的桃溪镇，距离县城26公里，总面积140平方公里`` → 桃溪镇总面积, not 县城, the place it
    is measured from) or opened with as a numbered route (``301路连接中心城区和播州区，全长27.5公里`` → 301路全长),
    or of the thing the figure before measured (伶仃洋大桥全长2826米，主跨1666米 → 伶仃洋大桥主跨) or counted
    (新建道路3条，全长20公里 → 道路全长); a height after 在 is of the thing that is
    there: ``村寨在海拔1400米左右`` → 村寨海拔 (人民日报 2023). Else none: the subject rule names it."""
    bare = owner_text.strip(_QUOTES + "，,、")
    at = _AT_END_RE.search(bare) if attr in ("海拔", "高程") else None
    if at:
        owner = _owner_before(bare[: at.start()])
        return owner + attr if 2 <= len(owner) <= 8 else ""
    if bare not in ("", "其"):
        return ""
    owner = _attribute_owner(previous)
    if len(owner) >= 2:
        return _ATTRIBUTE_DETERMINER_RE.sub("", owner) + attr  # 伶仃洋大桥全长2826米，主跨1666米: 伶仃洋大桥主跨
    toks = _tokens(previous) if previous else []
    if (
        toks
        and toks[0][0] not in _NEAR_WORDS
        and all(_nounish(t) for _, t in toks)
        and len(previous) <= 8
        and not previous.endswith((*_ATTRIBUTES, *_BARE_MEASURES))
    ):
        owner = _ATTRIBUTE_DETERMINER_RE.sub("", previous)
        return owner + attr if len(owner) >= 2 else ""
    clauses = _LAST_CLAUSE_RE.split(sentence_head.rstrip("，,；;：: ")) if sentence_head else []
    for clause in reversed(clauses[-3:]):
        if clause.startswith(tuple(_NEAR_WORDS)):
            continue  # 距离县城26公里: where it is measured from, not the thing
        owner = _ATTRIBUTE_DETERMINER_RE.sub("", _clause_owner(clause))
        return owner + attr if len(owner) >= 2 else ""
    return ""


#: A determiner opening the thing a label names (这片屋盖, 该水渠): the pane shows the thing without it.
_ATTRIBUTE_DETERMINER_RE = re.compile(r"^(?:这|那|该|此)[个座条片台根块辆艘栋处]?")
#: Modal words between a thing and its attribute: 积雪可厚达２米左右.
_ATTRIBUTE_MODAL_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])但|可以|可|能|将|会|就|都|也|竟|仍|还|仍然|依然|已)+$")
#: A time or place said between a thing and its attribute: 构件在吊装前重达2万吨.
_OWNER_ASIDE_RE = re.compile(r"^(?:在|于)[^，。；、]{1,8}(?:前|后|时|中|里|上)$")


def _owner_before(bare: str) -> str:
    """The thing right before an attribute word: its subject (该水渠 → 水渠, 主塔), the clause's lead past a time
    it is said at (构件在吊装前 → 构件), or a short clause that is only the thing (树, 缩龙: jieba calls them
    verbs)."""
    owner = subject_label(bare)
    if owner and bare.endswith(owner):
        return owner
    lead = lead_label(bare)
    if lead and bare.startswith(lead) and _OWNER_ASIDE_RE.match(bare[len(lead) :]):
        return lead
    if len(bare) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", bare) and _tokens(bare)[0][0] not in _LINKS | _PERSONS:
        return bare
    return ""


def _attribute_noun(what: str) -> str:
    """The noun after 的 that an attribute is of, up to a verb or a place or time word the sentence goes on with
    (jieba's run of words past the noun): ``的垃圾坑中`` → 垃圾坑, ``的洛堆峰时`` → 洛堆峰, ``的儿童免费乘坐`` → 儿童."""
    toks = _tokens(what)
    kept: list[str] = []
    last = ""
    for w, t in toks:
        if kept and _nounish(last) and (t in ("v", "d", "f", "vd", "ad") or w in ("时", "中", "里", "内", "边", "上")):
            break
        kept.append(w)
        last = t
    head = "".join(kept)
    if len(head) >= 3 and head[-1] in "中里内边旁上时":
        head = head[:-1]  # 洛堆峰时: jieba glued the time word to the name
    return head if len(head) >= 2 else what


def _attribute_owner(label: str) -> str:
    """The thing a label names an attribute of: 水渠长 → 水渠, 屋盖面积 → 屋盖, 缩龙重量 → 缩龙."""
    for attr in sorted({*_ATTRIBUTES, *_ATTRIBUTE_NOUNS.values()}, key=len, reverse=True):
        if label.endswith(attr) and len(label) - len(attr) >= 2:
            return label[: -len(attr)]
    return ""


_AWAY_RE = re.compile(r"^[多余]?(?:之外|以外|开外|外)的(?P<place>[^，。；、]{2,})")


def away_from(after: str, unit: str) -> str:
    """A length followed by 之外的 and a place is the distance to that place: ``青海的绿电能迅速到达1500多公里之外的
    河南`` → 距河南 (not nothing)."""
    m = _AWAY_RE.match(after) if unit in _LENGTH_UNITS else None
    place = after_label(m.group("place")) if m else ""
    return "距" + place if 2 <= len(place) <= 8 else ""
