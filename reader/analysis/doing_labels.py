"""Labels read from the doing a figure ends its clause right after, when no noun says what it is of.

A count or an amount that ends its clause right after a two-character verb, with no noun of its own, is that
doing's count or amount (人民日报 2023, 1998; all were empty before):

* :func:`done_count`: ``中欧班列已累计开行7.7万列`` → 开行列数, ``查处3439起`` → 查处起数, ``带动1200余人`` → 带动人数;
* :func:`done_amount`: ``累计送水570亿立方米`` → 送水量, ``需步行5公里`` → 步行距离, ``举起122公斤`` → 举起重量;
* ``_HURT_COUNTS``: ``死２７２２人，伤４９３０人`` → 死亡人数, 受伤人数.

:mod:`reader.analysis.figure_labels` tries them last, when every rule that names a noun has found none. This
module stands on the phrase cutting of :mod:`reader.analysis.label_phrases` and the finder's words alone and
imports no module of rules above it (the hygiene test keeps it so).
"""

from __future__ import annotations

import re

from reader.analysis.figure_lexicon import LENGTH_UNITS, MONEY_UNITS, TIMES_UNITS
from reader.analysis.label_phrases import _LINKS, _MODALS, _NEVER, _QUOTES, _verb_before
from reader.analysis.person_labels import _PEOPLE_UNITS

#: The verbs that only say a count is reached, had or held: their count names no doing (有387人, 达到105家).
_NO_DONE_COUNT = frozenset(
    "有 拥有 共有 达 达到 超过 超 突破 增至 增加 减少 增长 下降 剩 只剩 还剩 约有 占 为 是 共计 合计 分成 分为".split()
)
#: A label :func:`done_count` gives: a doing and the measure word it counts in, 数 (开行列数, 拆除处数, 带动人数).
_DONE_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:[个件起列届期张套家项条处座台辆批份种株户场]数|数量|人数|次数)")
#: A lone verb of the dead and hurt before a count of people: 死２７２２人，伤４９３０人 (人民日报 1998).
_HURT_COUNTS = {"死": "死亡人数", "亡": "死亡人数", "伤": "受伤人数"}
#: What an amount a doing moved is of, by its unit: money, weight or volume, length, area.
_MASS_UNITS = frozenset("吨 公斤 千克 克 斤 升 毫升 立方米 标准立方米 千瓦时 度 kg g mg ml mL kWh".split())
_AREA_UNITS = frozenset("亩 公顷 平方米 平米 平方公里 平方千米".split())
#: Verbs that only say which way a doing went (捞|出来118斤: jieba's 出来), no doing of their own.
_DIRECTIONS = frozenset("出来 起来 下来 上来 进来 过来 回来 出去 下去 上去 过去 回去".split())
#: Doings of going somewhere, whose length is a distance (步行5公里), where a doing to a thing measures its length.
_GOING = frozenset(
    "步行 行走 行驶 奔波 前行 再行 跨越 绵延 运行 试走 跳出 爬升 飞行 航行 往返 跋涉 骑行 徒步 相距".split()
)


def _doing_right_before(before: str, adverbs: str) -> str:
    """The two-character doing right before a figure, past ``adverbs`` of how much and a 了 (已查结, 共验收), or
    "": not a verb that only says how much there is (:data:`_NO_DONE_COUNT`), a link, a modal, nor a verb with a
    modal glued to it (每天要接120多单: no 要接单数)."""
    verb = _verb_before(before)
    if len(verb) != 2 or verb in _NO_DONE_COUNT or verb in _LINKS or verb in _NEVER or verb in _MODALS:
        return ""
    if verb[0] in "能可要会":
        return ""
    said = before.rstrip(_QUOTES).rstrip("了")
    return verb if said.endswith(verb) or said.rstrip(adverbs).endswith(verb) else ""  # (节约: 约 is the verb's own)


def done_count(before: str, unit: str) -> str:
    """A count ending its clause right after a two-character verb, with no noun of its own, is the count of that
    doing in its measure word: ``中欧班列已累计开行7.7万列`` → 开行列数, ``论坛已成功举办7届`` → 举办届数,
    ``查处3439起`` → 查处起数, ``收案15901件`` → 收案件数 (人民日报 2023; all were empty). Not after a verb that
    only says how many there are or what they became (有, 达到, 超过, 分成)."""
    verb = _doing_right_before(before, "共累计已经约近超过")
    if not verb:
        return ""
    if unit in _PEOPLE_UNITS:
        return verb + "人数"
    if unit in TIMES_UNITS:
        return verb + "次数"
    return verb + (unit + "数" if len(unit) == 1 else "数量")  # 开行列数, 举办届数, 查处起数


def done_amount(before: str, unit: str) -> str:
    """An amount ending its clause right after a two-character doing, with no noun of its own, is that doing's
    amount by its unit: ``累计送水570亿立方米`` → 送水量, ``需步行5公里`` → 步行距离, ``完成河道清理约260公里`` →
    清理长度, ``李盛金第二把举起122公斤`` → 举起重量 (人民日报 2023; were empty). Not after a verb that only says
    how much there is (达到, 超过, 为), the level it reached (跌至, 贬破) or a direction (捞|出来)."""
    verb = _doing_right_before(before, "共累计已经约近超过先后")
    if not verb or verb[-1] in "至到破为" or verb in _DIRECTIONS:
        return ""
    if unit in MONEY_UNITS or unit.endswith("元"):
        return verb + "金额"
    if unit in _MASS_UNITS:
        return verb + ("重量" if verb.endswith("举") or verb == "举起" else "量")  # (抓举, 举起122公斤: a lift)
    if unit in LENGTH_UNITS:
        return verb + ("距离" if verb in _GOING else "长度")  # (步行5公里; 建成, 清理40公里: of a road, a river)
    if unit in _AREA_UNITS:
        return verb + "面积"
    return ""
